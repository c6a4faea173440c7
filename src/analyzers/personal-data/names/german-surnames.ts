/**
 * Frequent German surnames, roughly in the order of public surname frequency rankings (telephone
 * directory counts), with their common spelling variants (Meyer/Meier/Maier/Mayer, Schmidt/Schmitt/
 * Schmid). Many are also ordinary words (Koch, Bauer, Klein, Schwarz, Winter): a single word counts as
 * a name only where the column header points at people (person-name.ts). The fixture names of German
 * test data (Mustermann, Musterfrau) are included on purpose.
 */
import {nameList} from './name-list.js'

export const GERMAN_SURNAMES = nameList(`
  müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer koch bauer richter
  klein wolf schröder neumann schwarz zimmermann braun krüger hofmann hartmann lange schmitt werner schmitz
  krause meier lehmann schmid schulze maier köhler herrmann könig walter mayer huber kaiser fuchs peters
  lang scholz möller weiß weiss jung hahn schubert vogel friedrich keller günther frank berger winkler roth
  beck lorenz baumann franke albrecht schuster simon ludwig böhm winter kraus martin schumacher krämer vogt
  stein jäger otto sommer groß gross seidel heinrich brandt haas schreiber graf schulte dietrich ziegler kuhn
  kühn pohl engel horn busch bergmann thomas voigt sauer arnold wolff pfeiffer ernst jansen lindner
  hübner kramer franz peter hermann sander schütz schütze götz günter schwab kolb seifert kühne kessler
  keßler brinkmann brand heinz zimmer ritter kruse marx schenk friedrichs baier bayer beyer bock böttcher
  hansen hoppe jakob jacob jahn kaufmann kirchner lutz maurer maus nagel pieper rieger schilling schön
  schott schreiner stark vogel weise wendt wenzel wilhelm wirth wolter zander behrens berg bischoff blum
  dittrich dörr eckert fink fiedler geiger gerlach gerber göbel hauser heck heinemann heller herzog hess
  hesse hildebrandt hinz hofer holz janssen jürgens kern klose koller köster kunz kurz lenz link mann
  martens meißner meissner menzel michel mohr nowak paul petersen philipp probst rau reuter riedel rose
  rothe rudolph sachs scherer schlüter schmitz schramm schroeder schuler seidl siebert specht stahl
  steffen steiner stephan strauß strauss thiel thiele ulrich vetter walther weber weiß wiese witt wolf
  wunderlich zeller ahrens albers appel bach bader barth bartsch bauer baum bechtold beckmann behrendt
  bender bertram beier binder blank blume bode böhme bohn born bosch brandl braune brüggemann brunner
  buchholz budde burkhardt busse dahl dietz döring ebert eder ehlers eichhorn engelhardt fricke fritsch
  fritz fröhlich funk gärtner geyer glaser gottschalk graf grimm haase hagen hahn haller hamann harms hartung
  hecht heinze heise held henke hennig herbst hermes heuer hildebrand hirsch hoff hoffmeister horstmann
  hummel jacobs jäckel jordan jost jung kaiser kamps karl kaya keil kempf kirsch klaus klemm klug knoll
  knorr koch köhler kopp korn kraft krebs kroll kuhlmann küster lang lau lechner lemke lindemann löffler
  lohmann lorenz ludwig lux mack marquardt matthes maurer mayr meister merkel merz metzger meurer michels
  mertens moritz neubauer neuhaus nickel niemann noack nolte oswald ott pape paulus pfeifer pfaff pietsch
  plate popp preuß prinz raab rapp rausch rehm reichert reimann reinhardt reiter renner reuter richter riedl
  ritter röder rohde roos rösch rupp sauter schade schaller scharf schenk scheller schiller schindler
  schlegel schmidt schmieder schneider scholl schrader schreiber schubert schüler schulz schwarz schweizer
  seiler seitz siegel singer sommer späth spieß stadler stahl stein steinbach stock stoll strobel stumpf
  sturm thiele thoma tietz unger urban vogl volk voß voss wagner walz weigel weidner weiser weller wenzel
  werner westphal wiegand wiesner wilke will winkler wittmann wolters wurm zeidler ziegler zimmer zink
  ackermann adam adler albert alt altmann anders andres arndt auer aust axt baier balzer bär bartels bartz
  bauch baumeister baumgartner baur bauschke becher beer behr beil bell bergmann berndt bernhardt betz beutel
  bieber biermann birk bittner blöcher block bloch bock bode bolz borchert bornemann brandes brauer brenner
  breuer brückner brüning buck bühler burger busch buschmann christ clemens conrad cramer dahms damm decker
  degen dick diehl dietze dittmann dohmen domke dorn drews dreyer duda dürr eberhardt ebner eckhardt ehrhardt
  eichler eisele engels erdmann esser ewald faber feldmann fischbach fleischer fleck forster förster franzen
  freitag frey freund friedel fries fritzsche fuhrmann gabriel gebhardt geisler gerhardt gerke giese gläser
  goebel göhler golz gross großmann gruber grün grünewald gundlach haag haas hafner hager hahne hampel hanke
  hannemann harder hartwig hauck haupt hecker heidrich heil heilmann heim heinrichs heinze helbig henkel
  henning hentschel herold herr herrmann herz heß heyer hiller hinrichs hirt höfer hoffmann hofmeister
  hohmann holl holst homann hopf horn huth ihle jacobi jäger janke jansen jensen jeske jonas junker kahl kaiser
  kamm kappel karsten kastner kauffmann kaul keck kellner kemper kerner kiefer kiel kienle kirchhoff klotz
  knapp knauer knecht knobloch koc koenig kohl kohler kolbe konrad kopf körner kraemer krah kranz krauß
  kreuzer krieger kroll krug kruger kubitz kuhnert kunze kurth lach lampe landgraf lang langer laub lauer
  lehner lehnert leitner lenk lenz leonhardt lieb liebig link lippert lorenzen löw ludewig lübke lücke
  lührs lutz maaß maass mai maier marschall matthies mauer may meinhardt meister melcher mende menge merten
  metz meuser meyer michaelis mielke moll morgenstern mosler mrozek mühlbauer münch nagel
  naumann neuhaus neumeier niederer nitsche nitschke nowak oberle olbrich opitz ostermann paetzold pahl
  pape pauli paulsen pech peschel petermann pfister pflug pieper pilz plath pohl polster prange preis pütz
  quast rabe rademacher rahn ranft rath rauch rebmann rehberg reich reichel reimers reinecke reinhold reis
  reiß renz rettig richert riedel riemer riese rink rinke risch rittner röhl roller römer rosenberg rosenthal
  rost roth rother rübel rudolf rühl ruf runge rust sack sailer salomon sattler schaaf schäfer schaper
  schäuble scheffler schell schenke scheuermann schick schiefer schirmer schlosser schmelzer schmidtke
  schmitz schnabel schneck schnell schober schönfeld schöning schrader schrödter schroth schubert schütt
  schwabe schweitzer schwerdtfeger seeger sehl seibert seidler seiffert sellmann siebert siegmund sievers
  simons sommerfeld sonntag spengler sperling spies stange stapel staudt steffens stegmann steinert
  steinke stenzel stoll stolz storch strack straub strecker strobel stroh struck stumpf suhr süß teichmann
  thieme thies thoms tiedemann tillmann timm tobias traub trautmann uhl uhlig ullrich ulrich vogler völker
  voigt vollmer wachter wacker wahl waldmann walter walther warnke weber wegener wegner wehner weidmann
  weigl weil weinert weis weiser welsch welz wendel wenger wenz wessel wetzel wichmann wiedemann wieland
  wienke wild wilde wilhelmi wille willms winkelmann winter wirtz wittig wolf wolfram wollny wulf wulff
  zahn zeh zenker ziemer zimmer zöller zorn
  achenbach adolph ahlborn altenburg ammann amann arend arens aschenbrenner aumann bachmann backes bade bahr
  barthel bastian baumgart baumgarten bausch beckers behnke bergner berner bertsch biedermann bieler blaschke
  bläser blessing bolte bongartz bormann brendel brinker brodbeck bröcker brück buchmann bücker bürger
  burmeister buss christmann claßen classen coenen dahlke daum deck deckert dehn deppe derksen dettmer
  diederich diekmann diener dietl dittmar döhler donath dreher dressler drescher ebel eberle eckstein
  ehlert eickhoff eisenhardt elsner emmerich endres engler erb erhardt ertl faust feige feldhaus fenske
  fichtner fiebig finke fleischmann flohr franzke frenzel friese fritsche fürst gebauer geier geißler gerdes
  gerhards gies gilles glück göller gottwald gräf greiner grewe gröger grosse grote gutjahr haack hachmann
  hagedorn hagemann haider halbach hammer hänsel harnisch hartl hartig haubold hauschild hausmann heidemann
  heiden heider heinen heitmann helm helmke hempel henn hense hensel herwig hetzel heyde hilger hillebrand
  hock höhne holzapfel hüttner imhof jaeger jahnke jakobs janz jünger kalb kamp kappes karg kaufhold keim
  kempe kessel kirst klages klar kleine kleinert klinger klöckner knebel knoop kober koenen kohlmann köhn
  koll korte krafft krahl kranich kreft kreutz krull kübler kuhl kuntz kupfer küpper lachmann lamm
  landwehr lehr lemm lemmer leuschner lichtenberg liebl linke loch loos lotz löwe lück lüdtke lüke mader
  maiwald mangold markert marks matz meinke menke merkle messner meyers möhring molitor mühle nagler
  neuber neubert neugebauer nicolai niehaus nitsch nowotny oberländer orth osterkamp otte pauly pelz
  peukert pfau pohlmann poppe potthoff prause puls putz rasch rathje rauh rauscher redlich reimer rein
  reinke reiser remmers rentsch rieck riegel rieß ritz rogge rohr rosner rosenkranz roßmann rottmann
  ruhland ruppert sahm sänger schacht schauer scheel scheidt schenkel scherf schiffer schimmel schleicher
  schmalz schmiedel schnitzler scholze schomburg schönberger schöne schreck schuh schulten schultz schumann
  schwarzer schwenk seemann seibel sieber siegert sonnenberg spahn speck spitzer springer stamm steck
  stegemann steiger steinhoff stiller stöcker stolle stratmann strauch streit stuhr tacke teske theis
  thiemann tiede tiemann trapp treiber trost ullmann uhlmann unruh veit vollrath wagener wallner warnecke
  wassermann wegmann weichert weigand weinmann weißenborn welke wellmann wendland westermann weyer wichert
  wiechert wilms wimmer windisch witte wünsche wüst zabel zech zeiler zeitler zobel zöllner
  mustermann musterfrau mustermensch
`)

/** surnames frequent in the north, the south and the east that the national top ranks under-represent */
export const REGIONAL_GERMAN_SURNAMES = nameList(`
  janßen jansen harms hinrichs petersen paulsen thomsen christiansen carstensen jessen lorenzen andresen
  brodersen clausen ketelsen nissen hansen jensen sievers gerdes behrens lüders lühr lührs ahlers tönjes
  oltmanns eilers wilken heeren frerichs mammen gerken dirks dierks meinen oetken ohlsen rieken tjaden
  bruns brunken folkers garrelts onken reents siefken uphoff
  hofer huber gruber bauer wimmer brunner eder lechner moser aigner berger fuchs stadler mayr maier
  reiter steiner pichler binder haas leitner hofbauer holzer auer gschwendtner seidl weber schwaiger
  kastner niedermeier obermeier hintermaier oberhuber unterberger zehetmair spiegl hinterhuber sedlmeier
  sedlmair ganghofer rottmair eichinger lindinger maierhofer wurzer stangl kreuzer
  schulze lehmann krause schröder kühn wolf richter schwarz fiedler hentschel ullrich haase kretzschmar
  kretschmer lehnert pfeifer zschoche pietzsch rößler seifert uhlig schreiter böttger nestler günzel
  hänel heinig kaden kunath lorenz matthes nitzsche pohle richter rudolph schade teichert thiele ziesche
  kowalski nowak lewandowski kaminski wisniewski szymanski schimanski koslowski jankowski
  kubitza pawlik kaczmarek sobotta przybilla kasprzak mrozek piontek pietsch kosch pollok
`)
