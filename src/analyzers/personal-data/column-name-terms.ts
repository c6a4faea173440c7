/**
 * The header vocabulary of column-name-evidence.ts as data: exact terms, terms that count only as the
 * whole header, and German compound stems, each with the category it points at and how strongly. Kept
 * apart so that the rules stay readable next to the lists they read.
 */
import type {NameEvidenceStrength} from './column-name-evidence.js'
import type {PiiCategory} from './categories.js'

export type TermTable = ReadonlyArray<readonly [PiiCategory, NameEvidenceStrength, readonly string[]]>

/**
 * Exact terms, compared with every run of adjacent header words joined ("E_Mail" → "email",
 * "Steuer-IdNr." → "steueridnr"), and again with trailing digits removed ("Telefon2" → "telefon").
 */
export const TERMS: TermTable = [
  ['email', 'strong', ['email', 'mail', 'emailadresse', 'mailadresse', 'emailadr', 'mailadr', 'emailaddress']],
  [
    'phone',
    'strong',
    [
      'tel', 'telnr', 'telefon', 'telefonnr', 'telefonnummer', 'phone', 'phonenumber', 'phoneno', 'mobil',
      'mobilnr', 'mobilnummer', 'mobiltelefon', 'mobile', 'mobilephone', 'handy', 'handynr', 'handynummer', 'fax',
      'faxnr', 'faxnummer', 'telefax', 'rufnummer', 'festnetz', 'cellphone', 'telephone',
    ],
  ],
  ['phone', 'weak', ['durchwahl', 'nebenstelle', 'extension']],
  ['iban', 'strong', ['iban', 'ibannr', 'ibannummer']],
  // Kontonummer is a bank account before SEPA, but in a chart of accounts or a DATEV posting it is a
  // ledger account: values decide. Gegenkonto, Sachkonto, Erlöskonto are not listed at all.
  ['iban', 'weak', ['kto', 'ktonr', 'konto', 'kontonr', 'kontonummer', 'bankkonto', 'bankverbindung', 'bankaccount', 'accountnumber']],
  ['credit_card', 'strong', ['kreditkarte', 'kreditkartennr', 'kreditkartennummer', 'creditcard', 'creditcardnumber', 'ccnumber', 'ccnr']],
  ['credit_card', 'weak', ['kartennr', 'kartennummer', 'cardnumber', 'cardno']],
  [
    'street_address',
    'strong',
    [
      'strasse', 'strassehausnummer', 'hausnummer', 'hausnr', 'adresse', 'anschrift', 'wohnanschrift', 'address',
      'street', 'streetaddress', 'addressline', 'adresszeile',
    ],
  ],
  // abbreviations and the parts of an address that are not the street line itself: values must agree
  ['street_address', 'weak', ['str', 'adr', 'hnr', 'postfach', 'adresszusatz']],
  ['postal_code', 'strong', ['plz', 'postleitzahl', 'zip', 'zipcode', 'postcode', 'postalcode']],
  [
    'birth_date',
    'strong',
    [
      'geburtsdatum', 'gebdat', 'gebdatum', 'gebdt', 'geburtstag', 'gebtag', 'geboren', 'geborenam', 'birthdate',
      'birthday', 'dateofbirth', 'dob',
    ],
  ],
  ['birth_date', 'weak', ['geburtsjahr', 'gebjahr', 'birthyear', 'yearofbirth']],
  ['ip_address', 'strong', ['ipadresse', 'ipadr', 'ipaddress', 'ipaddr', 'ipv4', 'ipv6', 'clientip', 'remoteip', 'remoteaddr', 'sourceip', 'srcip']],
  [
    'tax_id_de',
    'strong',
    [
      'steuerid', 'steueridnr', 'steueridentnr', 'steueridentnummer', 'steueridentifikationsnummer',
      'steuerlicheidentifikationsnummer', 'stidnr', 'stidentnr',
    ],
  ],
  // IdNr and StID are payroll shorthands for the Steuer-ID, but also any "ID number"
  ['tax_id_de', 'weak', ['idnr', 'stid', 'identifikationsnummer', 'taxid', 'tin']],
  ['tax_number_de', 'strong', ['steuernr', 'steuernummer']],
  ['tax_number_de', 'weak', ['stnr', 'stnummer']],
  [
    'vat_id',
    'strong',
    [
      'ustid', 'ustidnr', 'ustidnummer', 'ustidentnr', 'umsatzsteuerid', 'umsatzsteueridnr',
      'umsatzsteueridentifikationsnummer', 'vatid', 'vatnumber', 'vatno', 'vatnr', 'vatregistrationnumber',
    ],
  ],
  ['vat_id', 'weak', ['ustnr']],
  [
    'social_security_de',
    'strong',
    [
      'svnr', 'svnummer', 'sozialversicherungsnummer', 'sozversnr', 'rvnr', 'rvnummer', 'rentenversicherungsnummer',
      'socialsecuritynumber',
    ],
  ],
  ['social_security_de', 'weak', ['versicherungsnummer', 'versnr', 'ssn']],
  ['health_insurance_de', 'strong', ['kvnr', 'kvnummer', 'krankenversichertennummer', 'krankenversichertennr', 'egknr', 'egknummer']],
  ['health_insurance_de', 'weak', ['versichertennummer', 'versichertennr']],
  ['id_card_de', 'strong', ['ausweisnr', 'ausweisnummer', 'personalausweis', 'personalausweisnr', 'personalausweisnummer', 'idcardnumber']],
  ['id_card_de', 'weak', ['ausweis', 'persoausweis', 'persoausweisnr', 'persoausweisnummer', 'persoausw', 'idcard', 'nationalid', 'nationalidnumber', 'identitycard']],
  ['passport_de', 'strong', ['passnr', 'passnummer', 'reisepass', 'reisepassnr', 'reisepassnummer', 'passport', 'passportnumber', 'passportno', 'passportnr']],
  // In HR tables "Führerschein" is mostly the licence class or a yes/no; only the number column is specific.
  ['drivers_license_de', 'strong', ['fuehrerscheinnr', 'fuehrerscheinnummer', 'driverslicensenumber', 'driverlicensenumber', 'drivinglicencenumber', 'drivinglicensenumber']],
  ['drivers_license_de', 'weak', ['fuehrerschein', 'fsnr', 'driverslicense', 'driverlicense', 'drivinglicence', 'drivinglicense']],
  [
    'vehicle_plate_de',
    'strong',
    [
      'kfzkennzeichen', 'kfzkz', 'amtlicheskennzeichen', 'amtlkennzeichen', 'amtlkz', 'polkennzeichen',
      'polizeilicheskennzeichen', 'nummernschild', 'licenseplate', 'numberplate', 'registrationplate',
    ],
  ],
  // Art. 9: a count, flag or amount about a special category is itself special-category data
  // (Anzahl Krankheitstage, Gewerkschaftsmitglied ja/nein, Kirchensteuer-Betrag ≠ 0 reveals membership).
  [
    'art9_health',
    'strong',
    [
      'autage', 'aubeginn', 'auende', 'aubis', 'auvon', 'aubescheinigung', 'aufall', 'aufaelle', 'aumeldung',
      'gdb', 'gradderbehinderung', 'behinderung', 'schwbeh', 'schwerbeh', 'berufskrankheit', 'reha', 'rehabilitation',
      'blutgruppe', 'bloodtype', 'medikation', 'medication', 'diagnosis', 'disability', 'sickdays', 'sickleave',
      'illness', 'gesundheitszustand', 'gesundheitsdaten', 'healthstatus', 'healthcondition', 'icd',
    ],
  ],
  // the reason of an absence is sickness (Krankheit, Kind krank, Kur) as often as holiday: values decide
  ['art9_health', 'weak', ['fehltage', 'fehlzeiten', 'fehlzeit', 'therapie', 'abwesenheitsgrund', 'abwesenheitsart', 'fehlgrund', 'fehlzeitgrund', 'fehlzeitart', 'fehlzeitenart', 'absencereason', 'absencetype']],
  [
    'art9_religion',
    'strong',
    [
      'kist', 'kistmerkmal', 'kistabzug', 'kistpflicht', 'kistschluessel', 'kistart', 'kistsatz', 'denomination',
    ],
  ],
  ['art9_religion', 'weak', ['konf']],
  ['art9_union', 'strong', ['tradeunion', 'laborunion', 'labourunion', 'unionmember', 'unionmembership']],
  ['art9_ethnicity', 'strong', ['ethnie', 'ethnicity', 'ethnicorigin', 'migrationshintergrund', 'hautfarbe']],
  ['art9_political', 'strong', ['politicalparty', 'politicalaffiliation', 'politicalopinion', 'parteibuch']],
  ['art9_sexual_orientation', 'strong', ['sexualitaet', 'sexuality', 'sexualorientation', 'sexualorientierung']],
  ['art9_biometric', 'strong', ['irisscan', 'gesichtserkennung', 'facetemplate', 'faceprint', 'voiceprint', 'stimmprofil']],
  ['art9_biometric', 'weak', ['gesichtsbild', 'lichtbild']],
  ['art9_genetic', 'strong', ['gentest', 'genetictest', 'dna', 'dnaprofil', 'dnaanalyse', 'erbgut', 'erbkrankheit', 'genome']],
  ['art10_criminal', 'strong', ['bzrauszug', 'criminalrecord', 'criminalrecords']],
]

/** terms that count only when they are the whole header: alone they are a topic, inside a header a word */
export const WHOLE_HEADER_TERMS: TermTable = [
  // "Kennzeichen" alone is the plate; "Sperr-Kennzeichen", "Kennzeichen gelöscht" are flags
  ['vehicle_plate_de', 'weak', ['kennzeichen', 'kfz']],
  // "AU" alone is Arbeitsunfähigkeit; inside a header it is as often Auftrag ("AU-Nr")
  ['art9_health', 'weak', ['au', 'kur', 'bem', 'gleichstellung', 'gesundheit', 'health']],
  ['art9_religion', 'weak', ['glaube', 'faith']],
  ['art9_union', 'weak', ['union']],
  // "Herkunft" of a lead or a good, "Rasse" of an animal, "race" in sports: topic words only when alone
  ['art9_ethnicity', 'weak', ['herkunft', 'abstammung', 'rasse', 'race']],
  // "Partei" is also the party to a contract
  ['art9_political', 'weak', ['partei']],
  ['art9_biometric', 'weak', ['iris']],
  // "IP" alone is an address column; "IP-Schutzart" (IP65) is a product's protection class
  ['ip_address', 'strong', ['ip']],
]

export interface StemRule {
  category: PiiCategory
  strength: NameEvidenceStrength
  prefix?: string
  suffix?: string
  /** a word starting with one of these is something else (Krankenkasse, E-Mail-Adresse) */
  except?: readonly string[]
}

/** German compounds, matched inside one header word ("Kundentelefon", "Gewerkschaftsbeitrag") */
export const STEMS: readonly StemRule[] = [
  {category: 'email', strength: 'strong', suffix: 'mail', except: ['voice']},
  {category: 'email', strength: 'strong', prefix: 'emailadr'},
  {category: 'phone', strength: 'strong', suffix: 'telefon'},
  {category: 'phone', strength: 'strong', suffix: 'telefonnummer'},
  {category: 'phone', strength: 'strong', suffix: 'telefonnr'},
  {category: 'phone', strength: 'strong', suffix: 'telnr'},
  {category: 'phone', strength: 'strong', suffix: 'rufnummer'},
  {category: 'phone', strength: 'strong', suffix: 'handynummer'},
  {category: 'phone', strength: 'strong', suffix: 'mobilnummer'},
  {category: 'phone', strength: 'strong', suffix: 'faxnummer'},
  {category: 'iban', strength: 'strong', prefix: 'iban'},
  {category: 'iban', strength: 'strong', suffix: 'iban'},
  {category: 'street_address', strength: 'strong', suffix: 'strasse'},
  {category: 'street_address', strength: 'strong', suffix: 'anschrift'},
  {category: 'street_address', strength: 'strong', suffix: 'adresse', except: ['mail', 'email', 'ip', 'web', 'internet', 'url', 'mac', 'server', 'host', 'netz']},
  {category: 'postal_code', strength: 'strong', suffix: 'plz'},
  {category: 'postal_code', strength: 'strong', suffix: 'postleitzahl'},
  {category: 'birth_date', strength: 'strong', prefix: 'geburtsdatum'},
  {category: 'art9_health', strength: 'strong', prefix: 'krank', except: ['krankenkasse', 'krankenversicher', 'krankenhaus']},
  {category: 'art9_health', strength: 'strong', prefix: 'arbeitsunfaehig'},
  {category: 'art9_health', strength: 'strong', prefix: 'arbeitsunfall'},
  {category: 'art9_health', strength: 'strong', prefix: 'diagnose'},
  {category: 'art9_health', strength: 'strong', prefix: 'befund'},
  {category: 'art9_health', strength: 'strong', prefix: 'icd'},
  {category: 'art9_health', strength: 'strong', prefix: 'schwerbehind'},
  {category: 'art9_health', strength: 'strong', prefix: 'pflegegrad'},
  {category: 'art9_health', strength: 'strong', prefix: 'pflegestufe'},
  {category: 'art9_health', strength: 'strong', prefix: 'mutterschutz'},
  {category: 'art9_health', strength: 'strong', prefix: 'schwanger'},
  {category: 'art9_health', strength: 'strong', prefix: 'beschaeftigungsverbot'},
  {category: 'art9_health', strength: 'strong', prefix: 'allergi'},
  {category: 'art9_health', strength: 'strong', prefix: 'impf'},
  {category: 'art9_health', strength: 'strong', prefix: 'medikament'},
  {category: 'art9_health', strength: 'strong', prefix: 'rehamassnahme'},
  {category: 'art9_religion', strength: 'strong', prefix: 'konfession'},
  {category: 'art9_religion', strength: 'strong', prefix: 'religio'},
  {category: 'art9_religion', strength: 'strong', prefix: 'kirchensteuer'},
  {category: 'art9_religion', strength: 'strong', prefix: 'kirchenzugehoerigkeit'},
  {category: 'art9_religion', strength: 'strong', prefix: 'kirchenmitglied'},
  {category: 'art9_religion', strength: 'strong', prefix: 'kirchenaustritt'},
  {category: 'art9_union', strength: 'strong', prefix: 'gewerkschaft'},
  {category: 'art9_ethnicity', strength: 'strong', prefix: 'ethnisch'},
  {category: 'art9_political', strength: 'strong', prefix: 'parteimitglied'},
  {category: 'art9_political', strength: 'strong', prefix: 'parteizugehoerigkeit'},
  {category: 'art9_political', strength: 'strong', prefix: 'politisch'},
  {category: 'art9_political', strength: 'strong', prefix: 'political'},
  {category: 'art9_sexual_orientation', strength: 'strong', prefix: 'sexuell'},
  {category: 'art9_biometric', strength: 'strong', prefix: 'fingerabdr'},
  {category: 'art9_biometric', strength: 'strong', prefix: 'fingerprint'},
  {category: 'art9_biometric', strength: 'strong', prefix: 'biometri'},
  {category: 'art9_genetic', strength: 'strong', prefix: 'genetik'},
  {category: 'art9_genetic', strength: 'strong', prefix: 'genetisch'},
  {category: 'art9_genetic', strength: 'strong', prefix: 'genetic'},
  {category: 'art9_genetic', strength: 'strong', prefix: 'genom'},
  {category: 'art10_criminal', strength: 'strong', prefix: 'vorstrafe'},
  {category: 'art10_criminal', strength: 'strong', prefix: 'fuehrungszeugnis'},
  {category: 'art10_criminal', strength: 'strong', prefix: 'strafregister'},
  {category: 'art10_criminal', strength: 'strong', prefix: 'bundeszentralregister'},
  {category: 'art10_criminal', strength: 'strong', prefix: 'straftat'},
  {category: 'art10_criminal', strength: 'strong', prefix: 'strafverfahren'},
  {category: 'art10_criminal', strength: 'strong', prefix: 'verurteilung'},
  {category: 'art10_criminal', strength: 'strong', prefix: 'conviction'},
  {category: 'art10_criminal', strength: 'strong', prefix: 'criminal'},
]

