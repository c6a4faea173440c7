/**
 * First names frequent among people in Germany with a migration history, and in the customer and
 * supplier data of German firms: Turkish, Kurdish, Arabic, Polish, Russian/Ukrainian (in German and
 * English transliteration, since both occur), Balkan, Italian, Greek, Romanian, Bulgarian, Hungarian,
 * Albanian, Spanish/Portuguese, French, English, Dutch, Scandinavian, Vietnamese and Indian names.
 * Compiled from public first-name frequency lists of the countries of origin; lower case, written with
 * their own letters where they have them (the lookup folds "Şahin" to "sahin" and "Łukasz" to "lukasz").
 */
import {nameList} from './name-list.js'

export const TURKISH_KURDISH_FIRST_NAMES = nameList(`
  mehmet mustafa ahmet ali hüseyin hasan ibrahim ismail osman yusuf murat ömer ramazan halil süleyman
  abdullah mahmut recep salih fatih kadir emre burak serkan hakan cem can deniz erkan ercan orhan kemal
  levent sinan volkan tolga tuncay okan özkan gökhan yasin yunus enes furkan emir kerem berat eren baran onur
  oğuz uğur metin cengiz erdal erol ersin selim serdar umut yakup nuri necati sami sedat tarık tayfun turgay
  veli zeki bülent cihan doğan harun hamza hikmet idris ilhan ilker kaan kenan koray mert muhammed muhammet
  nihat oktay ozan rıza sefa taner tuncer yavuz yiğit zafer adem ahmed alper arda aydın batuhan bayram cafer
  celal cemal cengiz coşkun engin ertan ertuğrul fikret gürkan hayati hüsnü kazım mesut mevlüt muharrem necmi
  nevzat orçun rüstem şahin şükrü tahsin tamer turan utku vedat yalçın yüksel zekeriya zübeyir mithat
  fatma ayşe emine hatice zeynep elif meryem sultan zehra hülya özlem ebru esra derya dilek gül gülsüm hacer
  hande havva melek merve nur nurcan pınar seda selin sevgi sevim songül tuğba yasemin yeliz aylin ayla aysel
  aynur büşra canan cansu damla defne ecrin eda esma filiz gamze gizem gülay gülten hilal kübra leyla medine
  melike melis nazlı nesrin nihal sibel sümeyye semra serap sevda şükran tülay yağmur zerrin zübeyde aleyna
  azra asya beyza duru ecem irem nisa ceren dilara ilayda sıla ayten birsen dilan emel feride figen gülşen
  hanife hatun kader keziban meltem mine necla neslihan nilay nurten oya perihan reyhan rukiye saadet sabriye
  sakine selma serpil sevilay şerife şenay tuba türkan ümran ümmühan yıldız zeliha zuhal
  azad rojin jiyan berfin rojda serhat zana newroz rojhat dilovan şiyar heval evin bêrîvan
`)

export const ARABIC_FIRST_NAMES = nameList(`
  mohammed mohamed muhammad mohammad mohamad muhamed ahmad ahmed ali omar umar hassan hussein husain hussain
  mahmoud mahmud mustafa moustafa khaled khalid karim kareem ibrahim youssef yousef yusuf abdullah abdul abdel
  amir amin anas bilal fadi farid fares faris hamza hamid hani haitham jamal jamil kamal majid malik marwan
  nabil nasser nour noor osama usama rami rashid said saeed sami samir tarek tariq walid waleed yasin yassin
  yassine ziad zaid zakaria adnan aziz bassam ghassan hisham imad issa khalil mazen mohannad muhannad nizar
  qasim raed riad sultan suleiman wael yahya younes zain ayman aiman basel firas jawad louay maher munir
  rayan abdelkader abderrahim abdelaziz hicham mourad rachid redouane said soufiane youssouf mehdi nabil
  fatima fatma aisha aischa aicha amina mariam maryam layla leila lina rania rana salma zainab zeinab hanan
  huda iman khadija lamia malak mona nadia nada noura rahma ranya reem rim rima ruqaya safa samira sana sanaa
  souad suha yara zahra amal asma aya dalia dina ghada hala hiba heba lamar lujain maha manal marwa nisreen
  raghad razan roula sahar shaima wafa widad naima nawal latifa karima hayat houda jamila khadidja loubna
  malika meriem nadia siham zineb
`)

export const SLAVIC_FIRST_NAMES = nameList(`
  agnieszka anna barbara beata dorota ewa elżbieta grażyna halina irena iwona jadwiga joanna justyna
  katarzyna krystyna magdalena małgorzata marta monika natalia paulina renata sylwia teresa wanda zofia
  aleksandra agata bożena danuta edyta ewelina izabela jolanta kamila karolina marzena mirosława urszula
  weronika wiesława zuzanna aneta alicja dominika emilia gabriela lucyna marianna patrycja stanisława żaneta
  adam andrzej bartosz dariusz grzegorz jacek jakub jan janusz jarosław jerzy józef kamil krzysztof łukasz
  maciej marcin marek mariusz mateusz michał paweł piotr przemysław rafał robert ryszard sławomir stanisław
  szymon tadeusz tomasz wiesław witold władysław wojciech zbigniew zdzisław kazimierz bogdan bogusław
  czesław damian dawid henryk ireneusz leszek mirosław patryk radosław roman sebastian waldemar zenon
  arkadiusz artur hubert konrad krystian sylwester wiktor
  aleksandr alexander alexej alexei aleksej andrej andrei anatoli anatolij boris dmitri dmitrij dimitri
  eugen evgeni evgenij jewgeni jewgenij gennadi gennadij georgi grigori igor ilja ivan iwan jurij juri
  konstantin leonid maxim maksim michail mikhail nikolai nikolaj oleg pavel pawel pjotr ruslan sergej sergei
  sergey stanislav stanislaw vadim wadim valentin valeri valerij waleri vasili wassili wassilij viktor
  vitali vitalij witali vladimir wladimir vladislav wladislaw jaroslaw yuri artem artjom denis kirill taras
  vasyl volodymyr oleksandr oleksii mykola andrii serhii dmytro yevhen ihor yurii vitalii viktor
  anastasia anastasija alla darja daria elena jelena olga galina irina jekaterina ekaterina kateryna ksenia
  xenia larissa lilia ljudmila ludmila ljubov lyubov marina nadeschda nadezhda natalja natalia natascha
  natasha nina oksana polina raissa svetlana swetlana tatjana tatiana valentina walentina vera viktoria
  yulia julija zhanna anzhela inna ljuba olena halyna iryna nataliia yuliia viktoriia mariia svitlana larysa
  alina sofia tamara snezhana walja wera lidia lidija tanja
  ivan marko josip stjepan ante tomislav dragan zoran goran milan nikola stefan mladen damir davor darko
  dejan edin emir haris jovan kenan miroslav nenad predrag ranko saša slobodan srđan srdjan tarik vlado
  zlatko željko branko božo dalibor dino dragoljub dušan hrvoje krešimir luka mate mato mirko nedim
  nermin petar radovan senad siniša vedran zdravko admir amir adnan almir armin dženan elvis emir jasmin
  mirza samir semir
  ana ivana marija jelena mirjana snežana snježana vesna gordana dragana biljana ljiljana maja martina nada
  nataša sanja suzana zorica željka ankica azra amra dijana emina lejla milena mira branka danijela ivona
  jasmina katarina kristina lidija mirela nevenka sabina selma verica zdenka aida alma amela amina belma
  dženana elma merima nermina
  ivan georgi dimitar petar nikolay stoyan hristo todor yordan vasil krasimir plamen ivanka mariya
  desislava petya silvia tsvetelina vesela
`)

export const SOUTHERN_EUROPEAN_FIRST_NAMES = nameList(`
  giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico
  bruno paolo michele giorgio aldo sergio luciano marco roberto stefano andrea alessandro matteo lorenzo
  luca davide simone federico riccardo gabriele fabio massimo maurizio claudio enrico giancarlo gianluca
  nicola raffaele rocco sandro tommaso vittorio emanuele filippo leonardo mattia daniele alberto alessio
  cristian dario diego edoardo enzo fabrizio gino giacomo giulio ivano lino loris renato rosario silvio ugo
  umberto gennaro carmine ciro pasquale calogero
  giuseppina rosa angela giovanna teresa lucia carmela caterina francesca antonietta carla elena concetta
  rita margherita franca paola laura giulia chiara sara martina alessia federica silvia valentina elisa
  simona roberta monica cristina daniela patrizia giorgia aurora alice beatrice ginevra gabriella graziella
  luisa marisa nadia ornella raffaella serena stefania tiziana vittoria arianna camilla eleonora ilaria noemi
  rosaria filomena assunta annunziata
  georgios giorgos ioannis giannis konstantinos kostas dimitrios dimitris nikolaos nikos panagiotis christos
  vasileios vasilis athanasios thanasis evangelos angelos spyridon spiros stavros theodoros anastasios
  apostolos emmanouil manolis ilias charalambos stelios stylianos sotirios alexandros petros pavlos
  antonios grigorios kyriakos lazaros markos savvas zisis
  eleni aikaterini katerina vasiliki angeliki georgia dimitra konstantina paraskevi evangelia ioanna
  despina eirini irini panagiota chrysoula athina fotini kalliopi kyriaki stavroula theodora zoi efthymia
  magdalini niki sotiria
  jose josé juan manuel francisco javier carlos jesús alejandro miguel rafael pedro pablo fernando jorge
  sergio álvaro adrián raúl ramón vicente joaquín andrés víctor ángel santiago ignacio emilio eduardo
  guillermo rubén óscar gonzalo iván jaime marcos martín mateo nicolás salvador tomás joão paulo ricardo rui
  nuno tiago gonçalo rodrigo henrique fábio hélder vítor sérgio filipe cristiano
  maría carmen isabel cristina lucía paula raquel pilar dolores mercedes beatriz irene rocío alba nuria
  sonia sofía valeria lorena montserrat inmaculada josefa juana francisca manuela esperanza concepción
  consuelo inês joana catarina mariana leonor matilde carolina margarida fernanda adriana luciana juliana
  ion ioan gheorghe constantin vasile mihai florin adrian marius ionuț andrei cătălin răzvan ovidiu sorin
  alexandru gabriel ioana mihaela andreea florentina roxana georgeta oana
`)

export const WESTERN_FIRST_NAMES = nameList(`
  james john robert michael william david richard joseph charles christopher daniel matthew anthony steven
  andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan gary nicholas eric
  jonathan stephen larry justin scott brandon samuel gregory raymond patrick jack dennis jerry tyler aaron
  henry nathan douglas zachary kyle ethan jeremy harold keith roger gerald terry sean austin lawrence jesse
  dylan bryan joe jordan billy bruce wayne roy randy eugene russell elijah bobby johnny harry charlie
  freddie alfie archie mason owen connor callum jamie luke sam
  mary patricia jennifer elizabeth susan karen nancy betty margaret ashley kimberly donna dorothy carol
  amanda deborah cynthia kathleen amy shirley brenda pamela samantha katherine debra rachel catherine
  carolyn janet heather diane virginia julie joyce kelly lauren joan judith megan cheryl martha frances
  gloria ann kathryn janice jean madison abigail judy grace amber marilyn beverly danielle brittany
  alexis kayla amelia isla poppy chloe evie freya holly ellie millie emily
  jean pierre michel philippe alain nicolas christophe françois frédéric laurent stéphane olivier sébastien
  thierry julien jacques dominique antoine maxime guillaume romain mathieu matthieu jérôme didier gilles
  yves marcel andré claude gérard serge théo mathis enzo clément baptiste quentin adrien benoît cédric
  damien fabrice franck gaël lionel loïc ludovic mickaël raphaël rémi sylvain yann xavier arnaud aurélien
  fabien hervé kévin
  nathalie isabelle sylvie françoise valérie sandrine véronique céline aurélie camille chloé manon inès
  louise océane margaux juliette élodie laetitia virginie chantal martine josiane odile colette hélène
  geneviève agnès claire delphine élise estelle florence karine laurence morgane murielle séverine solène
  sylviane yvette amélie anaïs noémie
  pieter hendrik cornelis willem gerrit jeroen joost maarten sander bas ruud sjoerd wouter thijs daan sem
  bram lieke sanne femke marloes mieke
  lars sven björn erik olof anders jens per henrik kjell åsa astrid linnea kirsten freja elin liv malin
  lászló istván józsef jános zoltán sándor gábor ferenc attila péter tamás zsolt csaba tibor balázs
  katalin erzsébet ilona éva zsuzsanna ágnes krisztina judit eszter mónika ildikó
  arben besnik bekim driton fatmir ilir valon arta besa blerta drita fjolla vjosa
  minh anh linh hoa lan hung tuan duc thanh trang huong thuy quang dung phuong thi ngoc thu thao hong hanh
  huyen nga nhung yen
  rahul amit anil ajay ravi sanjay sunil vijay priya anjali pooja neha deepak arjun rohit vikram suresh
  ramesh
`)
