/**
 * Frequent first names of people living in Germany with German (or long-naturalised) names, both sexes,
 * from the generations born around 1920 to the babies of the 2020s: the names of pensioners in a
 * payroll history, of today's workforce and of customers' children. Compiled from public 
 * frequency rankings (birth registrations by decade); spelling variants are listed separately because
 * both occur in data ("Carl"/"Karl", "Stefan"/"Stephan").
 *
 * Names that are also ordinary German words or brands are in AMBIGUOUS_FIRST_NAMES (person-name.ts)
 * and count only next to another known name.
 */
import {nameList} from './name-list.js'

/** born roughly 1920–1960 */
export const GERMAN_FIRST_NAMES_FEMALE_OLDER = nameList(`
  gertrud gertraud hildegard ursula helga ingrid irmgard erika gisela elisabeth elfriede inge ingeborg renate
  brigitte christa karin monika waltraud waltraut edith erna herta hertha margarete margarethe margot marianne
  anneliese annelies liselotte lieselotte lotte else elsa emmi emmy gerda gudrun hannelore heidi heide helene
  hedwig ilse irene johanne käthe käte luise martha marta rosemarie rita ruth sieglinde sigrid siegrid traute
  trude ulrike ute uta wilma hilde hilda grete gretel anni änne berta bertha dora doris elli elly emilie
  friederike hedda henriette irma josefine josephine lucie magda mathilde olga rosa rosi selma thea theresia
  therese wally wanda lore lieselott charlotte adelheid agnes alma amalie annemarie antonie auguste barbara
  bärbel bernhardine christel christine dorothea edeltraud edeltraut elfriede eleonore elfi elfriede emma
  franziska frida frieda gabriele gerlinde gerti gertraude gisela gitta hanne hannchen hedi helma helene
  hermine hiltrud ida ilona ilse ingetraut irmtraud irmtraut isolde jutta karola katharina klara clara
  kunigunde leni lena lina liesel lilli lydia magdalena maria marga margit margret margarete marie marlies
  marliese marlene mathilda melitta minna mina paula pauline regina resi rosina roswitha sabine senta sibylle
  sybille sofie sophie susanne thekla therese trautel ulla ursel vera veronika waltrud wiltrud hella heidemarie
  annerose anita anke annette astrid beate bettina birgit brunhilde brunhild carmen christiane cornelia
  dagmar edda elke erdmute ernestine evelin evelyn gundula helgard herma hertha ingelore inga irmela karla
  klothilde liane lilo lisbeth lissy luzia mechthild mechtild mia minna nelly ottilie rosalie rosemarie
  sieglinde swanhild trudi walburga wilhelmine wiebke
`)

/** born roughly 1955–1995 */
export const GERMAN_FIRST_NAMES_FEMALE_MIDDLE = nameList(`
  andrea angelika anja anke annette astrid barbara beate bettina birgit britta carmen christiane christina
  christine claudia cornelia dagmar daniela diana doris dorothea elke esther eva evelyn franziska gabriele gaby
  heike heidrun ines jutta kerstin kirsten katja katrin kathrin kristina manuela margit marion marina marita
  marlies martina melanie michaela monika nadine nicole petra regina rita roswitha sabine sandra silke simone
  sonja stefanie stephanie susanne susann tanja ulrike uta ute vera verena yvonne sylvia silvia tatjana tina
  antje doreen peggy mandy ramona jacqueline nancy cindy grit kathleen jeannette janine jenny jennifer jessica
  julia sandy sindy ivonne manja anett annett heidemarie gesine inka imke maike meike mareike frauke insa gesa
  swantje bianca bianka carina karina corinna denise janina jasmin yasmin kristin christin lydia maren miriam
  nadja natalie nathalie nina patricia rebecca rebekka sabrina saskia steffi svenja tamara theresa teresa
  vanessa alexandra annika anika caroline carolin karoline constanze konstanze eileen elisa fabienne henrike
  ina isabel isabell judith juliane kim larissa laura lisa linda madeleine magdalena marie melina merle michelle
  mona olivia pauline ricarda sarah sara selina sina stella svea tabea ulla valerie vivien vivienne xenia
  alexa anne anna annegret anneke annemarie antje beatrix bernadette birte birthe bärbel catrin catharina
  cathrin christel conny daniela dörte dorit edith elena elisabeth ellen elvira evi gisa gudrun hanna hannah
  heidi helen helena ilka ilona irina iris isa jana jeanette jenni johanna josefa karen karin katarina
  katharina katrina kathy kati katy kerstin kira kornelia lea lena liane lina lotta luisa mara
  margarita maria marianne marika marlene marleen mechthild melanie miriam nele nora petra pia rabea ragna
  regine renate ricarda romy ronja rosemarie ruth sabina sabrina sanja sibylle sigrun silvana sophia sophie
  stefania sybille tamara tatiana tessa thea tina uschi vanessa verona viktoria victoria wencke wenke wibke
  yvette zoe elke ellen hella ilse ingrid sieglinde jessika jaqueline jacqueline nicola nicol nicolle nadin
  nadia cynthia daniele denise desiree dana doreen ivonne jana jenny kathleen kristin liane mandy manuela
  marina marlen nancy peggy ramona romina ronja sandy sindy stefanie steffi susi sylke ute
`)

/** born roughly 1990 to today */
export const GERMAN_FIRST_NAMES_FEMALE_YOUNGER = nameList(`
  emma mia hannah hanna emilia sofia sophia sophie lina ella mila clara klara lea leah marie lena leni luisa
  louisa frieda frida ida anna mathilda matilda lia greta ela amelie amely luna leonie charlotte johanna malia
  lotta nele emily emilie lilly lilli lili lucy mira paula rosalie romy thea zoe zoey alina amalia aurelia
  carlotta elisa fiona finja helena isabella jana juna kira lara laura layla leila lenja lotte luana maja maya
  malea marlene melina mina nala nora pia ronja sara sarah sofie stella tilda valentina victoria viktoria yara
  alma annika antonia ava carla karla celina chiara elena elina elif emely emmi enie eva fenja greta hailey
  hedda henriette ina isabell jasmin jule julia juliana juliane kaja kimberly laila lana larissa
  leona leonie lilia lillian liv livia luise lucia luzie madita magdalena maila maira malina mara maria
  marlena matilda melissa merle milena milla mina mira nina noemi paulina pauline philippa rebecca romina
  ronja rosa ruby sanja selina smilla sophie svea talea tamina tessa theresa tilda vanessa vivien wilma
  yasmin zara ayla aylin alessa alicia alisa amira anastasia angelina anni anouk antonella ariana aurora
  bella carolina celine cheyenne chantal chantalle chiara clarissa dana dilara elea elisabeth ellie elli
  emilie enya estelle eveline fabienne felicitas fine franziska frederike friederike gina hanne helene imke
  isabel isabelle jette jolina joline josefine josephine joy julie kiara kim leni liana lilia
  lisann lorena luca lucie luisa lynn maike malou mareike marleen marlen martha medina melanie michelle mila
  miriam nathalie neele nelly nika nike noelia noemi rieke ricarda romy sabrina saskia selin sienna
  sina sky sofia soraya stina svenja tabea thalia tiana valeria vanessa vera xenia yuna zoé
`)

export const GERMAN_FIRST_NAMES_MALE_OLDER = nameList(`
  wilhelm friedrich karl carl heinrich hermann otto walter walther hans ernst paul kurt curt werner gerhard
  günter günther helmut helmuth heinz horst herbert rudolf rolf willi willy erich fritz georg josef joseph
  johann johannes alfred albert august bernhard bruno emil erwin ewald franz gottfried gustav hubert hugo
  konrad ludwig manfred max oskar oscar reinhold richard robert siegfried theodor wolfgang adolf alois anton
  arnold arthur artur bernd dieter eberhard eduard egon erhard ferdinand gerd gert gottlieb hanns harald
  harry herrmann hubertus jakob jacob joachim jürgen klaus claus lothar norbert peter reinhard reiner rainer
  roland rüdiger siegbert udo ulrich volker waldemar wendelin wilfried willibald winfried wolf wolfram armin
  axel berthold burkhard detlef detlev dietmar dietrich edgar egbert eckhard eckart elmar engelbert friedhelm
  gebhard gregor hartmut heino helge henning holger ingo jochen jörg knut kuno leopold lutz ottmar otmar
  ralf ralph siegmund sigmund theo valentin veit viktor victor wieland achim adalbert alexander alwin
  andreas anselm arno august benno bodo botho burghard christoph conrad dankwart edmund eitel emanuel
  erich erwin felix florian friedemann friedbert friedel fritz gerald gerhardt
  gerold gernot gisbert götz günter hagen hannes hasso heiner heribert hinrich 
  ignaz immanuel jobst jost julius justus kaspar kasimir konstantin lorenz lambert leonhard ludger magnus
  marcel martin matthäus meinhard michael nikolaus norbert olaf oswald ottokar pankraz philipp reimund
  reimar reinhart robert roman rupert ruprecht sebastian sepp severin siegmar sigurd stefan thilo tilo
  traugott ulf ullrich uwe vinzenz volkmar walfried wenzel wigand wilhelm willfried wolfhard xaver
`)

export const GERMAN_FIRST_NAMES_MALE_MIDDLE = nameList(`
  andreas alexander christian daniel dirk jan jens jörg lars marc martin matthias mathias michael mike nils
  niels oliver patrick peter ralf sascha sebastian stefan stephan steffen sven swen thomas tim tobias uwe
  carsten karsten christoph christof christopher florian dennis marcel benjamin björn dominik fabian felix
  julian kevin marvin maximilian moritz nico niko nicolas niklas nikolas philipp phillip robin simon
  benedikt bastian david enrico ronny rico mario maik meik mirko sandro silvio steve thoralf torben ulf
  ronald roman sönke hauke heiko jannik janik jannis jonas kilian konstantin leon lukas lucas malte manuel
  marius mathis mats nick ole pascal rené rene severin till tom tristan vincent yannick yannik markus marcus
  thorsten torsten timo kai frank marco rainer holger jochen jürgen michael olaf norman sören soeren tilman
  tillmann volker wolfgang achim alf andré andre arne arnd arndt benno bernd bert björn bodo carlo claas
  klaas clemens danny denis detlef dieter dietmar dirk dominic dominique eike eric erik ernst falk falko
  frederic frederik friedrich fritz gerrit gunnar hannes harald hartmut helge hendrik henrik henry hinnerk
  ingo jakob jacob jannes jasper jendrik jesper joern jonathan joscha josef julius justin kay
  knut lennart leif lorenz lothar ludger lutz mads malte manfred marcell marko martin mathias matthäus
  maurice max mirco nikolai norbert ocke okke olaf ortwin oskar pierre piet quirin rafael raphael rasmus
  reinhard robert roland rolf rudi rüdiger sascha sebastian sergej silas stefan steffen tammo
  thies tido tjark torge uli ulrich urs veit vitus waldemar walter werner wilfried wim wolf wolfram
  ronny enrico rico danilo steve tony rocco marcel sandro silvio nico tino toni
`)

export const GERMAN_FIRST_NAMES_MALE_YOUNGER = nameList(`
  noah ben matteo finn fynn leon elias paul henry henri luis louis felix emil jonas theo anton luca luka liam
  maximilian lukas lucas jakob jacob mats milan leo oskar karl carl moritz julian david hannes samuel
  alexander niklas adam ole vincent johann jonathan linus levi lio mika nils philipp raphael rafael simon
  tim tom valentin aaron arthur benjamin collin damian erik eric fabian florian frederik friedrich gabriel
  hugo jan jannis jona joshua justus kilian lenny lennard lennart lasse leonard lian lias luke malte mattis
  max michael mio nick noel oliver piet ruben sebastian thore tore tjark jannik jayden jamie 
   bennet bennett carlo colin constantin dario dominik eddie ferdinand fiete finley
  finnley frederick frieder georg gustav hendrik henrik ilias jaron jasper joel johannes jonah joris julius
  kian konrad korbinian lars laurin leano lennox lenn leopold levin linus louis lorenz lukas luis luiz
  magnus malik manuel marlon marvin matheo mathis matti maxim milo nathan neo nico niclas niko nikolas
  noa noel ole oscar pascal pepe quentin rayan robin ruben samuel silas sam tilo timo titus tobias tristan
  valentino victor viktor vince yannick yannik yannis yusuf zeno aron ali arian ayden benedikt bruno caspar
  cedric chris clemens dean elia emilio enno falk fritz hanno hauke ian ivo jacob janne janosch jano
  jaro jonte juri kalle keno kjell lasse lauritz leif lion lio luan mailo marc mattes maxi merlin mika
  mikail milian mirko neil nelio niels noa oskar paulo philip phil raik rico romeo ron sami sandro sören
  taylor theodor thilo torben vito wim yasin
`)
