/**
 * Frequent surnames of the countries of origin of Germany's larger immigrant groups and of foreign
 * business partners, from public national surname rankings. Multi-word surnames are listed by their core
 * ("de Luca" → "luca", "van der Berg" → "berg"), apostrophes dropped ("D'Angelo" → "dangelo").
 *
 * SLAVIC_SURNAMES are listed in their masculine form; the lexicon adds the feminine forms (-ski → -ska,
 * -cki → -cka, -ov → -ova, -in → -ina) and the German transliteration (-ov → -ow, -ev → -ew).
 */
import {nameList} from './name-list.js'

export const TURKISH_SURNAMES = nameList(`
  yılmaz kaya demir şahin çelik yıldız yıldırım öztürk aydın özdemir arslan doğan kılıç aslan çetin kara koç
  kurt özkan şimşek polat özcan korkmaz çakır erdoğan yavuz can acar şen aktaş güler yalçın güneş bozkurt
  bulut keskin ünal turan gül özer ışık kaplan avcı sarı tekin taş köse yüksel ateş aksoy ekinci karataş
  uçar tunç altun akın coşkun bayram çiftçi durmaz erdem güven karakaya özgür sönmez tan toprak uysal yaman
  yiğit akbulut akgül akyüz altıntaş balcı başaran baysal bilgin bingöl cengiz çınar demirci dinç duman eren
  genç gök gündoğdu gürbüz karadağ karaca kartal kocabaş metin oral önal özbek özkaya özmen özyurt sağlam
  sevim soylu şeker temel tosun türk uğurlu ural yazıcı yeşil yücel zengin aydemir akkaya altınbaş arıkan
  ayhan bakır bayrak bektaş beyaz bilgiç bozdağ budak çalışkan çevik dağ deniz dursun elmas erol ertürk
  gençer gezer gökçe gümüş güngör günay ince işler kahraman kalkan karabulut karakuş kavak kaymak kervan kılınç
  kocaman koçak korkut kuzu murat oğuz okur orhan oruç özen özgün öztekin pamuk sarıkaya sayın sezer sevinç
  şahan tatar tekin topal topçu türkmen uzun yağız yalın yaşar yazgan yeter yurt yurdakul zorlu
`)

export const SLAVIC_SURNAMES = nameList(`
  kowalski wiśniewski kamiński lewandowski zieliński szymański dąbrowski kozłowski jankowski kwiatkowski
  wojciechowski piotrowski grabowski pawłowski michalski jabłoński nowakowski majewski olszewski malinowski
  jaworski górski witkowski rutkowski ostrowski tomaszewski zalewski wróblewski jasiński jakubowski sadowski
  chmielewski borkowski sokołowski szczepański maciejewski kalinowski kowalewski czarnecki wysocki zawadzki
  sawicki nowicki
  ivanov smirnov kuznetsov popov vasiliev petrov sokolov mikhailov novikov fedorov morozov volkov alekseev
  lebedev semenov egorov pavlov kozlov stepanov nikolaev orlov andreev makarov nikitin zakharov zaitsev
  borisov yakovlev grigoriev romanov sergeev kuzmin frolov alexandrov dmitriev korolev gusev kiselev
  maksimov polyakov sorokin vinogradov kovalev belov medvedev antonov tarasov zhukov baranov filippov
  komarov davydov gerasimov bogdanov osipov sidorov matveev titov markov mironov krylov kulikov karpov
  vlasov melnikov denisov gavrilov tikhonov kazakov danilov timofeev fomin chernov abramov martynov efimov
  nazarov kalinin isaev bykov maslov rodionov lazarev voronin klimov filatov golubev naumov potapov
  trofimov leonov sobolev ermakov kolesnikov goncharov nikiforov kotov grishin gromov kirillov panov
  moiseev akimov anisimov eremin galkin nesterov simonov levin voronov loginov savin krasnov demidov
  rybakov ignatov litvinov ershov ushakov ryabov mukhin platonov nekrasov bobrov zhdanov blinov lavrov
  zuev serov zotov fokin samsonov sedov zimin kostin suvorov lukin rodin utkin zubov sharov
  iwanow smirnow kusnezow popow wassiljew petrow sokolow michailow nowikow fjodorow morosow wolkow
  alexejew lebedew semjonow jegorow pawlow koslow stepanow nikolajew orlow andrejew makarow sacharow
  saizew borissow jakowlew grigorjew romanow sergejew kusmin frolow medwedew schukow baranow
  schmidtke kowalew rjabow
`)

/** Ukrainian, Balkan and other surnames without a gendered ending */
export const EASTERN_SURNAMES = nameList(`
  nowak wójcik kowalczyk woźniak mazur krawczyk kaczmarek zając król wieczorek wróbel stępień adamczyk dudek
  pawlak walczak sikora baran michalak szewczyk pietrzak marciniak bąk duda włodarczyk wilk kubiak mazurek
  kołodziej kaczmarczyk sobczak lis
  shevchenko bondarenko kovalenko boyko tkachenko kravchenko kovalchuk oliynyk shevchuk polishchuk lysenko
  marchenko melnyk moroz savchenko rudenko petrenko klymenko pavlenko kuzmenko schewtschenko kowalenko
  boiko tkatschenko krawtschenko melnik
  horvat kovačević babić marić jurić novak kovačić knežević vuković marković petrović matić tomić pavlović
  kovač božić blažević grgić pavić radić perić popović jovanović nikolić đorđević djordjevic stojanović
  ilić stanković milošević mitrović živković lazić ristić savić todorović kostić obradović hodžić hadžić
  begić delić mehmedović halilović hasanović husić kurtović omerović salihović alić imamović ibrahimović
  čolić mujić
  berisha krasniqi gashi hoxha shala morina bytyqi kelmendi hasani rexhepi ahmeti ismaili musliu zeqiri
  sadiku shehu hyseni kastrati dervishi
  popa popescu ionescu pop radu dumitru stan stoica gheorghe matei ciobanu munteanu nistor rusu tudor
  florea dinu ionita barbu oprea moldovan lungu dobre ursu sandu voicu
  nagy kovács tóth szabó horváth varga kiss molnár németh farkas balogh papp takács juhász lakatos
  mészáros oláh rácz fekete
  novák svoboda novotný dvořák černý procházka kučera veselý horák němec pokorný pospíšil hájek jelínek
  král růžička beneš fiala sedláček
  ivanova petrova dimitrov dimitrova georgiev georgieva nikolov stoyanov todorov hristov
`)

export const SOUTHERN_SURNAMES = nameList(`
  rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti luca mancini
  costa giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli
  martini leone longo gentile martinelli vitale lombardo serra coppola santis dangelo marchetti parisi villa
  conte ferraro ferri fabbri bianco marini grasso valentini messina sala angelis gatti pellegrini palumbo
  sanna farina rizzi monti cattaneo morelli amato silvestri mazza testa grassi pellegrino carbone giuliani
  benedetti barone rossetti caputo montanari guerra palmieri bernardi martino fiore ferretti bellini basile
  riva donati piras vitali battaglia sartori neri costantini milani pagano ruggiero sorrentino damico
  orlando negri napolitano esposto cirillo iannone
  papadopoulos papadopoulou papadakis papageorgiou georgiou oikonomou economou vasileiou nikolaou dimitriou
  ioannou konstantinou christodoulou georgiadis papanikolaou makris pappas karagiannis alexiou athanasiou
  antoniou angelopoulos christou dimopoulos giannopoulos ioannidis katsaros konstantinidis kostopoulos
  lambrou markou michailidis nikolaidis panagiotou papadimitriou papathanasiou pavlidis petridis sotiriou
  stavrou theodorou triantafyllou tsakiris vlachos zervas anagnostou apostolou charalambous
  garcía fernández gonzález rodríguez lópez martínez sánchez pérez gómez jiménez ruiz hernández díaz moreno
  álvarez muñoz romero alonso gutiérrez navarro torres domínguez vázquez ramos gil ramírez serrano blanco
  suárez molina morales ortega delgado castro ortiz rubio marín sanz núñez iglesias medina garrido santos
  castillo cortés lozano guerrero cano prieto méndez calvo cruz gallego vidal herrera márquez peña
  cabrera flores campos vega fuentes carrasco caballero nieto reyes aguilar pascual herrero
  silva ferreira pereira oliveira rodrigues martins sousa fernandes gonçalves gomes lopes marques alves
  almeida ribeiro pinto carvalho teixeira moreira correia mendes nunes soares vieira monteiro cardoso rocha
  neves coelho cunha pires reis simões antunes matos fonseca machado araújo barbosa tavares lourenço
  figueiredo azevedo freitas
`)

export const WESTERN_SURNAMES = nameList(`
  smith johnson williams brown jones davis wilson anderson taylor moore jackson thompson white harris clark
  lewis robinson walker young allen wright scott hill green adams baker nelson carter mitchell roberts
  turner phillips campbell parker evans edwards collins stewart morris murphy cook rogers morgan cooper
  peterson reed bailey bell kelly howard ward cox richardson wood watson brooks bennett gray james hughes
  price sanders myers ross foster powell jenkins perry russell sullivan butler barnes henderson coleman
  simmons patterson reynolds hamilton graham wallace cole hayes gibson ellis stevens murray marshall owens
  harrison kennedy wells obrien oconnor oneill mcdonald macdonald davies doe
  dubois durand leroy moreau laurent lefebvre michel bertrand roux fournier girard bonnet dupont lambert
  fontaine rousseau vincent muller faure blanc guerin boyer garnier chevalier francois legrand gauthier
  perrin robin clement morin nicolas henry roussel mathieu gautier masson marchand duval denis dumont
  jong vries berg dijk bakker visser smit meijer boer mulder groot bos vos hendriks leeuwen dekker brouwer
  wit dijkstra smits graaf
  johansson andersson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson
  jonsson hansen johansen olsen larsen andersen pedersen nielsen kristensen
  nguyen tran pham hoang huynh phan dang bui ngo duong
  wang zhang liu chen yang huang zhao zhou sun zhu guo lin kim park choi
  hassan hussein mohamed ahmed ibrahim khalil mahmoud saleh salem abdullah haddad khoury nasser yousef
  mansour aziz hamdan darwish qasim rahman sayed othman osman karim khan hamid amin
`)
