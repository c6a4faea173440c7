import {describe, expect, it} from 'vitest'
import {PII_CATEGORIES} from '../../../../src/analyzers/personal-data/categories.js'
import {columnNameEvidence} from '../../../../src/analyzers/personal-data/column-name-evidence.js'

/** "category:strength" per header, e.g. ["birth_date:strong"] */
const verdict = (header: string) => columnNameEvidence(header).map((e) => `${e.category}:${e.strength}`)

describe('columnNameEvidence', () => {
  it.each([
    // cryptic ERP and payroll headers
    ['GEBDAT', 'birth_date:strong'],
    ['GEB_DAT', 'birth_date:strong'],
    ['Geb.-Datum', 'birth_date:strong'],
    ['dGeburtstag', 'birth_date:strong'],
    ['Geburtsdatum', 'birth_date:strong'],
    ['date_of_birth', 'birth_date:strong'],
    ['STEUERID', 'tax_id_de:strong'],
    ['Steuer-IdNr.', 'tax_id_de:strong'],
    ['STID', 'tax_id_de:weak'],
    ['IDNR', 'tax_id_de:weak'],
    ['STEUERNR', 'tax_number_de:strong'],
    ['Steuer-Nr.', 'tax_number_de:strong'],
    ['USTID', 'vat_id:strong'],
    ['USt-IdNr.', 'vat_id:strong'],
    ['cUSTID', 'vat_id:strong'],
    ['RVNR', 'social_security_de:strong'],
    ['SV-Nr', 'social_security_de:strong'],
    ['SVNR', 'social_security_de:strong'],
    ['Rentenversicherungsnummer', 'social_security_de:strong'],
    ['KVNR', 'health_insurance_de:strong'],
    ['Krankenversichertennummer', 'health_insurance_de:strong'],
    ['AUSWEISNR', 'id_card_de:strong'],
    ['Personalausweis-Nr.', 'id_card_de:strong'],
    ['PASSNR', 'passport_de:strong'],
    ['Reisepass', 'passport_de:strong'],
    ['FUEHRERSCHEIN', 'drivers_license_de:weak'],
    ['Führerschein-Nr.', 'drivers_license_de:strong'],
    ['KFZ_KZ', 'vehicle_plate_de:strong'],
    ['Kfz-Kennzeichen', 'vehicle_plate_de:strong'],
    ['KENNZEICHEN', 'vehicle_plate_de:weak'],
    // contact and bank
    ['cMail', 'email:strong'],
    ['E_Mail', 'email:strong'],
    ['EMAIL_ADR', 'email:strong'],
    ['E-Mail-Adresse', 'email:strong'],
    ['Kundenmail', 'email:strong'],
    ['TEL', 'phone:strong'],
    ['TELNR', 'phone:strong'],
    ['Tel. privat', 'phone:strong'],
    ['Telefon 2', 'phone:strong'],
    ['Firmentelefon', 'phone:strong'],
    ['MOBIL', 'phone:strong'],
    ['HANDY', 'phone:strong'],
    ['FAX', 'phone:strong'],
    ['IBAN', 'iban:strong'],
    ['Kunden-IBAN', 'iban:strong'],
    ['KTO', 'iban:weak'],
    ['KONTONR', 'iban:weak'],
    ['Konto', 'iban:weak'],
    ['Konto (Sachkonto)', 'iban:weak'],
    ['Kreditkartennummer', 'credit_card:strong'],
    ['IP-Adresse', 'ip_address:strong'],
    ['IP', 'ip_address:strong'],
    // address
    ['PLZ', 'postal_code:strong'],
    ['Liefer-PLZ', 'postal_code:strong'],
    ['zip_code', 'postal_code:strong'],
    ['Postfach', 'street_address:weak'],
    ['STRASSE', 'street_address:strong'],
    ['Straße', 'street_address:strong'],
    ['STR', 'street_address:weak'],
    ['HAUSNR', 'street_address:strong'],
    ['Lieferadresse', 'street_address:strong'],
    // names
    ['Vorname', 'person_name:strong'],
    ['NACHNAME', 'person_name:strong'],
    ['first_name', 'person_name:strong'],
    ['Name, Vorname', 'person_name:strong'],
    ['Mitarbeitername', 'person_name:strong'],
    ['Ansprechpartner', 'person_name:strong'],
    ['Name', 'person_name:weak'],
    ['NAME1', 'person_name:weak'],
    ['Name 2', 'person_name:weak'],
    ['cName', 'person_name:weak'],
    ['Kundenname', 'person_name:weak'],
    ['LIEFERANT_NAME', 'person_name:weak'],
    ['Lieferantenname', 'person_name:weak'],
    ['BENUTZERNAME', 'person_name:weak'],
    ['Kontoinhaber', 'person_name:weak'],
    ['Zahlungsempfänger', 'person_name:weak'],
    ['Name des Mitarbeiters', 'person_name:strong'],
    ['Karteninhaber', 'person_name:strong'],
    ['Besucher', 'person_name:weak'],
    ['Besuchername', 'person_name:strong'],
    ['Fahrer', 'person_name:weak'],
    ['FirstName', 'person_name:strong'],
    // Art. 9 and Art. 10
    ['KONFESSION', 'art9_religion:strong'],
    ['Konfession_Ehegatte', 'art9_religion:strong'],
    ['KONF', 'art9_religion:weak'],
    ['Abwesenheitsgrund', 'art9_health:weak'],
    ['Fehlzeitart', 'art9_health:weak'],
    ['KIST', 'art9_religion:strong'],
    ['KiStMerkmal', 'art9_religion:strong'],
    ['Kirchensteuer-Betrag', 'art9_religion:strong'],
    ['Religionszugehörigkeit', 'art9_religion:strong'],
    ['KRANKTAGE', 'art9_health:strong'],
    ['Krankheitstage', 'art9_health:strong'],
    ['Anzahl Krankheitstage', 'art9_health:strong'],
    ['AU_TAGE', 'art9_health:strong'],
    ['AU', 'art9_health:weak'],
    ['Arbeitsunfähigkeit von', 'art9_health:strong'],
    ['DIAGNOSE', 'art9_health:strong'],
    ['ICD10', 'art9_health:strong'],
    ['GDB', 'art9_health:strong'],
    ['GdB', 'art9_health:strong'],
    ['SCHWERBEH', 'art9_health:strong'],
    ['Schwerbehindertenausweis', 'art9_health:strong'],
    ['PFLEGEGRAD', 'art9_health:strong'],
    ['Mutterschutz_Beginn', 'art9_health:strong'],
    ['GEWERKSCHAFT', 'art9_union:strong'],
    ['Gewerkschaftsmitglied', 'art9_union:strong'],
    ['Ethnische Herkunft', 'art9_ethnicity:strong'],
    ['Migrationshintergrund', 'art9_ethnicity:strong'],
    ['Parteimitgliedschaft', 'art9_political:strong'],
    ['Partei', 'art9_political:weak'],
    ['sexuelle_Orientierung', 'art9_sexual_orientation:strong'],
    ['FINGERABDRUCK', 'art9_biometric:strong'],
    ['BIOMETRIE', 'art9_biometric:strong'],
    ['GENETIK', 'art9_genetic:strong'],
    ['DNA-Profil', 'art9_genetic:strong'],
    ['VORSTRAFEN', 'art10_criminal:strong'],
    ['FUEHRUNGSZEUGNIS', 'art10_criminal:strong'],
    ['Erweitertes Führungszeugnis vorgelegt', 'art10_criminal:strong'],
  ])('%s → %s', (header, expected) => {
    expect(verdict(header)).toEqual([expected])
  })

  it.each([
    // company, article and technical context
    'Firma', 'FIRMENNAME', 'cFirma', 'Firma Name', 'ARTIKELNAME', 'Artikel Name', 'BEZEICHNUNG', 'PRODUKTNAME',
    'product_name', 'DATEINAME', 'file_name', 'Bankname', 'Kontoname',
    // ledger and bookkeeping
    'Gegenkonto', 'Sachkonto', 'Kontobezeichnung', 'Kostenstelle', 'Belegnummer', 'Buchungstext', 'Verwendungszweck',
    // codes and flags that only look personal
    'Status', 'Land', 'Country', 'CompanyName', 'ProductName', 'CategoryName', 'SupplierID', 'Staatsangehörigkeit', 'NATIONALITAET', 'Geschlecht', 'BIC', 'BLZ', 'Nr', 'Kundennummer',
    'Kunden-Nr.', 'Krankenkasse', 'Sperrkennzeichen', 'Kennzeichen gelöscht', 'AU-Nr', 'Herkunftsland',
    'Vertragspartei', 'IP-Schutzart', 'Datenpflege', 'Kurs', 'Hotel', 'Titel', 'Mailing', 'Kunde seit', '',
    // towns are no street address; licence classes and Hungarian-notation keys hold no identifier or name
    'Ort', 'ORT', 'Wohnort', 'GEBURTSORT', 'Stadt', 'city', 'Führerscheinklasse', 'Führerschein Klasse', 'kKunde',
    'nMitarbeiter', 'dErstellt',
  ])('%j says nothing personal', (header) => {
    expect(verdict(header)).toEqual([])
  })

  it('turns strong into weak when the header is about the identifier, not the value', () => {
    expect(verdict('E-Mail Einwilligung')).toEqual(['email:weak'])
    expect(verdict('Telefon Typ')).toEqual(['phone:weak'])
    expect(verdict('EmailPromotion')).toEqual(['email:weak'])
    expect(verdict('Ausweis-Nr. gültig bis')).toEqual(['id_card_de:weak'])
    // but never for Art. 9: a flag about union membership is union membership
    expect(verdict('Gewerkschaft ja/nein')).toEqual(['art9_union:strong'])
  })

  it('keeps "Adresse" out of e-mail, IP and web headers', () => {
    expect(verdict('Kunde E-Mail-Adresse')).toEqual(['email:strong'])
    expect(verdict('Web-Adresse')).toEqual([])
    expect(verdict('Emailadresse')).toEqual(['email:strong'])
  })

  it('gives a contact column its contact category, not a name', () => {
    expect(verdict('Ansprechpartner E-Mail')).toEqual(['email:strong'])
    expect(verdict('Ansprechpartner Telefon')).toEqual(['phone:strong'])
  })

  it('reports several categories once each, in PII_CATEGORIES order, strongest kept', () => {
    const evidence = columnNameEvidence('Str./PLZ')
    expect(evidence).toEqual([
      {category: 'street_address', strength: 'weak', matched: 'str'},
      {category: 'postal_code', strength: 'strong', matched: 'plz'},
    ])
    expect(verdict('PLZ/Ort')).toEqual(['postal_code:strong'])
    expect(verdict('Straße/Str.')).toEqual(['street_address:strong'])
  })

  it('names what matched, folded', () => {
    expect(columnNameEvidence('GEB_DAT')).toEqual([{category: 'birth_date', strength: 'strong', matched: 'gebdat'}])
    expect(columnNameEvidence('Gewerkschaftsbeitrag')[0].matched).toBe('gewerkschaftsbeitrag')
  })

  it('only ever answers with the contract codes', () => {
    const headers = ['GEBDAT', 'cMail', 'KONF', 'Name', 'IBAN', 'VORSTRAFEN', 'PLZ/Ort', 'Kfz-Kennzeichen']
    for (const header of headers) {
      for (const e of columnNameEvidence(header)) expect(PII_CATEGORIES).toContain(e.category)
    }
  })
})
