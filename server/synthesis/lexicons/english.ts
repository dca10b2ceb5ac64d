/**
 * natural's English lexicon (brill_pos_tagger/data/English/lexicon_from_posjs.json): its lowercase
 * words (about 43k), one a line, each followed by its Porter stem when that differs. Generated from
 * natural and checked against it by test/synthesis/stem.test.ts (UPDATE_ENGLISH=1 rewrites it):
 * a fresh process then reads 0.6 MB instead of 4 MB and runs Porter only for words not listed.
 */
export const ENGLISH_STEMS = `a
aahs aah
ab
aback
abacuses abacus
abalone abalon
abandon
abandoned abandon
abandoning abandon
abandonment abandon
abandons abandon
abaringe abaring
abasement abas
abashed abash
abate abat
abated abat
abatement abat
abates abat
abating abat
abberations abber
abbey abbei
abbot
abbreviated abbrevi
abbreviation abbrevi
abbreviations abbrevi
abdicate abdic
abdomen
abdomens abdomen
abdominal abdomin
abdominis abdomini
abducted abduct
abduction abduct
abed ab
aber
aberrant aberr
aberrantly aberrantli
aberration aberr
aberrations aberr
abetted abet
abetting abet
abeyance abey
abhor
abhorred abhor
abhorrent abhorr
abhorrently abhorr
abide abid
abides abid
abiding abid
abilities abil
ability abil
abject
abjection abject
abjectly abjectli
ablated ablat
ablation ablat
ablaze ablaz
able abl
abler
ably abli
abnormal abnorm
abnormalities abnorm
abnormality abnorm
abnormally abnorm
aboard
abode abod
abolish
abolished abolish
abolishing abolish
abolition abolit
abolitionist
abolitionists abolitionist
abominable abomin
abomination abomin
aboriginal aborigin
aborigine aborigin
aborigines aborigin
aborning aborn
abort
aborted abort
abortifacient abortifaci
aborting abort
abortion abort
abortionist
abortions abort
abortive abort
abound
abounded abound
abounding abound
abounds abound
about
above abov
aboveboard
aboveground
abrasive abras
abrasives abras
abreaction abreact
abreast
abridged abridg
abridges abridg
abridging abridg
abridgment abridg
abroad
abroade abroad
abrogate abrog
abrogated abrog
abrupt
abruptly abruptli
abruptness abrupt
abscess
abscesses abscess
abscissa
absence absenc
absences absenc
absense absens
absent
absented absent
absentee absente
absenteeism absente
absentees absente
absentia
absently absent
absentmindedly absentmindedli
absinthe absinth
absolute absolut
absolutely absolut
absoluteness absolut
absolutes absolut
absolution absolut
absolutism absolut
absolve absolv
absolved absolv
absolving absolv
absorb
absorbed absorb
absorbedthe absorbedth
absorbency absorb
absorbent absorb
absorber absorb
absorbers absorb
absorbing absorb
absorbs absorb
absorption absorpt
absorptions absorpt
absorptive absorpt
abstain
abstained abstain
abstaining abstain
abstention abstent
abstentions abstent
abstinence abstin
abstract
abstracted abstract
abstractedness abstracted
abstracting abstract
abstraction abstract
abstractionism abstraction
abstractionists abstractionist
abstractions abstract
abstractive abstract
abstractly abstractli
abstractors abstractor
abstracts abstract
abstruse abstrus
abstrusenesses abstrus
absurd
absurdist
absurdities absurd
absurdity absurd
absurdly absurdli
abundance abund
abundant abund
abundantly abundantli
abusable abus
abuse abus
abused abus
abuser abus
abusers abus
abuses abus
abusing abus
abusive abus
abutments abut
abuzz
abysmal abysm
abyss
acacia
academe academ
academeh
academia
academic academ
academically academ
academician
academics academ
academies academi
academy academi
acccounting acccount
accede acced
acceded acced
accelerate acceler
accelerated acceler
accelerates acceler
accelerating acceler
acceleration acceler
accelerations acceler
accelerator acceler
accelerators acceler
accelerometer acceleromet
accelerometers acceleromet
accent
accented accent
accenting accent
accents accent
accentual accentu
accentuate accentu
accentuated accentu
accentuates accentu
accept
acceptability accept
acceptable accept
acceptance accept
acceptances accept
accepted accept
accepting accept
accepts accept
accesory accesori
access
accessed access
accesses access
accessibility access
accessible access
accessions access
accessories accessori
accessory accessori
accident accid
accidental accident
accidentally accident
accidently accid
accidents accid
acclaim
acclaimed acclaim
acclaims acclaim
acclamation acclam
acclimatized acclimat
accolade accolad
accolades accolad
accommodate accommod
accommodated accommod
accommodates accommod
accommodating accommod
accommodation accommod
accommodations accommod
accommodative accommod
accomodate accomod
accomodations accomod
accompanied accompani
accompanies accompani
accompaniment accompani
accompaniments accompani
accompanist
accompanists accompanist
accompany accompani
accompanying accompani
accompli
accomplice accomplic
accomplices accomplic
accomplish
accomplished accomplish
accomplishes accomplish
accomplishing accomplish
accomplishment accomplish
accomplishments accomplish
accompnaying accompnai
accord
accordance accord
accorded accord
according accord
accordingly accordingli
accordion
accords accord
accosted accost
accosting accost
account
accountability account
accountable account
accountant account
accountants account
accounted account
accounting account
accounts account
accouterments accouter
accreditation accredit
accredited accredit
accrediting accredit
accreted accret
accretion accret
accretions accret
accrual
accruals accrual
accrue accru
accrued accru
accrues accru
accruing accru
acculturated accultur
acculturation accultur
accumulate accumul
accumulated accumul
accumulates accumul
accumulating accumul
accumulation accumul
accumulator accumul
accuracy accuraci
accurate accur
accurately accur
accusation accus
accusations accus
accusatory accusatori
accuse accus
accused accus
accuser accus
accusers accus
accuses accus
accusing accus
accusingly accusingli
accustomed accustom
accustoms accustom
ace ac
acerbic acerb
aces ac
acetate acet
acetominophen
acetone aceton
acetonemia
acetylene acetylen
ache ach
ached ach
aches ach
achievable achiev
achieve achiev
achieved achiev
achievement achiev
achievements achiev
achieves achiev
achieving achiev
aching ach
acid
acidified acidifi
acidity acid
acidly acidli
acids acid
acidulous acidul
aciduria
acknowledge acknowledg
acknowledged acknowledg
acknowledgement acknowledg
acknowledges acknowledg
acknowledging acknowledg
acknowledgment acknowledg
acknowledgments acknowledg
acknowleged acknowleg
acne acn
acolyte acolyt
aconte acont
acorns acorn
acoustic acoust
acoustical acoust
acoustically acoust
acoustics acoust
acquaint
acquaintance acquaint
acquainted acquaint
acquiesce acquiesc
acquiesced acquiesc
acquiescence acquiesc
acquiesence acquies
acquire acquir
acquired acquir
acquirer acquir
acquirers acquir
acquires acquir
acquiring acquir
acquisition acquisit
acquisitions acquisit
acquisitive acquisit
acquisitiveness acquisit
acquisiton
acquistion acquist
acquit
acquittal acquitt
acquitted acquit
acre acr
acreage acreag
acres acr
acrid
acrimonious acrimoni
acrimony acrimoni
acrobacy acrobaci
acrobat
acrobatic acrobat
acrobatics acrobat
acrobats acrobat
acronym
across
acrylic acryl
act
acted act
acting act
actinometer actinomet
action
actionable action
actions action
activate activ
activated activ
activating activ
activation activ
active activ
actively activ
actives activ
activism activ
activist
activists activist
activities activ
activity activ
actor
actors actor
actress
actresses actress
acts act
actual
actualities actual
actuality actual
actually actual
actuarial actuari
actuarially actuari
actuaries actuari
actuary actuari
actuate actuat
actuated actuat
actuators actuat
acumen
acupuncture acupunctur
acupuncturist
acute acut
acutely acut
ad
adage adag
adagio
adagios adagio
adamant adam
adamantly adamantli
adapt
adaptability adapt
adaptable adapt
adaptation adapt
adaptations adapt
adapted adapt
adapter adapt
adapters adapt
adapting adapt
adaptor
adapts adapt
add
added ad
addict
addicted addict
addiction addict
addictions addict
addictive addict
addicts addict
adding ad
addition addit
additional addit
additionally addition
additions addit
additive addit
additives addit
addled addl
address
addressed address
addressee addresse
addressees addresse
addresses address
addressing address
addresss
adds add
adduce adduc
adenocard
adenomas adenoma
adept
adepts adept
adequacy adequaci
adequate adequ
adequately adequ
adhere adher
adhered adher
adherence adher
adherent adher
adherents adher
adheres adher
adhering adher
adhesion adhes
adhesive adhes
adhesives adhes
adieu
adipic adip
adjacent adjac
adjectival adjectiv
adjective adject
adjectives adject
adjoined adjoin
adjoining adjoin
adjoins adjoin
adjourn
adjourned adjourn
adjourning adjourn
adjournment adjourn
adjourns adjourn
adjudged adjudg
adjudging adjudg
adjudicate adjud
adjudication adjud
adjudicator adjud
adjudicators adjud
adjunct
adjuncts adjunct
adjust
adjustable adjust
adjustablerate adjustabler
adjustables adjust
adjusted adjust
adjuster adjust
adjusters adjust
adjusting adjust
adjustment adjust
adjustments adjust
adjusts adjust
adman
admen
administer administ
administered administ
administering administ
administers administ
administrate administr
administration administr
administrations administr
administrative administr
administratively administr
administrator administr
administrators administr
adminstration adminstr
adminstrative adminstr
admirable admir
admirably admir
admiral admir
admirals admir
admiralty admiralti
admiration admir
admire admir
admired admir
admirer admir
admirers admir
admires admir
admiring admir
admiringly admiringli
admissible admiss
admission admiss
admissions admiss
admit
admits admit
admittance admitt
admittances admitt
admitted admit
admittedly admittedli
admittees admitte
admitting admit
admixed admix
admonished admonish
admonishing admonish
admonishments admonish
admonition admonit
admonitions admonit
ado
adobe adob
adolescence adolesc
adolescent adolesc
adolescents adolesc
adopt
adoptable adopt
adopted adopt
adoptee adopte
adoptees adopte
adopters adopt
adopting adopt
adoption adopt
adoptions adopt
adoptive adopt
adopts adopt
adorable ador
adore ador
adored ador
adores ador
adoring ador
adorn
adorned adorn
adornments adorn
adorns adorn
adrenal adren
adrenaline adrenalin
adrift
adroit
adroitly adroitli
adroitness adroit
ads ad
adsorbed adsorb
adsorbs adsorb
adulation adul
adult
adulterate adulter
adulterated adulter
adulterers adulter
adulterous adulter
adultery adulteri
adulthood
adults adult
advance advanc
advanced advanc
advancement advanc
advancements advanc
advancer advanc
advancers advanc
advances advanc
advancing advanc
advantage advantag
advantageous advantag
advantageously advantag
advantages advantag
advent
adventitious adventiti
adventure adventur
adventurer adventur
adventurers adventur
adventures adventur
adventuresome adventuresom
adventuring adventur
adventurism adventur
adventurist
adventurous adventur
adventurously adventur
adverb
adverbial adverbi
adverbs adverb
adversarial adversari
adversaries adversari
adversary adversari
adverse advers
adversely advers
adversities advers
adversity advers
advert
advertise advertis
advertised advertis
advertisement advertis
advertisements advertis
advertiser advertis
advertisers advertis
advertises advertis
advertising advertis
advertorial advertori
advice advic
advisability advis
advisable advis
advise advis
advised advis
advisedly advisedli
advisement advis
adviser advis
advisers advis
advises advis
advising advis
advisor
advisories advisori
advisors advisor
advisory advisori
advocacy advocaci
advocate advoc
advocated advoc
advocates advoc
advocating advoc
aegis aegi
aeon
aerate aerat
aerated aerat
aerates aerat
aeration aerat
aerator aerat
aerial
aerialists aerialist
aerials aerial
aerobic aerob
aerobics aerob
aerodynamic aerodynam
aerogenes aerogen
aeromedical aeromed
aeronautical aeronaut
aerosal aeros
aerosol
aerosolized aerosol
aerosols aerosol
aerospace aerospac
aesthetes aesthet
aesthetic aesthet
aesthetically aesthet
aesthetics aesthet
aeterna
aeternitatis aeternitati
afar
affable affabl
affadavit
affair
affairs affair
affect
affectation affect
affectations affect
affected affect
affecting affect
affectingly affectingli
affection affect
affectionate affection
affectionately affection
affections affect
affects affect
afferent affer
affianced affianc
affidavit
affidavits affidavit
affied affi
affilates affil
affiliate affili
affiliated affili
affiliates affili
affiliating affili
affiliation affili
affiliations affili
affilliate affilli
affinities affin
affinity affin
affirm
affirmation affirm
affirmations affirm
affirmative affirm
affirmed affirm
affirming affirm
affirms affirm
affix
affixed affix
afflict
afflicted afflict
afflicting afflict
affliction afflict
afflictions afflict
afflicts afflict
affluence affluenc
affluent
afford
affordability afford
affordable afford
afforded afford
affording afford
affords afford
affront
affronted affront
affronting affront
afghan
aficionado
afield
afire afir
aflame aflam
aflatoxin
afloat
afoot
aforementioned aforement
aforesaid
aforethought
afoul
afraid
afresh
aft
after
afterburners afterburn
aftereffects aftereffect
afterglow
aftermarket
aftermath
aftermaths aftermath
afternoon
afternoons afternoon
aftershave aftershav
aftershock
aftershocks aftershock
aftertax
afterthought
afterward
afterwards afterward
aftuh
ag
again
against
againt
agates agat
agave agav
agayne agayn
age ag
aged ag
ageless
agencies agenc
agency agenc
agenda
agendas agenda
agent
agents agent
ages ag
agglomerate agglomer
agglomeration agglomer
agglutinating agglutin
agglutination agglutin
agglutinin
agglutinins agglutinin
aggrandizing aggrand
aggravate aggrav
aggravated aggrav
aggravates aggrav
aggravating aggrav
aggregate aggreg
aggregates aggreg
aggregation aggreg
aggregations aggreg
aggression aggress
aggressions aggress
aggressive aggress
aggressively aggress
aggressiveness aggress
aggressor
aggrieved aggriev
aghast
agile agil
agilely agil
agility agil
agin
aging ag
agitate agit
agitated agit
agitating agit
agitation agit
agitator agit
agitators agit
agleam
aglimmering aglimm
agnomen
agnostics agnost
ago
agonies agoni
agonize agon
agonized agon
agonizes agon
agonizing agon
agony agoni
agranulocytosis agranulocytosi
agrarian
agree agre
agreeable agreeabl
agreeableness agreeabl
agreeably agreeabl
agreed agre
agreeement
agreeing agre
agreement
agreements agreement
agrees agre
agressive agress
agribusiness agribusi
agricolas agricola
agricole agricol
agriculteurs agriculteur
agricultural agricultur
agriculturally agricultur
agriculturals agricultur
agriculture agricultur
agriproducts agriproduct
agrochemical agrochem
agronomist
aground
ague agu
ah
ahdawam
ahead
ahem
ahs ah
ai
aid
aide aid
aided aid
aides aid
aiding aid
aids aid
aikido
ailerons aileron
ailing ail
ailment
ailments ailment
ails ail
aim
aimed aim
aiming aim
aimless
aimlessly aimlessli
aims aim
air
airbags airbag
airborne airborn
airconditioner aircondition
aircraft
airdrops airdrop
aired air
airfare airfar
airfield
airfields airfield
airflow
airframe airfram
airframes airfram
airheads airhead
airily airili
airing air
airings air
airless
airlift
airlifted airlift
airlifting airlift
airline airlin
airliner airlin
airliners airlin
airlines airlin
airlock
airmail
airmailed airmail
airman
airmen
airplane airplan
airplanes airplan
airplay airplai
airport
airports airport
airs air
airspeed airspe
airstrip
airstrips airstrip
airtime airtim
airwaves airwav
airway airwai
airways airwai
airworthiness airworthi
airy airi
aisle aisl
aisles aisl
ajar
ajury ajuri
akin
aku
al
alabaster alabast
alai
alarm
alarmed alarm
alarming alarm
alarmingly alarmingli
alarmism alarm
alarmist
alarms alarm
alas ala
albatross
albeit
albicans albican
albino
album
albumin
albums album
alchemists alchemist
alchemy alchemi
alcohol
alcoholic alcohol
alcoholics alcohol
alcoholism alcohol
alcohols alcohol
alcoves alcov
alderman
aldermen
alders alder
ale al
aleck
alert
alerted alert
alerting alert
alertly alertli
alertness alert
alerts alert
alfalfa
alfresco
algae alga
algaecide algaecid
algebra
algebraic algebra
algebraically algebra
alginates algin
algorithm
alia
alias alia
alibi
alibis alibi
alien
alienate alien
alienated alien
alienates alien
alienating alien
alienation alien
aliens alien
alight
align
aligned align
alignment align
alignments align
alike alik
alimony alimoni
aliquots aliquot
alive aliv
alizarin
alkali
alkaline alkalin
alkalis alkali
alkaloids alkaloid
alky alki
alkylarysulfonate alkylarysulfon
alkylbenzenesulfonates alkylbenzenesulfon
all
allay allai
allayed allai
allaying allai
allegation alleg
allegations alleg
allege alleg
alleged alleg
allegedly allegedli
alleges alleg
allegiance allegi
allegiances allegi
alleging alleg
allegoric allegor
allegorical allegor
allegory allegori
allegro
allergic allerg
allergies allergi
allergy allergi
alleviate allevi
alleviates allevi
alleviating allevi
alleviation allevi
alley allei
alleys allei
alleyways alleywai
allgedly allgedli
alliance allianc
alliances allianc
allied alli
allies alli
alligator allig
alligatored allig
alligators allig
alliteration alliter
alliterative allit
allnight
allocable alloc
allocate alloc
allocated alloc
allocates alloc
allocating alloc
allocation alloc
allocations alloc
allocator alloc
allot
alloted allot
allotment allot
allotments allot
allotted allot
allotting allot
allout
allow
allowable allow
allowance allow
allowances allow
allowed allow
allowing allow
allows allow
alloy alloi
alloys alloi
allrightniks allrightnik
alltime alltim
alluded allud
alludes allud
alluding allud
allure allur
allurement allur
alluring allur
allusion allus
allusions allus
allusiveness allus
alluvial alluvi
ally alli
allying alli
alma
almanac
almond
almonds almond
almost
aloes alo
aloft
alone alon
aloneness alon
along
alongside alongsid
aloof
aloofness aloof
alors alor
aloud
alpenglow
alpha
alphabet
alphabetic alphabet
alphabetical alphabet
alphabetically alphabet
alphabetized alphabet
alreadeh
already alreadi
also
altar
alter
alteration alter
alterations alter
altercation alterc
altered alter
altering alter
alternate altern
alternated altern
alternately altern
alternates altern
alternating altern
alternation altern
alternative altern
alternatively altern
alternatives altern
alters alter
altho
although
altitude altitud
altitudes altitud
alto
altogether altogeth
altruism
altruistic altruist
altruistically altruist
altruists altruist
alum
alumina
aluminum
alumnae alumna
alumni
alumnus alumnu
alundum
alveolar
alveoli
alveolus alveolu
always alwai
am
amahs amah
amalgam
amalgamate amalgam
amalgamated amalgam
amalgamation amalgam
amalgamations amalgam
amanuensis amanuensi
amass
amassed amass
amasses amass
amassing amass
amateur
amateurish
amateurishness amateurish
amateurism amateur
amateurs amateur
amatory amatori
amaze amaz
amazed amaz
amazement amaz
amazing amaz
amazingly amazingli
amazons amazon
ambassador
ambassadors ambassador
amber
ambiance ambianc
ambidextrous ambidextr
ambiguities ambigu
ambiguity ambigu
ambiguous ambigu
ambition ambit
ambitions ambit
ambitious ambiti
ambitiously ambiti
ambivalence ambival
ambivalent ambival
amble ambl
ambled ambl
ambling ambl
ambrosial ambrosi
ambulance ambul
ambulatory ambulatori
ambuscade ambuscad
ambush
ambushed ambush
amelioration amelior
amen
amenable amen
amend
amendatory amendatori
amended amend
amending amend
amendment amend
amendments amend
amenities amen
amethystine amethystin
amiable amiabl
amicable amic
amicably amic
amici
amicus amicu
amid
amide amid
amidst
amigo
amines amin
amino
aminometha
amiss
amity amiti
ammo
ammonia
ammoniac
ammonium
ammunition ammunit
amnesty amnesti
amniotic amniot
amok
among
amongst
amor
amoral amor
amorality amor
amorist
amorous amor
amorphous amorph
amorphously amorph
amortization amort
amortize amort
amortized amort
amortizing amort
amount
amounted amount
amounting amount
amounts amount
amours amour
amp
amphetamines amphetamin
amphibious amphibi
amphibology amphibolog
amphitheater amphitheat
amphobiles amphobil
ample ampl
amplification amplif
amplified amplifi
amplifier amplifi
amplifiers amplifi
amplifies amplifi
amplify amplifi
amplifying amplifi
amplitude amplitud
amply ampli
amps amp
amputated amput
amputation amput
amputations amput
amulet
amulets amulet
amuse amus
amused amus
amusedly amusedli
amusement amus
amusements amus
amusing amus
amusingly amusingli
an
anachronism anachron
anachronisms anachron
anachronistic anachronist
anachronistically anachronist
anaconda
anacondas anaconda
anaerobic anaerob
anaesthesia
anagram
analeptic analept
analgesic analges
analog
analogies analog
analogous analog
analogously analog
analogue analogu
analogues analogu
analogy analog
analysed analys
analyses analys
analysis analysi
analyst
analystics analyst
analysts analyst
analytic analyt
analytical analyt
analytically analyt
analyticity analyt
analyzable analyz
analyze analyz
analyzed analyz
analyzer analyz
analyzes analyz
analyzing analyz
anaplasmosis anaplasmosi
anaprapath
anarchic anarch
anarchical anarch
anarchist
anarchy anarchi
anastomoses anastomos
anastomosis anastomosi
anastomotic anastomot
anathema
anatomic anatom
anatomical anatom
anatomically anatom
anatomicals anatom
anatomy anatomi
ancestor
ancestors ancestor
ancestral ancestr
ancestry ancestri
anchor
anchorage anchorag
anchorages anchorag
anchored anchor
anchoring anchor
anchorite anchorit
anchoritism anchorit
anchorman
anchormen
anchors anchor
anchorwoman
anchovy anchovi
ancient
anciently ancient
ancients ancient
ancillary ancillari
and
andrenas andrena
anecdotal anecdot
anecdote anecdot
anecdotes anecdot
anemated anem
anemia
anemias anemia
anemic anem
anemics anem
anesthetic anesthet
anesthetically anesthet
anesthetics anesthet
anesthetized anesthet
anew
angel
angelfish
angelic angel
angelica
angels angel
anger
angered anger
angering anger
angers anger
angina
angiotensin
angle angl
angler
angles angl
angling angl
angora
angriest
angrily angrili
angry angri
angst
anguish
anguished anguish
angular
anhemolyticus anhemolyticu
anhydrous anhydr
anhydrously anhydr
ani
aniline anilin
animal anim
animalcare animalcar
animals anim
animate anim
animated anim
animates anim
animation anim
animism anim
animized anim
animosities animos
animosity animos
anion
anionic anion
anionics anion
anions anion
anise anis
aniseikonic aniseikon
anisotropy anisotropi
ankle ankl
ankles ankl
anlayst
annals annal
annee anne
annex
annexation annex
annexed annex
annihilate annihil
annihilation annihil
anniversaries anniversari
anniversary anniversari
annnouncement annnounc
annointed annoint
annotated annot
announce announc
announced announc
announcement announc
announcements announc
announcer announc
announcers announc
announces announc
announcing announc
announcment announc
annoy annoi
annoyance annoy
annoyances annoy
annoyed annoi
annoying annoi
annoys annoi
annual
annualized annual
annually annual
annuities annuiti
annuity annuiti
annulled annul
annum
annunciated annunci
anode anod
anodes anod
anoint
anointing anoint
anomalies anomali
anomalous anomal
anomaly anomali
anomic anom
anomie anomi
anonymity anonym
anonymous anonym
anonymously anonym
anorexia
anorthic anorth
another anoth
ansuh
answer
answerable answer
answered answer
answering answer
answers answer
ant
antacid
antagonised antagonis
antagonism antagon
antagonisms antagon
antagonist
antagonistic antagonist
antagonists antagonist
antagonize antagon
ante ant
anteater anteat
anteaters anteat
antebellum
antecedent anteced
antecedents anteced
antelope antelop
antenna
antennae antenna
antennas antenna
anterior
anteriors anterior
anthem
anthems anthem
anthers anther
anthology antholog
anthrax
anthropic anthrop
anthropological anthropolog
anthropologist
anthropologists anthropologist
anthropology anthropolog
anthropomorphic anthropomorph
anti
antianemia
antibacterial antibacteri
antibiotic antibiot
antibiotics antibiot
antibodies antibodi
antibody antibodi
antic
anticipate anticip
anticipated anticip
anticipates anticip
anticipating anticip
anticipation anticip
anticipations anticip
anticipatory anticipatori
anticoagulant anticoagul
anticoagulants anticoagul
anticoagulation anticoagul
anticompetitive anticompetit
anticorruption anticorrupt
antics antic
anticult
anticus anticu
antidepressant antidepress
antidote antidot
antifraud
antifreeze antifreez
antifundamentalist
antigen
antihero
antihistamine antihistamin
antihistorical antihistor
antilock
antimaterialism antimateri
antimissile antimissil
antimonide antimonid
antipathies antipathi
antipathy antipathi
antiphonal antiphon
antipodes antipod
antiquarian
antiquarians antiquarian
antiquated antiqu
antique antiqu
antiques antiqu
antiquities antiqu
antiquity antiqu
antirealistic antirealist
antiredeposition antiredeposit
antiseptic antisept
antisera
antiserum
antislavery antislaveri
antismoking antismok
antisocial antisoci
antisubmarine antisubmarin
antitakeover antitakeov
antithesis antithesi
antithetical antithet
antithyroid
antitrust
antiviral antivir
antiwar
ants ant
antsy antsi
anvil
anxieties anxieti
anxiety anxieti
anxious anxiou
anxiously anxious
any ani
anybody anybodi
anye any
anyhow
anylabel
anymore anymor
anyone anyon
anyplace anyplac
anythin
anything anyth
anytime anytim
anyway anywai
anyways anywai
anywhere anywher
aorta
apace apac
aparently apar
apart
apartheid
apartment apart
apartments apart
apathetic apathet
apathy apathi
ape ap
aperture apertur
apex
aphorisms aphor
apiece apiec
aping ap
aplenty aplenti
aplomb
apocalypse apocalyps
apocalyptic apocalypt
apocalyptics apocalypt
apocryphal apocryph
apogee apoge
apologetic apologet
apologetically apologet
apologies apolog
apologist
apologists apologist
apologize apolog
apologized apolog
apologizes apolog
apologizing apolog
apology apolog
apoplectic apoplect
apostates apost
apostle apostl
apostles apostl
apostolic apostol
apothecary apothecari
apotheosis apotheosi
appall appal
appalled appal
appalling appal
appallingly appallingli
appalls appal
appanage appanag
apparat
apparatchiks apparatchik
apparatus apparatu
apparel
appareled apparel
apparency appar
apparent appar
apparently appar
apparition apparit
apparitions apparit
appartus appartu
appeal
appealed appeal
appealing appeal
appeals appeal
appear
appearance appear
appearances appear
appeared appear
appearin
appearing appear
appears appear
appease appeas
appeased appeas
appeasement appeas
appeasing appeas
appellant appel
appellate appel
append
appendages appendag
appended append
appestat
appetite appetit
appetites appetit
appetizer appet
appetizing appet
applaud
applauded applaud
applauding applaud
applauds applaud
applause applaus
apple appl
applejack
applelike applelik
apples appl
appliance applianc
appliances applianc
applicability applic
applicable applic
applicant applic
applicants applic
application applic
applications applic
applicator applic
applicators applic
applied appli
applies appli
appliques appliqu
apply appli
applying appli
appoint
appointed appoint
appointee appointe
appointees appointe
appointing appoint
appointment appoint
appointments appoint
appoints appoint
apportion apport
apportioned apport
apportionment apportion
apportionments apportion
appraisal apprais
appraisals apprais
appraise apprais
appraised apprais
appraiser apprais
appraisers apprais
appraising apprais
appraisingly appraisingli
appreciable appreci
appreciably appreci
appreciate appreci
appreciated appreci
appreciates appreci
appreciating appreci
appreciation appreci
appreciations appreci
appreciative appreci
appreciatively appreci
apprehend
apprehended apprehend
apprehending apprehend
apprehension apprehens
apprehensions apprehens
apprehensive apprehens
apprehensively apprehens
apprentice apprentic
apprenticed apprent
apprentices apprentic
apprenticeship
apprised appris
approach
approachable approach
approached approach
approaches approach
approaching approach
appropriate appropri
appropriated appropri
appropriately appropri
appropriateness appropri
appropriates appropri
appropriating appropri
appropriation appropri
appropriations appropri
appropriators appropri
approval approv
approvals approv
approve approv
approved approv
approves approv
approving approv
approvingly approvingli
approximate approxim
approximated approxim
approximately approxim
approximates approxim
approximation approxim
approximations approxim
apricot
april
apron
aprons apron
apses aps
apt
aptitude aptitud
aptitudes aptitud
aptly aptli
aptness apt
aquam
aquamarine aquamarin
aquarium
aquatic aquat
aqueducts aqueduct
aqueous aqueou
aquifer aquif
aquifers aquif
aquisition aquisit
aquisitions aquisit
arabesque arabesqu
arabic arab
arable arabl
arak
aramid
arb
arbiter arbit
arbitrage arbitrag
arbitrager arbitrag
arbitragers arbitrag
arbitrageur
arbitrageurs arbitrageur
arbitraging arbitrag
arbitrarily arbitrarili
arbitrary arbitrari
arbitrate arbitr
arbitrated arbitr
arbitrates arbitr
arbitrating arbitr
arbitration arbitr
arbitrator arbitr
arbitrators arbitr
arboreal arbor
arborists arborist
arbs arb
arc
arcade arcad
arcaded arcad
arcades arcad
arcane arcan
arch
archaeological archaeolog
archaeologist
archaeologists archaeologist
archaeology archaeolog
archaic
archaism
archaized archaiz
archangels archangel
archbishop
archdiocese archdioces
arched arch
archenemy archenemi
archeological archeolog
archery archeri
arches arch
archetype archetyp
archetypes archetyp
archetypical archetyp
archfool
arching arch
archipelago
architect
architectonic architecton
architects architect
architectural architectur
architecturally architectur
architecture architectur
architectures architectur
archival archiv
archive archiv
archives archiv
archivist
archness arch
archrival archriv
archtype archtyp
arclike arclik
arcs arc
arctic
arcus arcu
ardent
ardently ardent
ardor
arduous arduou
are ar
area
areas area
areaways areawai
arena
arenas arena
areosol
argon
argot
argriculture argricultur
arguably arguabl
argue argu
argued argu
argues argu
arguing argu
argument
argumentation argument
arguments argument
aria
arias aria
arid
aridity arid
arise aris
arisen
arises aris
arising aris
aristocracy aristocraci
aristocrat
aristocratic aristocrat
aristocratically aristocrat
aristocrats aristocrat
arithmetic arithmet
arithmetical arithmet
arithmetized arithmet
arkylbenzene arkylbenzen
arm
armadillo
armadillos armadillo
armament
armaments armament
armata
armchair
armchairs armchair
armed arm
armful arm
armhole armhol
armies armi
arming arm
armistice armistic
armload
armoire armoir
armor
armored armor
armory armori
armpit
armpits armpit
arms arm
army armi
arnica
aroma
aromas aroma
aromatic aromat
aromatick
aromatics aromat
arose aros
around
arousal arous
arouse arous
aroused arous
arouses arous
arousing arous
arpeggios arpeggio
arraigned arraign
arraigning arraign
arrange arrang
arranged arrang
arrangement arrang
arrangements arrang
arrangers arrang
arranges arrang
arranging arrang
array arrai
arrayed arrai
arrays arrai
arrearage arrearag
arrearages arrearag
arrears arrear
arrest
arrested arrest
arresting arrest
arrests arrest
arrival arriv
arrivals arriv
arrive arriv
arrived arriv
arrives arriv
arriving arriv
arrogance arrog
arrogant arrog
arrogantly arrogantli
arrogate arrog
arrogating arrog
arrow
arrowed arrow
arrowheads arrowhead
arrows arrow
arroyo
arsenal arsen
arsenals arsen
arsenic arsen
arsenide arsenid
arside arsid
arsines arsin
arson
arsonist
art
artemisia
arterial arteri
arteries arteri
arteriolar
arterioles arteriol
arteriolosclerosis arteriolosclerosi
arteriosclerosis arteriosclerosi
artery arteri
artful art
artfully artfulli
artfulness art
arthritic arthrit
arthritis arthriti
artichoke artichok
article articl
articles articl
articulate articul
articulated articul
articulation articul
articulations articul
artifact
artifacts artifact
artifical artif
artifically artif
artifice artific
artificial artifici
artificiality artifici
artificially artifici
artillerist
artillerists artillerist
artillery artilleri
artisan
artisans artisan
artist
artistas artista
artistic artist
artistically artist
artistry artistri
artists artist
artless
arts art
artsy artsi
artwork
artworks artwork
arty arti
aryl
arylesterase arylesteras
arylesterases arylesteras
as
asbestos asbesto
asbestosis asbestosi
ascend
ascendancy ascend
ascended ascend
ascendency ascend
ascending ascend
ascension ascens
ascent
ascents ascent
ascertain
ascertainable ascertain
ascertained ascertain
ascetic ascet
asceticism ascetic
ascetics ascet
ascribe ascrib
ascribed ascrib
ascribes ascrib
aseptic asept
aseptically asept
ash
asham
ashamed asham
ashare ashar
ashen
ashes ash
ashore ashor
ashtrays ashtrai
aside asid
asides asid
asinine asinin
ask
askance askanc
asked ask
askew
askin
asking ask
asks ask
asleep
asocial asoci
asparagus asparagu
aspect
aspects aspect
aspen
aspens aspen
aspersion aspers
aspersions aspers
asphalt
asphyxia
aspirant aspir
aspirants aspir
aspiration aspir
aspirational aspir
aspirations aspir
aspire aspir
aspired aspir
aspires aspir
aspirin
aspiring aspir
ass
assai
assail
assailant assail
assailants assail
assailed assail
assailing assail
assails assail
assassin
assassinate assassin
assassinated assassin
assassinating assassin
assassination assassin
assassinations assassin
assassins assassin
assault
assaulted assault
assaulting assault
assaults assault
assay assai
assayed assai
assaying assai
assays assai
asseet
assemblage assemblag
assemblages assemblag
assemble assembl
assembled assembl
assembles assembl
assemblies assembl
assembling assembl
assembly assembl
assent
assented assent
assert
asserted assert
assertedly assertedli
asserting assert
assertion assert
assertions assert
assertive assert
assertiveness assert
asserts assert
asses ass
assesment asses
assess
assessed assess
assesses assess
assessing assess
assessment assess
assessments assess
assessor
assessories assessori
assessors assessor
asset
assets asset
assiduity assidu
assiduously assidu
assign
assigned assign
assignee assigne
assigning assign
assignment assign
assignments assign
assigns assign
assimilable assimil
assimilate assimil
assimilated assimil
assimilating assimil
assimilation assimil
assist
assistance assist
assistant assist
assistants assist
assisted assist
assisting assist
assists assist
associaitons associaiton
associate associ
associated associ
associates associ
associating associ
association associ
associations associ
associatively associ
assorted assort
assortment assort
assortments assort
assuage assuag
assuaged assuag
assuaging assuag
assume assum
assumed assum
assumes assum
assuming assum
assumption assumpt
assumptions assumpt
assurance assur
assurances assur
assure assur
assured assur
assuredly assuredli
assures assur
assuring assur
ast
asterisks asterisk
asteroid
asteroids asteroid
asters aster
asthma
astigmatism astigmat
astir
astonished astonish
astonishing astonish
astonishingly astonishingli
astonishment astonish
astound
astounded astound
astounding astound
astoundingly astoundingli
astounds astound
astral
astray astrai
astride astrid
astringency astring
astringent astring
astrological astrolog
astrology astrolog
astronaut
astronauts astronaut
astronomer astronom
astronomical astronom
astronomically astronom
astronomy astronomi
astrophysicist
astrophysics astrophys
astute astut
astuteness astut
asunder asund
asw
asylum
asymmetric asymmetr
asymmetrically asymmetr
asymmetry asymmetri
asymptomatic asymptomat
asymptotic asymptot
asymptotically asymptot
asynchrony asynchroni
at
atavistic atavist
ataxia
ate at
atelier ateli
atheism
atheist
atheistic atheist
atheists atheist
atheromatous atheromat
athlete athlet
athletes athlet
athletic athlet
athletically athlet
athleticism athletic
athletics athlet
atm
atmosphere atmospher
atmospheres atmospher
atmospheric atmospher
atolls atol
atom
atomic atom
atomisation atomis
atoms atom
atonal aton
atonally aton
atone aton
atonement aton
atop
atrium
atrocious atroci
atrociously atroci
atrocities atroc
atrocity atroc
atrophic atroph
atrophied atrophi
atrophy atrophi
atrun
att
attach
attache attach
attached attach
attaches attach
attaching attach
attachment attach
attachments attach
attack
attacked attack
attacker attack
attackers attack
attacking attack
attacks attack
attactive attact
attain
attainable attain
attained attain
attaining attain
attainment attain
attainments attain
attains attain
attarcks attarck
attempt
attempted attempt
attempting attempt
attempts attempt
attend
attendance attend
attendant attend
attendants attend
attended attend
attendee attende
attendees attende
attendent attend
attendents attend
attending attend
attends attend
attention attent
attentions attent
attentive attent
attentively attent
attest
attested attest
attesting attest
attests attest
attic
attics attic
attire attir
attired attir
attis atti
attitude attitud
attitudes attitud
attitudinizing attitudin
attorney attornei
attorneys attornei
attract
attractant attract
attracted attract
attracting attract
attraction attract
attractions attract
attractive attract
attractively attract
attractiveness attract
attracts attract
attributable attribut
attribute attribut
attributed attribut
attributes attribut
attributing attribut
attributions attribut
attrition attrit
attuned attun
atune atun
atypical atyp
au
auburn
auction
auctioned auction
auctioneer auction
auctioning auction
auctions auction
audacious audaci
audacity audac
audible audibl
audibly audibl
audience audienc
audiences audienc
audio
audiocassettes audiocassett
audiophiles audiophil
audiotex
audiovisual audiovisu
audit
audited audit
auditing audit
audition audit
auditioning audit
auditions audit
auditor
auditorium
auditors auditor
audits audit
audivi
auf
augen
augment
augmented augment
augmenting augment
augur
augurs augur
august
aunt
aunts aunt
aura
aural
aurally aural
aureus aureu
auspices auspic
auspicious auspici
auspiciously auspici
austere auster
austerely auster
austerity auster
authentic authent
authentically authent
authenticate authent
authentication authent
authentications authent
authenticator authent
authenticity authent
author
authored author
authoring author
authoritarian
authoritarianism authoritarian
authoritative authorit
authoritatively authorit
authorities author
authority author
authorization author
authorizations author
authorize author
authorized author
authorizes author
authorizing author
authors author
authorship
autions aution
autism
autistic autist
auto
autobiographic autobiograph
autobiographical autobiograph
autobiography autobiographi
autoclave autoclav
autocollimator autocollim
autocracies autocraci
autocracy autocraci
autocrat
autocratic autocrat
autocrats autocrat
autofluorescence autofluoresc
autograph
autographed autograph
autographer autograph
autographs autograph
autoimmune autoimmun
autoloader autoload
automaker automak
automakers automak
automate autom
automated autom
automates autom
automatic automat
automatically automat
automating autom
automation autom
automaton
automobile automobil
automobiles automobil
automotive automot
autonavigator autonavig
autonomic autonom
autonomous autonom
autonomously autonom
autonomy autonomi
autopsied autopsi
autopsies autopsi
autopsy autopsi
autos auto
autumn
autumnal autumn
autumns autumn
aux
auxiliaries auxiliari
auxiliary auxiliari
avail
availabilities avail
availability avail
available avail
availed avail
availing avail
avalanche avalanch
avaliable avali
avant
avarice avaric
avaricious avarici
avec
avenge aveng
avenger aveng
avenging aveng
avenue avenu
avenues avenu
average averag
averaged averag
averages averag
averaging averag
averred aver
averse avers
aversion avers
avert
averted avert
averting avert
averts avert
avian
aviary aviari
aviation aviat
aviator aviat
aviators aviat
avid
avidity avid
avidly avidli
avionics avion
avions avion
avocado
avocados avocado
avocation avoc
avoid
avoidable avoid
avoidance avoid
avoided avoid
avoiding avoid
avoids avoid
avowed avow
avowedly avowedli
avuncular
aw
await
awaited await
awaiting await
awaits await
awake awak
awaken
awakened awaken
awakening awaken
awakens awaken
award
awarded award
awarding award
awards award
aware awar
awareness awar
awash
away awai
awaye away
awe aw
awed aw
awes aw
awesome awesom
awful aw
awfully awfulli
awfulness aw
awhile awhil
awkward
awkwardly awkwardli
awkwardness awkward
awnings awn
awoke awok
awry awri
ax
axe ax
axes ax
axial
axially axial
axiological axiolog
axiom
axiomatic axiomat
axioms axiom
axis axi
axle axl
axles axl
aya
ayatollah
aye ay
ayes ay
ayni
azalea
azaleas azalea
azure azur
b
babbino
babbiting babbit
babble babbl
babbled babbl
babel
babes babe
babies babi
baboon
baboons baboon
baby babi
babyhood
baccalaureate baccalaur
bachelor
bachelors bachelor
baci
back
backbeat
backbench
backbend
backbends backbend
backbone backbon
backdated backdat
backdoor
backdrop
backed back
backer
backers backer
backfield
backfire backfir
backfired backfir
backfires backfir
backfiring backfir
backflips backflip
background
backgrounds background
backhand
backhanded backhand
backhoe backho
backhome backhom
backing back
backlash
backlit
backlog
backlogs backlog
backlots backlot
backpack
backpackers backpack
backpacks backpack
backpedal backped
backpedaling backped
backroom
backrooms backroom
backs back
backside backsid
backsides backsid
backslapping backslap
backstage backstag
backstitch
backstop
backtracking backtrack
backup
backups backup
backward
backwardness backward
backwards backward
backwater backwat
backwoods backwood
backyard
backyards backyard
bacon
bacteria
bacterial bacteri
bacterium
bad
baddebt
bade
badge badg
badgered badger
badgering badger
badges badg
badinage badinag
badly badli
badmen
badminton
badness bad
bads bad
baffle baffl
baffled baffl
baffling baffl
bag
bagel
bagels bagel
baggage baggag
bagged bag
baggy baggi
bagpipe bagpip
bags bag
baguette baguett
bail
bailed bail
bailiff
bailing bail
bailout
bailouts bailout
bait
baited bait
bake
baked bake
baker
bakeries bakeri
bakers baker
bakery bakeri
bakes bake
bakeware bakewar
baking bake
baklava
baksheesh
balance balanc
balanced balanc
balances balanc
balancing balanc
balconies balconi
balcony balconi
bald
balding bald
baldish
baldness bald
bale
baleful bale
bales bale
balk
balkanized balkan
balked balk
balkiness balki
balking balk
balks balk
ball
ballad
ballads ballad
ballards ballard
ballast
balled ball
ballerina
ballerinas ballerina
ballet
balletic ballet
balletomane balletoman
ballets ballet
ballfields ballfield
ballgowns ballgown
balling ball
ballistic ballist
ballistics ballist
balloon
ballooned balloon
ballooning balloon
balloonists balloonist
balloons balloon
ballot
balloting ballot
ballots ballot
ballpark
ballparks ballpark
ballplayer ballplay
ballplayers ballplay
ballroom
balls ball
ballyhoo
ballyhooed ballyhoo
ballyhooey ballyhooei
balm
balmy balmi
baloney balonei
balsams balsam
balustrade balustrad
bam
bambino
bamboo
bamboozled bamboozl
ban
banal
banalities banal
banalization banal
banana
bananas banana
band
bandage bandag
bandaged bandag
bandages bandag
banded band
bandied bandi
banding band
bandit
banditos bandito
bandits bandit
bandoleers bandol
bands band
bandstand
bandwagon
bandwidth
bane
baneful bane
bang
banged bang
banging bang
bangish
bangs bang
banish
banished banish
banishes banish
banishing banish
banishment banish
banister banist
banisters banist
banjo
bank
banked bank
banker
bankers banker
bankholding bankhold
banking bank
bankroll bankrol
bankrolled bankrol
bankrolling bankrol
bankrupcy bankrupci
bankrupt
bankruptcies bankruptci
bankruptcy bankruptci
bankruptcylaw
bankrupts bankrupt
banks bank
banned ban
banner
banners banner
banning ban
bannnnnng
banquet
banquetings banquet
banquets banquet
bans ban
banshee banshe
banshees banshe
banter
bantered banter
bantering banter
baptism
baptismal baptism
baptisms baptism
baptistery baptisteri
baptized baptiz
bar
barb
barbarian
barbarians barbarian
barbaric barbar
barbarisms barbar
barbarous barbar
barbecue barbecu
barbecued barbecu
barbecues barbecu
barbed barb
barbell barbel
barbequed barbequ
barber
barbers barber
barbital barbit
barbiturate barbitur
barbs barb
bard
bards bard
bare
bared bare
barefoot
barefooted barefoot
barely bare
barest
barflies barfli
bargain
bargained bargain
bargaining bargain
bargains bargain
barge barg
barged barg
bargelike bargelik
bargen
barges barg
barging barg
baring bare
baritone bariton
barium
bark
barked bark
barkeep
barking bark
barks bark
barley barlei
barn
barnacles barnacl
barns barn
barnsful barns
barnstormer barnstorm
barnyard
barnyards barnyard
barometer baromet
barometers baromet
barometric barometr
baron
baroness baro
baronial baroni
barons baron
barony baroni
baroque baroqu
baroreceptor
barrack
barracks barrack
barrage barrag
barred bar
barrel
barreling barrel
barrels barrel
barren
barricade barricad
barricades barricad
barrier
barriers barrier
barring bar
barrio
barrister barrist
barristers barrist
barroom
barrow
bars bar
bartender bartend
bartenders bartend
barter
bartered barter
bartering barter
bascially bascial
base
baseball basebal
baseballight
baseballs basebal
based base
baseless
baseline baselin
baseman
basement
basements basement
baser
bases base
bash
bashed bash
basher
bashes bash
bashful bash
bashing bash
basic
basically basic
basics basic
basil
basileis basilei
basin
basing base
basins basin
basis basi
basked bask
basket
basketball basketbal
baskets basket
basking bask
basophilic basophil
bass
basses bass
bassinet
bassist
basso
bassoon
bastard
bastards bastard
basting bast
bastion
bastions bastion
bat
batch
batches batch
bateau
bated bate
bath
bathe bath
bathed bath
bathers bather
bathing bath
bathos batho
bathrobe bathrob
bathrobes bathrob
bathroom
bathrooms bathroom
baths bath
bathtub
bathtubs bathtub
bathwater bathwat
batmobile batmobil
baton
bats bat
batsman
battalion
battalions battalion
batted bat
batten
battens batten
batter
battered batter
batterie batteri
batteries batteri
battering batter
batters batter
battery batteri
batting bat
battle battl
battled battl
battlefield
battlefields battlefield
battlefront
battleground
battlegrounds battleground
battlegroups battlegroup
battlements battlement
battles battl
battling battl
batwings batw
bauble baubl
baubles baubl
bawdy bawdi
bawh
bawhs bawh
bawled bawl
bawling bawl
bay bai
bayed bai
baying bai
bayleefe bayleef
bayly bayli
bayonet
bayonets bayonet
bays bai
bazaar
bazaars bazaar
bd
be
beach
beached beach
beaches beach
beachfront
beachhead
beaching beach
beacon
beaded bead
beadle beadl
beads bead
beadsman
beadwork
beady beadi
beak
beaker
beakers beaker
beam
beamed beam
beaming beam
beams beam
bean
beanballs beanbal
beans bean
beanstalk
bear
bearable bearabl
beard
bearded beard
beardless
beardown
beards beard
bearer
bearing bear
bearings bear
bearish
bearishly bearishli
bearishness bearish
bears bear
beast
beasties beasti
beastly beastli
beasts beast
beat
beaten
beatific beatif
beatification beatif
beating beat
beatings beat
beatnik
beatniks beatnik
beats beat
beau
beauteous beauteou
beauticians beautician
beauties beauti
beautiful beauti
beautifully beautifulli
beautify beautifi
beautifying beautifi
beauty beauti
beaver
beavered beaver
beavers beaver
beavertail
bebop
becalmed becalm
became becam
becase becas
because becaus
beckon
beckoned beckon
beckoning beckon
beckons beckon
become becom
becomed becom
becomes becom
becometh
becomin
becoming becom
bed
bedazzled bedazzl
bedazzlement bedazzl
bedded bed
bedding bed
bedevil
bedeviled bedevil
bedfast
bedfellows bedfellow
bedground
bedlam
bedpans bedpan
bedpost
bedraggled bedraggl
bedridden
bedrock
bedroom
bedrooms bedroom
beds bed
bedside bedsid
bedspread
bedsprings bedspr
bedstraw
bedtime bedtim
bee
beebread
beech
beef
beefed beef
beefing beef
beefore beefor
beefs beef
beefsteak
beefy beefi
beehive beehiv
been
beep
beeped beep
beeper
beepers beeper
beeping beep
beeps beep
beer
beers beer
bees bee
beeswax
beet
beetle beetl
beetles beetl
beetling beetl
beets beet
befall befal
befallen
befell befel
befits befit
befitting befit
befogged befog
befoh
before befor
beforehand
befouled befoul
befriended befriend
befriends befriend
befuddled befuddl
befuddles befuddl
befuddling befuddl
beg
began
begat
beget
begets beget
beggar
beggars beggar
beggary beggari
begged beg
begging beg
begin
begining begin
beginner beginn
beginners beginn
beginning begin
beginnings begin
begins begin
begonia
begot
begotten
begrudge begrudg
begs beg
beguile beguil
beguiled beguil
beguiling beguil
begun
behahn
behalf
behave behav
behaved behav
behaves behav
behaving behav
behavior
behavioral behavior
behaviorally behavior
behaviors behavior
behaviour
beheaded behead
beheading behead
beheld
behemoth
behemoths behemoth
behest
behind
behold
beholden
beholder behold
beholds behold
behooves behoov
behynde behynd
beige beig
bein
being be
beinge being
beings be
bel
belaboring belabor
belated belat
belatedly belatedli
belch
belched belch
belching belch
beleaguered beleagu
belfries belfri
belfry belfri
belie beli
belied beli
belief
beliefs belief
belies beli
believability believ
believable believ
believably believ
believe believ
believed believ
believer believ
believers believ
believes believ
believeth
believing believ
belittle belittl
belittled belittl
belittling belittl
bell
bellboy bellboi
bellboys bellboi
belle bell
belled bell
belles bell
bellhops bellhop
bellicosity bellicos
bellies belli
belligerence belliger
belligerent belliger
belligerently belliger
bellow
bellowed bellow
bellowing bellow
bellows bellow
bellringers bellring
bells bell
bellwether bellweth
bellwethers bellweth
belly belli
bellyaching bellyach
bellyfull bellyful
belong
belonged belong
belonging belong
belongings belong
belongs belong
beloved belov
below
belowground
belt
belted belt
belting belt
belts belt
beltway beltwai
beluga
belying beli
bemaddening bemadden
bemoan
bemoaned bemoan
bemoaning bemoan
bemoans bemoan
bemused bemus
bench
benches bench
benchmark
benchmarks benchmark
bend
bending bend
bends bend
beneath
benediction benedict
benefactor
benefactors benefactor
beneficence benefic
beneficial benefici
beneficially benefici
beneficiaries beneficiari
beneficiary beneficiari
beneficient benefici
benefit
benefited benefit
benefiting benefit
benefits benefit
benevolence benevol
benevolent benevol
benighted benight
benign
benignant benign
bent
benzene benzen
benzodiazepines benzodiazepin
bequeath
bequeathed bequeath
bequest
bequests bequest
berated berat
bereavement bereav
bereavements bereav
bereft
beret
bergs berg
beribboned beribbon
beriberi
berms berm
berries berri
berry berri
berserk
berth
berths berth
beryllium
beseech
beseiged beseig
beset
besets beset
besetting beset
beside besid
besides besid
besiege besieg
besieged besieg
besiegers besieg
besieging besieg
besmirch
besmirched besmirch
besmirching besmirch
bespeak
bespeaks bespeak
bespectacled bespectacl
best
bested best
bestes best
bestial
bestiary bestiari
besting best
bestioles bestiol
bestirred bestir
bestow
bestowal bestow
bestowed bestow
bestows bestow
bestseller bestsel
bestsellers bestsel
bestselling bestsel
bestubbled bestubbl
besuboru
bet
beta
betas beta
bete
bethought
betide betid
betray betrai
betrayal betray
betrayed betrai
betrayer betray
betraying betrai
betrays betrai
betrothal betroth
betrothed betroth
bets bet
better
bettered better
bettering better
betterment better
betters better
betties betti
betting bet
between
betwen
bevel
beveled bevel
beveling bevel
bevels bevel
beverage beverag
beverages beverag
bevor
bevy bevi
bewail
beware bewar
beween
bewhiskered bewhisk
bewildered bewild
bewilderedly bewilderedli
bewildering bewild
bewilderingly bewilderingli
bewilderment bewilder
bewilders bewild
bewitched bewitch
bewitching bewitch
bewteen
beyond
bhoy bhoi
bi
bianco
biannual
bias bia
biased bias
biases bias
bib
bible bibl
bibles bibl
biblical biblic
bibliographical bibliograph
bibliographies bibliographi
bibliography bibliographi
bibliophiles bibliophil
bibs bib
bibulous bibul
bicameral bicamer
bicarbonate bicarbon
bicentennial bicentenni
bicep
biceps bicep
bich
biches bich
bickered bicker
bickering bicker
biconcave biconcav
bicycle bicycl
bicycles bicycl
bicycling bicycl
bicyclist
bid
bidder
bidders bidder
biddies biddi
bidding bid
bide
bided bide
bids bid
bien
biennial
biennium
bifocal bifoc
bifocals bifoc
bifurcate bifurc
bifurcated bifurc
big
bigger
biggest
biggie biggi
bigness big
bigoted bigot
bigotry bigotri
bigots bigot
bigticket
bijouterie bijouteri
bike
biker
bikers biker
bikes bike
biking bike
bikini
bikinis bikini
bilateral bilater
bile
bilevel
bilge bilg
bilges bilg
bilharziasis bilharziasi
bilinear
bilingual bilingu
bilious biliou
bilk
bilked bilk
bilking bilk
bill
billable billabl
billboard
billboards billboard
billed bill
billet
billets billet
billfold
billiard
billiards billiard
billing bill
billings bill
billionaire billionair
billionaires billionair
billionnaire billionnair
billions billion
billon
billowed billow
billowing billow
billows billow
bills bill
bimbos bimbo
bimolecular
bimonthly bimonthli
bin
binary binari
binational binat
bind
binder
binders binder
binding bind
bindle bindl
binds bind
binge bing
binges bing
bingo
binoculars binocular
binomial binomi
bins bin
binuclear
bio
biochemical biochem
biochemicals biochem
biochemist
biochemistry biochemistri
biochemists biochemist
biodegradable biodegrad
bioengineer bioengin
bioengineers bioengin
bioequivalent bioequival
biofeedback
biographer biograph
biographers biograph
biographical biograph
biographies biographi
biography biographi
bioherbicide bioherbicid
bioinsecticides bioinsecticid
biologic biolog
biological biolog
biologically biolog
biologist
biologists biologist
biology biologi
biomedical biomed
biopesticide biopesticid
biopharmaceutical biopharmaceut
biophysical biophys
biophysicist
biophysics biophys
biopsies biopsi
biopsy biopsi
bioresearch
biosynthesized biosynthes
biotech
biotechnology biotechnolog
bipartisan
bipartisanship
biped bipe
biplane biplan
biplanes biplan
biracial biraci
birch
birches birch
bird
birdbath
birdcage birdcag
birdie birdi
birdied birdi
birdies birdi
birdlike birdlik
birds bird
birefringence birefring
birth
birthcontrol
birthday birthdai
birthdays birthdai
birthed birth
birthmark
birthplace birthplac
birthrate birthrat
birthright
births birth
biscotti
biscuit
biscuits biscuit
bisexual bisexu
bishop
bishopry bishopri
bishops bishop
bison
bisque bisqu
bistros bistro
bit
bitch
bitches bitch
bitchy bitchi
bite
bitee bite
biter
bites bite
biting bite
bitingly bitingli
bits bit
bitten
bitter
bitterest
bitterly bitterli
bitterness bitter
bitters bitter
bittersweet
bituminous bitumin
bivouac
biwa
biweekly biweekli
biz
bizarre bizarr
bizarrely bizarr
blabbed blab
blabs blab
black
blackballed blackbal
blackberry blackberri
blackbird
blackbirds blackbird
blackboard
blacked black
blackened blacken
blackening blacken
blacker
blackest
blacking black
blackjack
blacklist
blacklisting blacklist
blackmail
blackmailed blackmail
blackmailer blackmail
blackmailers blackmail
blackmailing blackmail
blackness black
blackout
blackouts blackout
blacks black
blacksmith
bladder
blade
blades blade
blame
blamed blame
blames blame
blaming blame
blanche blanch
blanching blanch
bland
blander
blandly blandli
blandness bland
blank
blanket
blanketed blanket
blankets blanket
blanks blank
blared blare
blares blare
blaring blare
blarney blarnei
blase
blasphemed blasphem
blasphemers blasphem
blasphemies blasphemi
blasphemous blasphem
blasphemy blasphemi
blast
blastdown
blasted blast
blasting blast
blasts blast
blatancy blatanc
blatant
blatantly blatantli
blaze
blazed blaze
blazer
blazing blaze
blazon
bleach
bleached bleach
bleacher
bleachers bleacher
bleaching bleach
bleak
bleaker
bleakly bleakli
bleary bleari
bleat
bleating bleat
bleats bleat
blebs bleb
bled
bleed
bleeders bleeder
bleeding bleed
bleedings bleed
bleeps bleep
blem
blemish
blemishes blemish
blend
blended blend
blender
blenders blender
blending blend
blends blend
bless
blessed bless
blessing bless
blessings bless
blest
blew
blight
blighted blight
blind
blinded blind
blindfold
blindfolded blindfold
blinding blind
blindly blindli
blindness blind
blinds blind
blindsided blindsid
blini
blink
blinked blink
blinkers blinker
blinking blink
blinks blink
blip
blips blip
bliss
blissful bliss
blissfully blissfulli
blister
blistered blister
blistering blister
blisters blister
blithe blith
blithely blith
blitz
blitzes blitz
blitzing blitz
blitzkrieg
blizzard
blizzards blizzard
bloat
bloated bloat
bloating bloat
blob
blobby blobbi
bloc
block
blockade blockad
blockading blockad
blockages blockag
blockbuster blockbust
blockbusters blockbust
blocked block
blocker
blockhouse blockhous
blocking block
blocks block
blocky blocki
blocs bloc
bloke
blokes bloke
blond
blonde blond
blondes blond
blood
bloodbath
blooded blood
bloodhounds bloodhound
bloodied bloodi
bloodiest
bloodless
bloodletting bloodlet
bloodlust
bloodroot
bloods blood
bloodshed bloodsh
bloodshot
bloodspots bloodspot
bloodstained bloodstain
bloodstains bloodstain
bloodstream
bloodsucking bloodsuck
bloodthirsty bloodthirsti
bloody bloodi
bloom
bloomed bloom
blooming bloom
blooms bloom
blooper
bloops bloop
blossom
blossomed blossom
blossoms blossom
blot
blotch
blotches blotch
blots blot
blotted blot
blotting blot
blouse blous
blouses blous
blow
blower
blowfish
blowing blow
blown
blowout
blows blow
blowtorch
blowup
blubber
bludgeon
bludgeoned bludgeon
blue
blueberries blueberri
blueberry blueberri
bluebloods blueblood
bluebonnets bluebonnet
bluebook
bluebush
bluechip
bluefish
blueprint
blueprints blueprint
blues blue
bluest
bluestocking bluestock
bluesy bluesi
bluff
bluffing bluf
bluffs bluff
bluing blu
bluish
blunder
blundered blunder
blunderings blunder
blunders blunder
blunt
blunted blunt
blunter
bluntest
bluntly bluntli
bluntness blunt
blunts blunt
blur
blurred blur
blurring blur
blurry blurri
blurt
blurted blurt
blurting blurt
blush
blushed blush
blushes blush
blushing blush
bluster
blustered bluster
blustery blusteri
blutwurst
boa
boar
board
boarded board
boarder
boarding board
boardinghouses boardinghous
boardings board
boardroom
boardrooms boardroom
boards board
boast
boasted boast
boastful boast
boastfully boastfulli
boasting boast
boastings boast
boasts boast
boat
boatels boatel
boaters boater
boathouses boathous
boating boat
boatload
boatloads boatload
boatman
boats boat
boatsmen
boatswain
boatyards boatyard
bobbed bob
bobbing bob
bobbins bobbin
bobbles bobbl
bobby bobbi
bockwurst
bodacious bodaci
bode
boded bode
bodegas bodega
bodes bode
bodice bodic
bodied bodi
bodies bodi
bodily bodili
bods bod
body bodi
bodybuilder bodybuild
bodybuilders bodybuild
bodybuilding bodybuild
bodyguard
bodyguards bodyguard
bodyweight
bodyworkers bodywork
bog
bogey bogei
bogeyed bogei
bogeymen
bogeys bogei
bogged bog
bogging bog
boggled boggl
bogies bogi
bogs bog
bogus bogu
bogy bogi
bohemian
boies boi
boil
boiled boil
boiler
boilerplate boilerpl
boilers boiler
boiling boil
boils boil
bois boi
boisterous boister
boite boit
boites boit
bold
bolder
boldest
boldly boldli
boldness bold
boll
bolo
bolognaise bolognais
bolster
bolstered bolster
bolstering bolster
bolsters bolster
bolt
bolted bolt
bolting bolt
bolts bolt
bomb
bombard
bombarded bombard
bombarding bombard
bombardment bombard
bombardments bombard
bombast
bombastic bombast
bombed bomb
bomber
bombers bomber
bombing bomb
bombings bomb
bomblets bomblet
bombproof
bombs bomb
bombshell bombshel
bon
bona
bonanza
bonanzas bonanza
bond
bondage bondag
bonded bond
bondholder bondhold
bondholders bondhold
bondholdings bondhold
bonding bond
bondmarket
bonds bond
bondsman
bone
boned bone
bones bone
bonfire bonfir
bonfires bonfir
bongo
bonheur
bonkers bonker
bonnet
bonnets bonnet
bono
bonus bonu
bonuses bonus
bony boni
bonzes bonz
boo
boobify boobifi
booboo
booboos booboo
booby boobi
boodleoo
booed boo
boogie boogi
boogieman
booing boo
book
bookcase bookcas
bookcases bookcas
booked book
booker
bookers booker
bookies booki
booking book
bookings book
bookish
bookkeeper bookkeep
bookkeeping bookkeep
booklet
booklets booklet
booklists booklist
books book
bookseller booksel
bookshelf
bookshelves bookshelv
bookstore bookstor
bookstores bookstor
boom
boomed boom
boomerang
boomerangs boomerang
boomers boomer
booming boom
booms boom
boomtown
boon
boondoggle boondoggl
boondoggler boondoggl
boondoggles boondoggl
boorish
boors boor
boos boo
boost
boosted boost
booster
boosters booster
boosting boost
boosts boost
boot
booted boot
booth
booths booth
booting boot
bootleg
bootlegged bootleg
bootlegger bootlegg
bootleggers bootlegg
bootlegging bootleg
boots boot
booty booti
booze booz
boozing booz
bop
borates borat
borax
border
bordered border
bordering border
borderlands borderland
borderline borderlin
borders border
bore
bored bore
boredom
borer
borers borer
bores bore
boring bore
boringly boringli
born
borne born
borough
boroughs borough
borrow
borrowed borrow
borrower borrow
borrowers borrow
borrowing borrow
borrowings borrow
borrows borrow
bosom
bosoms bosom
bosons boson
boss
bossed boss
bosses boss
bossman
botanical botan
botanist
botanists botanist
botany botani
botched botch
bother
bothered bother
bothering bother
bothers bother
bothersome bothersom
bottle bottl
bottled bottl
bottleneck
bottlenecks bottleneck
bottler
bottlers bottler
bottles bottl
bottling bottl
bottom
bottomed bottom
bottoming bottom
bottomless
bottoms bottom
botulinum
bouanahsha
boucle boucl
bouffant
bouffe bouff
bough
boughs bough
bought
boulder
boulders boulder
boulevard
boulevards boulevard
boun
bounce bounc
bounced bounc
bounces bounc
bouncing bounc
bouncy bounci
bound
boundaries boundari
boundary boundari
bounded bound
bounding bound
boundless
bounds bound
bounty bounti
bountyhunters bountyhunt
bouquet
bouquets bouquet
bourbon
bourbons bourbon
bourgeois bourgeoi
bourgeoisie bourgeoisi
bourses bours
bout
boutique boutiqu
boutiques boutiqu
bouts bout
bovine bovin
bovines bovin
bow
bowed bow
bowel
bowels bowel
bower
bowing bow
bowl
bowled bowl
bowling bowl
bowls bowl
bows bow
bowstring bowstr
box
boxcar
boxcars boxcar
boxed box
boxer
boxes box
boxing box
boxy boxi
boy boi
boyars boyar
boycott
boycotted boycot
boycotting boycot
boycotts boycott
boyfriend
boyfriends boyfriend
boyhood
boyish
boys boi
bra
brace
braced brace
bracelet
braces brace
brachii
bracing brace
bracket
brackets bracket
brackish
brad
bradykinin
brag
braggadocio
bragged brag
bragging brag
brags brag
brah
braided braid
braiding braid
braids braid
brain
brainchild
brainlessly brainlessli
brainpower brainpow
brains brain
brainstorm
brainwashed brainwash
brainwashing brainwash
brainy braini
braised brais
brake
brakes brake
braking brake
brambles brambl
bran
branch
branched branch
branches branch
branching branch
branchline branchlin
brand
branded brand
brandin
brandished brandish
brandishes brandish
brandishing brandish
brands brand
brandy brandi
brash
brashest
brashness brash
brass
brasses brass
brassiere brassier
brassieres brassier
brassiness brassi
brassy brassi
brat
brats brat
bratwurst
bravado
brave
braved brave
bravely brave
braver
bravery braveri
bravest
braving brave
bravura
braweling brawel
brawl
brawle brawl
brawling brawl
brawny brawni
braying brai
brazen
brazenly brazenli
brazenness brazen
brazier
brazil
breach
breached breach
breaches breach
breaching breach
bread
breadbasket
breadbox
breaded bread
breadth
break
breakables breakabl
breakage breakag
breakaway breakawai
breakdown
breakdowns breakdown
breaker
breakers breaker
breakeven
breakfast
breakfasted breakfast
breakfasts breakfast
breakin
breaking break
breakneck
breakoff
breaks break
breakthrough
breakthroughs breakthrough
breakup
breakups breakup
breakwater breakwat
breakwaters breakwat
breast
breasts breast
breastworks breastwork
breath
breathalyzer breathalyz
breathe breath
breathed breath
breather
breathes breath
breathing breath
breathless
breathlessly breathlessli
breaths breath
breathtaking breathtak
breathy breathi
bred
breeches breech
breed
breeder
breeders breeder
breeding breed
breeds breed
breeze breez
breezes breez
breezier
breezy breezi
brethren
brevity breviti
brew
brewed brew
brewer
breweries breweri
brewers brewer
brewery breweri
brewing brew
brews brew
bribe
bribed bribe
bribers briber
bribery briberi
bribes bribe
bribing bribe
brick
bricklayers bricklay
bricklaying bricklai
bricks brick
bridal
bride
bridegroom
brides bride
bridesmaids bridesmaid
bridge bridg
bridgehead
bridgeheads bridgehead
bridges bridg
bridgework
bridging bridg
bridle bridl
bridled bridl
brie
brief
briefcase briefcas
briefcases briefcas
briefed brief
briefer
briefest
briefing brief
briefings brief
briefly briefli
briefs brief
brig
brigade brigad
brigades brigad
brigadier brigadi
brigands brigand
bright
brighten
brightened brighten
brightener brighten
brightening brighten
brightens brighten
brighter
brightest
brightly brightli
brightness bright
brilliance brillianc
brilliant
brilliantly brilliantli
brim
brimful brim
brimmed brim
brimming brim
brimstone brimston
brindle brindl
brine
bring
bringing bring
brings bring
brink
brinkmanship
brinksmanship
briny brini
briquette briquett
briquettes briquett
brisk
brisker
briskly briskli
briskness brisk
bristle bristl
bristled bristl
bristles bristl
bristling bristl
brittle brittl
broach
broached broach
broad
broadcast
broadcaster broadcast
broadcasters broadcast
broadcasting broadcast
broadcastings broadcast
broadcasts broadcast
broaden
broadened broaden
broadening broaden
broadens broaden
broader
broadest
broadly broadli
broadside broadsid
brocade brocad
brocaded brocad
broccoli
brochure brochur
brochures brochur
brockle brockl
broil
broiled broil
broiler
broiling broil
brok
broke
broken
brokenly brokenli
broker
brokerage brokerag
brokerages brokerag
brokered broker
brokering broker
brokers broker
bromides bromid
bromphenol
bronc
bronchi
bronchial
bronchiolar
bronchiole bronchiol
bronchioles bronchiol
bronchiolitis bronchiol
bronchitis bronchiti
bronchus bronchu
broncs bronc
bronze bronz
bronzed bronz
bronzes bronz
brooch
brood
brooded brood
brooding brood
broods brood
broody broodi
brook
brooked brook
brooken
broom
broth
brothel
brothels brothel
brother
brotherhood
brotherism brother
brotherly brotherli
brothers brother
brought
brouhaha
brow
browbeat
browbeaten
brown
browned brown
brownies browni
browning brown
brownish
brownouts brownout
browny browni
brows brow
browse brows
browsing brows
brucellosis brucellosi
bruddah
bruinish
bruise bruis
bruised bruis
bruises bruis
bruising bruis
bruited bruit
brunch
brunches brunch
brunette brunett
brunettes brunett
brunt
brush
brushbacks brushback
brushcut
brushed brush
brushes brush
brushfire brushfir
brushing brush
brushlike brushlik
brushoff
brushwork
brushy brushi
brusquely brusqu
brutal
brutalism brutal
brutalities brutal
brutality brutal
brutalized brutal
brutally brutal
brute
brutes brute
brutish
brynge bryng
bubble bubbl
bubbled bubbl
bubblelike bubblelik
bubbles bubbl
bubbling bubbl
bubbly bubbl
buccaneers buccan
buccolic buccol
buck
buckaroos buckaroo
buckboard
buckboards buckboard
bucked buck
bucket
buckets bucket
bucking buck
buckle buckl
buckled buckl
buckles buckl
buckling buckl
bucks buck
buckshot
buckskin
buckskins buckskin
buckwheat
bucolic bucol
bud
budded bud
buddies buddi
budding bud
buddy buddi
budge budg
budged budg
budget
budgetary budgetari
budgeted budget
budgeteers budget
budgeting budget
budgets budget
buds bud
budworm
buff
buffalo
buffaloes buffalo
buffer
buffered buffer
buffet
buffeted buffet
buffetings buffet
buffets buffet
buffetted buffet
buffetting buffet
buffing buf
buffoon
buffoons buffoon
buffs buff
bug
bugaboo
bugaboos bugaboo
bugeyed bugei
bugged bug
buggers bugger
buggies buggi
bugging bug
buggy buggi
bugle bugl
bugler
bugless
buglike buglik
bugs bug
build
builder
builders builder
buildin
building build
buildings build
builds build
buildup
built
builtin
bulb
bulbs bulb
bulge bulg
bulged bulg
bulging bulg
bulk
bulked bulk
bulkhead
bulkheads bulkhead
bulking bulk
bulks bulk
bulky bulki
bull
bulldog
bulldoze bulldoz
bulldozed bulldoz
bulldozer bulldoz
bulldozers bulldoz
bullet
bulletin
bulletins bulletin
bulletproof
bullets bullet
bullfighter bullfight
bullhide bullhid
bullhorn
bullhorns bullhorn
bullied bulli
bullies bulli
bullion
bullish
bullishly bullishli
bullishness bullish
bullock
bulls bull
bullshit
bullwhackers bullwhack
bully bulli
bullyboys bullyboi
bullying bulli
bulwark
bum
bumble bumbl
bumblebee bumblebe
bumblebees bumblebe
bumbling bumbl
bummed bum
bumming bum
bump
bumped bump
bumper
bumpers bumper
bumpin
bumping bump
bumps bump
bumptious bumptiou
bumpy bumpi
bums bum
bun
bunch
buncha
bunched bunch
bunches bunch
bunching bunch
bunco
bundle bundl
bundled bundl
bundles bundl
bundling bundl
bungalow
bungled bungl
bungling bungl
bunk
bunked bunk
bunker
bunkered bunker
bunkmate bunkmat
bunkmates bunkmat
bunko
bunks bunk
bunnies bunni
bunny bunni
buns bun
bunt
bunter
bunters bunter
buoy buoi
buoyancy buoyanc
buoyant
buoyed buoi
buoying buoi
buoys buoi
burbles burbl
burden
burdened burden
burdening burden
burdens burden
burdensome burdensom
burdock
bureacracy bureacraci
bureacratic bureacrat
bureau
bureaucracies bureaucraci
bureaucracy bureaucraci
bureaucrat
bureaucratic bureaucrat
bureaucraticized bureaucratic
bureaucratization bureaucrat
bureaucrats bureaucrat
bureauracy bureauraci
bureaus bureau
burgeoned burgeon
burgeoning burgeon
burger
burgers burger
burglar
burglaries burglari
burglarized burglar
burglarproof
burglars burglar
burglary burglari
burgomaster burgomast
burgs burg
burgundy burgundi
burial
burials burial
buried buri
burl
burlap
burlesque burlesqu
burlesques burlesqu
burley burlei
burly burli
burn
burne burn
burned burn
burner
burners burner
burning burn
burnings burn
burnished burnish
burnishing burnish
burnout
burnouts burnout
burns burn
burnt
burping burp
burr
burrow
burrowed burrow
burrowing burrow
burrows burrow
burrs burr
bursitis bursiti
burst
bursting burst
bursts burst
bury buri
burying buri
bus bu
busboy busboi
bused buse
buses buse
bush
bushel
bushels bushel
bushes bush
bushwhacked bushwhack
bushwhackin
bushy bushi
busied busi
busier
busies busi
busiest
busily busili
business busi
businesses busi
businesslike businesslik
businessman
businessmen
businesspeople businesspeopl
businesswoman
busing buse
busload
busloads busload
buss
busses buss
bust
busted bust
buster
busters buster
bustin
busting bust
bustle bustl
bustlin
bustling bustl
busts bust
busy busi
busybodies busybodi
busyness busy
but
butane butan
butcher
butchered butcher
butchering butcher
butchers butcher
butchery butcheri
butler
butlers butler
buts but
butt
butted but
butter
butterfat
butterflies butterfli
butterfly butterfli
butternut
buttery butteri
butting but
buttocks buttock
button
buttoned button
buttonholes buttonhol
buttons button
buttress
buttressed buttress
buttresses buttress
butts butt
butyrate butyr
buxom
buy bui
buyback
buyer
buyers buyer
buyin
buying bui
buyings bui
buyout
buyouts buyout
buys bui
buzz
buzzed buzz
buzzer
buzzes buzz
buzzing buzz
buzzsaw
buzzword
buzzwords buzzword
by
bye
bygone bygon
byinge bying
bylaw
bylaws bylaw
byline bylin
bylines bylin
bypass
bypassed bypass
bypassing bypass
byplay byplai
byproduct
byproducts byproduct
bystander bystand
bystanders bystand
bytes byte
byway bywai
byways bywai
byword
byzantine byzantin
c
ca
cab
cabal
cabana
cabanas cabana
cabaret
cabbage cabbag
cabdriver cabdriv
cabin
cabinet
cabinetmakers cabinetmak
cabinets cabinet
cabins cabin
cable cabl
cabled cabl
cables cabl
cabs cab
cacao
cache cach
caches cach
cachet
cachexia
cackled cackl
cackly cackli
cacophony cacophoni
cactus cactu
cadaver cadav
cadaverous cadaver
cadence cadenc
cadenza
cadet
cadets cadet
cadge cadg
cadmium
cadre cadr
cadres cadr
cafe
cafes cafe
cafeteria
cafeterias cafeteria
caffeine caffein
cage
caged cage
cages cage
cagey cagei
cahoots cahoot
cain
cajole cajol
cajun
cake
caked cake
cakes cake
calamities calam
calamitous calamit
calamity calam
calcification calcif
calcified calcifi
calcium
calculable calcul
calculate calcul
calculated calcul
calculates calcul
calculating calcul
calculation calcul
calculations calcul
calculator calcul
calculators calcul
calculi
calculus calculu
calendar
calendars calendar
calf
calfskin
caliber calib
calibers calib
calibrated calibr
calibrates calibr
calibrating calibr
calibration calibr
calibrations calibr
calibre calibr
calico
calinda
caliper calip
calipers calip
caliphs caliph
calisthenics calisthen
call
callable callabl
called call
caller
callers caller
calligraphers calligraph
calligraphy calligraphi
callin
calling call
callipygous callipyg
callous callou
calloused callous
callously callous
callousness callous
calls call
calluses callus
calm
calmed calm
calmer
calmest
calming calm
calmly calmli
calmness calm
caloric calor
calorie calori
calories calori
calorimeter calorimet
calorimetric calorimetr
calumniated calumni
calumny calumni
calves calv
calving calv
calypso
camaraderie camaraderi
camcorder camcord
camcorders camcord
came
camel
camellias camellia
cameo
cameos cameo
camera
cameraman
cameramen
cameras camera
camouflage camouflag
camouflaged camouflag
camp
campagna
campaign
campaigned campaign
campaigners campaign
campaigning campaign
campaigns campaign
camped camp
camper
campers camper
campfire campfir
campground
campgrounds campground
camping camp
campmate campmat
camps camp
campsites campsit
campus campu
campuses campus
cams cam
can
canal
canals canal
canard
cancel
canceled cancel
canceling cancel
cancellation cancel
cancellations cancel
cancelled cancel
cancelling cancel
cancels cancel
cancer
cancerous cancer
cancers cancer
candid
candidacy candidaci
candidate candid
candidates candid
candidly candidli
candies candi
candle candl
candlelight
candles candl
candlewick
candor
candour
candy candi
candybar
cane
canine canin
caning cane
canister canist
canisters canist
canker
canned can
canneries canneri
canners canner
cannery canneri
cannibalism cannib
cannibalistic cannibalist
cannibalize cannib
cannibalizing cannib
cannibals cannib
canning can
cannister cannist
cannisters cannist
cannon
cannonball cannonbal
cannons cannon
cannot
canny canni
canoe cano
canoes cano
canon
canonist
canonized canon
canons canon
canopy canopi
cans can
cant
cantaloupe cantaloup
canted cant
canteen
canter
cantered canter
cantilevers cantilev
canting cant
cantles cantl
canto
cantonal canton
cantonment canton
cantons canton
canvas canva
canvases canvas
canvass
canvassed canvass
canvassers canvass
canvassing canvass
canyon
canyons canyon
canyonside canyonsid
cap
capabilities capabl
capability capabl
capable capabl
capably capabl
capacious capaci
capacitance capacit
capacities capac
capacitor
capacitors capacitor
capacity capac
cape
caper
capercailzie capercailzi
capering caper
capers caper
capes cape
capillary capillari
capita
capital capit
capitalgains capitalgain
capitalism capit
capitalist
capitalistic capitalist
capitalists capitalist
capitalization capit
capitalizations capit
capitalize capit
capitalized capit
capitalizes capit
capitalizing capit
capitalmarket
capitals capit
capitol
capitulated capitul
capitulation capitul
capo
capos capo
capped cap
capping cap
cappuccino
capricious caprici
capriciously caprici
capriciousness caprici
caps cap
capsicum
capstan
capsule capsul
capsules capsul
captain
captaincy captainci
captains captain
caption
captioned caption
captions caption
captious captiou
captivated captiv
captivating captiv
captive captiv
captives captiv
captivity captiv
captors captor
capture captur
captured captur
captures captur
capturing captur
car
carabao
caramel
carat
carats carat
caravan
caravans caravan
caraway carawai
carbamazepine carbamazepin
carbaryl
carbide carbid
carbine carbin
carbines carbin
carbohydrate carbohydr
carbon
carbonates carbon
carbons carbon
carbonyl
carborundum
carboxymethyl
carcass
carcasses carcass
carcinogen
carcinogenic carcinogen
carcinogens carcinogen
carcinoma
card
cardamom
cardboard
cardholder cardhold
cardholders cardhold
cardiac
cardigan
cardinal cardin
cardinals cardin
cardiologist
cardiologists cardiologist
cardiomegaly cardiomegali
cardiovascular
cardmember cardmemb
cardmembers cardmemb
cards card
care
cared care
careen
careened careen
careening careen
career
careerism career
careerists careerist
careers career
carefree carefre
careful care
carefully carefulli
carefulness care
caregiver caregiv
caregivers caregiv
careless
carelessly carelessli
carelessness careless
cares care
caress
caressed caress
caresses caress
caressing caress
caretaker caretak
careworn
cargo
cargoes cargo
caribou carib
caricature caricatur
caricatured caricatur
caricatures caricatur
caricaturist
carillons carillon
caring care
carinii
carload
carloading carload
carloads carload
carnage carnag
carnal
carnality carnal
carne carn
carnival carniv
carnivores carnivor
carnivorous carnivor
caro
carob
carousel
carousing carous
carp
carpal
carpenter carpent
carpenters carpent
carpentry carpentri
carpet
carpetbaggers carpetbagg
carpeted carpet
carpeting carpet
carpets carpet
carping carp
carport
carps carp
carreer
carriage carriag
carriages carriag
carried carri
carrier
carriers carrier
carries carri
carrion
carrot
carrots carrot
carry carri
carryforwards carryforward
carrying carri
carryover carryov
carryovers carryov
cars car
cart
carte cart
carted cart
cartel
cartelized cartel
cartels cartel
cartilage cartilag
carting cart
carton
cartons carton
cartoon
cartoonish
cartoonist
cartoonists cartoonist
cartoonlike cartoonlik
cartoons cartoon
cartridge cartridg
cartridges cartridg
carts cart
cartwheels cartwheel
carve carv
carved carv
carven
carver
carvers carver
carves carv
carving carv
carvings carv
caryatides caryatid
casbah
cascade cascad
cascaded cascad
cascades cascad
cascading cascad
case
casebook
cased case
casein
caseload
caseloads caseload
cases case
casework
caseworkers casework
cash
cashed cash
cashews cashew
cashflow
cashier
cashiers cashier
cashing cash
cashmere cashmer
casings case
casino
casinos casino
cask
casket
caskets casket
casks cask
cassette cassett
cassettes cassett
cassocked cassock
cast
castanets castanet
caste cast
caster
casters caster
castigate castig
castigated castig
castigates castig
castigating castig
castigation castig
casting cast
castings cast
castle castl
castlelike castlelik
castles castl
castling castl
castoff
castor
castorbean
castorbeans castorbean
casts cast
casual
casually casual
casuals casual
casualties casualti
casualty casualti
casuistry casuistri
cat
cataclysmic cataclysm
cataclysms cataclysm
catalog
cataloging catalog
catalogs catalog
catalogue catalogu
catalogued catalogu
catalogues catalogu
catalyst
catalysts catalyst
catalytic catalyt
catalyzed catalyz
catamaran
catapult
catapulted catapult
catapulting catapult
catapults catapult
cataract
cataracts cataract
catastrophe catastroph
catastrophes catastroph
catastrophic catastroph
catastrophically catastroph
catbird
catcalls catcal
catch
catchall catchal
catchee catche
catcher
catchers catcher
catches catch
catching catch
catchup
catchword
catchwords catchword
catchy catchi
catechism catech
catechize catech
catecholamines catecholamin
categorical categor
categorically categor
categories categori
categorize categor
categorized categor
categorizing categor
category categori
cater
catered cater
caterer cater
catering cater
caterpillar
caterpillars caterpillar
caters cater
catfish
catharsis catharsi
cathartic cathart
cathedra
cathedral cathedr
cathedrals cathedr
catheter cathet
catheters cathet
cathode cathod
cathoderay cathoderai
cathodes cathod
cathodoluminescent cathodoluminesc
cathodophoretic cathodophoret
cathouse cathous
catkin
catkins catkin
catlike catlik
cats cat
catsup
cattaloe cattalo
cattle cattl
cattlemen
catty catti
caucus caucu
caucuses caucus
caught
cauliflower cauliflow
causal
causally causal
causative caus
cause caus
caused caus
causes caus
causeway causewai
causeways causewai
causing caus
caustic
cauterize cauter
caution
cautionary cautionari
cautioned caution
cautioning caution
cautions caution
cautious cautiou
cautiously cautious
cautiousness cautious
cavalcades cavalcad
cavalier cavali
cavalry cavalri
cavalrymen
cave
caveat
caveats caveat
caved cave
cavemen
cavern
cavernous cavern
caves cave
caviar
cavin
caving cave
cavities caviti
cavity caviti
cavort
cavorted cavort
cavorting cavort
cawing caw
cayenne cayenn
cc
cease ceas
ceased ceas
ceasefire ceasefir
ceaseless
ceaselessly ceaselessli
ceases ceas
ceasing ceas
cedar
cede
ceded cede
ceding cede
ceiling ceil
ceilings ceil
celebrants celebr
celebrate celebr
celebrated celebr
celebrates celebr
celebrating celebr
celebration celebr
celebrations celebr
celebrators celebr
celebrities celebr
celebrity celebr
celerity celer
celery celeri
celestial celesti
celiac
cell
cellar
cellars cellar
cellist
cellists cellist
cellophane cellophan
cells cell
cellular
celluloids celluloid
cellulose cellulos
celluloses cellulos
cement
cemented cement
cementing cement
cemeteries cemeteri
cemetery cemeteri
censor
censored censor
censorial censori
censors censor
censorship
censure censur
censured censur
censures censur
census censu
censuses census
cent
centaur
centenarians centenarian
centenary centenari
centennial centenni
center
centered center
centerfielder centerfield
centerfold
centering center
centerline centerlin
centerpiece centerpiec
centers center
centerstage centerstag
centigrade centigrad
centimeter centimet
centimeters centimet
central
centrality central
centralization central
centralize central
centralized central
centralizing central
centrally central
centre centr
centrex
centric
centrifugal centrifug
centrifugation centrifug
centrifuge centrifug
centrifuged centrifug
centrifuging centrifug
centrist
cents cent
centum
centuries centuri
centurions centurion
century centuri
ceramic ceram
ceramics ceram
cereal
cereals cereal
cerebellum
cerebral cerebr
cerebrated cerebr
ceremonial ceremoni
ceremonially ceremoni
ceremonies ceremoni
ceremoniously ceremoni
ceremony ceremoni
certain
certainly certainli
certainty certainti
certificate certif
certificates certif
certification certif
certified certifi
certifies certifi
certify certifi
certifying certifi
certin
certiorari
certitudes certitud
cerulean
cervelat
cervical cervic
cervix
cessation cessat
cession
cesspools cesspool
cetera
ceteras cetera
chafe
chafed chafe
chafes chafe
chaff
chaffing chaf
chafing chafe
chaga
chagrin
chain
chained chain
chainlike chainlik
chains chain
chair
chaired chair
chairing chair
chairman
chairmanship
chairmanships chairmanship
chairmen
chairs chair
chairwoman
chaise chais
chalk
chalked chalk
chalking chalk
chalky chalki
challenge challeng
challengeable challeng
challenged challeng
challenger challeng
challengers challeng
challenges challeng
challenging challeng
chamber
chambered chamber
chambermaid
chambermaids chambermaid
chamberpot
chambers chamber
chambre chambr
chameleon
chameleons chameleon
chamfer
chamois chamoi
champ
champagne champagn
champion
championed champion
championing champion
champions champion
championship
championships championship
champs champ
chance chanc
chanced chanc
chancel
chancellor
chanceries chanceri
chancery chanceri
chances chanc
chancy chanci
chandelier chandeli
chandeliers chandeli
chandelle chandel
change chang
changeable changeabl
changed chang
changeover changeov
changes chang
changing chang
channel
channeled channel
channeling channel
channelled channel
channels channel
chansons chanson
chant
chanted chant
chanter
chanteuse chanteus
chantey chantei
chantier
chanting chant
chants chant
chaos chao
chaotic
chap
chapel
chapels chapel
chaperon
chaperone chaperon
chaperoned chaperon
chaplain
chaplains chaplain
chaps chap
chapter
chapters chapter
char
character charact
characteristic characterist
characteristically characterist
characteristics characterist
characterization character
characterizations character
characterize character
characterized character
characterizes character
characterizing character
characterless
characters charact
charcoal
charcoaled charcoal
charge charg
chargeable chargeabl
charged charg
charges charg
chargin
charging charg
chariot
charisma
charismatic charismat
charitable charit
charitably charit
charities chariti
charity chariti
charlatan
charlatanry charlatanri
charlatans charlatan
charlotte charlott
charm
charmed charm
charmer
charmers charmer
charming charm
charmingly charmingli
charms charm
charred char
chart
chartaceos chartaceo
charted chart
charter
chartered charter
charters charter
charting chart
chartings chart
chartist
chartists chartist
chartroom
charts chart
chary chari
chase
chased chase
chasers chaser
chasing chase
chasm
chassis chassi
chaste chast
chastened chasten
chastised chastis
chastisement chastis
chastises chastis
chastity chastiti
chat
chateau
chateaux
chatte chatt
chatted chat
chattels chattel
chatter
chattered chatter
chattering chatter
chattily chattili
chatting chat
chatty chatti
chauffeur
chauffeured chauffeur
chauffeurs chauffeur
chaulmoogra
chauvinism chauvin
chauvinistic chauvinist
chauvinists chauvinist
chaw
cheap
cheapening cheapen
cheapens cheapen
cheaper
cheapest
cheaply cheapli
cheat
cheated cheat
cheater
cheaters cheater
cheating cheat
cheats cheat
check
checkbook
checkbooks checkbook
checked check
checker
checkers checker
checkin
checking check
checklist
checkout
checkpoints checkpoint
checks check
checkup
cheek
cheekbone cheekbon
cheekbones cheekbon
cheeks cheek
cheeky cheeki
cheer
cheere cheer
cheered cheer
cheerful cheer
cheerfully cheerfulli
cheerfulness cheer
cheering cheer
cheerleader cheerlead
cheerleaders cheerlead
cheerleading cheerlead
cheers cheer
cheery cheeri
cheese chees
cheeseburgers cheeseburg
cheesecake cheesecak
cheesecloth
cheeses chees
cheesy cheesi
cheetah
cheetal
chef
chefs chef
chelas chela
chelicerates chelicer
chemcial
chemical chemic
chemically chemic
chemicals chemic
chemise chemis
chemist
chemistries chemistri
chemistry chemistri
chemists chemist
chemotherapy chemotherapi
chenille chenil
cherish
cherished cherish
cherishes cherish
cherishing cherish
cherries cherri
cherry cherri
cherubim
cherubs cherub
chess
chest
chestnut
chestnuts chestnut
chests chest
chevaux
chevre chevr
chew
chewed chew
chewing chew
chews chew
chic
chicago
chicanery chicaneri
chick
chicken
chickens chicken
chicks chick
chicly chicli
chide
chided chide
chides chide
chiding chide
chief
chiefdom
chiefdoms chiefdom
chiefly chiefli
chiefs chief
chieftain
chieftains chieftain
chien
chignon
chilblains chilblain
child
childbearing childbear
childbirth
childcare childcar
childhood
childish
childishly childishli
childishness childish
childless
childlike childlik
children
childrens children
chili
chill
chilled chill
chillier
chilling chill
chillingly chillingli
chills chill
chilly chilli
chimed chime
chimes chime
chimiques chimiqu
chimney chimnei
chimneys chimnei
chimp
chimpanzees chimpanze
chimps chimp
chin
china
chines chine
chinked chink
chinless
chinning chin
chinoiserie chinoiseri
chinos chino
chins chin
chintz
chip
chipped chip
chipper
chipping chip
chips chip
chiropractor
chirped chirp
chirping chirp
chirpy chirpi
chisel
chiseled chisel
chisels chisel
chit
chitchat
chivalrous chivalr
chivalry chivalri
chive
chives chive
chivying chivi
chlorazepate chlorazep
chloride chlorid
chlorides chlorid
chlorine chlorin
chlorofluorocarbon
chlorofluorocarbons chlorofluorocarbon
chlorothiazide chlorothiazid
chlorpromazine chlorpromazin
chockfull chockful
chocks chock
chocolate chocol
chocolates chocol
choice choic
choices choic
choicest
choir
choke
choked choke
choking choke
chole
cholecystokinin
cholelithiasis cholelithiasi
cholera
cholesterol
cholinesterase cholinesteras
cholla
cholorfluorocarbons cholorfluorocarbon
chomp
chomped chomp
chomping chomp
choose choos
chooses choos
choosier
choosing choos
choosy choosi
chop
chopped chop
chopper
choppiness choppi
chopping chop
choppy choppi
chops chop
chopsticks chopstick
choral
chord
chords chord
chore
choreographed choreograph
choreographer choreograph
choreographers choreograph
choreographic choreograph
choreography choreographi
chores chore
chorines chorin
choring chore
chortled chortl
chortles chortl
chortling chortl
chorus choru
chorused chorus
choruses chorus
chose
chosen
chouise chouis
chousin
chow
chowder
chowders chowder
christen
christened christen
christening christen
christianizing christian
chromatic chromat
chromatics chromat
chromatogram
chromatographic chromatograph
chromatography chromatographi
chrome
chromed chrome
chromic
chromium
chromosome chromosom
chromosomes chromosom
chronic
chronically chronic
chronicle chronicl
chronicled chronicl
chronicler chronicl
chroniclers chronicl
chronicles chronicl
chronicling chronicl
chronological chronolog
chronologically chronolog
chronology chronolog
chrysanthemums chrysanthemum
chrysotile chrysotil
chubby chubbi
chuck
chucked chuck
chucking chuck
chuckle chuckl
chuckled chuckl
chuckles chuckl
chuckling chuckl
chuffing chuf
chug
chugging chug
chugs chug
chum
chumminess chummi
chump
chums chum
chunk
chunks chunk
chunky chunki
church
churches church
churchgoers churchgoer
churchgoing churchgo
churchly churchli
churchmen
churchyard
churn
churned churn
churning churn
churns churn
chute
chutney chutnei
chutzpah
cials cial
cicadas cicada
cider
cigar
cigaret
cigarette cigarett
cigarettes cigarett
cigars cigar
cilia
ciliated ciliat
ciliates ciliat
cinch
cinches cinch
cinder
cinderblock
cinders cinder
cinema
cinematic cinemat
cinematographer cinematograph
cinematography cinematographi
cinq
cipher
ciphers cipher
circa
circle circl
circled circl
circles circl
circling circl
circonscription circonscript
circonscriptions circonscript
circuit
circuitous circuit
circuitry circuitri
circuits circuit
circular
circularity circular
circulars circular
circulate circul
circulated circul
circulates circul
circulating circul
circulation circul
circulations circul
circulatory circulatori
circumcision circumcis
circumference circumfer
circumlocution circumlocut
circumpolar
circumscribed circumscrib
circumscribing circumscrib
circumscriptions circumscript
circumspect
circumspection circumspect
circumspectly circumspectli
circumstance circumst
circumstances circumst
circumstantial circumstanti
circumvent circumv
circumventing circumv
circumvention circumvent
circumvents circumv
circus circu
circuses circus
cirrhosis cirrhosi
cistern
citadels citadel
citation citat
citations citat
cite
cited cite
cites cite
cities citi
citing cite
citizen
citizenry citizenri
citizens citizen
citizenship
cito
citrated citrat
citric
citron
citrus citru
city citi
citya
citybred citybr
cityscapes cityscap
citywide citywid
civ
civic
civics civic
civil
civilian
civilians civilian
civilised civilis
civility civil
civilizational civiliz
civilizations civil
civilize civil
civilized civil
civilizing civil
clad
cladding clad
claim
claimant
claimants claimant
claimed claim
claiming claim
claims claim
clairaudiently clairaudi
clairvoyance clairvoy
clairvoyant clairvoy
clam
clambered clamber
clambering clamber
clammy clammi
clamor
clamored clamor
clamoring clamor
clamorous clamor
clamors clamor
clamp
clampdown
clampdowns clampdown
clamped clamp
clamping clamp
clamps clamp
clams clam
clamshell clamshel
clamshells clamshel
clan
clandestine clandestin
clang
clanged clang
clanging clang
clanking clank
clannish
clannishness clannish
clap
clapboard
clapped clap
clapping clap
claps clap
claptrap
claret
clarets claret
clarification clarif
clarifications clarif
clarified clarifi
clarifies clarifi
clarify clarifi
clarifying clarifi
clarinet
clarinetist
clarity clariti
clash
clashed clash
clashes clash
clashing clash
clasped clasp
clasping clasp
class
classed class
classes class
classic
classical classic
classically classic
classicism classic
classics classic
classiest
classification classif
classifications classif
classificatory classificatori
classified classifi
classifiers classifi
classifies classifi
classify classifi
classifying classifi
classless
classmate classmat
classmates classmat
classroom
classrooms classroom
classy classi
clatter
clattered clatter
clattering clatter
clattery clatteri
claudication claudic
clause claus
clauses claus
claustrophobia
claustrophobic claustrophob
claw
clawed claw
clawing claw
claws claw
clay clai
clays clai
clean
cleaned clean
cleaner
cleaners cleaner
cleanest
cleaning clean
cleanliness cleanli
cleanly cleanli
cleans clean
cleanse cleans
cleansed cleans
cleanser
cleansers cleanser
cleansing cleans
cleanup
cleanups cleanup
clear
clearance clearanc
clearances clearanc
cleared clear
clearer
clearest
clearheaded clearhead
clearing clear
clearinghouse clearinghous
clearly clearli
clearnace clearnac
clearness clear
clears clear
cleat
cleavage cleavag
cleave cleav
cleaved cleav
cleaver
cleft
clefts cleft
clemency clemenc
clench
clenched clench
clenches clench
clergy clergi
clergyman
clergymen
cleric
clerical cleric
clerics cleric
clerk
clerking clerk
clerks clerk
clever
cleverly cleverli
cleverness clever
cliche clich
cliched clich
cliches clich
click
clicked click
clicking click
clicks click
client
clientele clientel
clients client
clientslose clientslos
cliff
cliffhanging cliffhang
cliffs cliff
climactic climact
climate climat
climates climat
climatic climat
climax
climaxed climax
climaxes climax
climb
climbable climbabl
climbed climb
climber
climbers climber
climbing climb
climbs climb
clime
climes clime
clinch
clinched clinch
clincher
clinches clinch
clinching clinch
cling
clinging cling
clings cling
clingy clingi
clinic
clinical clinic
clinically clinic
clinician
clinics clinic
clinked clink
clinkers clinker
clip
clipboard
clipboards clipboard
clipped clip
clipping clip
clippings clip
clips clip
clique cliqu
cliques cliqu
cloak
cloakrooms cloakroom
cloaks cloak
clobber
clobbered clobber
clobbers clobber
clock
clocked clock
clocking clock
clocks clock
clockwise clockwis
clockwork
clod
cloddishness cloddish
clodhoppers clodhopp
clods clod
clog
clogged clog
clogging clog
clogs clog
cloistered cloister
cloisters cloister
clomped clomp
clonazepam
clone
cloned clone
clones clone
clonic
cloning clone
close
closed close
closedown
closedowns closedown
closely close
closeness close
closer
closes close
closest
closet
closeted closet
closets closet
closeup
closeups closeup
closing close
closings close
closure closur
closures closur
clot
cloth
clothbound
clothe cloth
clothed cloth
clothes cloth
clothesbrush
clotheshorse clotheshors
clothesline clotheslin
clotheslines clotheslin
clothier
clothiers clothier
clothing cloth
clots clot
clotted clot
clotting clot
cloture clotur
cloud
cloudburst
clouded cloud
clouding cloud
cloudless
clouds cloud
cloudy cloudi
clout
clove
clover
cloves clove
clown
clowning clown
clowns clown
cloying cloi
clozapine clozapin
club
clubbed club
clubbers clubber
clubby clubbi
clubhouse clubhous
clubhouses clubhous
clubrooms clubroom
clubs club
cluck
clucked cluck
clucking cluck
clucks cluck
clue
clues clue
clump
clumps clump
clumsily clumsili
clumsy clumsi
clung
clunker
clunky clunki
cluster
clustered cluster
clustering cluster
clusters cluster
clutch
clutched clutch
clutches clutch
clutching clutch
clutter
cluttered clutter
cm
coach
coached coach
coaches coach
coaching coach
coachman
coachmen
coachwork
coagulating coagul
coahse coahs
coal
coalesce coalesc
coalesced coalesc
coalescence coalesc
coalesces coalesc
coalfields coalfield
coalition coalit
coalitions coalit
coals coal
coarse coars
coarsely coars
coarsened coarsen
coarseness coars
coast
coastal
coasted coast
coaster
coasters coaster
coastline coastlin
coasts coast
coat
coated coat
coating coat
coatings coat
coats coat
coattails coattail
coax
coaxed coax
coaxes coax
coaxial
coaxing coax
cobalt
cobbled cobbl
cobbler
cobblestone cobbleston
cobblestones cobbleston
cobra
cobwebs cobweb
coca
cocaine cocain
cocao
coccidioidomycosis coccidioidomycosi
coccidiosis coccidiosi
cochannel
cock
cockatoo
cockatoos cockatoo
cocked cock
cockeyed cockei
cockier
cockiness cocki
cockles cockl
cockpit
cockpits cockpit
cockroach
cockroaches cockroach
cocktail
cocktails cocktail
cocky cocki
coco
cocoa
coconut
coconuts coconut
cocoon
cocopalm
cocotte cocott
cocu
cod
coddle coddl
coddled coddl
coddling coddl
code
coded code
codes code
codetermines codetermin
codewords codeword
codfish
codger
codification codif
codified codifi
codifies codifi
codifying codifi
coding code
codpiece codpiec
coed co
coeds co
coefficient coeffici
coefficients coeffici
coerce coerc
coerced coerc
coerces coerc
coercion
coercive coerciv
coexist
coexistence coexist
coexistent coexist
coextrude coextrud
cofactors cofactor
coffee coffe
coffeecup
coffeehouse coffeehous
coffeepot
coffees coffe
coffers coffer
coffin
cofounder cofound
cog
cogeneration cogener
cogently cogent
cognac
cognate cognat
cognitive cognit
cognizance cogniz
cognizant cogniz
cognoscenti
cogs cog
cohere coher
coherence coher
coherent coher
coherently coher
cohesion cohes
cohesive cohes
cohesively cohes
cohesiveness cohes
cohnfidunt
cohort
cohorts cohort
coiffed coif
coiffure coiffur
coil
coiled coil
coiling coil
coils coil
coily coili
coin
coincide coincid
coincided coincid
coincidence coincid
coincidences coincid
coincident coincid
coincidental coincident
coincidentally coincident
coincides coincid
coinciding coincid
coined coin
coins coin
coke
cola
colander coland
colas cola
colchicum
cold
colde cold
colder
coldest
coldhearted coldheart
coldly coldli
coldness cold
colds cold
cole
coli
colicky colicki
coliseum
collaborate collabor
collaborated collabor
collaborates collabor
collaborating collabor
collaboration collabor
collaborations collabor
collaborative collabor
collaborator collabor
collaborators collabor
collage collag
collagen
collages collag
collapse collaps
collapsed collaps
collapses collaps
collapsible collaps
collapsing collaps
collar
collarbone collarbon
collared collar
collars collar
collated collat
collateral collater
collateralized collater
collation collat
colleague colleagu
colleagues colleagu
collect
collectability collect
collected collect
collectible collect
collectibles collect
collecting collect
collection collect
collections collect
collective collect
collectively collect
collectives collect
collectivization collectiv
collectivizers collectiv
collector
collectors collector
collects collect
college colleg
colleges colleg
collegial collegi
collegians collegian
collegiate collegi
colles coll
collided collid
collie colli
collimated collim
collision collis
collisions collis
colloidal colloid
collonaded collonad
colloquial colloqui
colloquies colloqui
colloquium
colloquy colloqui
collosal collos
collude collud
colluded collud
collusion collus
cologne cologn
colognes cologn
colon
colonel
colonels colonel
colonial coloni
colonialism coloni
colonialist
colonialists colonialist
colonials coloni
colonic colon
colonies coloni
colonists colonist
colonization colon
colonized colon
colonnade colonnad
colonnaded colonnad
colony coloni
color
coloration color
coloratura
colorblind
colorblindness colorblind
colored color
coloreds color
colorful color
colorin
coloring color
colorization color
colorless
colorlessness colorless
colors color
colossal coloss
colossus colossu
coloured colour
colt
coltish
colts colt
columbines columbin
column
columnist
columnists columnist
columns column
com
coma
comandancia
comas coma
comb
combat
combatant combat
combatants combat
combating combat
combative comb
combatted combat
combed comb
combinable combin
combination combin
combinations combin
combine combin
combined combin
combines combin
combing comb
combining combin
combo
combos combo
combustibles combust
combustion combust
come
comeback
comedian
comedians comedian
comedic comed
comedie comedi
comedies comedi
comedy comedi
comely come
comer
comers comer
comes come
comest
comestibles comest
comet
cometary cometari
cometh
comets comet
comeuppance comeupp
comfort
comfortable comfort
comfortably comfort
comforted comfort
comforting comfort
comforts comfort
comfy comfi
comic
comical comic
comically comic
comics comic
comin
coming come
comings come
comity comiti
comma
command
commandant command
commanded command
commandeered command
commandeering command
commander command
commanders command
commanding command
commandment command
commandments command
commando
commandos commando
commands command
commas comma
commawnded commawnd
commemorate commemor
commemorated commemor
commemorates commemor
commemorating commemor
commemorative commemor
commence commenc
commenced commenc
commencement commenc
commencements commenc
commences commenc
commencing commenc
commend
commendable commend
commendation commend
commendations commend
commended commend
commending commend
commends commend
commensurate commensur
comment
commentaries commentari
commentary commentari
commentator comment
commentators comment
commented comment
commenting comment
comments comment
commerce commerc
commercial commerci
commercialism commerci
commercialization commerci
commercialize commerci
commercialized commerci
commercializing commerci
commercially commerci
commercials commerci
commerical commer
commie commi
comminge comming
commingled commingl
commiserate commiser
commiserating commiser
commissar
commissaries commissari
commissary commissari
commission commiss
commissioned commiss
commissioner commission
commissioners commission
commissioning commiss
commissions commiss
commit
commitment commit
commitments commit
commits commit
committed commit
committee committe
committeemen
committees committe
committeewoman
committes committ
committing commit
committment committ
commmercial commmerci
commmon
commmuter commmut
commodities commod
commoditize commodit
commodity commod
common
commonality common
commoner common
commoners common
commonest
commonly commonli
commonness common
commonplace commonplac
commonplaces commonplac
commons common
commonstock
commonwealth
commonwealths commonwealth
commotion commot
communal commun
commune commun
communes commun
communicable communic
communicate commun
communicated commun
communicating commun
communication commun
communicational commun
communications commun
communicative commun
communicator commun
communicators commun
communion
communique communiqu
communiques communiqu
communism commun
communist
communistic communist
communists communist
communitarians communitarian
communities commun
community commun
communize commun
commutation commut
commute commut
commuted commut
commuter commut
commuters commut
commutes commut
commuting commut
compact
compacted compact
compaction compact
compactly compactli
compacts compact
companies compani
companion
companionable companion
companions companion
companionship
companionway companionwai
company compani
companywide companywid
comparability compar
comparable compar
comparably compar
comparative compar
comparatively compar
compare compar
compared compar
compares compar
comparing compar
comparison
comparisons comparison
compartment compart
compartments compart
compass
compassion compass
compassionate compassion
compassionately compassion
compatability compat
compatibility compat
compatible compat
compatiblizers compatibl
compatriot
compatriots compatriot
compel
compelled compel
compelling compel
compellingly compellingli
compels compel
compendium
compensate compens
compensated compens
compensates compens
compensating compens
compensation compens
compensations compens
compensatory compensatori
compete compet
competed compet
competence compet
competency compet
competent compet
competently compet
competes compet
competing compet
competition competit
competitions competit
competitive competit
competitively competit
competitiveness competit
competitor
competitors competitor
competitve competitv
competitveness competitv
compilation compil
compilations compil
compile compil
compiled compil
compiler compil
compiles compil
compiling compil
complacency complac
complacent complac
complacently complac
complain
complainant complain
complained complain
complaining complain
complains complain
complaint
complaints complaint
complaisance complais
complaisant complais
compleated compleat
complection complect
complement
complementary complementari
complemented complement
complements complement
complete complet
completed complet
completely complet
completeness complet
completes complet
completing complet
completion complet
completions complet
complex
complexes complex
complexion
complexities complex
complexity complex
compliance complianc
compliant
complicate complic
complicated complic
complicates complic
complicating complic
complication complic
complications complic
complicity complic
complied compli
complies compli
compliment
complimentary complimentari
complimented compliment
complimenting compliment
compliments compliment
comply compli
complying compli
component compon
components compon
comport
comported comport
comportment comport
compose compos
composed compos
composer compos
composers compos
composes compos
composing compos
composite composit
composites composit
composition composit
compositional composit
compositions composit
compost
composting compost
composure composur
compote compot
compound
compounded compound
compounding compound
compounds compound
comprehend
comprehended comprehend
comprehending comprehend
comprehension comprehens
comprehensive comprehens
comprehensively comprehens
comprehensiveness comprehens
compress
compressed compress
compresses compress
compressibility compress
compressing compress
compression compress
compressive compress
compressor
compressors compressor
comprise compris
comprised compris
comprises compris
comprising compris
compromise compromis
compromised compromis
compromiser compromis
compromises compromis
compromising compromis
comptroller comptrol
compulsion compuls
compulsions compuls
compulsive compuls
compulsively compuls
compulsives compuls
compulsivity compuls
compulsory compulsori
computation comput
computational comput
computations comput
compute comput
computed comput
computer comput
computerize computer
computerized computer
computerizing computer
computerrelated computerrel
computers comput
computes comput
computing comput
comrade comrad
comrades comrad
comradeship
con
concave concav
conceal
concealed conceal
concealing conceal
concealment conceal
conceals conceal
concede conced
conceded conced
concededly concededli
concedes conced
conceding conced
conceit
conceits conceit
conceivable conceiv
conceivably conceiv
conceive conceiv
conceived conceiv
conceiver conceiv
conceives conceiv
conceiving conceiv
concentrate concentr
concentrated concentr
concentrates concentr
concentrating concentr
concentration concentr
concentrations concentr
concentric concentr
concept
conception concept
conceptions concept
concepts concept
conceptual conceptu
conceptuality conceptu
conceptualization conceptu
conceptualizing conceptu
conceptually conceptu
concern
concerned concern
concerning concern
concerns concern
concert
concerted concert
concerti
concertina
concertmaster concertmast
concerto
concertos concerto
concerts concert
concession concess
concessionaire concessionair
concessionaires concessionair
concessions concess
concierge concierg
conciliate concili
conciliator concili
conciliatory conciliatori
concise concis
concisely concis
conciseness concis
concision concis
conclave conclav
conclaves conclav
conclude conclud
concluded conclud
concludes conclud
concluding conclud
conclusion conclus
conclusions conclus
conclusive conclus
conclusively conclus
concoct
concocted concoct
concoction concoct
concoctions concoct
concomitant concomit
concomitantly concomitantli
concord
concordant concord
concrete concret
concretely concret
concretistic concretist
concur
concurred concur
concurrence concurr
concurrent concurr
concurrently concurr
concurring concur
concurs concur
concussion concuss
condemn
condemnation condemn
condemnatory condemnatori
condemned condemn
condemning condemn
condemns condemn
condensate condens
condensation condens
condense condens
condensed condens
condenser condens
condensers condens
condensing condens
condescending condescend
condescension condescens
condicions condicion
condiments condiment
condition condit
conditional condit
conditionally condition
conditioned condit
conditioner condition
conditioners condition
conditioning condit
conditions condit
condo
condolences condol
condom
condominium
condominiums condominium
condoms condom
condone condon
condoned condon
condos condo
conducive conduc
conduct
conducted conduct
conducting conduct
conduction conduct
conductivity conduct
conductor
conductors conductor
conductorship
conducts conduct
conduit
conduits conduit
cone
coneheads conehead
cones cone
confabulated confabul
confabulation confabul
confabulations confabul
confectionary confectionari
confectioner confection
confectionery confectioneri
confederacy confederaci
confederates confeder
confederation confeder
confederations confeder
confer
conferees confere
conference confer
conferences confer
conferred confer
conferring confer
confers confer
confess
confessed confess
confesses confess
confessing confess
confession confess
confessional confession
confessionals confession
confessions confess
confessor
confict
confidant confid
confidante confidant
confidants confid
confide confid
confided confid
confidence confid
confidences confid
confident confid
confidential confidenti
confidentiality confidenti
confidentially confidenti
confidently confid
confides confid
confiding confid
configuration configur
configurations configur
confine confin
confined confin
confinement confin
confinements confin
confines confin
confining confin
confirm
confirmation confirm
confirmations confirm
confirmed confirm
confirming confirm
confirms confirm
confiscate confisc
confiscated confisc
confiscating confisc
confiscation confisc
confiscatory confiscatori
conflagration conflagr
conflation conflat
conflict
conflicted conflict
conflicting conflict
conflicts conflict
confluence confluenc
confluent
conform
conformance conform
conformation conform
conformational conform
conformations conform
conformed conform
conforming conform
conformist
conformists conformist
conformitarianism conformitarian
conformity conform
conforms conform
confound
confounded confound
confounding confound
confreres confrer
confront
confrontation confront
confrontational confront
confrontations confront
confronted confront
confronting confront
confronts confront
confuse confus
confused confus
confuses confus
confusin
confusing confus
confusion confus
confusions confus
congeal
congealed congeal
congenial congeni
congeniality congeni
congenital congenit
congested congest
congestion congest
congestive congest
conglomerate conglomer
conglomerates conglomer
congratulate congratul
congratulated congratul
congratulating congratul
congratulation congratul
congratulations congratul
congratulatory congratulatori
congregate congreg
congregated congreg
congregation congreg
congregational congreg
congregations congreg
congress
congressional congression
congressionally congression
congressman
congressmen
congressonal congresson
congresssional congresssion
congruence congruenc
congruent
conic
coning cone
conjecture conjectur
conjectured conjectur
conjectures conjectur
conjoined conjoin
conjugal conjug
conjugate conjug
conjugated conjug
conjugates conjug
conjugating conjug
conjugation conjug
conjunction conjunct
conjunctions conjunct
conjur
conjure conjur
conjured conjur
conjures conjur
conjuring conjur
connect
connected connect
connecting connect
connection connect
connections connect
connective connect
connector
connectors connector
connects connect
conned con
connexion
conning con
connivance conniv
conniver conniv
connoisseur
connoisseurs connoisseur
connotation connot
connotations connot
connote connot
connotes connot
conpired conpir
conquer
conquered conquer
conquering conquer
conqueror
conquerors conqueror
conquest
conquests conquest
conquete conquet
cons con
consanguineous consanguin
consanguineously consanguin
consanguinity consanguin
conscience conscienc
consciences conscienc
conscientious conscienti
conscionable conscion
conscious consciou
consciously conscious
consciousness conscious
conscript
conscripted conscript
conscription conscript
conscripts conscript
consderations consder
consecration consecr
consecutive consecut
consensual consensu
consensus consensu
consent
consented consent
consenting consent
consents consent
consentual consentu
consequence consequ
consequences consequ
consequent consequ
consequential consequenti
consequently consequ
conservancy conserv
conservation conserv
conservationist
conservationists conservationist
conservatism conservat
conservative conserv
conservatively conserv
conservatives conserv
conservator conserv
conservatories conservatori
conservators conserv
conservatorship
conservatory conservatori
conserve conserv
conserved conserv
conserves conserv
conserving conserv
consider consid
considerable consider
considerably consider
considerate consider
considerately consider
consideration consider
considerations consider
considered consid
considerin
considering consid
considers consid
consign
consigned consign
consigns consign
consisently consis
consist
consisted consist
consistence consist
consistency consist
consistent consist
consistently consist
consisting consist
consists consist
consolation consol
console consol
consoled consol
consoles consol
consolidate consolid
consolidated consolid
consolidates consolid
consolidating consolid
consolidation consolid
consolidations consolid
consoling consol
consomme consomm
consonance conson
consonant conson
consonantal consonant
consonants conson
consorted consort
consortia
consorting consort
consortium
consortiums consortium
conspicuous conspicu
conspicuously conspicu
conspiracies conspiraci
conspiracy conspiraci
conspirator conspir
conspiratorial conspiratori
conspirators conspir
conspire conspir
conspired conspir
conspires conspir
conspiring conspir
constables constabl
constancy constanc
constant
constantly constantli
constants constant
constatation constat
constellation constel
constellations constel
consternation constern
constipation constip
constituencies constitu
constituency constitu
constituent constitu
constituents constitu
constitute constitut
constituted constitut
constitutes constitut
constituting constitut
constitution constitut
constitutional constitut
constitutionality constitution
constitutionally constitution
constitutions constitut
constrain
constrained constrain
constraining constrain
constrains constrain
constraint
constraints constraint
constricted constrict
constricting constrict
constriction constrict
constrictions constrict
constrictor
constrictors constrictor
construct
constructed construct
constructing construct
construction construct
constructional construct
constructions construct
constructive construct
constructively construct
constructon
constructs construct
construe constru
construed constru
construing constru
consul
consular
consulate consul
consulates consul
consult
consultancy consult
consultant consult
consultants consult
consultation consult
consultations consult
consultative consult
consulted consult
consulting consult
consumables consum
consume consum
consumed consum
consumer consum
consumerism consumer
consumers consum
consumes consum
consuming consum
consummate consumm
consummated consumm
consummately consumm
consummation consumm
consumption consumpt
consumptive consumpt
cont
contact
contacted contact
contacting contact
contacts contact
contadini
contagion
contagious contagi
contain
containable contain
contained contain
container contain
containerboard
containers contain
containing contain
containment contain
contains contain
contaminants contamin
contaminate contamin
contaminated contamin
contaminating contamin
contamination contamin
contemplate contempl
contemplated contempl
contemplates contempl
contemplating contempl
contemplation contempl
contemplative contempl
contemporaneous contemporan
contemporaries contemporari
contemporary contemporari
contemporize contempor
contempt
contemptible contempt
contemptuous contemptu
contemptuously contemptu
contend
contended contend
contender contend
contendere contender
contenders contend
contending contend
contends contend
content
contented content
contentedly contentedli
contenting content
contention content
contentions content
contentious contenti
contentment content
contents content
contest
contestant contest
contestants contest
contested contest
contesting contest
contests contest
context
contexts context
contiguous contigu
continence contin
continent contin
continental continent
continentally continent
continents contin
contingencies conting
contingency conting
contingent conting
contingents conting
continously contin
continual continu
continually continu
continuance continu
continuation continu
continue continu
continued continu
continues continu
continuing continu
continuingly continuingli
continuities continu
continuity continu
continuo
continuous continu
continuously continu
continuum
contorted contort
contortion contort
contortionists contortionist
contour
contouring contour
contours contour
contraband
contrabass
contraception contracept
contraceptive contracept
contraceptives contracept
contract
contracted contract
contracting contract
contraction contract
contractions contract
contractor
contractors contractor
contracts contract
contractual contractu
contractually contractu
contradict
contradicted contradict
contradicting contradict
contradiction contradict
contradictions contradict
contradictorily contradictorili
contradictory contradictori
contradicts contradict
contradistinction contradistinct
contralto
contraption contrapt
contraptions contrapt
contrarian
contrarians contrarian
contrarieties contrarieti
contrary contrari
contrast
contrasted contrast
contrasting contrast
contrasts contrast
contravened contraven
contraventions contravent
contretemps contretemp
contribs contrib
contribued contribu
contribute contribut
contributed contribut
contributes contribut
contributing contribut
contribution contribut
contributions contribut
contributor
contributors contributor
contributory contributori
contrite contrit
contrition contrit
contrivance contriv
contrivances contriv
contrive contriv
contrived contriv
contriving contriv
control
controllable control
controlled control
controller control
controllers control
controlling control
controls control
controversial controversi
controversialists controversialist
controversies controversi
controversy controversi
contusions contus
conundrum
convalescence convalesc
convalescing convalesc
convection convect
convenants conven
convene conven
convened conven
convenes conven
convenience conveni
conveniences conveni
convenient conveni
conveniently conveni
convening conven
convent
convention convent
conventional convent
conventionality convention
conventionalized convention
conventionally convention
conventioneers convention
conventioners convention
conventions convent
converage converag
converge converg
converged converg
converging converg
conversant convers
conversation convers
conversational convers
conversations convers
converse convers
conversely convers
conversing convers
conversion convers
conversions convers
convert
converted convert
converter convert
converters convert
convertibility convert
convertible convert
convertibles convert
converting convert
converts convert
convex
convexity convex
convey convei
conveyance convey
conveyed convei
conveying convei
conveyor
conveys convei
convict
convicted convict
convicting convict
conviction convict
convictions convict
convicts convict
convince convinc
convinced convinc
convinces convinc
convincing convinc
convincingly convincingli
convivial convivi
convocation convoc
convoluted convolut
convolutions convolut
convoy convoi
convoys convoi
convulsed convuls
convulsion convuls
convulsions convuls
convulsive convuls
convulsively convuls
cooing coo
cook
cookbook
cookbooks cookbook
cooked cook
cooker
cookers cooker
cookfire cookfir
cookie cooki
cookies cooki
cooking cook
cooks cook
cookware cookwar
cool
coolant
coolants coolant
cooled cool
cooler
coolers cooler
coolest
coolheaded coolhead
cooling cool
coolly coolli
coolness cool
coolnesses cool
cools cool
cooly cooli
coop
cooped coop
cooperate cooper
cooperated cooper
cooperates cooper
cooperating cooper
cooperation cooper
cooperative cooper
cooperatively cooper
cooperatives cooper
coops coop
coordinate coordin
coordinated coordin
coordinates coordin
coordinating coordin
coordination coordin
coordinator coordin
coordinators coordin
coosie coosi
cop
cope
copes cope
copied copi
copier
copiers copier
copies copi
coping cope
copings cope
copious copiou
copiously copious
copolymers copolym
copper
coppery copperi
copra
coproducer coproduc
coproductions coproduct
cops cop
copy copi
copybooks copybook
copycat
copycats copycat
copying copi
copyright
copyrighted copyright
copyrights copyright
copywriter copywrit
coquette coquett
coral
cord
corded cord
cordial
cordless
cordon
cords cord
corduroy corduroi
corduroys corduroi
core
cores core
coriander coriand
corinthian
cork
corked cork
corkers corker
corks cork
corkscrew
corkscrews corkscrew
corn
cornball cornbal
cornbread
corne corn
cornea
corneal
corner
cornered corner
cornering corner
corners corner
cornerstone cornerston
cornerstones cornerston
cornfield
cornices cornic
corniest
cornmeal
corns corn
cornstarch
cornucopia
corny corni
corollaries corollari
corollary corollari
corona
coronaries coronari
coronary coronari
coroner coron
corpocrat
corporal corpor
corporate corpor
corporates corpor
corporatewide corporatewid
corporation corpor
corporations corpor
corporatism corporat
corporatist
corporativism corporativ
corporativists corporativist
corporeal corpor
corporeality corpor
corporis corpori
corps corp
corpse corps
corpses corps
corpsman
corpulence corpul
corpus corpu
corpuscular
corral
corralled corral
corralling corral
corrals corral
correct
corrected correct
correcting correct
correction correct
correctional correct
corrections correct
corrective correct
correctly correctli
correctness correct
corrects correct
correlate correl
correlated correl
correlating correl
correlation correl
correlations correl
correspond
corresponded correspond
correspondence correspond
correspondent correspond
correspondents correspond
corresponding correspond
correspondingly correspondingli
corresponds correspond
corridor
corridors corridor
corroborate corrobor
corroborated corrobor
corroborees corrobore
corrode corrod
corroding corrod
corrosion corros
corrosive corros
corrugated corrug
corrugations corrug
corrupt
corrupted corrupt
corrupter corrupt
corruptible corrupt
corrupting corrupt
corruption corrupt
corruptions corrupt
corrupts corrupt
corsage corsag
corset
cortege corteg
corteggiamento
cortex
cortical cortic
cortically cortic
corticosteroids corticosteroid
corticotropin
cortisone cortison
corvettes corvett
cosec
cosily cosili
cosmetic cosmet
cosmetics cosmet
cosmetology cosmetolog
cosmic
cosmical cosmic
cosmological cosmolog
cosmologies cosmolog
cosmologists cosmologist
cosmology cosmolog
cosmopolitan
cosmopolitanism cosmopolitan
cosmopolitans cosmopolitan
cosmos cosmo
cosponsored cosponsor
cosponsors cosponsor
cost
costcutting costcut
coste cost
costing cost
costive costiv
costlier
costliest
costly costli
costs cost
costume costum
costumed costum
costumes costum
costuming costum
cosy cosi
cot
coterie coteri
cotillion
cots cot
cottage cottag
cottages cottag
cotter
cotton
cottonmouth
cottonseed cottonse
couch
couched couch
couches couch
couching couch
coudn
cough
coughed cough
coughing cough
coughs cough
could
coulda
council
councilman
councilor
councilors councilor
councils council
councilwoman
counsel
counseled counsel
counseling counsel
counselor
counselors counselor
counsels counsel
count
countdown
counted count
countenance counten
countenances counten
counter
counteract
counteracted counteract
counteracting counteract
counterarguments counterargu
counterattack
counterattacked counterattack
counterbalance counterbal
counterbalanced counterbalanc
counterbalancing counterbalanc
counterbid
counterbidder counterbidd
counterbidders counterbidd
counterbids counterbid
counterchallenge counterchalleng
countercharged countercharg
countercharges countercharg
counterclaim
counterclaims counterclaim
countercultural countercultur
counterculture countercultur
countered counter
counterespionage counterespionag
counterfeit
counterflow
counterforce counterforc
counterguarantee counterguarante
countering counter
counterman
countermeasures countermeasur
countermove countermov
counteroffensive counteroffens
counteroffer counteroff
counterpart
counterparts counterpart
counterpoint
counterpointing counterpoint
counterproductive counterproduct
counterprogram
counterprogramming counterprogram
counterproposal counterpropos
counterproposals counterpropos
counterrevolutionaries counterrevolutionari
counterrevolutionary counterrevolutionari
counters counter
countersued countersu
countersuing countersu
countersuit
countertenor
counterterror
counterterrorism counterterror
countertop
countervailing countervail
counterweight
countess
countian
counties counti
countin
counting count
countless
countrey countrei
countries countri
countriman
country countri
countryman
countrymen
countryside countrysid
countrywide countrywid
counts count
county counti
coup
coupe coup
coupes coup
couple coupl
coupled coupl
coupler
couplers coupler
couples coupl
couplets couplet
coupling coupl
coupon
couponing coupon
coupons coupon
coups coup
courage courag
courageous courag
courageously courag
courant
coureurs coureur
courier
couriers courier
course cours
coursed cours
courses cours
coursing cours
court
courted court
courteous courteou
courteously courteous
courtesan
courtesies courtesi
courtesy courtesi
courthouse courthous
courthouses courthous
courtier
courtiers courtier
courting court
courtliness courtli
courtly courtli
courtroom
courtrooms courtroom
courts court
courtship
courtyard
courtyards courtyard
couscous couscou
cousin
cousins cousin
couture coutur
cove
covenant coven
covenants coven
cover
coverage coverag
coverages coverag
coverall coveral
covered cover
covering cover
coverings cover
coverlet
covers cover
covert
covertly covertli
coverts covert
coverup
coves cove
covet
coveted covet
coveting covet
covetous covet
covetousness covet
covets covet
cow
coward
cowardice cowardic
cowardly cowardli
cowards coward
cowbirds cowbird
cowboy cowboi
cowboys cowboi
cowed cow
cower
cowering cower
cowhand
cowhands cowhand
cowhide cowhid
cowling cowl
cowman
coworkers cowork
cowpony cowponi
cowpox
cowpuncher cowpunch
cows cow
coxcombs coxcomb
coy coi
coyly coyli
coyness coy
coyote coyot
coyotes coyot
cozier
coziness cozi
cozy cozi
cps cp
cpu
crab
crabapple crabappl
crabbed crab
crabby crabbi
crabmeat
crabs crab
crack
crackdown
crackdowns crackdown
cracked crack
cracker
crackers cracker
cracking crack
crackle crackl
crackled crackl
crackles crackl
crackling crackl
crackpot
crackpots crackpot
cracks crack
cradle cradl
cradled cradl
cradles cradl
craft
crafted craft
crafter
crafting craft
crafts craft
craftsman
craftsmanship
craftsmen
crafty crafti
craggy craggi
crags crag
cram
crammed cram
cramming cram
cramp
cramped cramp
cramps cramp
crams cram
cranberries cranberri
crane
cranelike cranelik
cranes crane
craning crane
crank
crankcase crankcas
cranked crank
cranking crank
cranks crank
crankshaft
cranky cranki
crannies cranni
cranny cranni
crap
crapshoot
crash
crashed crash
crasher
crashes crash
crashing crash
crashlet
crass
crassest
crassness crass
crate
crater
cratered crater
cratering crater
craters crater
crates crate
crave
craved crave
craven
craves crave
craving crave
cravings crave
crawl
crawled crawl
crawling crawl
crawls crawl
crawlspace crawlspac
crayons crayon
craze
crazed craze
crazee craze
crazes craze
crazies crazi
crazily crazili
craziness crazi
crazing craze
crazy crazi
creak
creaked creak
creaking creak
creaks creak
cream
creamed cream
creamer
creamier
creams cream
creamy creami
crease creas
creased creas
creases creas
creasingly creasingli
create creat
created creat
creates creat
creating creat
creation
creationism creation
creationist
creations creation
creative creativ
creatively creativ
creativeness creativ
creativity creativ
creator
creators creator
creature creatur
creatures creatur
creche crech
credence credenc
credential credenti
credentialized credenti
credentials credenti
credibility credibl
credible credibl
credibly credibl
credit
creditable credit
creditably credit
creditcard
credited credit
crediting credit
creditor
creditors creditor
credits credit
creditworthiness creditworthi
creditworthy creditworthi
credo
credulity credul
credulous credul
credulousness credul
creed
creedal
creeds creed
creek
creeks creek
creep
creeper
creepers creeper
creepiest
creeping creep
creeps creep
creepy creepi
cremate cremat
cremated cremat
cremation cremat
crematoriums crematorium
creole creol
crepe
crept
crescendo
crescent
crest
crested crest
crestfallen
cresting crest
crests crest
crevasse crevass
crevasses crevass
crevice crevic
crevices crevic
crew
crewcut
crewel
crewmen
crews crew
crib
cribbing crib
cribs crib
cricket
crickets cricket
cried cri
cries cri
crime
crimes crime
criminal crimin
criminality crimin
criminalization crimin
criminalize crimin
criminalized crimin
criminalizing crimin
criminally crimin
criminals crimin
criminologist
criminology criminolog
crimp
crimped crimp
crimping crimp
crimps crimp
crimson
crimsoning crimson
cringe cring
cringed cring
cringing cring
crinkles crinkl
cripple crippl
crippled crippl
cripples crippl
crippling crippl
crises crise
crisis crisi
crisp
crisper
crisply crispli
crispness crisp
crispy crispi
crisscross
crisscrossed crisscross
crisscrossing crisscross
cristata
critcism
criteria
criterion
critic
critical critic
criticality critic
critically critic
criticism critic
criticisms critic
criticize critic
criticized critic
criticizes critic
criticizing critic
critics critic
critique critiqu
critter
critters critter
croak
croaked croak
croaker
croakin
croaking croak
croaks croak
crochet
crocidolite crocidolit
crocked crock
crocketed crocket
crocodile crocodil
crofters crofter
croissants croissant
crone
cronies croni
crony croni
cronyism
crook
crooked crook
crookery crookeri
crooks crook
croon
crooned croon
crooner
crooning croon
croons croon
crop
cropped crop
cropping crop
crops crop
cross
crossbars crossbar
crossborder crossbord
crosscurrents crosscurr
crossed cross
crosses cross
crossfire crossfir
crossing cross
crossings cross
crossover crossov
crossroading crossroad
crossroads crossroad
crosswalk
crossways crosswai
crosswise crosswis
crotch
crotchety crotcheti
crouch
crouched crouch
crouches crouch
crouchin
crouching crouch
croupier
crow
crowbait
crowd
crowded crowd
crowding crowd
crowds crowd
crowed crow
crowing crow
crown
crowned crown
crowning crown
crowns crown
crows crow
crucial
crucially crucial
crucible crucibl
crucified crucifi
crucifix
crucifixion
crucifying crucifi
crude
crudely crude
crudes crude
crudest
crudities cruditi
crudity cruditi
cruel
cruelest
cruelly cruelli
cruelty cruelti
cruise cruis
cruiser
cruisers cruiser
cruises cruis
cruising cruis
crumble crumbl
crumbled crumbl
crumbles crumbl
crumbling crumbl
crumbly crumbl
crumminess crummi
crummy crummi
crumpled crumpl
crunch
crunched crunch
crunches crunch
crunchier
crunching crunch
crupper
crus cru
crusade crusad
crusaded crusad
crusader crusad
crusaders crusad
crusades crusad
crusading crusad
crush
crushed crush
crusher
crushers crusher
crushes crush
crushing crush
crust
crusts crust
crusty crusti
crutch
crutches crutch
crux
cruzado
cruzados cruzado
cry
crying cry
cryostat
crypt
cryptic
cryptographers cryptograph
cryptographic cryptograph
crysanthemum
crystal
crystalline crystallin
crystallite crystallit
crystallites crystallit
crystallization crystal
crystallize crystal
crystallized crystal
crystallizing crystal
crystallographers crystallograph
crystallographic crystallograph
crystallography crystallographi
crystals crystal
cu
cub
cubbyhole cubbyhol
cubbyholes cubbyhol
cube
cubed cube
cubes cube
cubic
cubism
cubist
cubists cubist
cubs cub
cuckoo
cuckoos cuckoo
cucumber cucumb
cud
cuddled cuddl
cuddly cuddli
cudgels cudgel
cue
cued cu
cues cue
cuff
cufflinks cufflink
cuffs cuff
cuirassiers cuirassi
cuisine cuisin
cul
culinary culinari
cull
culled cull
culling cull
culminate culmin
culminated culmin
culminates culmin
culminating culmin
culmination culmin
culpa
culpable culpabl
culpas culpa
culprit
culprits culprit
cult
culte cult
cultist
cultivate cultiv
cultivated cultiv
cultivates cultiv
cultivating cultiv
cultivation cultiv
cults cult
cultural cultur
culturally cultur
culture cultur
cultured cultur
cultures cultur
cumara
cumbersome cumbersom
cumin
cumulate cumul
cumulative cumul
cumulatively cumul
cumulus cumulu
cunning cun
cunningly cunningli
cup
cupboard
cupboards cupboard
cupful cup
cupid
cupids cupid
cupped cup
cups cup
cur
curative cur
curator curat
curators curat
curb
curbed curb
curbing curb
curbs curb
curbside curbsid
curd
curdling curdl
curds curd
cure
cured cure
cures cure
curettage curettag
curfew
curiae curia
curing cure
curio
curiosities curios
curiosity curios
curious curiou
curiously curious
curl
curled curl
curling curl
curls curl
curly curli
currant
currants currant
currencies currenc
currencny currencni
currency currenc
current
currently current
currents current
curricula
curricular
curriculum
curriculums curriculum
curry curri
curse curs
cursed curs
curses curs
cursing curs
cursory cursori
curt
curtail
curtailed curtail
curtailing curtail
curtailment curtail
curtails curtail
curtain
curtained curtain
curtains curtain
curtly curtli
curtness curt
curtseyed curtsei
curvaceously curvac
curvature curvatur
curve curv
curved curv
curves curv
curving curv
curvy curvi
cushion
cushioned cushion
cushioning cushion
cushions cushion
cusp
custodial custodi
custodian
custody custodi
custom
customarily customarili
customary customari
customer custom
customers custom
customization custom
customized custom
customs custom
cut
cutback
cutbacks cutback
cute
cuteness cute
cuter
cutest
cutglass
cutlass
cutlery cutleri
cutlets cutlet
cutoff
cutouts cutout
cuts cut
cutsie cutsi
cutter
cutters cutter
cutthroat
cutting cut
cuttings cut
cuvees cuve
cyanide cyanid
cycads cycad
cycle cycl
cycled cycl
cycles cycl
cyclical cyclic
cyclicality cyclic
cyclicals cyclic
cycling cycl
cyclist
cyclists cyclist
cyclohexanol
cyclorama
cyclosporine cyclosporin
cylinder cylind
cylinders cylind
cylindrical cylindr
cynic
cynical cynic
cynically cynic
cynicism cynic
cynics cynic
cypress
cyst
cystic
cysts cyst
cytokine cytokin
cytolysis cytolysi
cytoplasm
czar
czars czar
d
da
dabbed dab
dabbing dab
dabble dabbl
dabbled dabbl
dabbler
dabbles dabbl
dabbling dabbl
dabs dab
dachshounds dachshound
dactyls dactyl
dad
dada
daddy daddi
daffodils daffodil
daft
dagers dager
daggerman
daguerreotypes daguerreotyp
dailies daili
daily daili
daintily daintili
dainty dainti
dairies dairi
dairy dairi
dairyland
dairymen
dais dai
daises dais
daisies daisi
daisy daisi
dales dale
dalliances dallianc
dally dalli
dam
damage damag
damaged damag
damages damag
damaging damag
dame
damed dame
daminozide daminozid
dammed dam
dammit
damn
damnation damnat
damned damn
damning damn
damnit
damp
damped damp
dampen
dampened dampen
dampening dampen
damper
dampers damper
damping damp
dampness damp
dams dam
damsel
dance danc
danced danc
dancelike dancelik
dancer
dancers dancer
dances danc
dancing danc
dandelion
dandily dandili
dandy dandi
dang
danged dang
danger
dangerous danger
dangerously danger
dangers danger
dangle dangl
dangled dangl
dangles dangl
dangling dangl
dank
dans dan
danseur
dapper
dappled dappl
darbuka
dare
dared dare
dares dare
darin
daring dare
dark
darken
darkened darken
darkening darken
darker
darkest
darkhaired darkhair
darkling darkl
darkly darkli
darkness dark
darkroom
darlin
darling darl
darlings darl
darn
darned darn
dart
dartboard
darted dart
darting dart
darts dart
das da
dash
dashboard
dashboards dashboard
dashed dash
dashes dash
dashing dash
dastardly dastardli
data
database databas
databases databas
datadex
date
dated date
datelined datelin
dates date
dating date
datum
daubed daub
daughter
daughters daughter
daunt
daunted daunt
daunting daunt
dauntless
dauphin
davenport
davits davit
dawdled dawdl
dawdling dawdl
dawn
dawned dawn
dawning dawn
dawns dawn
day dai
daybed dayb
daybreak
daydream
daydreamed daydream
daydreaming daydream
daylight
daylights daylight
daylong
days dai
daytime daytim
daze
dazed daze
dazzle dazzl
dazzled dazzl
dazzler
dazzles dazzl
dazzling dazzl
dazzlingly dazzlingli
dd
de
dea
deacon
deactivated deactiv
deactivates deactiv
deactivation deactiv
dead
deadbeats deadbeat
deadened deaden
deader
deadheads deadhead
deadliest
deadline deadlin
deadlines deadlin
deadliness deadli
deadlock
deadlocked deadlock
deadly deadli
deadness dead
deadpan
deadweight
deadwood
deaf
deafened deafen
deafening deafen
deafness deaf
deal
dealer
dealers dealer
dealership
dealerships dealership
dealing deal
dealings deal
dealmaker dealmak
dealmakers dealmak
deals deal
dealt
dean
deans dean
dear
dearer
dearest
dearly dearli
dearth
death
deathbed deathb
deathless
deathly deathli
deaths death
deathward
deathwatch
debacle debacl
debacles debacl
debasement debas
debasing debas
debatable debat
debate debat
debated debat
debates debat
debating debat
debauchery debaucheri
debenture debentur
debentures debentur
debilitated debilit
debilitating debilit
debility debil
debit
debonair
debris debri
debs deb
debt
debtholder debthold
debtholders debthold
debtor
debtors debtor
debts debt
debugged debug
debunk
debunked debunk
debunking debunk
debut
debutante debutant
debuted debut
debuting debut
debuts debut
decade decad
decadelong
decadence decad
decadent decad
decades decad
decaffeinated decaffein
decal
decametrina
decamped decamp
decanted decant
decanting decant
decapitalize decapit
decapitalized decapit
decay decai
decayed decai
decaying decai
decays decai
decease deceas
deceased deceas
decedent deced
deceit
deceitful deceit
deceive deceiv
deceived deceiv
deceives deceiv
deceiving deceiv
decelerate deceler
decelerated deceler
decelerating deceler
deceleration deceler
decencies decenc
decency decenc
decent
decently decent
decentralization decentr
decentralize decentr
decentralized decentr
decentralizing decentr
deception decept
deceptive decept
deceptively decept
decertified decertifi
decertify decertifi
decide decid
decided decid
decidedly decidedli
decidely decid
decides decid
deciding decid
decimal decim
decimals decim
decimated decim
decimating decim
decions decion
decipher deciph
deciphered deciph
decision decis
decisional decision
decisionmaking decisionmak
decisions decis
decisis decisi
decisive decis
decisively decis
decisiveness decis
deck
decked deck
deckhands deckhand
decking deck
decks deck
declaimed declaim
declamatory declamatori
declaration declar
declarations declar
declarative declar
declaratory declaratori
declare declar
declared declar
declares declar
declaring declar
declasse declass
declassifying declassifi
decline declin
declined declin
decliners declin
declines declin
declining declin
declivity decliv
deco
decoction decoct
decode decod
decolletage decolletag
decommissioned decommiss
decommissoned decommisson
decompose decompos
decomposed decompos
decomposes decompos
decomposing decompos
decomposition decomposit
decompression decompress
decongestant decongest
deconstructed deconstruct
decontaminated decontamin
decontamination decontamin
decontrol
decor
decorate decor
decorated decor
decorating decor
decoration decor
decorations decor
decorative decor
decorativeness decor
decorator decor
decorators decor
decorous decor
decorticated decort
decorum
decoy decoi
decoys decoi
decrease decreas
decreased decreas
decreases decreas
decreasing decreas
decree decre
decreed decre
decreeing decre
decrees decre
decrement
decrepit
decribed decrib
decried decri
decries decri
decriminalization decrimin
decriminalized decrimin
decry decri
decrying decri
dedicate dedic
dedicated dedic
dedicates dedic
dedication dedic
dedifferentiated dedifferenti
deduce deduc
deduced deduc
deduces deduc
deducing deduc
deduct
deductable deduct
deducted deduct
deductibility deduct
deductible deduct
deductibles deduct
deducting deduct
deduction deduct
deductions deduct
deductive deduct
deed
deeds deed
deem
deemed deem
deeming deem
deems deem
deep
deepen
deepened deepen
deepening deepen
deepens deepen
deeper
deepest
deeply deepli
deeps deep
deer
deerskins deerskin
def
defaces defac
defacing defac
defamation defam
defamatory defamatori
defamed defam
default
defaulted default
defaulters default
defaulting default
defaults default
defeat
defeated defeat
defeating defeat
defeatism defeat
defeatists defeatist
defeats defeat
defecated defec
defect
defected defect
defecting defect
defection defect
defections defect
defective defect
defector
defectors defector
defects defect
defend
defendant defend
defendants defend
defended defend
defender defend
defenders defend
defending defend
defends defend
defense defens
defenseless
defenses defens
defensible defens
defensive defens
defensively defens
defensiveness defens
defer
deference defer
deferent defer
deferents defer
deferment defer
deferments defer
deferred defer
deferring defer
defers defer
defiance defianc
defiant
defiantly defiantli
deficiencies defici
deficiency defici
deficient defici
deficit
deficitcutting deficitcut
deficits deficit
defied defi
defies defi
defile defil
defiles defil
defiling defil
definable defin
define defin
defined defin
defines defin
defining defin
definite definit
definitely definit
definition definit
definitional definit
definitions definit
definitive definit
definitively definit
deflate deflat
deflated deflat
deflating deflat
deflationary deflationari
deflationist
deflator deflat
deflators deflat
deflect
deflected deflect
deflecting deflect
deflects deflect
defocusing defocus
defoliation defoli
deforestation deforest
deformation deform
deformational deform
deformed deform
deformities deform
deformity deform
defraud
defrauded defraud
defrauding defraud
defray defrai
defrayed defrai
deft
deftly deftli
deftness deft
defunct
defunded defund
defuse defus
defused defus
defy defi
defying defi
degassed degass
degeneracy degeneraci
degenerate degener
degenerated degener
degenerates degener
degeneration degener
degenerative degen
deglycerolized deglycerol
degradation degrad
degrade degrad
degraded degrad
degrading degrad
degree degre
degrees degre
dehumanised dehumanis
dehumanize dehuman
dehumanized dehuman
dehumidified dehumidifi
dehydrate dehydr
dehydrated dehydr
dehydration dehydr
dei
deification deific
deigned deign
deinstitutionalization deinstitution
deities deiti
deja
dejectedly dejectedli
dejection deject
dejeuner dejeun
dejeuners dejeun
del
delay delai
delayed delai
delaying delai
delays delai
delectable delect
delectably delect
delectation delect
delegate deleg
delegated deleg
delegates deleg
delegating deleg
delegation deleg
delegations deleg
delenda
delete delet
deleted delet
deleterious deleteri
deleting delet
deletion delet
deletions delet
deli
deliberate deliber
deliberated deliber
deliberately deliber
deliberating deliber
deliberation deliber
deliberations deliber
deliberative delib
delicacies delicaci
delicacy delicaci
delicate delic
delicately delic
delicatessen
delicious delici
deliciously delici
delicti
delicto
delight
delighted delight
delightful delight
delightfully delightfulli
delighting delight
delights delight
delimit
delimits delimit
delineaments delinea
delineate delin
delineated delin
delineating delin
delineation delin
delinking delink
delinquencies delinqu
delinquency delinqu
delinquent delinqu
delinquents delinqu
deliriously deliri
delirium
delist
delisted delist
delisting delist
deliver deliv
deliverable deliver
deliverance deliver
delivered deliv
deliverers deliver
deliveries deliveri
delivering deliv
delivers deliv
delivery deliveri
delivre delivr
dell
delle dell
deloused delous
delousing delous
delphic
delta
deltas delta
deltoid
deltoids deltoid
delude delud
deluded delud
deluding delud
deluge delug
deluged delug
delusion delus
delusions delus
deluxe delux
deluxer delux
delve delv
delved delv
delver
delves delv
delving delv
demage demag
demagnification demagnif
demagogic demagog
demagoguery demagogueri
demagogues demagogu
demand
demanded demand
demander demand
demanding demand
demandingly demandingli
demands demand
demarcated demarc
demarcation demarc
demeaned demean
demeaning demean
demeanor
demeanors demeanor
demeans demean
demented dement
dementia
demilitarize demilitar
demineralization deminer
demise demis
demo
demobilize demobil
demobilized demobil
demobilizing demobil
democracies democraci
democracy democraci
democrat
democratic democrat
democratically democrat
democratization democrat
democratize democrat
democratized democrat
democratizing democrat
democrats democrat
demographic demograph
demographically demograph
demographics demograph
demographiques demographiqu
demography demographi
demolish
demolished demolish
demolishing demolish
demolition demolit
demon
demonetized demonet
demoniac
demonic demon
demonize demon
demonized demon
demonizing demon
demonologist
demons demon
demonstators demonst
demonstrable demonstr
demonstrably demonstr
demonstrate demonstr
demonstrated demonstr
demonstrates demonstr
demonstrating demonstr
demonstration demonstr
demonstrations demonstr
demonstratively demonstr
demonstrativeness demonstr
demonstratives demonstr
demonstrators demonstr
demoralization demor
demoralize demor
demoralized demor
demoralizes demor
demoralizing demor
demoted demot
demotion demot
demur
demure demur
demurred demur
demurrer demurr
demurs demur
demythologization demytholog
demythologize demytholog
demythologized demytholog
demythologizing demytholog
den
denationalization denation
denationalizations denation
denationalized denation
denial
denials denial
denied deni
denies deni
denigrate denigr
denigration denigr
denims denim
denizens denizen
denominated denomin
denomination denomin
denominational denomin
denominationally denomination
denominations denomin
denominator denomin
denominators denomin
denote denot
denoted denot
denotes denot
denoting denot
denouement
denounce denounc
denounced denounc
denounces denounc
denouncing denounc
dens den
dense dens
densely dens
densest
densities densiti
densitometry densitometri
density densiti
dent
dental
dented dent
denting dent
dentist
dentistry dentistri
dentists dentist
dents dent
dentures dentur
denuclearized denuclear
denude denud
denuded denud
denunciation denunci
denunciations denunci
deny deni
denyin
denying deni
deodorant deodor
deoxyribonucleic deoxyribonucl
depart
departed depart
departing depart
department depart
departmental department
departmentalizing department
departments depart
departs depart
departure departur
departures departur
depcreciation depcreci
depend
dependable depend
depended depend
dependence depend
dependency depend
dependent depend
dependents depend
depending depend
depends depend
depersonalization deperson
depersonalized deperson
depict
depicted depict
depicting depict
depiction depict
depictions depict
depicts depict
deplete deplet
depleted deplet
depletes deplet
depletion deplet
deplorable deplor
deplorably deplor
deplore deplor
deplored deplor
deplores deplor
deploring deplor
deploy deploi
deployable deploy
deployed deploi
deploying deploi
deployment deploy
deployments deploy
deport
deportation deport
deportations deport
deported deport
deportees deporte
depose depos
deposed depos
deposit
depositary depositari
deposited deposit
depositing deposit
deposition deposit
depositions deposit
depositor
depositors depositor
depository depositori
deposits deposit
depot
depots depot
depraved deprav
depravities deprav
depravity deprav
deprecatory deprecatori
depreciable depreci
depreciated depreci
depreciating depreci
depreciation depreci
depredations depred
depress
depressant depress
depressants depress
depressed depress
depresses depress
depressing depress
depressingly depressingli
depression depress
depressions depress
depressors depressor
deprivation depriv
deprivations depriv
deprive depriv
deprived depriv
deprives depriv
depriving depriv
deprogrammings deprogram
depth
depths depth
deputies deputi
deputized deput
deputy deputi
der
derail
derailed derail
derailing derail
derailments derail
deranged derang
derangement derang
deras dera
derby derbi
dere
deregulate deregul
deregulated deregul
deregulating deregul
deregulation deregul
deregulaton
derelict
dereliction derelict
derelicts derelict
deride derid
derided derid
derision deris
derisively deris
derivation deriv
derivations deriv
derivative deriv
derivatives deriv
derive deriv
derived deriv
derives deriv
deriving deriv
dermal
dermatological dermatolog
derogate derog
derogation derog
derogatory derogatori
derrick
derriere derrier
derring der
dervish
dervishes dervish
des de
descend
descendant descend
descendants descend
descended descend
descendent descend
descendents descend
descending descend
descends descend
descent
descents descent
describe describ
described describ
describes describ
describing describ
description descript
descriptions descript
descriptive descript
desecrated desecr
desecrates desecr
desecration desecr
desegregate desegreg
desegregated desegreg
desegregation desegreg
desensitized desensit
desert
deserted desert
desertification desertif
desertion desert
deserts desert
deserve deserv
deserved deserv
deserves deserv
deserving deserv
deshabille deshabil
design
designate design
designated design
designates design
designating design
designation design
designations design
designed design
designees designe
designer design
designers design
designing design
designs design
desirability desir
desirable desir
desire desir
desired desir
desires desir
desiring desir
desirous desir
desist
desisted desist
desk
desklegs deskleg
desks desk
desktop
desolate desol
desolation desol
desolations desol
despair
despaired despair
despairing despair
despairingly despairingli
despairs despair
despatch
despatched despatch
desperadoes desperado
desperate desper
desperately desper
desperation desper
despicable despic
despise despis
despised despis
despises despis
despite despit
despoiled despoil
despoilers despoil
despoiling despoil
despondency despond
despondent despond
despot
despotism despot
despots despot
despues despu
dessert
desserts dessert
dessier
destabilize destabil
destabilizes destabil
destabilizing destabil
destigmatization destigmat
destination destin
destinations destin
destined destin
destinies destini
destiny destini
destitute destitut
destroy destroi
destroyed destroi
destroyer destroy
destroyers destroy
destroying destroi
destroys destroi
destruction destruct
destructive destruct
desuetude desuetud
desulfurization desulfur
desultory desultori
desynchronizing desynchron
detach
detachable detach
detached detach
detachment detach
detail
detailed detail
detailing detail
details detail
detailsman
detain
detained detain
detaining detain
detect
detectable detect
detected detect
detecting detect
detection detect
detective detect
detectives detect
detector
detectors detector
detects detect
detente detent
detention detent
deter
deterence deter
detergency deterg
detergent deterg
detergents deterg
deteriorate deterior
deteriorated deterior
deteriorates deterior
deteriorating deterior
deterioration deterior
determinability determin
determinable determin
determinant determin
determinants determin
determinate determin
determination determin
determinations determin
determinative determin
determine determin
determined determin
determinedly determinedli
determines determin
determing determ
determining determin
determinism determin
deterministic determinist
deterrant deterr
deterred deter
deterrence deterr
deterrent deterr
deterrents deterr
deterring deter
deters deter
detest
detestable detest
detestation detest
detested detest
detests detest
dethroned dethron
detonate deton
detonated deton
detonating deton
detonation deton
detour
detoured detour
detours detour
detoxification detoxif
detoxify detoxifi
detract
detracted detract
detracting detract
detractor
detractors detractor
detracts detract
detribalize detrib
detriment
detrimental detriment
detriments detriment
deuterated deuter
deuterium
deutsche deutsch
deux
devaluation devalu
devaluations devalu
devalue devalu
devalued devalu
devastate devast
devastated devast
devastating devast
devastatingly devastatingli
devastation devast
develop
developed develop
developer develop
developers develop
developing develop
development develop
developmental development
developments develop
develops develop
deviance devianc
deviant
deviants deviant
deviate deviat
deviated deviat
deviates deviat
deviating deviat
deviation deviat
deviations deviat
device devic
devices devic
devil
devilish
devils devil
devious deviou
devise devis
devised devis
devisee devise
devises devis
devising devis
devlopments devlop
devoid
devote devot
devoted devot
devotedly devotedli
devotee devote
devotees devote
devotes devot
devoting devot
devotion devot
devotional devot
devotions devot
devour
devoured devour
devouring devour
devours devour
devout
devoutly devoutli
dew
dewars dewar
dewatering dewat
dewdrops dewdrop
deworm
dexamethasone dexamethason
dexterity dexter
dextrous dextrou
dey dei
dhow
di
diabetes diabet
diabetic diabet
diabetics diabet
diabolical diabol
diachronic diachron
diagnometer diagnomet
diagnosable diagnos
diagnose diagnos
diagnosed diagnos
diagnoses diagnos
diagnosing diagnos
diagnosis diagnosi
diagnostic diagnost
diagnosticians diagnostician
diagnostics diagnost
diagonal diagon
diagonalizable diagonaliz
diagonally diagon
diagonals diagon
diagram
diagrammed diagram
diagramming diagram
diagrams diagram
dial
dialect
dialectic dialect
dialectical dialect
dialectically dialect
dialectics dialect
dialects dialect
dialed dial
dialing dial
dialogue dialogu
dialogues dialogu
dials dial
dialysis dialysi
dialyzed dialyz
diam
diameter diamet
diameters diamet
diametrically diametr
diamond
diamonds diamond
diaper
diapers diaper
diaphanous diaphan
diaphragm
diaphragmic diaphragm
diaphragms diaphragm
diapiace diapiac
diaries diari
diarrhea
diarrhoea
diary diari
diathermy diathermi
diathesis diathesi
diatomic diatom
diatoms diatom
diatribe diatrib
diazepam
dibenzofurans dibenzofuran
dibs dib
dicate dicat
dice
dicendi
dichondra
dichotomy dichotomi
dicker
dickered dicker
dickering dicker
dicks dick
diclosed diclos
dictate dictat
dictated dictat
dictates dictat
dictating dictat
dictation dictat
dictator dictat
dictatorial dictatori
dictators dictat
dictatorship
dictatorships dictatorship
diction
dictionaries dictionari
dictionary dictionari
dictum
did
didactic didact
diddle diddl
diddling diddl
dideoxyinosine dideoxyinosin
didn
die
died di
diehard
diehards diehard
diem
dies di
diesel
diesels diesel
diet
dietary dietari
dieters dieter
diethylaminoethyl
diethylstilbestrol
dieting diet
diets diet
diety dieti
differ
differed differ
difference differ
differences differ
different differ
differentiability differenti
differentiable differenti
differential differenti
differentials differenti
differentiate differenti
differentiated differenti
differentiates differenti
differentiating differenti
differentiation differenti
differently differ
differing differ
differs differ
difficile difficil
difficult
difficulties difficulti
difficulty difficulti
diffidence diffid
diffraction diffract
diffrunce diffrunc
diffuse diffus
diffused diffus
diffusely diffus
diffusers diffus
diffuses diffus
diffusing diffus
diffusion diffus
dig
digest
digested digest
digestibility digest
digestible digest
digesting digest
digestion digest
digestive digest
digger
diggers digger
digging dig
digit
digital digit
digitalis digitali
digitalization digit
digitalized digit
digitizes digit
digits digit
dignified dignifi
dignifies dignifi
dignify dignifi
dignitaries dignitari
dignity digniti
digress
digressions digress
digs dig
diisocyanate diisocyan
dike
diktat
dilapidated dilapid
dilatation dilat
dilate dilat
dilated dilat
dilates dilat
dilating dilat
dilation dilat
dilemma
dilemmas dilemma
dilettante dilettant
diligence dilig
diligent dilig
diligently dilig
dill
diluents diluent
dilute dilut
diluted dilut
dilutes dilut
diluting dilut
dilution dilut
dilutive dilut
dim
dime
dimension dimens
dimensional dimension
dimensionally dimension
dimensioning dimens
dimensions dimens
dimers dimer
dimes dime
dimesize dimes
dimethylglyoxime dimethylglyoxim
diming dime
diminish
diminished diminish
diminishes diminish
diminishing diminish
diminution diminut
diminutive diminut
dimly dimli
dimmed dim
dimmer
dimming dim
dimwits dimwit
dimwitted dimwit
din
dine
dined dine
diner
diners diner
dines dine
dinghy dinghi
dingo
dingy dingi
dining dine
dinkiest
dinner
dinners dinner
dinnertime dinnertim
dinnerware dinnerwar
dinosaur
dinosaurs dinosaur
diocesan
diocese dioces
dioceses dioces
diocs dioc
diorah
dioramas diorama
dioxalate dioxal
dioxide dioxid
dioxin
dioxins dioxin
dip
diphosphopyridine diphosphopyridin
diphtheria
diploma
diplomacy diplomaci
diplomas diploma
diplomat
diplomatic diplomat
diplomatically diplomat
diplomats diplomat
dipole dipol
dipoles dipol
dipotassium
dipped dip
dipper
dipping dip
dippy dippi
dips dip
dire
direct
directed direct
directing direct
direction direct
directional direct
directionally direction
directionless
directionlessness directionless
directions direct
directive direct
directives direct
directivity direct
directly directli
directmail
directness direct
director
directorate director
directorial directori
directories directori
directors director
directorship
directory directori
directrices directric
directs direct
dirge dirg
dirhams dirham
dirt
dirtier
dirtiest
dirty dirti
disabilities disabl
disability disabl
disable disabl
disabled disabl
disabling disabl
disabuse disabus
disadvantage disadvantag
disadvantaged disadvantag
disadvantageous disadvantag
disadvantages disadvantag
disaffected disaffect
disaffection disaffect
disaffiliate disaffili
disaffiliated disaffili
disaffiliation disaffili
disagree disagre
disagreeable disagre
disagreed disagre
disagreement disagr
disagreements disagr
disagrees disagre
disallow
disallowance disallow
disallowed disallow
disappear
disappearance disappear
disappearances disappear
disappeared disappear
disappearing disappear
disappears disappear
disappoint
disappointed disappoint
disappointing disappoint
disappointingly disappointingli
disappointment disappoint
disappointments disappoint
disappoints disappoint
disapprobation disapprob
disapproval disapprov
disapprove disapprov
disapproved disapprov
disapproves disapprov
disapproving disapprov
disapprovingly disapprovingli
disarm
disarmament disarma
disarmed disarm
disarming disarm
disarmingly disarmingli
disarranged disarrang
disarray disarrai
disassemble disassembl
disassembled disassembl
disassembly disassembl
disassociate disassoci
disassociated disassoci
disaster disast
disasters disast
disastrous disastr
disastrously disastr
disavowed disavow
disband
disbanded disband
disbanding disband
disbelief
disbelieve disbeliev
disbelieved disbeliev
disbelieves disbeliev
disbelieving disbeliev
disburden
disbursed disburs
disbursement disburs
disbursements disburs
disburses disburs
disbursesments disburses
disc
discard
discarded discard
discern
discernable discern
discerned discern
discernible discern
discerning discern
discernment discern
discerns discern
discharge discharg
discharged discharg
discharges discharg
discharging discharg
discimination discimin
disciple discipl
disciples discipl
discipleship
disciplinary disciplinari
discipline disciplin
disciplined disciplin
disciplines disciplin
disciplining disciplin
disclaimed disclaim
disclaimer disclaim
disclaimers disclaim
disclaims disclaim
disclose disclos
disclosed disclos
discloses disclos
disclosing disclos
disclosure disclosur
disclosures disclosur
disco
discography discographi
discoid
discolored discolor
discolors discolor
discombobulation discombobul
discomfit
discomfited discomfit
discomfort
disconcert
disconcerting disconcert
disconcertingly disconcertingli
disconnect
disconnected disconnect
disconnecting disconnect
discontent discont
discontented discont
discontinuance discontinu
discontinuation discontinu
discontinue discontinu
discontinued discontinu
discontinuing discontinu
discontinuity discontinu
discontinuous discontinu
discord
discordant discord
discordantly discordantli
discorporate discorpor
discorporated discorpor
discos disco
discotheque discothequ
discotheques discothequ
discount
discounted discount
discounter discount
discounters discount
discounting discount
discounts discount
discourage discourag
discouraged discourag
discouragement discourag
discourages discourag
discouraging discourag
discourse discours
discourses discours
discourteous discourt
discover discov
discovered discov
discoverer discover
discoveries discoveri
discovering discov
discovers discov
discovery discoveri
discredit
discredited discredit
discrediting discredit
discreet
discreetly discreetli
discrepancies discrep
discrepancy discrep
discrepencies discrep
discrepency discrep
discrete discret
discretion discret
discretionary discretionari
discriminate discrimin
discriminated discrimin
discriminates discrimin
discriminating discrimin
discrimination discrimin
discriminatory discriminatori
discs disc
discursive discurs
discursiveness discurs
discus discu
discuss
discussant discuss
discussed discuss
discusses discuss
discussing discuss
discussion discuss
discussions discuss
disdain
disdained disdain
disdainful disdain
disdainfully disdainfulli
disdaining disdain
disdains disdain
disease diseas
diseased diseas
diseases diseas
disembark
disembarked disembark
disembarking disembark
disembodied disembodi
disenchanted disench
disenfranchised disenfranchis
disenfranchisement disenfranchis
disengage disengag
disengaged disengag
disengagement disengag
disentangle disentangl
disentangling disentangl
disfavor
disfavored disfavor
disfigured disfigur
disgorge disgorg
disgorgement disgorg
disgrace disgrac
disgraced disgrac
disgraceful disgrac
disgruntled disgruntl
disguise disguis
disguised disguis
disguises disguis
disgust
disgusted disgust
disgusting disgust
dish
disharmony disharmoni
dishearten
disheartened dishearten
disheartening dishearten
dished dish
dishes dish
disheveled dishevel
dishing dish
dishonest
dishonestly dishonestli
dishonesty dishonesti
dishonor
dishonorable dishonor
dishonored dishonor
dishonouring dishonour
dishwasher dishwash
dishwashers dishwash
dishwater dishwat
disillusioned disillus
disillusioning disillus
disillusionment disillusion
disincentive disincent
disincentives disincent
disinclination disinclin
disinclined disinclin
disinfectant disinfect
disinfectants disinfect
disinfected disinfect
disinflation disinfl
disinflationary disinflationari
disingenuous disingenu
disintegrate disintegr
disintegrated disintegr
disintegrating disintegr
disintegration disintegr
disintegrative disintegr
disinterest
disinterested disinterest
disinterred disint
disjointed disjoint
disk
diskette diskett
diskettes diskett
disking disk
disks disk
dislike dislik
disliked dislik
dislikes dislik
disliking dislik
dislocated disloc
dislocation disloc
dislocations disloc
dislodge dislodg
dislodged dislodg
disloyal disloy
disloyalty disloyalti
dismal
dismally dismal
dismantle dismantl
dismantled dismantl
dismantles dismantl
dismantling dismantl
dismay dismai
dismayed dismai
dismaying dismai
dismember dismemb
dismembered dismemb
dismembering dismemb
dismemberment dismember
dismiss
dismissal dismiss
dismissed dismiss
dismisses dismiss
dismissing dismiss
dismounted dismount
dismounting dismount
dismounts dismount
disobedience disobedi
disobedient disobedi
disobey disobei
disobeyed disobei
disobeying disobei
disorder disord
disordered disord
disorderliness disorderli
disorderly disorderli
disorders disord
disorganization disorgan
disorganized disorgan
disoriented disori
disown
disowned disown
disparage disparag
disparaged disparag
disparagement disparag
disparaging disparag
disparate dispar
disparities dispar
disparity dispar
dispassionate dispassion
dispassionately dispassion
dispatch
dispatched dispatch
dispatchers dispatch
dispatches dispatch
dispatching dispatch
dispel
dispell dispel
dispelled dispel
dispensable dispens
dispensary dispensari
dispensation dispens
dispense dispens
dispensed dispens
dispenser dispens
dispensers dispens
dispenses dispens
dispensing dispens
dispersal dispers
dispersant dispers
dispersants dispers
disperse dispers
dispersed dispers
dispersement dispers
dispersing dispers
dispersion dispers
displace displac
displaced displac
displacement displac
displaces displac
displacing displac
display displai
displayed displai
displaying displai
displays displai
displeased displeas
displeases displeas
displeasure displeasur
disposable dispos
disposables dispos
disposal dispos
disposals dispos
dispose dispos
disposed dispos
disposes dispos
disposing dispos
disposition disposit
dispositions disposit
dispossessed dispossess
dispossession dispossess
disppointed disppoint
disproportionally disproportion
disproportionate disproportion
disproportionately disproportion
disprove disprov
disproving disprov
disputable disput
dispute disput
disputed disput
disputes disput
disqualification disqualif
disqualified disqualifi
disqualify disqualifi
disquiet
disquieting disquiet
disquietude disquietud
disquisition disquisit
disregard
disregarded disregard
disregarding disregard
disrepair
disreputable disreput
disrepute disreput
disrespect
disrobe disrob
disrupt
disrupted disrupt
disrupting disrupt
disruption disrupt
disruptions disrupt
disruptive disrupt
disrupts disrupt
dissatisfaction dissatisfact
dissatisfactions dissatisfact
dissatisfied dissatisfi
dissected dissect
dissecting dissect
dissection dissect
dissects dissect
dissembling dissembl
disseminate dissemin
disseminated dissemin
disseminates dissemin
disseminating dissemin
dissemination dissemin
dissension dissens
dissensions dissens
dissent
dissented dissent
dissenter dissent
dissenters dissent
dissenting dissent
dissents dissent
disseration disser
disservice disservic
dissident dissid
dissidents dissid
dissimilar
dissimiliar
dissimulation dissimul
dissipate dissip
dissipated dissip
dissipates dissip
dissipating dissip
dissociate dissoci
dissociated dissoci
dissociates dissoci
dissociating dissoci
dissociation dissoci
dissolution dissolut
dissolutions dissolut
dissolve dissolv
dissolved dissolv
dissolves dissolv
dissolving dissolv
dissonance disson
dissonances disson
dissuade dissuad
dissuaded dissuad
distal
distance distanc
distances distanc
distancing distanc
distant
distantly distantli
distaste distast
distasteful distast
distastefully distastefulli
distate distat
distension distens
distil
distillates distil
distillation distil
distilled distil
distiller distil
distilleries distilleri
distillers distil
distillery distilleri
distilling distil
distills distil
distinct
distinction distinct
distinctions distinct
distinctive distinct
distinctively distinct
distinctiveness distinct
distinctly distinctli
distinguish
distinguishable distinguish
distinguished distinguish
distinguishes distinguish
distinguishing distinguish
distort
distortable distort
distorted distort
distorting distort
distortion distort
distortions distort
distorts distort
distract
distracted distract
distractedly distractedli
distracting distract
distraction distract
distractions distract
distraught
distress
distressed distress
distresses distress
distressing distress
distressingly distressingli
distributable distribut
distribute distribut
distributed distribut
distributer distribut
distributes distribut
distributing distribut
distribution distribut
distributions distribut
distributive distribut
distributor
distributors distributor
distributorship
district
districting district
districts district
distrubition distrubit
distrust
distrusted distrust
distrusts distrust
disturb
disturbance disturb
disturbances disturb
disturbed disturb
disturber disturb
disturbing disturb
disturbingly disturbingli
disturbs disturb
disulfide disulfid
disunion
disunited disunit
disunity disun
disused disus
ditch
ditched ditch
ditcher
ditches ditch
dites dite
dither
dithering dither
dithers dither
ditties ditti
ditto
ditty ditti
diuretic diuret
diuretics diuret
diurnal
diva
divan
divans divan
dive
dived dive
diver
diverge diverg
divergence diverg
divergent diverg
diverging diverg
divers diver
diverse divers
diversifed diversif
diversification diversif
diversifications diversif
diversified diversifi
diversify diversifi
diversifying diversifi
diversion divers
diversionary diversionari
diversions divers
diversities divers
diversity divers
divert
diverted divert
diverticulitis diverticul
divertimento
diverting divert
dives dive
divest
divested divest
divesting divest
divestiture divestitur
divestitures divestitur
divestment divest
divide divid
divided divid
dividend
dividends dividend
divider divid
divides divid
dividing divid
divination divin
divine divin
divinely divin
diving dive
divining divin
divinities divin
divinity divin
divisible divis
division divis
divisional division
divisions divis
divisive divis
divisiveness divis
divorce divorc
divorced divorc
divorcee divorce
divorces divorc
divulge divulg
divulging divulg
divvied divvi
divvying divvi
dizzily dizzili
dizziness dizzi
dizzy dizzi
dizzying dizzi
do
doable doabl
doan
doble dobl
doc
docile docil
docilely docil
dock
docked dock
docket
docketed docket
dockets docket
docks dock
dockside docksid
dockworkers dockwork
dockyards dockyard
docters docter
doctor
doctoral doctor
doctorate doctor
doctorates doctor
doctored doctor
doctoring doctor
doctors doctor
doctrinaire doctrinair
doctrinal doctrin
doctrinally doctrin
doctrine doctrin
doctrines doctrin
docudrama
docudramas docudrama
document
documentaries documentari
documentary documentari
documentation document
documented document
documenting document
documents document
docutainment docutain
doddering dodder
dodge dodg
dodged dodg
dodging dodg
doe
doer
doers doer
does doe
doffing dof
dog
dogcatcher dogcatch
dogfight
dogged dog
doggedly doggedli
doggerel
doggie doggi
dogging dog
doggone doggon
doghouse doghous
dogleg
dogma
dogmas dogma
dogmatic dogmat
dogmatically dogmat
dogmatism dogmat
dogs dog
dogtrot
dogwood
doi
doin
doing do
doings do
dolce dolc
doldrums doldrum
dole
doled dole
doleful dole
doles dole
doling dole
doll
dollar
dollarette dollarett
dollars dollar
dolledup
dollies dolli
dollop
dollops dollop
dolls doll
dolphin
dolphins dolphin
dolt
doltish
domain
domains domain
dome
domed dome
domes dome
domestic domest
domestically domest
domesticates domest
domesticity domest
domi
domicile domicil
domiciled domicil
dominance domin
dominant domin
dominantly dominantli
dominate domin
dominated domin
dominates domin
dominating domin
domination domin
domineering domin
dominion
domino
dominoes domino
domponents dompon
don
donate donat
donated donat
donates donat
donating donat
donation donat
donations donat
done
donkey donkei
donkeys donkei
donna
donned don
donning don
donnybrook
donor
donors donor
dons don
donut
doo
doodads doodad
doom
doomed doom
dooming doom
dooms doom
doomsayer doomsay
doomsayers doomsay
doomsday doomsdai
door
doorbell doorbel
doorkeeper doorkeep
doorknob
doorman
doormen
doors door
doorstep
doorway doorwai
doorways doorwai
dope
doped dope
doper
dorm
dormant
dormitories dormitori
dormitory dormitori
dosage dosag
dosages dosag
dose
dosed dose
doses dose
dossier
dossiers dossier
dost
dot
doted dote
doth
doting dote
dots dot
dotted dot
dotting dot
double doubl
doubled doubl
doubleheader doublehead
doubles doubl
doubling doubl
doubloon
doubly doubli
doubt
doubte doubt
doubted doubt
doubter
doubters doubter
doubtful doubt
doubtfully doubtfulli
doubting doubt
doubtingly doubtingli
doubtless
doubtlessly doubtlessli
doubts doubt
dough
doughnut
doughty doughti
dour
dourly dourli
douse dous
doused dous
dove
doves dove
dovetail
dovetails dovetail
dovish
dowdy dowdi
dowel
doweling dowel
dower
down
downbeat
downcast
downdraft
downed down
downer
downfall downfal
downgrade downgrad
downgraded downgrad
downgrades downgrad
downgrading downgrad
downgradings downgrad
downhill downhil
downing down
downpayment downpay
downpayments downpay
downplay downplai
downplayed downplai
downplaying downplai
downplays downplai
downpour
downright
downs down
downshoot
downside downsid
downsize downsiz
downsized downsiz
downsizing downsiz
downstairs downstair
downstream
downtalking downtalk
downtime downtim
downtown
downtrend
downtrodden
downturn
downturns downturn
downward
downwind
dowry dowri
doxepin
dozed doze
dozens dozen
dozing doze
drab
drachma
drachmas drachma
draconian
draft
drafted draft
draftee drafte
draftees drafte
drafters drafter
drafting draft
drafts draft
draftsmen
drafty drafti
drag
dragged drag
dragger
dragging drag
dragnet
dragon
dragons dragon
dragoon
dragooned dragoon
drags drag
drahve drahv
drain
drainage drainag
drained drain
draining drain
drains drain
dram
drama
dramas drama
dramatic dramat
dramatical dramat
dramatically dramat
dramatics dramat
dramatist
dramatists dramatist
dramatization dramat
dramatizations dramat
dramatize dramat
dramatized dramat
dramatizes dramat
dramatizing dramat
drank
drape
draped drape
draper
draperies draperi
drapers draper
drapery draperi
drapes drape
draping drape
drastic
drastically drastic
draught
draughts draught
draughty draughti
draw
drawback
drawbacks drawback
drawbridge drawbridg
drawdown
drawer
drawers drawer
drawin
drawing draw
drawings draw
drawl
drawled drawl
drawling drawl
drawn
draws draw
dread
dreaded dread
dreadful dread
dreadfully dreadfulli
dreading dread
dream
dreamed dream
dreamer
dreamers dreamer
dreamin
dreaming dream
dreamless
dreamlessly dreamlessli
dreamlike dreamlik
dreams dream
dreamt
dreamy dreami
drearier
dreariness dreari
dreary dreari
dredged dredg
dredges dredg
dregs dreg
drenching drench
dress
dressed dress
dresser
dressers dresser
dresses dress
dressing dress
dressings dress
dressmaking dressmak
dressy dressi
drew
drewe drew
dribble dribbl
dribbled dribbl
dried dri
drier
driers drier
dries dri
drift
drifted drift
drifter
driftin
drifting drift
driftnet
drifts drift
driftwood
drill
drilled drill
drillers driller
drilling drill
drills drill
drink
drinkable drinkabl
drinker
drinkers drinker
drinking drink
drinks drink
drip
dripped drip
dripping drip
drips drip
drive
driven
driver
drivers driver
drives drive
driveway drivewai
driveways drivewai
driving drive
drizzle drizzl
drizzling drizzl
drizzly drizzli
dromozoa
dromozootic dromozoot
drone
drones drone
drooled drool
drooling drool
droop
drooped droop
drooping droop
drop
droped drope
droplets droplet
dropoff
dropoffs dropoff
dropout
dropouts dropout
droppable droppabl
dropped drop
dropper
droppers dropper
dropping drop
droppings drop
drops drop
dross
drought
droughts drought
drouth
drove
drover
drovers drover
droves drove
drown
drowned drown
drowning drown
drownings drown
drowns drown
drowsed drows
drowsily drowsili
drowsing drows
drowsy drowsi
drubbed drub
drubbing drub
drudgery drudgeri
drug
drugged drug
druggers drugger
druggies druggi
drugging drug
druggist
druggists druggist
drugless
drugs drug
drugstore drugstor
drugstores drugstor
drugtrafficking drugtraffick
drum
drumbeat
drumbeating drumbeat
drumlin
drummed drum
drummer
drummers drummer
drumming drum
drumroll drumrol
drums drum
drumsticks drumstick
druncke drunck
drunk
drunkard
drunkards drunkard
drunken
drunkenly drunkenli
drunkenness drunken
drunker
drunks drunk
druther
dry
dryer
dryin
drying dry
dryly dryli
dryness
drywall drywal
dthat
du
dual
dualism
dualities dualiti
dubbed dub
dubious dubiou
dubiously dubious
dubs dub
duces duce
duck
ducked duck
ducking duck
duckling duckl
ducklings duckl
ducks duck
duct
ducts duct
ductwork
dud
dudgeon
duds dud
due
duel
dueled duel
dueling duel
duels duel
dues due
duet
duets duet
duffel
duffer
duffers duffer
dug
dugout
duke
dulcet
dull
dulled dull
duller
dullest
dulling dull
dullish
dullness dull
dulls dull
dully dulli
duly duli
dumb
dumbbell dumbbel
dumbbells dumbbel
dumber
dumbest
dumbfounded dumbfound
dummies dummi
dummy dummi
dump
dumped dump
dumping dump
dumps dump
dumpster
dumpsters dumpster
dumpy dumpi
dun
dune
dunes dune
dung
dungarees dungare
dungeon
dungeons dungeon
dunk
dunked dunk
dunks dunk
duo
duodenal duoden
duopoly duopoli
duped dupe
dupes dupe
duplex
duplicable duplic
duplicate duplic
duplicated duplic
duplicates duplic
duplicating duplic
duplication duplic
duplications duplic
duplicative duplic
duplicity duplic
durability durabl
durable durabl
durables durabl
duration durat
durations durat
duress
durin
during dure
durn
dusk
dusky duski
dust
dustbin
dustbowl
dusted dust
dustin
dusting dust
dustjacket
dusts dust
dusty dusti
duties duti
dutiful duti
dutifully dutifulli
duty duti
dwarf
dwarfed dwarf
dwarfism
dwarfs dwarf
dwell
dwelled dwell
dweller
dwellers dweller
dwelling dwell
dwellings dwell
dwells dwell
dwelt
dwindle dwindl
dwindled dwindl
dwindles dwindl
dwindling dwindl
dye
dyed dy
dyeing dye
dyes dye
dying dy
dykes dyke
dynamic dynam
dynamical dynam
dynamically dynam
dynamics dynam
dynamism dynam
dynamite dynamit
dynamited dynamit
dynamo
dynamos dynamo
dynastic dynast
dynasties dynasti
dynasty dynasti
dynodes dynod
dysentery dysenteri
dysfunction dysfunct
dysgenic dysgen
dyslexia
dyspeptic dyspept
dysplasia
dystopia
dystopian
dystopias dystopia
dystrophy dystrophi
e
each
eager
eagerly eagerli
eagerness eager
eagle eagl
eagles eagl
ear
eardrums eardrum
eared ear
earful ear
earl
earlier
earliest
early earli
earmark
earmarked earmark
earmarking earmark
earn
earned earn
earner
earners earner
earnest
earnestly earnestli
earnestness earnest
earnigs earnig
earning earn
earnings earn
earns earn
earphone earphon
earphones earphon
earring ear
earrings ear
ears ear
earsplitting earsplit
earth
earthbound
earthenware earthenwar
earthlings earthl
earthly earthli
earthmoving earthmov
earthquake earthquak
earthquakes earthquak
earthshaking earthshak
earthworm
earthworms earthworm
earthy earthi
earworm
ease eas
eased eas
easel
easement
easements easement
eases eas
easier
easiest
easily easili
easing eas
east
eastern
eastward
easy easi
easygoing easygo
eat
eatable eatabl
eatables eatabl
eaten
eateries eateri
eaters eater
eatery eateri
eating eat
eatings eat
eats eat
eave eav
eavesdrop
eavesdropping eavesdrop
ebb
ebbed eb
ebbing eb
ebbs ebb
ebony eboni
ebullient ebulli
ebulliently ebulli
eccentric eccentr
eccentricities eccentr
eccentricity eccentr
eccentrics eccentr
ecclesiastical ecclesiast
echelon
echelons echelon
echo
echoed echo
echoes echo
echoing echo
eclairs eclair
eclat
eclectic eclect
eclectically eclect
eclipse eclips
eclipsed eclips
eclipses eclips
eclipsing eclips
ecliptic eclipt
ecological ecolog
ecologically ecolog
ecologists ecologist
ecology ecolog
econobox
econometric econometr
econometrics econometr
economic econom
economical econom
economically econom
economics econom
economies economi
economist
economists economist
economize econom
economizing econom
economy economi
ecstasy ecstasi
ecstatic ecstat
ecstatically ecstat
ectoplasmic ectoplasm
ecumenical ecumen
ecumenicists ecumenicist
ecumenist
ecumenists ecumenist
edema
edematous edemat
edentulous edentul
edge edg
edged edg
edges edg
edgewise edgewis
edginess edgi
edging edg
edgy edgi
edible edibl
edict
edifice edific
edified edifi
edifying edifi
edit
edited edit
editing edit
edition edit
editions edit
editor
editorial editori
editorialist
editorialists editorialist
editorialize editori
editorially editori
editorials editori
editors editor
editorship
edits edit
ednedayose ednedayos
educate educ
educated educ
educating educ
education educ
educational educ
educationalist
educations educ
educator educ
educators educ
educrats educrat
eduction educt
eel
eerie eeri
eerily eerili
eeriness eeri
effaces effac
effect
effecte effect
effected effect
effecting effect
effectinge effecting
effective effect
effectively effect
effectiveness effect
effects effect
effectual effectu
effectuate effectu
effeminate effemin
effete effet
efficacious efficaci
efficaciously efficaci
efficacy efficaci
efficiencies effici
efficiency effici
efficient effici
efficiently effici
effigy effigi
effloresce effloresc
effluent
effluents effluent
effluvium
effort
effortful effort
effortless
effortlessly effortlessli
efforts effort
effrontery effronteri
effusive effus
egalitarian
egalitarianism egalitarian
egg
egged eg
egghead
eggplants eggplant
eggs egg
eggshell eggshel
ego
egocentric egocentr
egos ego
egotism egot
egotist
egotistic egotist
egotistical egotist
egregious egregi
egregiously egregi
egrets egret
eh
eidetic eidet
eies ei
eightball eightbal
eighteenth
eighth
eighties eighti
ein
eine ein
either
ejaculated ejacul
eject
ejected eject
ejection eject
eke ek
eked ek
eking ek
elaborate elabor
elaborated elabor
elaborately elabor
elaborates elabor
elaborating elabor
elaboration elabor
elan
elapse elaps
elapsed elaps
elapses elaps
elastic elast
elasticity elast
elastomer elastom
elastomers elastom
elated elat
elation elat
elbow
elbowing elbow
elbows elbow
elder
elderly elderli
elders elder
eldest
elect
elected elect
electing elect
election elect
elections elect
elective elect
electives elect
electoral elector
electorate elector
electors elector
electric electr
electrical electr
electrically electr
electricals electr
electrician
electricians electrician
electricity electr
electrified electrifi
electrifying electrifi
electriques electriqu
electrocardiogram
electrocardiograph
electrochemicals electrochem
electrode electrod
electrodes electrod
electrodynamics electrodynam
electrogalvanized electrogalvan
electrogalvanizing electrogalvan
electroluminescence electroluminesc
electrolysis electrolysi
electrolytic electrolyt
electromagnet
electromagnetism electromagnet
electromagnets electromagnet
electromechanical electromechan
electron
electronic electron
electronically electron
electronics electron
electronography electronographi
electrons electron
electrophoresis electrophoresi
electrophorus electrophoru
electroplated electropl
electroplating electropl
electroreality electror
electroshock
electroshocks electroshock
electrostatic electrostat
electrosurgical electrosurg
electrotherapist
elects elect
elegance eleg
elegances eleg
elegant eleg
elegantly elegantli
elegiac
elegy elegi
element
elemental element
elementary elementari
elements element
elephant eleph
elephantine elephantin
elephants eleph
elevate elev
elevated elev
elevates elev
elevating elev
elevation elev
elevations elev
elevator elev
elevators elev
eleventh
elfin
elicit
elicited elicit
elicits elicit
elide elid
eligibility elig
eligible elig
eliminate elimin
eliminated elimin
eliminates elimin
eliminating elimin
elimination elimin
eliminations elimin
elite elit
elites elit
elitist
elitists elitist
elixir
elk
ell
ellipses ellips
ellipsis ellipsi
ellipsoid
ellipsoids ellipsoid
elliptical ellipt
elm
elms elm
elongate elong
elongated elong
elongation elong
eloped elop
eloquence eloqu
eloquent eloqu
eloquently eloqu
else els
elsewhere elsewher
elswehere elsweher
eluate eluat
eluates eluat
elucidated elucid
elucidation elucid
elucidations elucid
elucidative elucid
eluded elud
eludes elud
eluding elud
elusive elus
elusiveness elus
eluted elut
elution elut
em
emaciated emaci
emanated eman
emanating eman
emanation eman
emanations eman
emancipate emancip
emancipated emancip
emancipation emancip
emasculate emascul
emasculated emascul
emasculation emascul
embalmers embalm
embalming embalm
embankment embank
embargo
embargoed embargo
embargoes embargo
embargos embargo
embark
embarked embark
embarking embark
embarks embark
embarrass
embarrassed embarrass
embarrassing embarrass
embarrassingly embarrassingli
embarrassment embarrass
embarrassments embarrass
embassies embassi
embassy embassi
embattled embattl
embedded embed
embellish
embellished embellish
embezzle embezzl
embezzled embezzl
embezzlement embezzl
embezzler embezzl
embezzling embezzl
embittered embitt
emblazoned emblazon
emblem
emblematic emblemat
emblems emblem
embodied embodi
embodies embodi
embodiment embodi
embodiments embodi
embody embodi
embodying embodi
emboldened embolden
embolisms embol
embossed emboss
embouchure embouchur
embrace embrac
embraced embrac
embraces embrac
embracing embrac
embroider embroid
embroidered embroid
embroideries embroideri
embroidery embroideri
embroiled embroil
embryo
embryonic embryon
embryos embryo
emcee emce
emerald
emeralds emerald
emerge emerg
emerged emerg
emergence emerg
emergencies emerg
emergency emerg
emergent emerg
emerges emerg
emerging emerg
emeriti emer
emeritus emeritu
emigrants emigr
emigrate emigr
emigrated emigr
emigrating emigr
emigration emigr
emigrations emigr
emigre emigr
emigres emigr
eminence emin
eminences emin
eminent emin
eminently emin
emissaries emissari
emissary emissari
emission emiss
emissions emiss
emit
emits emit
emitted emit
emitting emit
emote emot
emoted emot
emotion emot
emotional emot
emotionalism emotion
emotionality emotion
emotionally emotion
emotions emot
empathetic empathet
empathize empath
empathy empathi
emperor
emperors emperor
emphases emphas
emphasis emphasi
emphasize emphas
emphasized emphas
emphasizes emphas
emphasizing emphas
emphatic emphat
emphatically emphat
emphaticize emphatic
emphysema
emphysematous emphysemat
empire empir
empires empir
empirical empir
empirically empir
empiricism empiric
employ emploi
employe employ
employed emploi
employee employe
employees employe
employer employ
employerpaid
employers employ
employes employ
employing emploi
employment employ
employments employ
employs emploi
empower empow
empowered empow
empowering empow
empowerment empower
empowers empow
emptied empti
emptier
empties empti
emptiness empti
empty empti
emptying empti
emulate emul
emulated emul
emulating emul
emulator emul
emulsified emulsifi
emulsifiers emulsifi
emulsion emuls
en
enable enabl
enabled enabl
enables enabl
enabling enabl
enact
enacted enact
enacting enact
enactment enact
enactments enact
enacts enact
enamel
enameling enamel
enamelled enamel
enamels enamel
enamored enamor
encamp
encamped encamp
encampment encamp
encapsulate encapsul
encased encas
encasing encas
encephalitis enceph
encephalographic encephalograph
enchained enchain
enchant
enchanted enchant
enchanting enchant
enchantingly enchantingli
enchantment enchant
enciphered enciph
encircle encircl
encircled encircl
encircles encircl
encircling encircl
enclave enclav
enclaves enclav
enclosed enclos
encloses enclos
enclosing enclos
enclosure enclosur
enclosures enclosur
encoded encod
encoder encod
encomiums encomium
encompass
encompassed encompass
encompasses encompass
encompassing encompass
encore encor
encores encor
encounter encount
encountered encount
encountering encount
encounters encount
encourage encourag
encouraged encourag
encouragement encourag
encourages encourag
encouraging encourag
encouragingly encouragingli
encroach
encroached encroach
encroaching encroach
encroachment encroach
encrusted encrust
encrypting encrypt
encumber encumb
encumbered encumb
encumbrance encumbr
encumbrances encumbr
encyclopedia
encyclopedias encyclopedia
encyclopedic encycloped
encylopedia
end
endanger endang
endangered endang
endangering endang
endangerment endanger
endeared endear
endearing endear
endearment endear
endearments endear
endeavor
endeavored endeavor
endeavoring endeavor
endeavors endeavor
endeavour
endeavours endeavour
ended end
endemic endem
endevor
ending end
endings end
endless
endlessly endlessli
endocrine endocrin
endocrinologists endocrinologist
endogamous endogam
endogamy endogami
endogenous endogen
endometriosis endometriosi
endorse endors
endorsed endors
endorsement endors
endorsements endors
endorsers endors
endorses endors
endorsing endors
endosperm
endothelial endotheli
endothermic endotherm
endotoxin
endotoxins endotoxin
endow
endowed endow
endowment endow
endowments endow
endows endow
endpoints endpoint
endrocrine endrocrin
ends end
endurable endur
endurance endur
endure endur
endured endur
endures endur
enduring endur
enduringly enduringli
enemies enemi
enemy enemi
energetic energet
energetically energet
energies energi
energize energ
energized energ
energizes energ
energizing energ
energy energi
enervating enerv
enervation enerv
enfant
enflamed enflam
enforce enforc
enforceable enforc
enforced enforc
enforcement enforc
enforcer enforc
enforcers enforc
enforces enforc
enforcing enforc
engage engag
engaged engag
engagement engag
engagements engag
engages engag
engaging engag
engagingly engagingli
engender engend
engendered engend
engenders engend
engine engin
engineer engin
engineered engin
engineering engin
engineers engin
engineless
engines engin
engorged engorg
engorgement engorg
engrave engrav
engraved engrav
engraver engrav
engraves engrav
engraving engrav
engravings engrav
engrossed engross
engrossing engross
engulf
engulfed engulf
engulfing engulf
engulfs engulf
enhance enhanc
enhanced enhanc
enhancement enhanc
enhancements enhanc
enhances enhanc
enhancing enhanc
enigma
enigmatic enigmat
enjoin
enjoinder enjoind
enjoined enjoin
enjoining enjoin
enjoy enjoi
enjoyable enjoy
enjoyed enjoi
enjoying enjoi
enjoyment enjoy
enjoys enjoi
enlargd
enlarge enlarg
enlarged enlarg
enlargement enlarg
enlargements enlarg
enlargers enlarg
enlarges enlarg
enlarging enlarg
enlighten
enlightened enlighten
enlightening enlighten
enlightenment enlighten
enlist
enlisted enlist
enlisting enlist
enlistment enlist
enlists enlist
enliven
enlivened enliven
enlivening enliven
enmeshed enmesh
enmities enmiti
enmity enmiti
ennui
ennumerated ennumer
enny enni
enormity enorm
enormous enorm
enormously enorm
enough
enoxacin
enquetes enquet
enquired enquir
enrage enrag
enraged enrag
enraptured enraptur
enrich
enriched enrich
enriches enrich
enriching enrich
enrichment enrich
enroll enrol
enrolled enrol
enrollees enrolle
enrolling enrol
enrollment enrol
enrollments enrol
enroute enrout
ensconced ensconc
ensemble ensembl
ensembles ensembl
enshrined enshrin
enshrouding enshroud
enshrouds enshroud
enslave enslav
enslaved enslav
enslavement enslav
enslaving enslav
ensnare ensnar
ensnared ensnar
ensnarled ensnarl
ensue ensu
ensued ensu
ensues ensu
ensuing ensu
ensure ensur
ensured ensur
ensures ensur
ensuring ensur
entail
entailed entail
entailing entail
entails entail
entangled entangl
entanglement entangl
entanglements entangl
enter
entered enter
entering enter
enterotoxemia
enterprise enterpris
enterprises enterpris
enterprising enterpris
enterprisingly enterprisingli
enters enter
entertain
entertained entertain
entertainer entertain
entertainers entertain
entertaining entertain
entertainment entertain
entertainments entertain
entertains entertain
enterteyned enterteyn
enthalpy enthalpi
enthralled enthral
enthralling enthral
enthrones enthron
enthuses enthus
enthusiam
enthusiasm
enthusiasms enthusiasm
enthusiast
enthusiastic enthusiast
enthusiastically enthusiast
enthusiasts enthusiast
entice entic
enticed entic
enticements entic
enticing entic
enticingly enticingli
entire entir
entirely entir
entirety entireti
entities entiti
entitle entitl
entitled entitl
entitlement entitl
entitlements entitl
entitles entitl
entitling entitl
entity entiti
entombed entomb
entomologist
entourage entourag
entractes entract
entrance entranc
entranced entranc
entrances entranc
entranceway entrancewai
entrant
entrants entrant
entrapment entrap
entre entr
entreat
entreated entreat
entreaties entreati
entree entre
entrench
entrenched entrench
entrenchment entrench
entrepreneur
entrepreneurial entrepreneuri
entrepreneurism entrepreneur
entrepreneurs entrepreneur
entrepreneurship
entries entri
entropy entropi
entrust
entrusted entrust
entrusting entrust
entry entri
entwined entwin
enumerated enumer
enumeration enumer
enunciate enunci
enunciated enunci
enunciating enunci
enunciation enunci
envelope envelop
enveloped envelop
envelopes envelop
enveloping envelop
envenomed envenom
enviable enviabl
enviably enviabl
envied envi
envious enviou
enviously envious
enviroment enviro
environing environ
environment environ
environmental environment
environmentalism environment
environmentalist
environmentalists environmentalist
environmentally environment
environments environ
environs environ
envisage envisag
envisaged envisag
envisages envisag
envision envis
envisioned envis
envisioning envis
envisions envis
envoy envoi
envoys envoi
envy envi
enzymatic enzymat
enzyme enzym
enzymes enzym
eons eon
eosinophilic eosinophil
epaulets epaulet
ephemeral ephemer
epic
epicenter epicent
epics epic
epicure epicur
epicurean
epicycle epicycl
epicycles epicycl
epicyclical epicycl
epicyclically epicycl
epidemic epidem
epidemics epidem
epidemiologic epidemiolog
epidemiological epidemiolog
epidemiologist
epidemiologists epidemiologist
epidermis epidermi
epigenetic epigenet
epigrammatic epigrammat
epigrams epigram
epigraph
epilepsy epilepsi
epileptic epilept
epileptics epilept
epilogue epilogu
epiphany epiphani
epiphysis epiphysi
episode episod
episodes episod
episodic episod
epistemology epistemolog
epistolatory epistolatori
epitaph
epithet
epithets epithet
epitome epitom
epitomize epitom
epitomized epitom
epitomizes epitom
epoch
epochal epoch
epoxy epoxi
epsiode epsiod
epsom
equal
equaled equal
equaling equal
equality equal
equalization equal
equalize equal
equalizer equal
equalizers equal
equalizing equal
equalled equal
equally equal
equals equal
equanimity equanim
equate equat
equated equat
equates equat
equating equat
equation equat
equations equat
equator equat
equatorial equatori
equestrian
equestrians equestrian
equidistant equidist
equidistantly equidistantli
equilibrated equilibr
equilibrium
equilibriums equilibrium
equiment
equine equin
equines equin
equip
equipment equip
equipotent equipot
equipped equip
equipping equip
equips equip
equitable equit
equitably equit
equities equiti
equity equiti
equityholders equityhold
equivalence equival
equivalent equival
equivalents equival
equivocal equivoc
equivocating equivoc
er
era
eradicate erad
eradicated erad
eradicating erad
eradication erad
eras era
erasable eras
erase eras
erased eras
eraser eras
erasers eras
erases eras
erasing eras
erasures erasur
erawhere erawher
ere er
erect
erected erect
erecting erect
erection erect
erects erect
erembal eremb
ergonomics ergonom
ergotropic ergotrop
erned ern
erode erod
eroded erod
erodes erod
eroding erod
eromonga
erosion eros
erotic erot
erotica
erotically erot
err
errand
errant
errata
erratic errat
erratically errat
erred er
erroneous erron
erroneously erron
error
errors error
errs err
ersatz
erstwhile erstwhil
erudite erudit
erudition erudit
erupt
erupted erupt
erupting erupt
eruption erupt
erupts erupt
erysipelas erysipela
erythroid
erythropoietin
escalate escal
escalated escal
escalating escal
escalation escal
escalators escal
escapade escapad
escapades escapad
escape escap
escaped escap
escapees escape
escapes escap
escaping escap
escapist
escheat
eschew
eschewed eschew
eschewing eschew
eschews eschew
escort
escorted escort
escorting escort
escorts escort
escritoire escritoir
escrow
escrowed escrow
escudo
escutcheon
escutcheons escutcheon
esophagus esophagu
esoteric esoter
esoterica
especially especi
espionage espionag
esplanade esplanad
espousal espous
espouse espous
espoused espous
espouses espous
espousing espous
espresso
esprit
essay essai
essayed essai
essayish
essayist
essayists essayist
essays essai
esse ess
essence essenc
essences essenc
essential essenti
essentially essenti
essentials essenti
est
establish
established establish
establishes establish
establishing establish
establishment establish
establishments establish
establshed establsh
estancia
estancias estancia
estanciero
estancieros estanciero
estate estat
estates estat
esteem
esteemed esteem
esterases esteras
esters ester
esthetic esthet
esthetics esthet
estimable estim
estimate estim
estimated estim
estimates estim
estimating estim
estimation estim
estimators estim
estragole estragol
estranged estrang
estrangement estrang
estranging estrang
estrogen
estuarian
estuaries estuari
estuary estuari
et
etc
etcetera
etch
etched etch
etching etch
eternal etern
eternally etern
eternity etern
etes et
ethane ethan
ethanol
ether
ethereal ether
ethers ether
ethic
ethical ethic
ethically ethic
ethicist
ethicists ethicist
ethics ethic
ethnic
ethnically ethnic
ethnicity ethnic
ethnography ethnographi
ethos etho
ethyl
ethylene ethylen
etiquette etiquett
etymological etymolog
etymology etymolog
eucalyptus eucalyptu
eugenic eugen
eulogize eulog
eulogized eulog
eulogizers eulog
eulogy eulogi
euphemism euphem
euphemisms euphem
euphoria
euphoric euphor
eutectic eutect
eva
evacuant evacu
evacuate evacu
evacuated evacu
evacuation evacu
evade evad
evaded evad
evader evad
evaders evad
evades evad
evading evad
evaluate evalu
evaluated evalu
evaluates evalu
evaluating evalu
evaluation evalu
evaluations evalu
evaluative evalu
evangelical evangel
evangelicals evangel
evangelism evangel
evangelist
evangelists evangelist
evaporate evapor
evaporated evapor
evaporates evapor
evaporation evapor
evaporative evapor
evasion evas
evasions evas
evasive evas
eve ev
even
evened even
evenhanded evenhand
evening even
evenings even
evenly evenli
evens even
evensong
event
eventful event
eventfully eventfulli
events event
eventshahleh
eventual eventu
eventualities eventu
eventuality eventu
eventually eventu
eventuate eventu
evenutally evenut
ever
evergreen
evergreens evergreen
everlasting everlast
everlastingly everlastingli
evermounting evermount
eversteadier eversteadi
every everi
everybody everybodi
everyday everydai
everyone everyon
everything everyth
everywhere everywher
evict
evicted evict
evicting evict
evidence evid
evidenced evidenc
evidences evid
evidencing evidenc
evident evid
evidential evidenti
evidently evid
evil
evildoers evildo
evils evil
evinced evinc
eviscerate eviscer
eviscerating eviscer
evocation evoc
evocations evoc
evocative evoc
evoke evok
evoked evok
evokes evok
evoking evok
evolution evolut
evolutionary evolutionari
evolutionists evolutionist
evolve evolv
evolved evolv
evolves evolv
evolving evolv
ex
exacerbate exacerb
exacerbated exacerb
exacerbates exacerb
exacerbating exacerb
exacerbation exacerb
exacerbations exacerb
exachanges exachang
exact
exacted exact
exacting exact
exactly exactli
exacts exact
exaggerate exagger
exaggerated exagger
exaggerating exagger
exaggeration exagger
exaggerations exagger
exalt
exaltation exalt
exaltations exalt
exalted exalt
exalting exalt
exam
examiantion examiant
examination examin
examinations examin
examine examin
examined examin
examiner examin
examiners examin
examines examin
examinin
examining examin
example exampl
examples exampl
exams exam
exasperate exasper
exasperated exasper
exasperating exasper
exasperatingly exasperatingli
exasperation exasper
excavate excav
excavated excav
excavating excav
excavation excav
excavations excav
excavator excav
excavators excav
exceed exce
exceeded exceed
exceeding exceed
exceedingly exceedingli
exceeds exce
excel
excelled excel
excellence excel
excellences excel
excellent excel
excellently excel
excelling excel
excels excel
excelsin
excelsior
except
excepting except
exception except
exceptional except
exceptionally exception
exceptions except
excerpt
excerpts excerpt
excess
excesses excess
excessive excess
excessively excess
exchange exchang
exchangeable exchang
exchanged exchang
exchanger exchang
exchangers exchang
exchanges exchang
exchanging exchang
exchequer exchequ
excise excis
excised excis
excision excis
excitability excit
excitatory excitatori
excite excit
excited excit
excitedly excitedli
excitement excit
excitements excit
exciter excit
excites excit
exciting excit
exclaim
exclaimed exclaim
exclaiming exclaim
exclaims exclaim
exclamation exclam
exclamations exclam
exclude exclud
excluded exclud
excludes exclud
excluding exclud
exclusion exclus
exclusionary exclusionari
exclusions exclus
exclusive exclus
exclusively exclus
exclusiveness exclus
exclusivity exclus
excommunicated excommun
excorciate excorci
excoriate excori
excoriated excori
excoriating excori
excrement
excrete excret
excreted excret
excretion excret
excretory excretori
excruciating excruci
excrutiatingly excrutiatingli
excursion excurs
excursions excurs
excursus excursu
excusable excus
excuse excus
excused excus
excuses excus
excutives excut
exec
execs exec
execuitive execuit
execute execut
executed execut
executes execut
executing execut
execution execut
executioner execution
executions execut
executive execut
executives execut
executor
executors executor
exegesis exegesi
exemplar
exemplary exemplari
exemplified exemplifi
exemplifies exemplifi
exemplify exemplifi
exempt
exempted exempt
exempting exempt
exemption exempt
exemptions exempt
exempts exempt
exercisable exercis
exercise exercis
exercised exercis
exercises exercis
exercising exercis
exerpts exerpt
exert
exerted exert
exerting exert
exertion exert
exertions exert
exerts exert
exeuctive exeuct
exhaled exhal
exhaling exhal
exhanges exhang
exhaust
exhausted exhaust
exhaustible exhaust
exhausting exhaust
exhaustingly exhaustingli
exhaustion exhaust
exhaustive exhaust
exhaustively exhaust
exhausts exhaust
exhibit
exhibited exhibit
exhibiting exhibit
exhibition exhibit
exhibitions exhibit
exhibitors exhibitor
exhibits exhibit
exhilarated exhilar
exhilarating exhilar
exhilaration exhilar
exhort
exhortations exhort
exhorting exhort
exhorts exhort
exhumations exhum
exhume exhum
exhusband
exigencies exig
exile exil
exiled exil
exiles exil
exiling exil
exist
existance exist
existed exist
existence exist
existent exist
existential existenti
existentialist
existing exist
exists exist
exit
exited exit
exiting exit
exits exit
exluding exlud
exodus exodu
exogamous exogam
exogamy exogami
exonerate exoner
exonerated exoner
exonerating exoner
exoneration exoner
exorbitant exorbit
exorcise exorcis
exorcism exorc
exorcisms exorc
exorcist
exothermic exotherm
exotic exot
expand
expandable expand
expanded expand
expanding expand
expands expand
expanse expans
expansion expans
expansionary expansionari
expansionism expansion
expansionist
expansionists expansionist
expansions expans
expansive expans
expansively expans
expansiveness expans
expatriate expatri
expatriates expatri
expecially expeci
expect
expectable expect
expectancies expect
expectancy expect
expectant expect
expectantly expectantli
expectation expect
expectations expect
expected expect
expectedly expectedli
expecting expect
expects expect
expediency expedi
expedient expedi
expediently expedi
expedients expedi
expedite expedit
expedited expedit
expediting expedit
expedition expedit
expeditions expedit
expeditious expediti
expeditiously expediti
expel
expelled expel
expelling expel
expend
expendable expend
expended expend
expenditure expenditur
expenditures expenditur
expends expend
expense expens
expenses expens
expensive expens
experience experi
experienced experienc
experiences experi
experiencing experienc
experiential experienti
experientially experienti
experiment experi
experimental experiment
experimentalism experiment
experimentally experiment
experimentation experiment
experimentations experiment
experimented experi
experimenter experiment
experimenters experiment
experimenting experi
experiments experi
expert
expertise expertis
expertly expertli
experts expert
expiating expiat
expiation expiat
expiration expir
expirations expir
expire expir
expired expir
expires expir
expiring expir
explain
explained explain
explaining explain
explains explain
explanation explan
explanations explan
explanatory explanatori
expletive explet
explicable explic
explicit
explicitly explicitli
explicitness explicit
explicity explic
explictly explictli
explode explod
exploded explod
explodes explod
exploding explod
exploit
exploitation exploit
exploitative exploit
exploited exploit
exploiter exploit
exploiters exploit
exploiting exploit
exploits exploit
exploration explor
explorations explor
exploratory exploratori
explore explor
explored explor
explorer explor
explorers explor
explores explor
exploring explor
explosion explos
explosions explos
explosive explos
explosively explos
explosives explos
explusion explus
expo
exponential exponenti
exponentially exponenti
exponents expon
export
exported export
exporter export
exporters export
exporting export
exports export
expose expos
exposed expos
exposes expos
exposing expos
exposited exposit
exposition exposit
expositions exposit
expository expositori
exposure exposur
exposures exposur
expounded expound
expounding expound
express
expressed express
expresses express
expressible express
expressing express
expression express
expressionism expression
expressionist
expressionistic expressionist
expressionists expressionist
expressionless
expressions express
expressive express
expressiveness express
expressivness expressiv
expressly expressli
expressway expresswai
expropriated expropri
expulsion expuls
expunge expung
expunged expung
expunging expung
expurgation expurg
exquisite exquisit
exquisitely exquisit
exquisiteness exquisit
extant
extempore extempor
extemporize extempor
extend
extended extend
extendible extend
extendibles extend
extending extend
extends extend
extension extens
extensions extens
extensive extens
extensively extens
extent
extenuate extenu
extenuating extenu
exterior
exteriors exterior
exterminate extermin
exterminated extermin
exterminating extermin
extermination extermin
exterminator extermin
extern
external extern
externalization extern
externally extern
extinct
extinction extinct
extinguish
extinguished extinguish
extinguisher extinguish
extinguishers extinguish
extinguishment extinguish
extirpated extirp
extirpating extirp
extolled extol
extolling extol
extols extol
extort
extorted extort
extorting extort
extortion extort
extortionate extortion
extra
extract
extracted extract
extracting extract
extraction extract
extractor
extractors extractor
extracts extract
extracurricular
extradite extradit
extradited extradit
extraditing extradit
extradition extradit
extraditions extradit
extralegal extraleg
extramarital extramarit
extramural extramur
extraneous extran
extraneousness extran
extraordinarily extraordinarili
extraordinary extraordinari
extrapolate extrapol
extrapolated extrapol
extrapolates extrapol
extrapolation extrapol
extrapolations extrapol
extras extra
extraterrestrial extraterrestri
extraterrestrials extraterrestri
extraterritorial extraterritori
extravagance extravag
extravagant extravag
extravagantly extravagantli
extravaganza
extravaganzas extravaganza
extrema
extreme extrem
extremely extrem
extremes extrem
extremis extremi
extremist
extremists extremist
extremities extrem
extremity extrem
extricate extric
extrovert
extruded extrud
extruder extrud
extruding extrud
extrusion extrus
extrusions extrus
exuberance exuber
exuberant exuber
exuberantly exuberantli
exude exud
exuded exud
exultantly exultantli
exultation exult
exulted exult
exults exult
eyd
eye ey
eyeball eyebal
eyeballing eyebal
eyeballs eyebal
eyebrow
eyebrows eyebrow
eyed ei
eyeful ey
eyeglasses eyeglass
eyeing ey
eyelashes eyelash
eyelets eyelet
eyelid
eyelids eyelid
eyepiece eyepiec
eyes ey
eyesight
eyesore eyesor
eyeteeth
eyewear
eyewitness eyewit
eyewitnesses eyewit
eying ei
f
fable fabl
fabled fabl
fables fabl
fabric
fabricate fabric
fabricated fabric
fabricates fabric
fabricating fabric
fabrication fabric
fabrications fabric
fabricator fabric
fabricators fabric
fabrics fabric
fabulations fabul
fabulous fabul
fabulously fabul
facade facad
facaded facad
facades facad
face
faced face
faceless
facelift
facelifts facelift
faces face
facet
facetious faceti
facetiously faceti
facets facet
facial
facile facil
facilitate facilit
facilitated facilit
facilitates facilit
facilitating facilit
facilitators facilit
facilites facilit
facilities facil
facility facil
facing face
facings face
faciunt
facsimile facsimil
facsimiles facsimil
facsiport
fact
faction
factions faction
facto
factor
factored factor
factories factori
factoring factor
factors factor
factory factori
facts fact
factual
factually factual
faculties faculti
faculty faculti
fad
faddish
fade
faded fade
fadeout
fades fade
fading fade
fads fad
faery faeri
faier
fail
failed fail
failing fail
failings fail
fails fail
failure failur
failures failur
faim
faint
fainted faint
fainter
faintest
fainting faint
faintly faintli
fair
fairer
faires fair
fairest
fairgoers fairgoer
fairies fairi
fairing fair
fairly fairli
fairness fair
fairs fair
fairway fairwai
fairways fairwai
fairy fairi
fait
faith
faithful faith
faithfully faithfulli
faiths faith
fajitas fajita
fake
faked fake
faker
fakes fake
faking fake
falcon
falconers falcon
falconry falconri
falcons falcon
fall
fallacious fallaci
fallacy fallaci
fallback
fallen
fallible fallibl
falling fall
falloff
fallout
fallow
falls fall
false fals
falsehood
falsehoods falsehood
falsely fals
falseness fals
falsification falsif
falsified falsifi
falsify falsifi
falsifying falsifi
falsity falsiti
falter
faltered falter
faltering falter
falters falter
fame
famed fame
fames fame
familar
familarity familar
familial famili
familiar
familiarity familiar
familiarization familiar
familiarize familiar
familiarly familiarli
familiarness familiar
families famili
familistical familist
famille famil
family famili
famine famin
famines famin
famous famou
famously famous
fan
fanatic fanat
fanatical fanat
fanatically fanat
fanaticism fanatic
fanatics fanat
fancied fanci
fancier
fancies fanci
fanciest
fanciful fanci
fancifully fancifulli
fancy fanci
fancying fanci
fanfare fanfar
fangs fang
fanned fan
fanning fan
fanny fanni
fans fan
fantasia
fantasies fantasi
fantasist
fantasize fantas
fantasized fantas
fantastic fantast
fantastically fantast
fantasy fantasi
fantods fantod
far
faraway farawai
farce farc
farces farc
fare
fared fare
fares fare
farewell farewel
farfetched farfetch
farflung
faring fare
farm
farmed farm
farmer
farmers farmer
farmhands farmhand
farmhouse farmhous
farmhouses farmhous
farming farm
farmland
farmlands farmland
farms farm
farmsteads farmstead
farmwives farmwiv
faro
farrowings farrow
farther
farthest
fascicles fascicl
fasciculations fascicul
fascinate fascin
fascinated fascin
fascinates fascin
fascinating fascin
fascinatingly fascinatingli
fascination fascin
fascism
fascist
fascists fascist
fashion
fashionable fashion
fashioned fashion
fashioning fashion
fashions fashion
fast
fastball fastbal
fastballs fastbal
fasten
fastened fasten
fastener fasten
fasteners fasten
fastening fasten
fastenings fasten
fastens fasten
faster
fastest
fastidious fastidi
fastigheter fastighet
fastness fast
fat
fatal
fatalists fatalist
fatalities fatal
fatality fatal
fatally fatal
fatboy fatboi
fate
fateful fate
fates fate
father
fathered father
fatherly fatherli
fathers father
fathom
fathoms fathom
fathuh
fatiegued fatiegu
fatigue fatigu
fatigued fatigu
fatigues fatigu
fats fat
fatsos fatso
fatten
fattened fatten
fattening fatten
fatter
fatty fatti
fatuous fatuou
faucet
fault
faulted fault
faulting fault
faultless
faultlessly faultlessli
faultlines faultlin
faults fault
faulty faulti
fauna
fauteuil
faux
favor
favorable favor
favorableness favor
favorably favor
favore favor
favored favor
favorer favor
favoring favor
favorite favorit
favorites favorit
favoritism favorit
favors favor
favour
fawn
fawned fawn
fawning fawn
fax
faxed fax
faxes fax
faxing fax
faze
fazed faze
fealty fealti
fear
feare fear
feared fear
fearful fear
fearfully fearfulli
fearing fear
fearlast
fearless
fearlessly fearlessli
fears fear
fearsome fearsom
feasibility feasibl
feasible feasibl
feast
feasted feast
feasting feast
feasts feast
feat
feather
featherbedding featherbed
feathered feather
featherless
feathers feather
feathery featheri
feats feat
feature featur
featured featur
featureless
features featur
featuring featur
febrile febril
fecal
feckless
fecund
fecundity fecund
fed
federal feder
federalism feder
federalist
federalists federalist
federalize feder
federalized feder
federally feder
federation feder
fedora
feds fed
fee
feeble feebl
feeblest
feebly feebli
feed
feedback
feeder
feeders feeder
feeding feed
feedings feed
feedlot
feedlots feedlot
feeds feed
feedstock
feel
feelers feeler
feeling feel
feelings feel
feels feel
fees fee
feet
feigned feign
feigning feign
feint
feistier
feistiness feisti
feisty feisti
feler
felicities felic
felicitous felicit
felicity felic
feline felin
fell
fella
fellas fella
felled fell
feller
fellers feller
felling fell
fellow
fellowfeeling fellowfeel
fellows fellow
fellowship
fellowships fellowship
felon
felonies feloni
felonious feloni
felons felon
felony feloni
felt
female femal
females femal
feminine feminin
femininity feminin
feminism femin
feminist
feminists feminist
femme femm
fence fenc
fenced fenc
fences fenc
fencing fenc
fend
fended fend
fender
fenders fender
fending fend
fennel
fenoldopam
fens fen
fenugreek
fer
ferment
fermentation ferment
fermentations ferment
fermented ferment
fermenting ferment
fermions fermion
fern
fernery ferneri
ferns fern
ferocious feroci
ferociously feroci
ferocity feroc
ferret
ferreted ferret
ferreting ferret
ferrets ferret
ferried ferri
ferries ferri
ferris ferri
ferroelectric ferroelectr
ferromagnetic ferromagnet
ferry ferri
ferrying ferri
fertile fertil
fertility fertil
fertilization fertil
fertilizations fertil
fertilized fertil
fertilizer fertil
fertilizers fertil
fertilizing fertil
fervent
fervente fervent
fervently fervent
fervid
fervor
fervors fervor
fess
fest
fester
festering fester
festival festiv
festivals festiv
festive festiv
festivities festiv
festivity festiv
festivus festivu
festooned festoon
festooning festoon
fetal
fetch
fetched fetch
fetches fetch
fetching fetch
fetchingly fetchingli
fete
feted fete
fetes fete
fetid
fetish
fetishize fetish
fettered fetter
fetus fetu
fetuses fetus
feud
feudal
feudalism feudal
feudalistic feudalist
feuded feud
feuding feud
feuds feud
fever
fevered fever
feverish
feverishly feverishli
fevers fever
few
fewer
fewest
ffreind
fiance fianc
fiancee fiance
fiasco
fiat
fiber
fiberglas fibergla
fiberglass
fiberoptic fiberopt
fibers fiber
fibrillation fibril
fibrin
fibrocalcific fibrocalcif
fibrosis fibrosi
fibrous fibrou
fiche fich
ficials ficial
fickle fickl
fickleness fickl
fiction
fictional fiction
fictionalized fiction
fictions fiction
fictitious fictiti
fictive fictiv
ficus ficu
fiddle fiddl
fiddling fiddl
fide
fidelity fidel
fidgeting fidget
fiduciary fiduciari
fiefdom
fiefdoms fiefdom
field
fielded field
fielder
fielders fielder
fielding field
fieldmice fieldmic
fields field
fieldstone fieldston
fieldwork
fiend
fiendish
fierce fierc
fiercely fierc
fierceness fierc
fiercer
fiercest
fiery fieri
fiesta
fifteenfold
fifteenth
fifth
fiftieth
fig
figger
figgered figger
fight
fighter
fighters fighter
fightin
fighting fight
fights fight
figment
figural figur
figurative figur
figuratively figur
figure figur
figured figur
figurehead
figures figur
figuring figur
filagree filagre
filament
filaments filament
filbert
filberts filbert
filched filch
filde fild
file
filed file
filers filer
files file
filet
filets filet
filial
filibuster filibust
filibusters filibust
filigree filigre
filing file
filings file
fill
fille fill
filled fill
filler
filles fill
filleted fillet
fillies filli
filling fill
fillings fill
fillip
fills fill
filly filli
film
filmed film
filming film
filmmakers filmmak
filmmaking filmmak
films film
filmstrips filmstrip
filmy filmi
filter
filtered filter
filtering filter
filters filter
filth
filthy filthi
filtration filtrat
fin
finagled finagl
finagling finagl
final
finale final
finalist
finalists finalist
finality final
finalized final
finalizing final
finally final
finals final
finance financ
financed financ
financeer financ
financer financ
finances financ
financial financi
financially financi
financier financi
financiers financi
financing financ
financings financ
finanicial finanici
find
finder
finders finder
finding find
findings find
finds find
fine
fined fine
finely fine
fineness fine
finer
finery fineri
fines fine
finesse finess
finessed finess
finest
finetuning finetun
finger
fingered finger
fingering finger
fingerings finger
fingerlings fingerl
fingernails fingernail
fingerprint
fingerprinting fingerprint
fingerprints fingerprint
fingers finger
fingertips fingertip
finial
finicky finicki
fining fine
finish
finished finish
finisher finish
finishes finish
finishing finish
finite finit
finned fin
fins fin
fir
fire
firearm
firearms firearm
fireball firebal
fireballs firebal
firebombed firebomb
firebombing firebomb
firebombs firebomb
firebrand
firebreaks firebreak
firebug
firecracker firecrack
firecrackers firecrack
fired fire
firefighter firefight
firefighters firefight
firefighting firefight
firehoops firehoop
firehouses firehous
firelight
fireman
firemen
fireplace fireplac
fireplaces fireplac
firepower firepow
fireproofing fireproof
fires fire
firestorm
firewater firewat
fireweed firewe
firewood
fireworks firework
firing fire
firings fire
firm
firma
firmed firm
firmer
firming firm
firmly firmli
firmness firm
firms firm
firmwide firmwid
firsthand
firstpreference firstprefer
firstround
firsts first
fiscal
fiscally fiscal
fish
fishbowl
fished fish
fisheries fisheri
fisherman
fishermen
fishers fisher
fishery fisheri
fishes fish
fishin
fishing fish
fishmongers fishmong
fishpond
fishy fishi
fission
fissionable fission
fissured fissur
fissures fissur
fist
fisted fist
fists fist
fit
fitful fit
fitfully fitfulli
fitness fit
fits fit
fitted fit
fittest
fitting fit
fittings fit
fivefold
fiveyear
fix
fixable fixabl
fixated fixat
fixation fixat
fixations fixat
fixed fix
fixedrate fixedr
fixers fixer
fixes fix
fixing fix
fixture fixtur
fixtured fixtur
fixtures fixtur
fizzes fizz
fizzled fizzl
fizzles fizzl
fizzy fizzi
fjords fjord
flabbergasted flabbergast
flabbiness flabbi
flaccid
flag
flagellated flagel
flagellation flagel
flageolet
flagged flag
flagging flag
flagpole flagpol
flagpoles flagpol
flagrant
flagrante flagrant
flagrantly flagrantli
flags flag
flagship
flagships flagship
flail
flailed flail
flailing flail
flair
flak
flakes flake
flaky flaki
flamboyant flamboy
flamboyantly flamboyantli
flame
flamed flame
flames flame
flaming flame
flammable flammabl
flange flang
flanged flang
flank
flanked flank
flanker
flanking flank
flannel
flannels flannel
flap
flapped flap
flapper
flappers flapper
flapping flap
flaps flap
flare
flared flare
flares flare
flaring flare
flash
flashback
flashbacks flashback
flashed flash
flasher
flashes flash
flashier
flashing flash
flashlight
flashlights flashlight
flashpoint
flashy flashi
flask
flat
flatcars flatcar
flathead
flatiron
flatish
flatland
flatlands flatland
flatly flatli
flatness flat
flatnesses flat
flatout
flats flat
flatten
flattened flatten
flattening flatten
flattens flatten
flatter
flattered flatter
flattering flatter
flatteringly flatteringli
flatters flatter
flattery flatteri
flattest
flattish
flatulence flatul
flatulent flatul
flatus flatu
flatware flatwar
flaunt
flaunted flaunt
flaunting flaunt
flaunts flaunt
flautist
flavor
flavored flavor
flavorful flavor
flavoring flavor
flavorings flavor
flavors flavor
flaw
flawed flaw
flawless
flaws flaw
flax
flaxen
flaxseed flaxse
flay flai
flea
fleas flea
fleawort
fleck
flecked fleck
fled
fledging fledg
fledgling fledgl
fledglings fledgl
flee
fleece fleec
fleeced fleec
fleeing flee
flees flee
fleet
fleetest
fleeting fleet
fleets fleet
flesh
fleshpots fleshpot
fleshy fleshi
flew
flex
flexed flex
flexers flexer
flexibility flexibl
flexible flexibl
flexicoker flexicok
flexing flex
flextime flextim
flexural flexur
flick
flicked flick
flicker
flickered flicker
flickering flicker
flicking flick
flicks flick
flied fli
flier
fliers flier
flies fli
flight
flightiness flighti
flights flight
flighty flighti
flimflam
flimsies flimsi
flimsy flimsi
flinch
flinched flinch
flinching flinch
fling
flinging fling
flings fling
flint
flintless
flinty flinti
flip
flippant
flippantly flippantli
flipped flip
flippers flipper
flipping flip
flips flip
flirt
flirtation flirtat
flirtatious flirtati
flirted flirt
flirting flirt
flit
flitting flit
flng
float
floated float
floater
floating float
floats float
floc
flocculated floccul
flocculation floccul
flock
flocked flock
flocking flock
flocks flock
floe
floes floe
flog
flogged flog
flood
flooded flood
floodheads floodhead
flooding flood
floodlight
floodlighted floodlight
floodlit
floods flood
floor
floorboards floorboard
flooring floor
floors floor
floorshow
flop
flopped flop
floppies floppi
floppy floppi
flops flop
flora
floral
florid
florist
flotation flotat
flotations flotat
flotilla
flotillas flotilla
flounce flounc
flounced flounc
flounder
floundered flounder
floundering flounder
flounders flounder
flour
floured flour
flourish
flourished flourish
flourishes flourish
flourishing flourish
flout
flouted flout
flouting flout
floutingly floutingli
flow
flowchart
flowed flow
flower
flowered flower
flowering flower
flowerpot
flowers flower
flowing flow
flown
flows flow
flu
flubbed flub
fluctuate fluctuat
fluctuated fluctuat
fluctuates fluctuat
fluctuating fluctuat
fluctuation fluctuat
fluctuations fluctuat
flue
fluency fluenci
fluent
fluently fluentli
fluff
fluffy fluffi
fluid
fluidity fluiditi
fluids fluid
fluke
flung
flunk
flunked flunk
flunking flunk
flunky flunki
fluorescein
fluorescence fluoresc
fluorescent fluoresc
fluoresces fluoresc
fluoride fluorid
fluorinated fluorin
fluorine fluorin
fluoropolymer fluoropolym
fluoropolymers fluoropolym
flurried flurri
flurries flurri
flurry flurri
flush
flushed flush
flushes flush
flushing flush
flustered fluster
flute
fluted flute
flutes flute
fluting flute
flutist
flutter
fluttered flutter
fluttering flutter
flux
fluxes flux
fly
flyaway flyawai
flyer
flyers flyer
flying fly
flyways flywai
foal
foals foal
foam
foamed foam
foaming foam
foams foam
foamy foami
focal
focally focal
foci
focus focu
focused focus
focuses focus
focusing focus
focussed focuss
fodder
foe
foes foe
fog
fogged fog
foggy foggi
fogy fogi
foh
foibles foibl
foil
foiled foil
foiling foil
foisted foist
fold
foldability foldabl
foldable foldabl
folded fold
folder
folders folder
folding fold
folds fold
foliage foliag
folio
folk
folkish
folklike folklik
folklore folklor
folks folk
folksongs folksong
folksy folksi
follicular
follies folli
follow
followed follow
follower follow
followers follow
followership
followeth
following follow
followings follow
follows follow
followthrough
followup
folly folli
foment
fomented foment
fomenting foment
foments foment
fond
fonder
fondest
fondled fondl
fondly fondli
fondness fond
font
fontanel
fonts font
food
foods food
foodservice foodservic
foodstuff
foodstuffs foodstuff
fool
fooled fool
foolhardy foolhardi
fooling fool
foolish
foolishly foolishli
foolishness foolish
foolproof
fools fool
foot
footage footag
football footbal
footballer footbal
footballs footbal
footbridge footbridg
footfall footfal
footfalls footfal
foothill foothil
foothills foothil
foothold
footholds foothold
footing foot
footlights footlight
footloose footloos
footman
footnote footnot
footnoted footnot
footnotes footnot
footpath
footprint
footprints footprint
footstep
footsteps footstep
footstool
footsy footsi
footwear
footwork
foppish
for
forage forag
forages forag
foraging forag
foray forai
forays forai
forbad
forbade forbad
forbearance forbear
forbears forbear
forbid
forbidden
forbidding forbid
forbids forbid
forbore forbor
forborne forborn
force forc
forced forc
forceful forc
forcefully forcefulli
forcefulness forc
forces forc
forcibly forcibl
forcing forc
fords ford
fore
forearm
forearms forearm
forebear
forebears forebear
foreboding forebod
forecast
forecasted forecast
forecaster forecast
forecasters forecast
forecasting forecast
forecasts forecast
foreclose foreclos
foreclosed foreclos
foreclosing foreclos
foreclosure foreclosur
foreclosures foreclosur
forefathers forefath
forefeet
forefinger forefing
forefingers forefing
forefront
forego
foregoing forego
foregone foregon
foreground
forehead
foreheads forehead
foreign
foreigner foreign
foreigners foreign
foreknowledge foreknowledg
foreknown
foreleg
foreman
foremost
forensic forens
forensics forens
forepart
forepaws forepaw
forerunner forerunn
forerunners forerunn
foresaw
foresee forese
foreseeable forese
foreseeing forese
foreseen
foresees forese
foreshadow
foreshadowed foreshadow
foreshadowing foreshadow
foreshortened foreshorten
foreshortening foreshorten
foresight
forest
forestall forestal
forestalled forestal
forestry forestri
forests forest
foretell foretel
forethought
forever forev
foreword
forfeit
forfeitable forfeit
forfeited forfeit
forfeiting forfeit
forfeiture forfeitur
forfeitures forfeitur
forgave forgav
forge forg
forged forg
forger
forgeries forgeri
forgery forgeri
forges forg
forget
forgetful forget
forgetfulness forget
forgets forget
forgettable forgett
forgetting forget
forging forg
forgings forg
forgit
forgitful forgit
forgive forgiv
forgiven
forgiveness forgiv
forgiving forgiv
forgo
forgoes forgo
forgone forgon
forgot
forgotten
forint
forints forint
forisque forisqu
fork
forked fork
forking fork
forklift
forklifts forklift
forks fork
forlorn
forlornly forlornli
form
forma
formability formabl
formal
formaldehyde formaldehyd
formalism formal
formalities formal
formality formal
formalize formal
formalized formal
formalizes formal
formally formal
format
formation format
formations format
formative form
formats format
formed form
former
formerly formerli
formidable formid
formidably formid
forming form
forms form
formula
formulae formula
formulaic formula
formulas formula
formulate formul
formulated formul
formulates formul
formulating formul
formulation formul
formulations formul
forsake forsak
forsaken
forsakes forsak
forseeable forseeabl
forswears forswear
forswore forswor
fort
forte fort
forth
forthcoming forthcom
forthright
forthrightly forthrightli
forthrightness forthright
forthwith
fortifications fortif
fortified fortifi
fortify fortifi
fortiori
fortitude fortitud
fortnight
fortress
fortresses fortress
forts fort
fortuitous fortuit
fortuitously fortuit
fortunate fortun
fortunately fortun
fortune fortun
fortunes fortun
forum
forums forum
forward
forwarded forward
forwarders forward
forwarding forward
forwards forward
fossil
fossilized fossil
fossils fossil
foster
fostered foster
fostering foster
fosters foster
fought
foul
fouled foul
foulest
fouling foul
foully foulli
found
foundation foundat
foundations foundat
founded found
founder
foundered founder
foundering founder
founders founder
founding found
foundling foundl
foundry foundri
founds found
fountain
fountainhead
fountains fountain
fourfold
fours four
foursome foursom
fourteenth
fourth
fourthquarter fourthquart
foward
fowl
fox
foxes fox
foxholes foxhol
foxtail
foyer
fps fp
fracas fraca
fracases fracas
fraction
fractional fraction
fractionally fraction
fractionated fraction
fractionation fraction
fractioning fraction
fractions fraction
fractious fractiou
fracture fractur
fractured fractur
fractures fractur
fracturing fractur
fragile fragil
fragility fragil
fragment
fragmentarily fragmentarili
fragmentary fragmentari
fragmentation fragment
fragmentations fragment
fragmented fragment
fragments fragment
fragrance fragranc
fragrances fragranc
fragrant
frail
frailest
frailties frailti
frambesia
frame
framed frame
framer
framers framer
frames frame
framework
framing frame
franc
franca
franchise franchis
franchised franchis
franchisee franchise
franchisees franchise
franchiser franchis
franchisers franchis
franchises franchis
franchising franchis
franchisor
francs franc
frangipani
frank
franked frank
franker
frankest
frankfurter frankfurt
frankfurters frankfurt
franking frank
frankly frankli
frankness frank
franks frank
frantic
frantically frantic
fraternisation fraternis
fraternities fratern
fraternity fratern
fraternize fratern
fraternized fratern
frau
fraud
frauds fraud
fraudulent fraudul
fraudulently fraudul
fraught
fray frai
frayed frai
fraying frai
frazzled frazzl
freak
freaked freak
freakish
freakishly freakishli
freaks freak
freckled freckl
freckles freckl
free
freebase freebas
freebies freebi
freebooters freeboot
freed
freedmen
freedom
freedoms freedom
freefall freefal
freehand
freeholders freehold
freeing free
freelance freelanc
freelancers freelanc
freelancing freelanc
freely freeli
freemail
freeman
freemarket
freer
frees free
freescrip
freespender freespend
freest
freestylers freestyl
freethinkers freethink
freeway freewai
freeways freewai
freewheelers freewheel
freewheeling freewheel
freeze freez
freezer
freezers freezer
freezes freez
freezing freez
freight
freighter
freighters freighter
freights freight
french
frenetic frenet
frenzied frenzi
frenziedly frenziedli
frenzy frenzi
frequencies frequenc
frequency frequenc
frequent
frequented frequent
frequently frequent
frequents frequent
fresco
frescoed fresco
frescoes fresco
frescoing fresco
frescos fresco
fresh
freshborn
freshened freshen
fresher
freshly freshli
freshman
freshmen
freshness fresh
freshwater freshwat
fret
frets fret
fretted fret
fretting fret
friable friabl
friar
friction
frictional friction
frictionless
frictions friction
fridge fridg
fried fri
friend
friendlier
friendlily friendlili
friendliness friendli
friendly friendli
friends friend
friendship
friendships friendship
friers frier
fries fri
frieze friez
friezes friez
frigate frigat
frigates frigat
fright
frighten
frightened frighten
frightening frighten
frighteningly frighteningli
frightens frighten
frightful fright
frightfully frightfulli
frigid
frill
frills frill
frilly frilli
fringe fring
fringed fring
fringes fring
fripperies fripperi
frise
frisky friski
frittered fritter
frittering fritter
fritters fritter
frivolities frivol
frivolity frivol
frivolous frivol
frivolously frivol
frizzled frizzl
frizzling frizzl
fro
frock
frocks frock
frog
frogmen
frogs frog
frolic
frolicked frolick
frolicking frolick
frolics frolic
from
fronds frond
front
frontage frontag
frontal
fronted front
frontend
frontier
frontiers frontier
frontiersmen
fronting front
frontrunner frontrunn
fronts front
fros fro
frost
frostbite frostbit
frosted frost
frosting frost
frosty frosti
froth
frothier
frothing froth
frothy frothi
frown
frowned frown
frowning frown
frowningly frowningli
frowns frown
frowzy frowzi
froze
frozen
fructose fructos
frugal
frugality frugal
frugally frugal
fruit
fruitbowl
fruitful fruit
fruitfully fruitfulli
fruitfulness fruit
fruition
fruitless
fruitlessly fruitlessli
fruits fruit
fruity fruiti
frumpy frumpi
frustrate frustrat
frustrated frustrat
frustrates frustrat
frustrating frustrat
frustratingly frustratingli
frustration frustrat
frustrations frustrat
fry
fryers fryer
frying fry
ft
fuchsia
fuck
fucken
fucks fuck
fudge fudg
fudged fudg
fudging fudg
fuel
fueled fuel
fueling fuel
fueloil
fuels fuel
fuer
fugitive fugit
fugitives fugit
fugual
fugures fugur
fulcrum
fulfill fulfil
fulfilled fulfil
fulfilling fulfil
fulfillment fulfil
fulfills fulfil
fulfilment fulfil
fulfull fulful
full
fullback
fullbacking fullback
fuller
fullest
fulllength
fullness full
fullscale fullscal
fully fulli
fullyear
fulminate fulmin
fulminating fulmin
fulminations fulmin
fumble fumbl
fumbled fumbl
fumbling fumbl
fumed fume
fumes fume
fumigant fumig
fumigants fumig
fuming fume
fumpered fumper
fun
function
functional function
functionalism function
functionally function
functionaries functionari
functionary functionari
functioned function
functioning function
functions function
fund
fundamantal fundamant
fundamantalist
fundamental fundament
fundamentalism fundament
fundamentalist
fundamentalists fundamentalist
fundamentally fundament
fundamentals fundament
funded fund
funding fund
fundraiser fundrais
fundraisers fundrais
fundraising fundrais
funds fund
funeral funer
funerals funer
fungal
fungi
fungible fungibl
fungicides fungicid
fungus fungu
funks funk
funky funki
funnel
funneled funnel
funneling funnel
funnels funnel
funnier
funniest
funny funni
fur
furbishing furbish
furious furiou
furiouser furious
furiously furious
furled furl
furlongs furlong
furlough
furloughed furlough
furloughs furlough
furnace furnac
furnaces furnac
furnish
furnished furnish
furnishes furnish
furnishing furnish
furnishings furnish
furniture furnitur
furor
furrier
furriers furrier
furrow
furrowed furrow
furrows furrow
furry furri
furs fur
further
furthered further
furthering further
furthermore furthermor
furthers further
furthest
furtive furtiv
furtively furtiv
fury furi
fuse
fused fuse
fuselage fuselag
fuses fuse
fusiform
fusillade fusillad
fusillades fusillad
fusing fuse
fusion
fuss
fusses fuss
fussily fussili
fussing fuss
fussy fussi
fusty fusti
futile futil
futility futil
future futur
futureeither futureeith
futures futur
futurist
futuristic futurist
futurists futurist
fuzz
fuzzed fuzz
fuzzier
fuzzy fuzzi
fy
g
gab
gabardine gabardin
gabbing gab
gabble gabbl
gabbling gabbl
gable gabl
gadflies gadfli
gadfly gadfli
gadget
gadgetry gadgetri
gadgets gadget
gaffes gaff
gag
gage
gages gage
gagged gag
gagging gag
gaggle gaggl
gaging gage
gagline gaglin
gags gag
gagwriters gagwrit
gai
gaiety gaieti
gaily gaili
gain
gained gain
gainer
gainers gainer
gainful gain
gaining gain
gains gain
gait
gaited gait
gaiters gaiter
gal
gala
galactic galact
galaxies galaxi
galaxy galaxi
galbula
gale
gall
gallant
gallantry gallantri
gallants gallant
gallbladder gallbladd
galled gall
galleries galleri
gallery galleri
galley gallei
galleys gallei
galling gall
gallium
gallivantin
gallon
gallonage gallonag
gallons gallon
gallop
galloped gallop
galloping gallop
gallows gallow
galls gall
gallstone gallston
gallstones gallston
gals gal
galvanic galvan
galvanism galvan
galvanize galvan
galvanized galvan
galvanizing galvan
gambit
gambits gambit
gamble gambl
gambled gambl
gambler
gamblers gambler
gambles gambl
gambling gambl
game
gamebird
gamekeeper gamekeep
games game
gamesmen
gametes gamet
gametocide gametocid
gaming game
gamma
gamut
gander
gang
gangbusters gangbust
ganging gang
gangland
gangling gangl
ganglion
gangplank
gangs gang
gangster
gangsterish
gangsters gangster
gangway gangwai
gantlet
gap
gaped gape
gaping gape
gapped gap
gaps gap
gapt
garage garag
garaged garag
garages garag
garb
garbage garbag
garbed garb
garbled garbl
garde gard
garden
gardened garden
gardener garden
gardeners garden
gardenettes gardenett
gardenia
gardenias gardenia
gardening garden
gardens garden
gargantuan
gargle gargl
garish
garishness garish
garland
garlanded garland
garlic
garment
garments garment
garner
garnered garner
garnet
garnish
garoupa
garrison
garrisoned garrison
garroting garrot
garrulous garrul
garter
gas ga
gasconade gasconad
gaseous gaseou
gases gase
gash
gashes gash
gasket
gaskets gasket
gaslights gaslight
gasoline gasolin
gasolines gasolin
gasp
gasped gasp
gasping gasp
gaspingly gaspingli
gasps gasp
gassed gass
gasser
gasses gass
gassing gass
gassings gass
gassy gassi
gastric
gastrocnemius gastrocnemiu
gastrointestinal gastrointestin
gastronomes gastronom
gastronomy gastronomi
gate
gates gate
gateway gatewai
gateways gatewai
gather
gathered gather
gathering gather
gatherings gather
gathers gather
gauche gauch
gaucherie gaucheri
gaucheries gaucheri
gaucho
gaudy gaudi
gauge gaug
gauged gaug
gauges gaug
gauging gaug
gaunt
gauntlet
gauss
gauze gauz
gave
gavottes gavott
gawky gawki
gay gai
gayety gayeti
gays gai
gaze
gazed gaze
gazelle gazel
gazer
gazes gaze
gazing gaze
gazpacho
gear
gearboxes gearbox
geared gear
gearing gear
gears gear
gee
geeing gee
geeks geek
geered geer
geese gees
gegenschein
gel
gelatin
gelding geld
geldings geld
gels gel
gem
gemlike gemlik
gems gem
gemsbok
gemstone gemston
gen
gendarme gendarm
gender
genders gender
gene
genealogies genealog
genera
general gener
generalist
generalists generalist
generalities gener
generality gener
generalization gener
generalizations gener
generalize gener
generalized gener
generally gener
generalpurpose generalpurpos
generals gener
generalship
generate gener
generated gener
generates gener
generating gener
generation gener
generational gener
generations gener
generator gener
generators gener
generic gener
generically gener
generics gener
generosity generos
generous gener
generously gener
genes gene
genesis genesi
genetic genet
genetically genet
geneticist
geneticists geneticist
genetics genet
genial
genie geni
genii
genital genit
genius geniu
geniuses genius
genocide genocid
genome genom
genre genr
genres genr
genteel
gentian
gentians gentian
gentile gentil
gentility gentil
gentle gentl
gentleladies gentleladi
gentlelady gentleladi
gentleman
gentlemanly gentlemanli
gentlemen
gentleness gentl
gentler
gently gentli
gentrified gentrifi
gentry gentri
genuine genuin
genuinely genuin
genus genu
geocentric geocentr
geochemistry geochemistri
geode geod
geographer geograph
geographers geograph
geographic geograph
geographical geograph
geographically geograph
geography geographi
geologic geolog
geological geolog
geologically geolog
geologist
geologists geologist
geology geologi
geometric geometr
geometrical geometr
geometrically geometr
geometry geometri
geopolitical geopolit
geosciences geoscienc
geothermal geotherm
geranium
gerbera
geriatric geriatr
germ
germane german
germaneness german
germanium
germinal germin
germinate germin
germinated germin
germs germ
gerrymandering gerrymand
gerundial gerundi
gestational gestat
gesticulated gesticul
gesticulating gesticul
gesture gestur
gestured gestur
gestures gestur
gesturing gestur
get
getaway getawai
gether
gets get
gettin
getting get
geyser
geysering geyser
geysers geyser
ghastly ghastli
ghazal
ghazals ghazal
gherkins gherkin
ghetto
ghettos ghetto
ghilianii
ghost
ghostbusters ghostbust
ghostbusting ghostbust
ghosted ghost
ghostlike ghostlik
ghostly ghostli
ghosts ghost
ghoul
ghoulish
ghouls ghoul
giant
giants giant
gibberish
gibbet
gibe
gibes gibe
giblet
giddiness giddi
giddy giddi
gift
gifted gift
gifts gift
gig
gigantic gigant
giggle giggl
giggled giggl
giggles giggl
giggling giggl
gigolo
gild
gilded gild
gilding gild
gilt
gilts gilt
gim
gimbaled gimbal
gimcracks gimcrack
gimmick
gimmickry gimmickri
gimmicks gimmick
gimmicky gimmicki
gin
ginger
gingerly gingerli
gingham
ginkgo
ginmill ginmil
ginnin
ginning gin
gins gin
ginseng
gird
girded gird
girder
girders girder
girding gird
girdle girdl
girds gird
girl
girlfriend
girlfriends girlfriend
girlie girli
girlish
girlishly girlishli
girls girl
girth
gist
git
give
giveaway giveawai
giveaways giveawai
givebacks giveback
given
givenness given
giver
gives give
giveth
givin
giving give
gizmo
gizmos gizmo
glacial
glacier
glaciers glacier
glad
glade
gladiator gladiat
gladly gladli
gladness glad
glamor
glamorize glamor
glamorized glamor
glamorous glamor
glamour
glance glanc
glanced glanc
glances glanc
glancing glanc
gland
glanders glander
glands gland
glandular
glare
glared glare
glares glare
glaring glare
glaringly glaringli
glasnost
glass
glasses glass
glassless
glassware glasswar
glassy glassi
glaucoma
glaze
glazed glaze
glazes glaze
glazing glaze
gleam
gleamed gleam
gleaming gleam
glean
gleaned glean
gleans glean
glee
gleeful
gleefully gleefulli
gleened gleen
glees glee
glen
glib
glibly glibli
glide
glided glide
glider
gliders glider
glides glide
gliding glide
glimmer
glimmering glimmer
glimmers glimmer
glimpse glimps
glimpsed glimps
glimpses glimps
glint
glinted glint
glinting glint
glissade glissad
glisten
glistened glisten
glistening glisten
glitch
glitches glitch
glitter
glitterati
glittered glitter
glittering glitter
glittery glitteri
glitz
glitzy glitzi
gloat
gloated gloat
gloaters gloater
gloating gloat
gloats gloat
global
globalism global
globalist
globalists globalist
globalization global
globalized global
globalizing global
globally global
globe
globes globe
globetrotter globetrott
globigii
globulin
globulins globulin
glomerular
glommed glom
gloom
gloomier
gloomily gloomili
gloomy gloomi
glop
glories glori
glorification glorif
glorified glorifi
glorifies glorifi
glorify glorifi
glorious gloriou
gloriously glorious
glory glori
glorying glori
gloss
glossary glossari
glossed gloss
glossy glossi
glottal
glottochronological glottochronolog
glottochronology glottochronolog
glove
gloved glove
glover
gloves glove
glow
glowed glow
glowered glower
glowering glower
glowing glow
glows glow
glucose glucos
glue
glued glu
glues glue
gluey gluei
glum
glumly glumli
glut
glutamate glutam
glutamic glutam
glutaric glutar
gluten
glutinous glutin
gluts glut
glutted glut
glutting glut
gluttons glutton
gluttony gluttoni
glycerin
glycerine glycerin
glycerol
glycerolized glycerol
glycol
glycols glycol
glycosides glycosid
gm
gnarled gnarl
gnash
gnashing gnash
gnaw
gnawed gnaw
gnawing gnaw
gnome
gnomelike gnomelik
gnomes gnome
gnomon
go
goad
goaded goad
goal
goals goal
goat
goatee goate
goats goat
gob
gobble gobbl
gobbled gobbl
gobbledygook
gobblers gobbler
gobbles gobbl
gobbling gobbl
goblins goblin
god
godamit
goddam
goddamit
goddammit
goddamn
goddamned goddamn
goddess
godfather godfath
godhead
godless
godlike godlik
godliness godli
godmother godmoth
gods god
godsend
goes goe
goggles goggl
goin
going go
goings go
goitre goitr
goitrogen
goitrogens goitrogen
gold
goldbanded goldband
golden
goldfish
golds gold
goldsmith
goldstock
golf
golfed golf
golfer
golfers golfer
golfing golf
golfs golf
golly golli
gon
gone
gonna
gonne gonn
goo
good
goodbye goodby
goodies goodi
goodness good
goodnight
goods good
goodwill goodwil
goody goodi
gooey gooei
goofed goof
goofiness goofi
goofing goof
goofy goofi
goons goon
goooolick
goose goos
gooseberry gooseberri
goosey goosei
gooshey gooshei
gore
gored gore
gorge gorg
gorged gorg
gorgeous gorgeou
gorgeously gorgeous
gorges gorg
gorging gorg
gorilla
gorillas gorilla
gorup
gory gori
gosaimasu
gosh
gospel
gossamer gossam
gossip
gossiped gossip
gossiping gossip
gossips gossip
gossipy gossipi
got
gothic
gotta
gotten
gouge goug
gouged goug
gouging goug
gourd
gourmet
gourmets gourmet
gout
goutte goutt
gouty gouti
gouverne gouvern
goverment gover
govern
governance govern
governed govern
governess gover
governing govern
governmemt
government govern
governmental government
governmentally government
governments govern
governmentset
governor
governors governor
governorship
governs govern
gown
gowned gown
gowns gown
gpd
grab
grabbag
grabbed grab
grabbin
grabbing grab
grabs grab
grace
graced grace
graceful grace
gracefully gracefulli
gracefulness grace
graces grace
gracious graciou
graciously gracious
grad
gradations gradat
grade
graded grade
grader
graders grader
grades grade
gradient
gradients gradient
grading grade
grads grad
gradual
gradualism gradual
gradualist
gradually gradual
graduate graduat
graduated graduat
graduates graduat
graduating graduat
graduation graduat
graffiti
graft
grafted graft
grafting graft
graham
grain
grained grain
graining grain
grains grain
grainy graini
gram
grammar
grammarians grammarian
grammatical grammat
grammatically grammat
grams gram
granary granari
grand
grandchild
grandchildren
granddad
granddaddies granddaddi
granddaughter granddaught
grandees grande
grander
grandest
grandeur
grandfather grandfath
grandfathers grandfath
grandiloquent grandiloqu
grandiose grandios
grandkids grandkid
grandly grandli
grandma
grandmas grandma
grandmasters grandmast
grandmother grandmoth
grandmotherly grandmotherli
grandmothers grandmoth
grandparents grandpar
grandson
grandsons grandson
grandstand
grandstander grandstand
grandstanding grandstand
granite granit
grant
granted grant
grantee grante
granting grant
grantors grantor
grants grant
granular
granules granul
granulocytic granulocyt
grape
grapefruit
grapes grape
grapeshot
grapevine grapevin
grapevines grapevin
graph
graphed graph
graphic
graphical graphic
graphically graphic
graphics graphic
graphite graphit
graphs graph
grapple grappl
grappled grappl
grapples grappl
grappling grappl
grasp
grasped grasp
grasping grasp
grass
grassed grass
grassers grasser
grasses grass
grassfire grassfir
grasshoppers grasshopp
grassland
grassroots grassroot
grassy grassi
grata
grate
grated grate
grateful grate
gratefully gratefulli
grates grate
gratification gratif
gratified gratifi
gratify gratifi
gratifying gratifi
gratifyingly gratifyingli
grating grate
gratingly gratingli
gratings grate
gratis grati
gratitude gratitud
gratuities gratuiti
gratuitous gratuit
gratuitously gratuit
gratuity gratuiti
graunt
grave
gravel
gravely grave
graven
graver
graves grave
gravest
gravestone graveston
graveyard
graveyards graveyard
gravid
gravitas gravita
gravitates gravit
gravitating gravit
gravitation gravit
gravitational gravit
gravity graviti
gravy gravi
gray grai
graybeard
graybeards graybeard
grayed grai
grayer
graying grai
grays grai
graze
grazed graze
grazer
grazers grazer
grazin
grazing graze
grease greas
greased greas
greases greas
greasies greasi
greasy greasi
great
greatcoat
greatcoated greatcoat
greate great
greater
greatest
greatly greatli
greatness great
greats great
greed
greedier
greedily greedili
greedy greedi
green
greenback
greenbacks greenback
greener
greenest
greenfield
greenhouse greenhous
greenhouses greenhous
greening green
greenish
greenly greenli
greenmail
greenmailer greenmail
greenness green
greens green
greensward
greenware greenwar
greet
greeted greet
greeter
greeters greeter
greeting greet
greetings greet
greets greet
gregarious gregari
grenade grenad
grenades grenad
gret
grevouselye grevousely
grew
grey grei
greying grei
grid
gridded grid
gridiron
gridlock
gridlocked gridlock
grief
grievance grievanc
grievances grievanc
grieved griev
grieving griev
grievous grievou
grill
grille grill
grilled grill
grillework
grillwork
grim
grimace grimac
grimaced grimac
grimaces grimac
grime
grimed grime
grimly grimli
grimmer
grimmest
grimness grim
grimy grimi
grin
grind
grinder
grinders grinder
grinding grind
grindings grind
grinds grind
grindstone grindston
gringos gringo
grinned grin
grinning grin
grins grin
grip
gripe
griped gripe
gripes gripe
griping gripe
gripped grip
gripping grip
grips grip
grisly grisli
grist
gristmill gristmil
grit
grits grit
gritty gritti
grizzled grizzl
grizzlies grizzli
grizzly grizzli
groan
groaned groan
groaning groan
groans groan
grocer
groceries groceri
grocers grocer
grocery groceri
grogginess groggi
groggy groggi
groin
grok
grokked grok
grokking grok
groom
groomed groom
grooming groom
grooms groom
groomsmen
groove groov
grooved groov
grooves groov
grope
groped grope
groping grope
gross
grossed gross
grosses gross
grossing gross
grossly grossli
grotesque grotesqu
grotesquely grotesqu
grotesques grotesqu
grottoes grotto
ground
groundball groundbal
groundbreakers groundbreak
grounded ground
grounder
grounding ground
groundless
grounds ground
groundup
groundwater groundwat
groundwave groundwav
groundwork
group
grouped group
grouper
grouping group
groupings group
groups group
grouse grous
groused grous
grouses grous
grousing grous
grove
grovel
grovelike grovelik
groveling grovel
grovels grovel
groves grove
grow
grower
growers grower
growing grow
growl
growled growl
growling growl
growls growl
grown
grownups grownup
grows grow
growth
growths growth
growthy growthi
grub
grubby grubbi
grubs grub
grudge grudg
grudges grudg
grudging grudg
grudgingly grudgingli
grueling gruel
gruesome gruesom
gruesomeness gruesom
gruff
grumble grumbl
grumbled grumbl
grumbles grumbl
grumbling grumbl
grunt
grunted grunt
grunting grunt
gruonded gruond
guanidine guanidin
guar
guarantee guarante
guaranteed guarante
guaranteeing guarante
guarantees guarante
guarantor
guaranty guaranti
guard
guarded guard
guardedly guardedli
guardedness guarded
guardhouse guardhous
guardian
guardians guardian
guardianship
guarding guard
guards guard
gubernatorial gubernatori
guerilla
guerrilla
guerrillas guerrilla
guess
guessed guess
guesses guess
guessing guess
guesstimates guesstim
guesswork
guest
guests guest
guffawing guffaw
guffaws guffaw
guidance guidanc
guide guid
guidebook
guided guid
guideline guidelin
guidelines guidelin
guidepost
guideposts guidepost
guides guid
guidewheels guidewheel
guiding guid
guild
guilder
guilders guilder
guile guil
guileless
guillotine guillotin
guilt
guiltiness guilti
guiltless
guilty guilti
guinea
guise guis
guises guis
guitar
guitarist
guitars guitar
gulag
gulf
gull
gulled gull
gullet
gulley gullei
gullibility gullibl
gullible gullibl
gullies gulli
gulling gull
gully gulli
gulp
gulped gulp
gulping gulp
gulps gulp
gum
gummed gum
gumming gum
gummy gummi
gumption
gums gum
gun
gunbarrel
gunboats gunboat
gunfighter gunfight
gunfights gunfight
gunfire gunfir
gunflint
gungho
gunk
gunloading gunload
gunman
gunmen
gunned gun
gunner
gunners gunner
gunning gun
gunny gunni
gunplay gunplai
gunpoint
gunpowder gunpowd
guns gun
gunship
gunshot
gunslinger gunsling
gunslingers gunsling
gunslinging gunsling
guppies guppi
gurgle gurgl
gurgling gurgl
guru
gurus guru
gush
gushed gush
gusher
gushes gush
gushing gush
gushy gushi
gussets gusset
gussied gussi
gust
gusto
gusts gust
gusty gusti
gut
guts gut
gutsy gutsi
gutted gut
gutter
guttered gutter
gutters gutter
guttural guttur
guy gui
guys gui
guzzle guzzl
guzzled guzzl
guzzler
guzzlers guzzler
guzzles guzzl
guzzling guzzl
gweilo
gweilos gweilo
gym
gymnast
gymnastic gymnast
gymnastics gymnast
gymnasts gymnast
gyms gym
gynecologic gynecolog
gynecological gynecolog
gynecologist
gynecologists gynecologist
gynecology gynecolog
gypsies gypsi
gypsum
gypsy gypsi
gyrate gyrat
gyrated gyrat
gyrating gyrat
gyration gyrat
gyrations gyrat
gyro
gyros gyro
gyroscopes gyroscop
h
ha
habe
habeas habea
haberdasheries haberdasheri
haberdashery haberdasheri
habit
habitable habit
habitants habit
habitat
habitats habitat
habits habit
habitual habitu
habitually habitu
habitues habitu
hable habl
hack
hacked hack
hacker
hackers hacker
hacking hack
hackles hackl
hackneyed hacknei
hacks hack
hacksaw
hackwork
had
hadd
haddock
haec
haflis hafli
hafta
haggard
haggardly haggardli
haggle haggl
haggling haggl
hagglings haggl
hail
hailed hail
hailing hail
hails hail
hailstorm
haint
hair
haircut
haircuts haircut
hairdos hairdo
hairdresser hairdress
hairdressers hairdress
hairier
hairless
hairline hairlin
hairpiece hairpiec
hairpieces hairpiec
hairpin
hairs hair
hairshirt
hairsplitting hairsplit
hairspray hairsprai
hairtonic hairton
hairy hairi
hairyknuckled hairyknuckl
halcyon
halfback
halfbacks halfback
halfhearted halfheart
halfheartedly halfheartedli
halfmile halfmil
halftime halftim
halfway halfwai
halfways halfwai
halides halid
hall
hallelujahs hallelujah
hallmark
hallmarks hallmark
hallowed hallow
halls hall
hallucinating hallucin
hallucinations hallucin
hallucinatory hallucinatori
hallway hallwai
hallways hallwai
halo
halogen
halogenated halogen
halogens halogen
halos halo
halt
halted halt
halter
halting halt
haltingly haltingli
halts halt
halvah
halve halv
halved halv
halves halv
halving halv
ham
hamburger hamburg
hamburgers hamburg
hamlet
hammer
hammered hammer
hammering hammer
hammerless
hammerlock
hamming ham
hammock
hamper
hampered hamper
hampering hamper
hampers hamper
hams ham
hamstring hamstr
hamstringing hamstring
hamstrung
han
hand
handbag
handbills handbil
handbook
handbooks handbook
handclasp
handcrafted handcraft
handcuff
handcuffed handcuf
handcuffs handcuff
hande hand
handed hand
hander
handful hand
handfuls hand
handgun
handguns handgun
handheld
handhold
handicap
handicapped handicap
handicaps handicap
handicrafts handicraft
handicraftsman
handier
handiest
handily handili
handing hand
handiwork
handkerchief
handkerchiefs handkerchief
handle handl
handlebars handlebar
handled handl
handlers handler
handles handl
handless
handling handl
handmade handmad
handmaiden
handout
handouts handout
handpicked handpick
hands hand
handscrolls handscrol
handset
handsets handset
handshake handshak
handshaker handshak
handsome handsom
handsomely handsom
handsomer handsom
handspikes handspik
handstand
handstands handstand
handwriting handwrit
handwritten
handy handi
handyman
handymen
hang
hangar
hangars hangar
hanged hang
hangers hanger
hangin
hanging hang
hangman
hangout
hangouts hangout
hangover hangov
hangovers hangov
hangs hang
hangups hangup
hank
hankered hanker
hankerin
hanky hanki
hansom
haole haol
haphazard
haphazardly haphazardli
hapless
happen
happened happen
happening happen
happenings happen
happens happen
happenstance happenst
happier
happiest
happily happili
happiness happi
happy happi
harangued harangu
harangues harangu
haranguing harangu
harass
harassed harass
harassing harass
harassment harass
harbinger harbing
harbor
harbored harbor
harboring harbor
harbors harbor
harborside harborsid
hard
hardbake hardbak
hardball hardbal
hardboard
hardboiled hardboil
hardbound
hardcore hardcor
hardcover hardcov
harddisk
harden
hardened harden
hardener harden
hardening harden
harder
hardest
hardier
hardline hardlin
hardliner hardlin
hardliners hardlin
hardly hardli
hardness hard
hardscrabble hardscrabbl
hardship
hardships hardship
hardtack
hardware hardwar
hardwood
hardwoods hardwood
hardworking hardwork
hardy hardi
hare
harelips harelip
harem
hares hare
hark
harking hark
harm
harmed harm
harmful harm
harming harm
harmless
harmlessly harmlessli
harmlessness harmless
harmonic harmon
harmonies harmoni
harmonious harmoni
harmoniously harmoni
harmonization harmon
harmonize harmon
harmony harmoni
harms harm
harness har
harnessed har
harnessing har
harp
harped harp
harping harp
harpsichord
harpsichordist
harpy harpi
harrassment harrass
harried harri
harrowed harrow
harrowing harrow
harrumphing harrumph
harry harri
harsh
harshened harshen
harsher
harshest
harshly harshli
harshness harsh
hartes hart
harvest
harvested harvest
harvesting harvest
harvests harvest
has ha
hash
hasher
hashers hasher
hashes hash
hashing hash
hashish
hasps hasp
hassle hassl
hassled hassl
hassles hassl
hassling hassl
hast
haste hast
hasten
hastened hasten
hastening hasten
hastens hasten
hastily hastili
hasty hasti
hat
hatbox
hatch
hatchback
hatched hatch
hatcheries hatcheri
hatchery hatcheri
hatchet
hatching hatch
hatchings hatch
hatchway hatchwai
hate
hated hate
hateful hate
haters hater
hates hate
hath
hating hate
hatred hatr
hats hat
hatted hat
hattes hatt
haughtily haughtili
haughtiness haughti
haughty haughti
haul
haulage haulag
hauled haul
haulers hauler
hauling haul
hauls haul
haunches haunch
haunt
haunted haunt
haunting haunt
hauntingly hauntingli
haunts haunt
haute haut
hauteur
have
haven
havens haven
haves have
havin
having have
havoc
hawing haw
hawk
hawked hawk
hawker
hawkers hawker
hawking hawk
hawkish
hawks hawk
hay hai
hayfields hayfield
haystack
haystacks haystack
hazard
hazardous hazard
hazards hazard
haze
hazel
hazelnut
hazelnuts hazelnut
hazes haze
hazy hazi
he
head
headache headach
headaches headach
headboard
headcount
headdress
heade head
headed head
header
headhunters headhunt
heading head
headings head
headland
headlands headland
headless
headlights headlight
headline headlin
headlined headlin
headlines headlin
headlinese headlines
headlining headlin
headlong
headmaster headmast
headphones headphon
headquarter headquart
headquartered headquart
headquarters headquart
headrest
headrests headrest
headroom
heads head
headsets headset
headship
headsman
headstand
headstands headstand
headstones headston
headstrong
headwall headwal
headwalls headwal
headwaters headwat
headway headwai
heady headi
heal
healed heal
healer
healers healer
healing heal
health
healthcare healthcar
healthful health
healthier
healthiest
healthily healthili
healthy healthi
heap
heaped heap
heaping heap
heaps heap
hear
heard
heare hear
hearer
hearers hearer
hearest
hearing hear
hearings hear
hears hear
hearsay hearsai
hearse hears
heart
heartbeat
heartbreak
heartbreaking heartbreak
heartburn
heartened hearten
heartening hearten
heartfelt
hearth
hearths hearth
heartiest
heartily heartili
heartland
heartless
hearts heart
heartstopping heartstop
heartthrob
heartwarmingly heartwarmingli
hearty hearti
heat
heated heat
heatedly heatedli
heater
heaters heater
heath
heathen
heathenish
heather
heating heat
heats heat
heatshield
heave heav
heaved heav
heaven
heavenly heavenli
heavens heaven
heavenward
heavers heaver
heaves heav
heavier
heavies heavi
heaviest
heavily heavili
heaviness heavi
heaving heav
heavy heavi
heavyweight
heavyweights heavyweight
hebephrenic hebephren
hecatomb
heck
heckled heckl
hectares hectar
hectic
hedge hedg
hedged hedg
hedgehogs hedgehog
hedgers hedger
hedges hedg
hedging hedg
hedonism hedon
hedonistic hedonist
heed
heeded heed
heedless
heeds heed
heel
heelers heeler
heels heel
heelsthe heelsth
heft
hefted heft
heftier
heftiest
hefty hefti
hegemonic hegemon
hegemony hegemoni
heifers heifer
heighborhoods heighborhood
height
heighten
heightened heighten
heightening heighten
heightens heighten
heights height
heinous heinou
heir
heiress
heirs heir
heist
heisted heist
hel
held
helicopter helicopt
helicopters helicopt
heliocentric heliocentr
helion
heliotrope heliotrop
heliports heliport
helium
helix
hell
hellfire hellfir
hello
hells hell
helluva
helm
helmet
helmeted helmet
helmets helmet
helmsman
help
helped help
helper
helpers helper
helpful help
helpfully helpfulli
helpfulness help
helping help
helpings help
helpless
helplessly helplessli
helplessness helpless
helpmate helpmat
helps help
hem
hematologist
hemetin
hemisphere hemispher
hemispheric hemispher
hemispherical hemispher
hemlines hemlin
hemlocks hemlock
hemmed hem
hemming hem
hemoglobin
hemolytic hemolyt
hemophilia
hemophiliacs hemophiliac
hemorrhage hemorrhag
hemorrhaged hemorrhag
hemorrhages hemorrhag
hemorrhaging hemorrhag
hemorrhoids hemorrhoid
hemosiderin
hems hem
hen
hence henc
henceforth
henchman
henchmen
henpecked henpeck
hens hen
hepatitis hepat
heptachlor
her
herald
heralded herald
heraldic herald
heralding herald
herb
herbaceous herbac
herbal
herbicide herbicid
herbicides herbicid
herbs herb
herculean
herd
herded herd
herdin
herding herd
herds herd
herdsmen
here
hereabout
hereabouts hereabout
hereafter hereaft
hereby herebi
hereditary hereditari
heredity hered
herein
hereinafter hereinaft
heresy heresi
heretical heret
heretics heret
heretofore heretofor
hereunto
herewith
heritage heritag
heritages heritag
hermeneutics hermeneut
hermetic hermet
hermetically hermet
herniated herniat
hero
heroes hero
heroic
heroically heroic
heroics heroic
heroin
heroine heroin
heroism
herons heron
herpetological herpetolog
herpetologist
herpetologists herpetologist
herpetology herpetolog
herring her
herringbone herringbon
hers her
herself
hesitance hesit
hesitancy hesit
hesitant hesit
hesitantly hesitantli
hesitate hesit
hesitated hesit
hesitates hesit
hesitating hesit
hesitatingly hesitatingli
hesitation hesit
heterogamous heterogam
heterogeneity heterogen
heterogeneous heterogen
heterozygous heterozyg
heute heut
hev
hevin
hewed hew
hewn
hews hew
hex
hexagon
hexagonal hexagon
hexametaphosphate hexametaphosph
hexameter hexamet
hey hei
heyday heydai
hiatus hiatu
hibachi
hibernate hibern
hiccup
hiccups hiccup
hick
hickory hickori
hid
hidden
hide
hideaway hideawai
hidebound
hideous hideou
hideously hideous
hideout
hideouts hideout
hiders hider
hides hide
hiding hide
hierarchical hierarch
hierarchies hierarchi
hierarchy hierarchi
hifalutin
high
highball highbal
highboard
highboy highboi
highbrow
highbrows highbrow
higher
highest
highfalutin
highflying highfli
highland
highlands highland
highlight
highlighted highlight
highlighting highlight
highlights highlight
highly highli
highness high
highpoint
highpriced highpric
highrises highris
highrisk
highroad
highs high
highschool
hightailing hightail
hightechnologies hightechnolog
hightops hightop
highway highwai
highwayman
highways highwai
highyield
hijacked hijack
hijacker hijack
hijackers hijack
hijacking hijack
hike
hiked hike
hiker
hikers hiker
hikes hike
hiking hike
hilar
hilarious hilari
hilariously hilari
hilarity hilar
hill
hillbilly hillbilli
hills hill
hillside hillsid
hillsides hillsid
hilltop
hilltops hilltop
hilly hilli
hilt
hilum
him
himself
himselfe himself
hind
hinder
hindered hinder
hindering hinder
hinders hinder
hindmost
hindquarters hindquart
hindrance hindranc
hindrances hindranc
hindsight
hinge hing
hinged hing
hinges hing
hint
hinted hint
hinterlands hinterland
hinting hint
hints hint
hip
hipline hiplin
hipper
hippie hippi
hips hip
hipster
hir
hire
hired hire
hirelings hirel
hires hire
hiring hire
his hi
hiss
hissed hiss
hisself
hissing hiss
histochemical histochem
histology histolog
historian
historians historian
historic histor
historical histor
historically histor
historichomes historichom
historicism historic
historicity histor
historicized historic
histories histori
historiography historiographi
history histori
histrionics histrion
hit
hitch
hitched hitch
hitches hitch
hitching hitch
hither
hitherto
hitless
hitmakers hitmak
hitman
hits hit
hitter
hitters hitter
hitting hit
hitwoman
hive
hmmm
ho
hoard
hoarder
hoarding hoard
hoards hoard
hoarse hoars
hoarsely hoars
hoarseness hoars
hoaxes hoax
hob
hobbies hobbi
hobbing hob
hobble hobbl
hobbled hobbl
hobbles hobbl
hobbling hobbl
hobby hobbi
hobbyist
hobbyists hobbyist
hobnob
hobo
hobos hobo
hoc
hock
hockey hockei
hocking hock
hodgepodge hodgepodg
hoes hoe
hog
hogging hog
hogs hog
hoist
hoisted hoist
hoisting hoist
hokey hokei
hold
holder
holders holder
holdin
holding hold
holdings hold
holdouts holdout
holdovers holdov
holds hold
holdup
holdups holdup
hole
holed hole
holes hole
holiday holidai
holidays holidai
holies holi
holiest
holistic holist
holler
hollered holler
hollering holler
hollers holler
hollow
hollowness hollow
hollows hollow
hollowware hollowwar
hollyhock
hollyhocks hollyhock
holocaust
holored holor
holster
holstered holster
holy holi
holystones holyston
homage homag
home
homebound
homebuilder homebuild
homebuilders homebuild
homebuilding homebuild
homecoming homecom
homecomings homecom
homeequity homeequ
homefolk
homeland
homelands homeland
homeless
homelessness homeless
homely home
homemade homemad
homemaker homemak
homemakers homemak
homeowner homeown
homeowners homeown
homeownership
homer
homered homer
homers homer
homerun
homes home
homeshopping homeshop
homesick
homesickness homesick
homespun
homestead
homesteaders homestead
homesteads homestead
hometown
homeward
homewards homeward
homework
homey homei
homicidal homicid
homicide homicid
homicides homicid
homier
homilies homili
homing home
homoerotic homoerot
homoeroticism homoerotic
homogenate homogen
homogeneity homogen
homogeneous homogen
homogeneously homogen
homogenization homogen
homogenize homogen
homogenized homogen
homogenous homogen
homologous homolog
homophobia
homophobic homophob
homopolymers homopolym
homosexual homosexu
homosexuality homosexu
homosexuals homosexu
homozygous homozyg
hon
hone
honed hone
honest
honestly honestli
honesty honesti
honey honei
honeybee honeybe
honeybees honeybe
honeycombed honeycomb
honeymoon
honeymooned honeymoon
honeymooners honeymoon
honeymooning honeymoon
honeysuckle honeysuckl
honk
honkytonks honkytonk
honor
honorable honor
honorably honor
honorarium
honorariums honorarium
honorary honorari
honored honor
honoree honore
honorific honorif
honoring honor
honors honor
honour
honoured honour
hooch
hood
hoodle hoodl
hoodlum
hoodlums hoodlum
hoods hood
hoodwinked hoodwink
hoof
hoofmarks hoofmark
hoofs hoof
hook
hooked hook
hooker
hookers hooker
hooking hook
hooks hook
hookup
hookups hookup
hookworm
hooliganism hooligan
hoop
hoopla
hoops hoop
hoosegow
hoosegows hoosegow
hoot
hooted hoot
hooting hoot
hoots hoot
hooves hoov
hop
hope
hoped hope
hopeful hope
hopefully hopefulli
hopefuls hope
hopeless
hopelessly hopelessli
hopelessness hopeless
hopes hope
hoping hope
hopped hop
hopper
hopping hop
hoppled hoppl
hopples hoppl
hops hop
hopscotch
hopscotched hopscotch
horde hord
hordes hord
horizon
horizons horizon
horizontal horizont
horizontally horizont
hormonal hormon
hormone hormon
hormones hormon
horn
horned horn
hornet
horns horn
horoscope horoscop
horoscopes horoscop
horrendous horrend
horrible horribl
horribles horribl
horribly horribl
horrid
horrific horrif
horrified horrifi
horrifying horrifi
horrifyingly horrifyingli
horror
horrors horror
hors hor
horse hors
horseback
horsedom
horseflesh
horsehair
horselike horselik
horseman
horsemanship
horsemeat
horsemen
horseplay horseplai
horsepower horsepow
horseradish
horses hors
horseshoers horsesho
horsewoman
horticultural horticultur
horticulturally horticultur
horticulture horticultur
horticulturist
hosannas hosanna
hose
hoses hose
hospice hospic
hospices hospic
hospitable hospit
hospital hospit
hospitality hospit
hospitalization hospit
hospitalizations hospit
hospitalized hospit
hospitals hospit
hoss
hosses hoss
host
hostage hostag
hostages hostag
hoste host
hosted host
hostelries hostelri
hostess
hostesses hostess
hostile hostil
hostilities hostil
hostility hostil
hosting host
hostler
hosts host
hot
hotbed hotb
hotdog
hotdogs hotdog
hotel
hotelier hoteli
hoteliers hoteli
hotelman
hotels hotel
hothouse hothous
hothouses hothous
hotline hotlin
hotlines hotlin
hotly hotli
hotrod
hotter
hottest
hound
hounded hound
hounding hound
hounds hound
hour
hourlong
hourly hourli
hours hour
house hous
houseboat
houseboats houseboat
housebound
housebreakers housebreak
housebreaking housebreak
housebroken
housecleaning houseclean
housed hous
houseful hous
househld
household
householder household
householders household
households household
housekeeper housekeep
housekeeping housekeep
houseman
housemate housem
housepaint
houses hous
housewares housewar
housewarming housewarm
housewife housewif
housewives housew
housework
housing hous
housings hous
hove
hovel
hovels hovel
hover
hovered hover
hoverin
hovering hover
hovers hover
how
howdy howdi
howe how
however howev
howitzer howitz
howl
howled howl
howlers howler
howling howl
howls howl
howse hows
howsomever howsomev
hoydenish
hp
hr
hub
hubba
hubbub
hubby hubbi
hubris hubri
hubs hub
huckster
huckstering huckster
huddle huddl
huddled huddl
huddles huddl
huddling huddl
hue
hues hue
huffed huf
hug
huge
hugely huge
hugged hug
hugging hug
huggings hug
hugh
hugs hug
huh
hula
hulk
hulking hulk
hulks hulk
hull
hullabaloo
hum
humaine humain
human
humane human
humanely human
humaneness human
humanism human
humanist
humanistic humanist
humanists humanist
humanitarian
humanities human
humanity human
humanize human
humanizing human
humankind
humanly humanli
humanness human
humans human
humble humbl
humbled humbl
humblest
humbling humbl
humbly humbl
humid
humidity humid
humilation humil
humiliated humili
humiliates humili
humiliating humili
humiliatingly humiliatingli
humiliation humili
humility humil
humly humli
hummable hummabl
hummed hum
humming hum
hummocks hummock
humongous humong
humor
humorist
humorists humorist
humorless
humorous humor
humors humor
humour
hump
humped hump
hums hum
hunch
hunched hunch
hunches hunch
hunching hunch
hundredth
hundredweight
hung
hunger
hungrier
hungrily hungrili
hungry hungri
hunk
hunker
hunkered hunker
hunt
hunted hunt
hunter
hunters hunter
hunting hunt
hunts hunt
hurdle hurdl
hurdled hurdl
hurdles hurdl
hurl
hurled hurl
hurler
hurlers hurler
hurley hurlei
hurling hurl
hurls hurl
hurrah
hurricane hurrican
hurricanes hurrican
hurried hurri
hurriedly hurriedli
hurries hurri
hurry hurri
hurrying hurri
hurt
hurting hurt
hurtled hurtl
hurtling hurtl
hurts hurt
husband
husbandry husbandri
husbands husband
husbun
hush
hushed hush
husk
huskily huskili
huskiness huski
husks husk
husky huski
hustings hust
hustle hustl
hustled hustl
hustler
hustlers hustler
hustles hustl
hustling hustl
hut
hutch
hutment
hutments hutment
huts hut
huzzahs huzzah
hyacinths hyacinth
hyaline hyalin
hyalinization hyalin
hyaluronic hyaluron
hybrid
hybrids hybrid
hydrated hydrat
hydration hydrat
hydraulic hydraul
hydraulically hydraul
hydraulics hydraul
hydride hydrid
hydrides hydrid
hydrido
hydrocarbon
hydrocarbons hydrocarbon
hydrochemistry hydrochemistri
hydrochloride hydrochlorid
hydrochlorothiazide hydrochlorothiazid
hydroelectric hydroelectr
hydrogen
hydrogens hydrogen
hydrolysis hydrolysi
hydrolyzed hydrolyz
hydrophilic hydrophil
hydrophobia
hydrophobic hydrophob
hydrostatic hydrostat
hydrotherapy hydrotherapi
hydrous hydrou
hydroxylation hydroxyl
hydroxymethyl
hyenas hyena
hygiene hygien
hygienic hygien
hym
hymen
hymens hymen
hymn
hymns hymn
hymselfe hymself
hype
hyped hype
hyper
hyperactive hyperact
hyperbole hyperbol
hyperbolic hyperbol
hyperbolically hyperbol
hypercellularity hypercellular
hyperemia
hyperemic hyperem
hyperfine hyperfin
hyperinflation hyperinfl
hypermarket
hypermarkets hypermarket
hyperplasia
hypersonic hyperson
hypertension hypertens
hypertrophied hypertrophi
hypertrophy hypertrophi
hypervelocity hyperveloc
hyperventilating hyperventil
hyperzeal hyperz
hyphenated hyphen
hyphens hyphen
hyping hype
hypnosis hypnosi
hypnotic hypnot
hypnotically hypnot
hypnotized hypnot
hypo
hypoactive hypoact
hypoadrenocorticism hypoadrenocortic
hypocellularity hypocellular
hypocracy hypocraci
hypocrisies hypocrisi
hypocrisy hypocrisi
hypocrite hypocrit
hypocrites hypocrit
hypocritical hypocrit
hypodermic hypoderm
hypoglycemia
hypoglycemic hypoglycem
hypophyseal hypophys
hypophysectomised hypophysectomis
hypostatization hypostat
hypothalamic hypothalam
hypothalamically hypothalam
hypothalamus hypothalamu
hypotheses hypothes
hypothesis hypothesi
hypothesize hypothes
hypothesized hypothes
hypothetical hypothet
hypothetically hypothet
hypothyroidism hypothyroid
hys hy
hysterectomy hysterectomi
hysteria
hysterical hyster
hysterically hyster
hytt
i
iambic
ibuprofen
ice ic
iceberg
icebergs iceberg
icebound
icebox
icecap
iced ic
icicle icicl
icing ic
icon
iconoclasm
iconoclast
iconoclastic iconoclast
icons icon
icy ici
idea
ideal
idealism ideal
idealisms ideal
idealist
idealistic idealist
idealization ideal
idealized ideal
ideally ideal
ideals ideal
ideas idea
ideational ideat
identical ident
identically ident
identifiable identifi
identification identif
identifications identif
identified identifi
identifier identifi
identifiers identifi
identifies identifi
identify identifi
identifying identifi
identities ident
identity ident
ideological ideolog
ideologically ideolog
ideologies ideolog
ideologist
ideologists ideologist
ideologues ideologu
ideology ideolog
ides id
idiocies idioci
idiocy idioci
idiom
idiomatic idiomat
idioms idiom
idiosyncrasies idiosyncrasi
idiosyncratic idiosyncrat
idiot
idiotic idiot
idiotically idiot
idiots idiot
idiotypes idiotyp
idle idl
idled idl
idleness idl
idler
idlers idler
idling idl
idlings idl
idly idli
idol
idolatry idolatri
idolize idol
idolized idol
idols idol
idosyncratic idosyncrat
idyll idyl
idyllic idyl
if
iffy iffi
ifs if
igloo
igneous igneou
ignite ignit
ignited ignit
ignition ignit
ignoble ignobl
ignominious ignomini
ignominiously ignomini
ignoramus ignoramu
ignorance ignor
ignorant ignor
ignore ignor
ignored ignor
ignores ignor
ignoring ignor
iguana
iguanas iguana
ij
ileum
iliac
ilk
ill
illegal illeg
illegalities illeg
illegality illeg
illegally illeg
illegitimacy illegitimaci
illegitimate illegitim
illicit
illicitly illicitli
illiquid
illiquidity illiquid
illiteracy illiteraci
illiterate illiter
illness ill
illnesses ill
illogic illog
illogical illog
ills ill
illuminate illumin
illuminated illumin
illuminates illumin
illuminating illumin
illumination illumin
illuminations illumin
illumine illumin
illumined illumin
illumines illumin
illusion illus
illusionary illusionari
illusionist
illusions illus
illusive illus
illusiveness illus
illusory illusori
illustrate illustr
illustrated illustr
illustrates illustr
illustrating illustr
illustration illustr
illustrations illustr
illustrative illustr
illustrator illustr
illustrators illustr
illustrious illustri
image imag
imaged imag
imagery imageri
images imag
imaginable imagin
imaginary imaginari
imagination imagin
imaginations imagin
imaginative imagin
imaginatively imagin
imagine imagin
imagined imagin
imagines imagin
imaging imag
imagining imagin
imaginings imagin
imagnation imagn
imbalance imbal
imbalances imbal
imbecile imbecil
imbecility imbecil
imbedded imbed
imbibe imbib
imbibed imbib
imbroglio
imbruing imbru
imbued imbu
imcomparable imcompar
imcomplete imcomplet
imitate imit
imitated imit
imitates imit
imitating imit
imitation imit
imitations imit
imitative imit
imitators imit
immaculate immacul
immanent imman
immaterial immateri
immature immatur
immaturity immatur
immeasurable immeasur
immeasurably immeasur
immediacies immediaci
immediacy immediaci
immediate immedi
immediately immedi
immemorial immemori
immense immens
immensely immens
immensities immens
immensity immens
immersed immers
immersion immers
immigrant immigr
immigrants immigr
immigrated immigr
immigration immigr
imminence immin
imminent immin
imminently immin
immiserated immiser
immobility immobl
immobilized immobil
immoderate immoder
immodest
immodesty immodesti
immoral immor
immoralities immor
immorality immor
immortal immort
immortality immort
immortalized immort
immovable immov
immune immun
immunities immun
immunity immun
immunization immun
immunized immun
immunodeficiency immunodefici
immunoelectrophoresis immunoelectrophoresi
immunoglobulin
immunological immunolog
immunologist
immunology immunolog
immunosuppressive immunosuppress
immutable immut
impact
impacted impact
impaction impact
impacts impact
impair
impaired impair
impairment impair
impaled impal
impaling impal
impart
impartation impart
imparted impart
impartial imparti
impartiality imparti
imparting impart
imparts impart
impassable impass
impasse impass
impassible impass
impassioned impass
impassive impass
impassively impass
impassiveness impass
impatience impati
impatiens impatien
impatient impati
impatiently impati
impeached impeach
impeachment impeach
impeccable impecc
impeccably impecc
impede imped
impeded imped
impedes imped
impediment impedi
impediments impedi
impeding imped
impelled impel
impelling impel
impels impel
impending impend
impenetrable impenetr
imperative imper
imperatives imper
imperceptible impercept
imperceptibly impercept
imperfect
imperfectability imperfect
imperfection imperfect
imperfections imperfect
imperfectly imperfectli
imperial imperi
imperialism imperi
imperialist
imperialists imperialist
imperil
imperiled imperil
imperiling imperil
imperilled imperil
imperious imperi
imperiously imperi
imperishable imperish
impermissible impermiss
impersonal imperson
impersonalized imperson
impersonally imperson
impersonated imperson
impersonates imperson
impersonation imperson
impersonations imperson
impersonator imperson
impertinent impertin
imperturbable imperturb
impervious impervi
impetigo
impetuous impetu
impetuousness impetu
impetus impetu
impiety impieti
impinge imping
impinging imping
impious impiou
implacable implac
implant
implantable implant
implantation implant
implanted implant
implanting implant
implausible implaus
implausibly implaus
implement
implementation implement
implemented implement
implementer implement
implementing implement
implements implement
implicate implic
implicated implic
implication implic
implications implic
implicit
implicitly implicitli
implied impli
implies impli
implore implor
implored implor
implores implor
imploring implor
imply impli
implying impli
impolite impolit
impolitic impolit
imponderable imponder
imponderables imponder
import
importance import
important import
importantly importantli
importation import
imported import
importer import
importers import
importing import
imports import
importunately importun
importunities importun
impose impos
imposed impos
imposes impos
imposing impos
imposition imposit
impossibility imposs
impossible imposs
impossibly imposs
impostor
impotence impot
impotency impot
impotent impot
impound
impounded impound
impoundment impound
impoundments impound
impoverished impoverish
impoverishment impoverish
impracticable impractic
impractical impract
impracticality impract
imprecates imprec
imprecations imprec
imprecise imprecis
imprecisely imprecis
impregnable impregn
impresario
impress
impressed impress
impresser impress
impresses impress
impressing impress
impression impress
impressionism impression
impressionist
impressionistic impressionist
impressionistically impressionist
impressionists impressionist
impressions impress
impressive impress
impressively impress
imprimatur
imprint
imprinted imprint
imprints imprint
imprison
imprisoned imprison
imprisoning imprison
imprisonment imprison
imprisons imprison
improbability improb
improbable improb
improbably improb
impromptu
improper improp
improperly improperli
improprieties improprieti
impropriety improprieti
improve improv
improved improv
improvement improv
improvements improv
improves improv
improvident improvid
improvidently improvid
improving improv
improvisation improvis
improvisational improvis
improvisations improvis
improvisatory improvisatori
improvise improvis
improvised improvis
improviser improvis
improvisers improvis
improvises improvis
improvising improvis
imprudence imprud
imprudent imprud
imprudently imprud
impudence impud
impudent impud
impudently impud
impugn
impugned impugn
impugning impugn
impulse impuls
impulses impuls
impulsive impuls
impulsively impuls
impunity impun
impure impur
impurities impur
impurity impur
imput
imputation imput
impute imput
imputed imput
in
inability inabl
inaccessible inaccess
inaccuracies inaccuraci
inaccuracy inaccuraci
inaccurate inaccur
inaccurately inaccur
inaction inact
inactivate inactiv
inactivated inactiv
inactivation inactiv
inactive inact
inactivity inact
inadequacies inadequaci
inadequacy inadequaci
inadequate inadequ
inadequately inadequ
inadvertence inadvert
inadvertent inadvert
inadvertently inadvert
inadvisable inadvis
inalienable inalien
inane inan
inanimate inanim
inapplicable inapplic
inappropriate inappropri
inappropriately inappropri
inappropriateness inappropri
inapt
inarticulate inarticul
inasmuch
inattention inattent
inattentive inattent
inaudible inaud
inaugural inaugur
inaugurated inaugur
inaugurating inaugur
inauguration inaugur
inauspicious inauspici
inboard
inboards inboard
inborn
inbound
inbreeding inbreed
incalculable incalcul
incandescent incandesc
incantation incant
incanted incant
incapable incap
incapacitated incapacit
incapacitating incapacit
incapacity incapac
incarcerate incarcer
incarcerated incarcer
incarceration incarcer
incarnate incarn
incarnation incarn
incarnations incarn
incautious incauti
incautiously incauti
incendiaries incendiari
incendiary incendiari
incense incens
incensed incens
incentive incent
incentives incent
incepted incept
incepting incept
inception incept
inceptor
incertain
incessant incess
incessantly incessantli
incest
incestuous incestu
inch
inched inch
inches inch
inching inch
inchworm
incidence incid
incident incid
incidental incident
incidentally incident
incidentals incident
incidents incid
incineration inciner
incinerator inciner
incinerators inciner
incipience incipi
incipiency incipi
incipient incipi
incise incis
incisions incis
incisive incis
incisiveness incis
incite incit
incited incit
incitement incit
incitements incit
inciting incit
inclement
inclination inclin
inclinations inclin
incline inclin
inclined inclin
inclosed inclos
include includ
included includ
includee include
includes includ
including includ
inclusion inclus
inclusions inclus
inclusive inclus
inclusiveness inclus
incoherence incoher
incoherent incoher
incoherently incoher
income incom
incomes incom
incoming incom
incomparable incompar
incomparably incompar
incompatibility incompat
incompatible incompat
incompatibles incompat
incompetence incompet
incompetency incompet
incompetent incompet
incompetently incompet
incompetents incompet
incomplete incomplet
incompletely incomplet
incompleteness incomplet
incomprehensible incomprehens
incomprehension incomprehens
inconceivable inconceiv
inconclusive inconclus
inconclusively inconclus
incongruities incongru
incongruity incongru
incongruous incongru
inconsequential inconsequenti
inconsiderable inconsider
inconsistencies inconsist
inconsistency inconsist
inconsistent inconsist
inconsistently inconsist
inconspicuous inconspicu
inconspicuously inconspicu
incontestable incontest
incontrovertible incontrovert
inconvenience inconveni
inconveniences inconveni
inconvenient inconveni
inconveniently inconveni
incorporate incorpor
incorporated incorpor
incorporates incorpor
incorporating incorpor
incorporation incorpor
incorrect
incorrectly incorrectli
incorrigible incorrig
incorruptibility incorrupt
incorruptible incorrupt
increase increas
increased increas
increases increas
increasing increas
increasingly increasingli
incredible incred
incredibly incred
incredulity incredul
incredulously incredul
increment
incremental increment
increments increment
incriminating incrimin
incubate incub
incubated incub
incubating incub
incubation incub
incubi
incubus incubu
inculcated inculc
inculcation inculc
incumbencies incumb
incumbency incumb
incumbent incumb
incumbents incumb
incur
incurable incur
incurably incur
incurred incur
incurring incur
incurs incur
incursion incurs
indebted indebt
indebtedness indebted
indecency indec
indecent indec
indecipherable indecipher
indecision indecis
indecisive indecis
indecisively indecis
indecisiveness indecis
indeed inde
indefatigable indefatig
indefensible indefens
indefinable indefin
indefinite indefinit
indefinitely indefinit
indefiniteness indefinit
indefinity indefin
indelible indel
indelibly indel
indelicate indel
indemnification indemnif
indemnify indemnifi
indemnifying indemnifi
indemnity indemn
indentations indent
indenture indentur
indentured indentur
independant independ
independence independ
independent independ
independently independ
independents independ
indescribable indescrib
indestructibility indestruct
indestructible indestruct
indeterminable indetermin
indeterminate indetermin
index
indexation index
indexed index
indexer index
indexers index
indexes index
indexing index
indicate indic
indicated indic
indicates indic
indicating indic
indication indic
indications indic
indicative indic
indicator indic
indicators indic
indices indic
indict
indicted indict
indictment indict
indictments indict
indifference indiffer
indifferent indiffer
indigation indig
indigenous indigen
indigent indig
indigents indig
indigestible indigest
indigestion indigest
indignant indign
indignantly indignantli
indignation indign
indignities indign
indignity indign
indirect
indirection indirect
indirectly indirectli
indirectness indirect
indiscreet
indiscretions indiscret
indiscriminantly indiscriminantli
indiscriminate indiscrimin
indiscriminating indiscrimin
indispensability indispens
indispensable indispens
indispensible indispens
indisposed indispos
indisposition indisposit
indisputable indisput
indisputably indisput
indistinct
indistinguishable indistinguish
indium
individual individu
individualism individu
individualist
individualistic individualist
individualists individualist
individuality individu
individualized individu
individualizing individu
individually individu
individuals individu
individuate individu
individuation individu
indivisibility indivis
indivisible indivis
indoctrinated indoctrin
indoctrinating indoctrin
indoctrination indoctrin
indolence indol
indolent indol
indolently indol
indomitable indomit
indoor
indoors indoor
indorsed indors
indpendent indpend
indubitable indubit
induce induc
induced induc
inducement induc
inducements induc
induces induc
inducing induc
inducted induct
inductees inducte
induction induct
inductions induct
indulge indulg
indulged indulg
indulgence indulg
indulgences indulg
indulgent indulg
indulges indulg
indulging indulg
industralization industr
industrial industri
industrialism industri
industrialist
industrialists industrialist
industrialization industri
industrialize industri
industrialized industri
industrially industri
industrials industri
industries industri
industrious industri
industriously industri
industry industri
industryas industrya
industrywide industrywid
industy industi
indwelling indwel
inedible ined
ineffable ineff
ineffably ineff
ineffective ineffect
ineffectively ineffect
ineffectiveness ineffect
ineffectual ineffectu
inefficiencies ineffici
inefficiency ineffici
inefficient ineffici
ineligible inelig
ineluctable ineluct
inept
ineptitude ineptitud
ineptly ineptli
ineptness inept
inequalities inequ
inequality inequ
inequitable inequit
inequitably inequit
inequities inequ
inequity inequ
inert
inertia
inertial inerti
inescapable inescap
inescapably inescap
inevitabilities inevit
inevitability inevit
inevitable inevit
inevitably inevit
inexact
inexcusable inexcus
inexhaustible inexhaust
inexorable inexor
inexorably inexor
inexpensive inexpens
inexperience inexperi
inexperienced inexperienc
inexpert
inexplicable inexplic
inexplicably inexplic
inexplicit
inexpressible inexpress
inexpressibly inexpress
inextricable inextric
inextricably inextric
infallibility infal
infallible infal
infamous infam
infamy infami
infancy infanc
infant
infantile infantil
infantry infantri
infantryman
infantrymen
infants infant
infarct
infarction infarct
infatuation infatu
infect
infected infect
infecting infect
infection infect
infections infect
infectious infecti
infelicitous infelicit
infer
inferable infer
inference infer
inferences infer
inferential inferenti
inferior
inferiority inferior
infernal infern
infernally infern
inferno
inferred infer
infertile infertil
infertility infertil
infest
infestation infest
infestations infest
infested infest
infesting infest
infests infest
infidel
infidelity infidel
infidels infidel
infield
infielder infield
infielders infield
infighting infight
infiltrate infiltr
infiltrated infiltr
infiltrating infiltr
infiltration infiltr
infinite infinit
infinitely infinit
infinitesimal infinitesim
infinitesimally infinitesim
infinitive infinit
infinitum
infinity infin
infirm
infirmary infirmari
infirmity infirm
inflame inflam
inflamed inflam
inflammation inflamm
inflammations inflamm
inflammatory inflammatori
inflate inflat
inflated inflat
inflates inflat
inflating inflat
inflation inflat
inflationary inflationari
inflations inflat
inflected inflect
inflecting inflect
inflection inflect
inflections inflect
inflexible inflex
inflict
inflicted inflict
inflicting inflict
infliction inflict
inflight
inflow
inflows inflow
influence influenc
influenced influenc
influences influenc
influencing influenc
influent
influential influenti
influenza
influx
inform
informal inform
informality inform
informally inform
informant inform
informants inform
informatics informat
information inform
informational inform
informative inform
informed inform
informer inform
informing inform
informs inform
infra
infraction infract
infractions infract
infrared infrar
infrastructural infrastructur
infrastructure infrastructur
infrastructures infrastructur
infrequent infrequ
infrequently infrequ
infringe infring
infringed infring
infringement infring
infringements infring
infringes infring
infringing infring
infuriate infuri
infuriated infuri
infuriating infuri
infuriation infuri
infuse infus
infused infus
infusion infus
infusions infus
ingenious ingeni
ingeniously ingeni
ingenuity ingenu
ingest
ingested ingest
ingestion ingest
inglorious inglori
ingloriously inglori
ingot
ingots ingot
ingrained ingrain
ingrates ingrat
ingratiate ingrati
ingratiating ingrati
ingratitoode ingratitood
ingratitude ingratitud
ingredient ingredi
ingredients ingredi
inhabit
inhabitants inhabit
inhabitation inhabit
inhabited inhabit
inhabiting inhabit
inhabits inhabit
inhalation inhal
inhaling inhal
inharmonious inharmoni
inherent inher
inherently inher
inheres inher
inherit
inheritable inherit
inheritance inherit
inherited inherit
inheriting inherit
inheritor
inheritors inheritor
inherits inherit
inhibit
inhibited inhibit
inhibiting inhibit
inhibition inhibit
inhibitions inhibit
inhibitor
inhibitors inhibitor
inhibitory inhibitori
inhibits inhibit
inholdings inhold
inhomogeneous inhomogen
inhospitable inhospit
inhuman
inhumane inhuman
inhumanities inhuman
inimical inim
inimitable inimit
iniquities iniqu
iniquitous iniquit
initial initi
initialed initi
initialing initi
initially initi
initials initi
initiate initi
initiated initi
initiates initi
initiating initi
initiation initi
initiatiors initiatior
initiative initi
initiatives initi
initiator initi
initiatve initiatv
inject
injected inject
injecting inject
injection inject
injections inject
injects inject
injunction injunct
injunctions injunct
injunctive injunct
injure injur
injured injur
injures injur
injuries injuri
injuring injur
injurious injuri
injury injuri
injustice injustic
injustices injustic
ink
inkblots inkblot
inking ink
inkling inkl
inks ink
inkstand
inlaid
inland
inlay inlai
inlet
inlets inlet
inmate inmat
inmates inmat
inn
innards innard
innate innat
innately innat
inner
innermost
inning in
innings in
innocence innoc
innocent innoc
innocently innoc
innocents innoc
innoculated innocul
innoculating innocul
innoculation innocul
innocuous innocu
innovate innov
innovated innov
innovation innov
innovations innov
innovative innov
innovativeness innov
innovator innov
innovators innov
inns inn
innuendo
innuendoes innuendo
innumerable innumer
inoculate inocul
inoculation inocul
inoculations inocul
inoperable inoper
inoperative inop
inopportune inopportun
inordinate inordin
inordinately inordin
inorganic inorgan
inpatient inpati
inpatients inpati
inpenetrable inpenetr
inplace inplac
inpost
input
inputs input
inquest
inquire inquir
inquired inquir
inquiries inquiri
inquiring inquir
inquiry inquiri
inquisitive inquisit
inquisitiveness inquisit
inquisitor
inroad
inroads inroad
insane insan
insanely insan
insanity insan
insatiable insati
inscribed inscrib
inscription inscript
inscriptions inscript
inscrutability inscrut
inscrutable inscrut
insect
insecticide insecticid
insecticides insecticid
insects insect
insecure insecur
insecurities insecur
insecurity insecur
insemination insemin
insensitive insensit
insensitivity insensit
inseparable insepar
insert
inserted insert
inserting insert
insertion insert
insertions insert
inserts insert
inset
insets inset
inshore inshor
inside insid
insider insid
insiders insid
insides insid
insidious insidi
insidiously insidi
insight
insightful insight
insights insight
insignificance insignific
insignificances insignific
insignificant insignific
insincere insincer
insinuate insinu
insinuated insinu
insinuates insinu
insinuating insinu
insinuation insinu
insinuations insinu
insinuendo
insipid
insist
insisted insist
insistence insist
insistent insist
insistently insist
insisting insist
insists insist
insofar
insolence insol
insolent insol
insolently insol
insoluble insolubl
insolvencies insolv
insolvency insolv
insolvent insolv
insomma
insomnia
insomniacs insomniac
insouciance insouci
inspect
inspected inspect
inspecting inspect
inspection inspect
inspections inspect
inspector
inspectors inspector
inspiration inspir
inspirational inspir
inspirationally inspiration
inspirations inspir
inspire inspir
inspired inspir
inspires inspir
inspiring inspir
instability instabl
install instal
installation instal
installations instal
installed instal
installer instal
installing instal
installment instal
installments instal
instalments instal
instance instanc
instances instanc
instancy instanc
instant
instantaneous instantan
instantaneously instantan
instantly instantli
instead
instigate instig
instigated instig
instigating instig
instigation instig
instigator instig
instigators instig
instill instil
instillation instil
instills instil
instinct
instinctive instinct
instinctively instinct
instincts instinct
instinctual instinctu
institute institut
instituted institut
institutes institut
instituting institut
institution institut
institutional institut
institutionalized institution
institutionally institution
institutions institut
instruct
instructed instruct
instructing instruct
instruction instruct
instructional instruct
instructions instruct
instructive instruct
instructor
instructors instructor
instructs instruct
instrument
instrumental instrument
instrumentalists instrumentalist
instrumentalities instrument
instrumentally instrument
instrumentals instrument
instrumentation instrument
instrumented instrument
instruments instrument
insubordinate insubordin
insubordination insubordin
insubstantial insubstanti
insufferable insuffer
insufferably insuffer
insufficient insuffici
insufficiently insuffici
insularity insular
insulate insul
insulated insul
insulating insul
insulation insul
insulator insul
insulators insul
insulin
insulins insulin
insult
insulted insult
insulting insult
insults insult
insuperable insuper
insuperably insuper
insupportable insupport
insurability insur
insurance insur
insure insur
insured insur
insurer insur
insurers insur
insures insur
insurgence insurg
insurgency insurg
insurgent insurg
insurgents insurg
insuring insur
insurmountable insurmount
insurrection insurrect
insurrections insurrect
intact
intactible intact
intake intak
intangible intang
intangibles intang
integer integ
integers integ
integral integr
integrals integr
integrate integr
integrated integr
integrates integr
integrating integr
integration integr
integrative integr
integrator integr
integrators integr
integrity integr
intellect
intellectual intellectu
intellectuality intellectu
intellectually intellectu
intellectuals intellectu
intellectus intellectu
intelligence intellig
intelligent intellig
intelligently intellig
intelligentsia
intelligible intellig
intemperance intemper
intend
intendant intend
intendants intend
intended intend
intending intend
intends intend
intense intens
intensely intens
intensification intensif
intensified intensifi
intensifier intensifi
intensifiers intensifi
intensify intensifi
intensifying intensifi
intensities intens
intensity intens
intensive intens
intensively intens
intent
intention intent
intentional intent
intentionally intention
intentioned intent
intentions intent
intently intent
intents intent
inter
interact
interacting interact
interaction interact
interactions interact
interactive interact
interacts interact
interagency interag
interaxial interaxi
interbank
interbreeding interbreed
intercede interced
interceded interced
intercept
intercepted intercept
interception intercept
interceptor
interceptors interceptor
intercepts intercept
interchangable interchang
interchange interchang
interchangeable interchang
interchanges interchang
intercity interc
interclass
intercollegiate intercollegi
intercom
intercompany intercompani
interconnect
interconnected interconnect
interconnectedness interconnected
interconnections interconnect
intercontinental intercontinent
intercorporate intercorpor
intercourse intercours
intercrisis intercrisi
interdenominational interdenomin
interdepartmental interdepartment
interdependence interdepend
interdependent interdepend
interdicting interdict
interdiction interdict
intereference interefer
interessant interess
interest
interested interest
interesting interest
interestingly interestingli
interestrate interestr
interests interest
interface interfac
interfaces interfac
interfacial interfaci
interfaith
interfere interfer
interfered interf
interference interfer
interferes interfer
interfering interf
interferometer interferomet
interferometers interferomet
interferon
intergenerational intergener
interglacial interglaci
intergovernmental intergovernment
intergroup
interim
interior
interiors interior
interject
interjected interject
interjects interject
interlaced interlac
interlacing interlac
interlayer interlay
interlibrary interlibrari
interlining interlin
interlinked interlink
interlobular
interlocking interlock
interlocutor
interloper interlop
interlopers interlop
interloping interlop
interlude interlud
interludes interlud
intermarket
intermediaries intermediari
intermediary intermediari
intermediate intermedi
intermediates intermedi
interment inter
intermeshed intermesh
interminable intermin
intermingle intermingl
interministerial interministeri
intermission intermiss
intermissions intermiss
intermittent intermitt
intermittently intermitt
intermixed intermix
intermodal intermod
intermolecular
intern
internal intern
internalized intern
internally intern
international intern
internationalism internation
internationalist
internationalists internationalist
internationalization internation
internationalize internation
internationalized internation
internationalizing internation
internationally internation
internationals intern
interne intern
interned intern
interning intern
internist
internists internist
internment intern
interns intern
interoffice interoffic
interparty interparti
interpenetrate interpenetr
interpenetrates interpenetr
interpenetration interpenetr
interpeople interpeopl
interpersonal interperson
interplanetary interplanetari
interplay interplai
interpolated interpol
interpolation interpol
interpolations interpol
interposed interpos
interposing interpos
interposition interposit
interpret
interpretable interpret
interpretation interpret
interpretations interpret
interpretative interpret
interpreted interpret
interpreter interpret
interpreters interpret
interpreting interpret
interpretive interpret
interpretor
interprets interpret
interprovincial interprovinci
interred inter
interregnum
interrelated interrel
interrelation interrel
interrelations interrel
interrelationship
interrelationships interrelationship
interrogate interrog
interrogated interrog
interrogation interrog
interrogatives interrog
interrogator interrog
interrogators interrog
interrupt
interrupted interrupt
interrupting interrupt
interruption interrupt
interruptions interrupt
interrupts interrupt
intersect
intersecting intersect
intersection intersect
intersections intersect
interspecies interspeci
interspersed interspers
intersperses interspers
interst
interstage interstag
interstate interst
interstates interst
interstellar
interstices interstic
interstitial interstiti
intertitles intertitl
intertwined intertwin
intertwining intertwin
interval interv
intervals interv
intervene interven
intervened interven
intervenes interven
intervening interven
intervenors intervenor
intervention intervent
interventionist
interventionists interventionist
interventions intervent
interview
interviewed interview
interviewee interviewe
interviewees interviewe
interviewer interview
interviewers interview
interviewing interview
interviews interview
interwar
interweaving interweav
interwoven
intestinal intestin
intestine intestin
intestines intestin
inti
intial
intifada
intifadah
intima
intimacy intimaci
intimal intim
intimate intim
intimated intim
intimately intim
intimating intim
intimation intim
intimations intim
intimidate intimid
intimidated intimid
intimidates intimid
intimidating intimid
intimidation intimid
intimidations intimid
intitiative intiti
into
intolerable intoler
intolerably intoler
intolerance intoler
intolerant intoler
intonaco
intonation inton
intonations inton
intoned inton
intones inton
intoxicated intox
intoxicating intox
intoxication intox
intracompany intracompani
intractable intract
intraday intradai
intradepartmental intradepartment
intraepithelial intraepitheli
intragovernment intragovern
intramural intramur
intramuscularly intramuscularli
intranasal intranas
intransigence intransig
intransigent intransig
intransigents intransig
intraocular
intraparty intraparti
intrapreneurship
intrapulmonary intrapulmonari
intrastate intrast
intratissue intratissu
intrauterine intrauterin
intravenous intraven
intravenously intraven
intrepid
intricacies intricaci
intricate intric
intricately intric
intrigue intrigu
intrigued intrigu
intrigues intrigu
intriguing intrigu
intriguingly intriguingli
intrinsic intrins
intrinsically intrins
introduce introduc
introduced introduc
introduces introduc
introducing introduc
introduction introduct
introductions introduct
introductory introductori
introject
introjected introject
introjects introject
introspection introspect
introspective introspect
introverted introvert
intrude intrud
intruded intrud
intruder intrud
intruders intrud
intrudes intrud
intruding intrud
intrusion intrus
intrusions intrus
intrusive intrus
intuition intuit
intuitions intuit
intuitive intuit
intuitively intuit
inundated inund
inundating inund
inundations inund
inure inur
inured inur
invade invad
invaded invad
invader invad
invaders invad
invades invad
invading invad
invalid
invalidate invalid
invalidated invalid
invalidism invalid
invalids invalid
invaluable invalu
invariable invari
invariably invari
invariant invari
invasion invas
invasions invas
invasive invas
invective invect
inveigh
inveigle inveigl
invent
invented invent
inventing invent
invention invent
inventions invent
inventive invent
inventively invent
inventiveness invent
inventor
inventories inventori
inventors inventor
inventory inventori
invents invent
inverse invers
inversely invers
inversion invers
inversions invers
invert
invertebrates invertebr
inverted invert
invest
investable invest
invested invest
investigate investig
investigated investig
investigates investig
investigating investig
investigation investig
investigational investig
investigations investig
investigative investig
investigator investig
investigators investig
investing invest
investment invest
investments invest
investor
investors investor
invests invest
inveterate inveter
invidious invidi
invigorate invigor
invigorated invigor
invigorating invigor
invigoration invigor
invincible invinc
inviolability inviol
inviolable inviol
inviolate inviol
invisible invis
invisibles invis
invisibly invis
invitation invit
invitational invit
invitations invit
invite invit
invited invit
invitees invite
invites invit
inviting invit
invocation invoc
invoices invoic
invoicing invoic
invoke invok
invoked invok
invokes invok
invoking invok
involuntarily involuntarili
involuntary involuntari
involution involut
involutions involut
involutorial involutori
involve involv
involved involv
involvement involv
involvements involv
involves involv
involving involv
invulnerability invulner
invulnerable invulner
inward
inwardly inwardli
inwardness inward
iodide iodid
iodinate iodin
iodinated iodin
iodinating iodin
iodination iodin
iodine iodin
iodoamino
iodocompounds iodocompound
iodoprotein
iodothyronines iodothyronin
iodotyrosines iodotyrosin
ion
ionic
ionized ioniz
ionizing ioniz
ionosphere ionospher
ions ion
iota
ip
ipso
irate irat
ire ir
iridescent iridesc
iridium
irised iris
irk
irked irk
irks irk
irksome irksom
iron
ironclad
ironed iron
ironfist
ironic iron
ironical iron
ironically iron
ironies ironi
ironing iron
irons iron
ironworks ironwork
irony ironi
irradiated irradi
irradiation irradi
irrational irrat
irrationality irration
irrationally irration
irreconcilable irreconcil
irredeemable irredeem
irredeemably irredeem
irredentism irredent
irreducible irreduc
irrefutable irrefut
irregular
irregularities irregular
irregularity irregular
irregularly irregularli
irregulars irregular
irrelevant irrelev
irremediable irremedi
irreparable irrepar
irreparably irrepar
irreplaceable irreplac
irrepressible irrepress
irreproducibility irreproduc
irresistable irresist
irresistible irresist
irresistibly irresist
irresolute irresolut
irresolution irresolut
irresolvable irresolv
irrespective irrespect
irresponsibility irrespons
irresponsible irrespons
irresponsibly irrespons
irretrievably irretriev
irreverence irrever
irreverent irrever
irreversibility irrevers
irreversible irrevers
irreversibly irrevers
irrevocable irrevoc
irrevocably irrevoc
irrigate irrig
irrigating irrig
irrigation irrig
irritability irrit
irritable irrit
irritably irrit
irritant irrit
irritants irrit
irritate irrit
irritated irrit
irritates irrit
irritating irrit
irritation irrit
irritations irrit
irruptions irrupt
is
iself
island
islander island
islanders island
islands island
isle isl
isms ism
isocyanate isocyan
isolate isol
isolated isol
isolates isol
isolating isol
isolation isol
isolationism isolation
isolationistic isolationist
isomers isom
isopleths isopleth
isothermal isotherm
isothermally isotherm
isotonic isoton
isotopic isotop
isotropic isotrop
issuable issuabl
issuance issuanc
issuances issuanc
issue issu
issued issu
issuer
issuers issuer
issues issu
issuing issu
ist
isthmus isthmu
it
italicized italic
italics ital
itch
itches itch
itching itch
itchy itchi
item
itemization item
itemize item
itemized item
itemizing item
items item
iteration iter
itinerant itiner
itinerary itinerari
its it
itself
ity iti
iuvabit
ivory ivori
ivy ivi
j
jab
jabbed jab
jabberings jabber
jabbing jab
jabs jab
jack
jackass
jackbooted jackboot
jackboots jackboot
jackdaws jackdaw
jacked jack
jacket
jacketed jacket
jackets jacket
jackhammers jackhamm
jacking jack
jackpot
jade
jaded jade
jag
jagged jag
jaggedly jaggedli
jai
jail
jailed jail
jailhouse jailhous
jailing jail
jails jail
jakes jake
jalapeno
jalopy jalopi
jam
jamboree jambore
jammed jam
jammies jammi
jamming jam
jams jam
janglers jangler
jangling jangl
janitor
janitors janitor
jar
jargon
jarred jar
jarring jar
jarringly jarringli
jars jar
jasmine jasmin
jauntily jauntili
jaunts jaunt
jaunty jaunti
java
jaw
jawbone jawbon
jawboning jawbon
jaws jaw
jay jai
jays jai
jaywalkers jaywalk
jazz
jazzmen
jazzy jazzi
je
jealous jealou
jealousies jealousi
jealously jealous
jealousy jealousi
jeans jean
jeep
jeers jeer
jejune jejun
jejunum
jell
jelled jell
jellies jelli
jelly jelli
jellyfish
jeopardize jeopard
jeopardized jeopard
jeopardizes jeopard
jeopardizing jeopard
jeopardy jeopardi
jerk
jerked jerk
jerking jerk
jerkings jerk
jerks jerk
jerky jerki
jersey jersei
jest
jester
jesting jest
jet
jetliner jetlin
jetliners jetlin
jetplane jetplan
jets jet
jetting jet
jettison
jettisoned jettison
jettisoning jettison
jetty jetti
jeunes jeun
jewel
jeweled jewel
jeweler jewel
jewelers jewel
jewelery jeweleri
jewelled jewel
jewelry jewelri
jewels jewel
jibes jibe
jiffy jiffi
jig
jigger
jiggling jiggl
jigsaw
jihad
jillions jillion
jilted jilt
jimmied jimmi
jingle jingl
jingled jingl
jingles jingl
jingling jingl
jinks jink
jinx
jinxed jinx
jist
jitterbug
jitters jitter
jittery jitteri
jiving jive
job
jobless
joblessness jobless
joblot
jobs job
jock
jockey jockei
jockeying jockei
jockeys jockei
jocks jock
jocose jocos
jocular
jocularly jocularli
jocund
jog
jogger
joggers jogger
jogging jog
jogs jog
john
joie
join
joined join
joiner
joiners joiner
joining join
joins join
joint
jointly jointli
joints joint
joke
joked joke
jokers joker
jokes joke
joking joke
jokingly jokingli
jolly jolli
jollying jolli
jolt
jolted jolt
jolting jolt
jolts jolt
jonquils jonquil
jonron
joss
jostle jostl
jostled jostl
jostling jostl
jot
jots jot
jotted jot
jotting jot
jounce jounc
jour
journal
journalese journales
journalism journal
journalist
journalistic journalist
journalistically journalist
journalists journalist
journals journal
journey journei
journeyed journei
journeying journei
journeys journei
joust
jousting joust
jovial
jowl
jowls jowl
jowly jowli
joy joi
joyful joy
joyfully joyfulli
joyless
joyous joyou
joyously joyous
joyride joyrid
joys joi
jua
jubilant jubil
jubilantly jubilantli
jubilation jubil
judge judg
judged judg
judgement
judgements judgement
judges judg
judgeship
judgeships judgeship
judging judg
judgment
judgmental judgment
judgments judgment
judicial judici
judicially judici
judiciaries judiciari
judiciary judiciari
judicious judici
judiciously judici
jug
juggernaut
juggle juggl
jugglers juggler
juggling juggl
jugs jug
juice juic
juices juic
juiciest
juicy juici
juju
juke
julep
juleps julep
jumble jumbl
jumbled jumbl
jumbo
jumbos jumbo
jump
jumped jump
jumper
jumpiness jumpi
jumping jump
jumps jump
jumpsuits jumpsuit
jumpy jumpi
junction
juncture junctur
junctures junctur
jungle jungl
jungles jungl
junior
juniors junior
junk
junkbond
junked junk
junket
junketeering junket
junkets junket
junkholders junkhold
junkie junki
junkies junki
junkification junkif
junkless
junkloads junkload
junks junk
junkyard
junta
jure
juridical jurid
juries juri
jurisconsults jurisconsult
jurisdiction jurisdict
jurisdictional jurisdict
jurisdictions jurisdict
jurisprudence jurisprud
jurisprudentially jurisprudenti
jurist
jurists jurist
juror
jurors juror
jury juri
just
juste just
justice justic
justices justic
justiciable justici
justifiable justifi
justifiably justifi
justification justif
justifications justif
justified justifi
justifies justifi
justify justifi
justifying justifi
justitia
justly justli
justness just
jute
jutting jut
juvenile juvenil
juxtapose juxtapos
juxtaposed juxtapos
juxtaposes juxtapos
juxtaposition juxtaposit
juxtapositions juxtaposit
k
kaffeeklatsch
kale
kalega
kaleidescope kaleidescop
kaleidoscope kaleidoscop
kali
kamikaze kamikaz
kangaroo
kanji
karaoke karaok
kava
kayo
kayoed kayo
kazoo
kebabs kebab
kebob
keddah
kedgeree kedgere
keel
keeled keel
keelson
keen
keener
keenest
keening keen
keenly keenli
keep
keeper
keeping keep
keeps keep
keepsakes keepsak
keg
kegful keg
kegs keg
keine kein
kelp
ken
kennel
kenning ken
kennings ken
keno
kept
keratitis kerat
kerchief
kerchiefed kerchief
kerchiefs kerchief
kernel
kernels kernel
kerosene kerosen
kerygma
ketches ketch
ketchup
ketorolac
ketosis ketosi
kettle kettl
key kei
keyboard
keyboarding keyboard
keyboards keyboard
keychain
keyed kei
keyhole keyhol
keying kei
keyless
keynote keynot
keynotes keynot
keypads keypad
keys kei
keystone keyston
keystroke keystrok
khaki
khan
khaneh
kibbutz
kibbutzim
kibbutzniks kibbutznik
kick
kickback
kickbacks kickback
kicked kick
kicker
kickers kicker
kicking kick
kickoff
kicks kick
kid
kiddie kiddi
kiddies kiddi
kidding kid
kidnap
kidnaped kidnap
kidnapped kidnap
kidnapper kidnapp
kidnappers kidnapp
kidnapping kidnap
kidney kidnei
kidneys kidnei
kids kid
kif
kill
killable killabl
killed kill
killer
killers killer
killin
killing kill
killings kill
kills kill
kiln
kilns kiln
kilobytes kilobyt
kilogram
kilograms kilogram
kilometer kilomet
kilometers kilomet
kiloton
kilowatt
kilowatts kilowatt
kilter
kilts kilt
kimchi
kimono
kimpap
kin
kind
kinda
kinder
kindergarten
kindest
kindle kindl
kindled kindl
kindliness kindli
kindly kindli
kindness kind
kindnesses kind
kindred kindr
kinds kind
kinesics kines
kinesthetic kinesthet
kinesthetically kinesthet
kinetic kinet
kinfolk
king
kingdom
kingdoms kingdom
kingmaker kingmak
kingpin
kingpins kingpin
kings king
kingside kingsid
kinked kink
kinship
kiosk
kisha
kiss
kissed kiss
kisses kiss
kissing kiss
kissings kiss
kit
kitchen
kitchenette kitchenett
kitchens kitchen
kitchenware kitchenwar
kite
kits kit
kitschy kitschi
kitten
kittenish
kittens kitten
kitty kitti
kiwi
klaxon
klieg
knack
knackwurst
kneaded knead
kneading knead
knee
kneebreeches kneebreech
kneecap
kneel
kneeled kneel
kneeling kneel
kneels kneel
knees knee
knell
knelt
knew
knife
knifelike knifelik
knight
knighted knight
knightly knightli
knights knight
knit
knite
knitted knit
knitting knit
knitwear
knives knive
knob
knobs knob
knock
knockdown
knocked knock
knockers knocker
knocking knock
knockoff
knockoffs knockoff
knockout
knocks knock
knoe
knoll
knot
knots knot
knott
knotted knot
knotty knotti
know
knowed know
knoweth
knowhow
knowing know
knowingly knowingli
knowledge knowledg
knowledgeable knowledg
known
knowns known
knows know
knuckle knuckl
knuckleball knucklebal
knuckled knuckl
knuckles knuckl
koan
kob
koinonia
kola
kolkhoz
kolkhozes kolkhoz
konga
kooks kook
kooky kooki
kosher
kotowaza
kowtow
kraft
krater
kraut
krautheads krauthead
krona
kroner
kronor
kryptonite kryptonit
kudos kudo
kwashiorkor
kwh
kwhr
kwon
kyat
kylix
l
la
lab
label
labeled label
labeling label
labelled label
labels label
labile labil
labor
laboratories laboratori
laboratory laboratori
labored labor
laborer labor
laborers labor
laboring labor
laborious labori
laboriously labori
labors labor
labour
labs lab
labyrinth
lace
laced lace
lacerate lacer
lacerated lacer
lacerations lacer
laces lace
lacey lacei
lacheln
laches lach
lack
lackadaisical lackadais
lacked lack
lackeys lackei
lacking lack
lackluster lacklust
lacks lack
lacquer
lacquered lacquer
lactate lactat
lactating lactat
lacy laci
lad
ladder
laddered ladder
laden
ladies ladi
ladle ladl
ladling ladl
lads lad
lady ladi
ladylike ladylik
laendler
lag
lagers lager
laggard
laggardness laggard
laggards laggard
lagged lag
lagging lag
lagoon
lagoons lagoon
lags lag
lahk
laid
lain
lairs lair
laity laiti
lak
lake
lakes lake
lamb
lambaste lambast
lambasted lambast
lambastes lambast
lambasting lambast
lambs lamb
lambskin
lame
lamechian
lamechians lamechian
lament
lamentations lament
lamented lament
laments lament
laminate lamin
laminated lamin
laminating lamin
lammed lam
lamming lam
lamp
lamplight
lampoon
lampposts lamppost
lamps lamp
lana
lance lanc
lanced lanc
lances lanc
land
landau
landed land
landes land
landfall landfal
landfill landfil
landfilling landfil
landfills landfil
landholdings landhold
landing land
landings land
landlocked landlock
landlord
landlords landlord
landlubber landlubb
landmark
landmarks landmark
landowner landown
landowners landown
landro
lands land
landscape landscap
landscaped landscap
landscapers landscap
landscapes landscap
landscaping landscap
landslide landslid
landslides landslid
lane
lanes lane
lange lang
language languag
languages languag
languid
languish
languished languish
languishes languish
languishing languish
languorous languor
lankmark
lanky lanki
lantana
lantern
lanterns lantern
lanthanum
lanzador
lap
lapel
lapels lapel
lapidary lapidari
lapped lap
lappets lappet
lapping lap
laps lap
lapse laps
lapsed laps
lapses laps
lapsing laps
laptop
laptops laptop
larceny larceni
lard
larder
large larg
largely larg
larger
largess
largesse largess
largest
largish
lark
larks lark
larkspur
larvae larva
larval
larynx
lasciviously lascivi
laser
lasers laser
lash
lashed lash
lashes lash
lashing lash
lashings lash
lass
lasses lass
lassitude lassitud
lasso
last
lasted last
lastest
lasting last
lastly lastli
lasts last
latch
latched latch
latches latch
latching latch
late
latecomer latecom
latecomers latecom
lately late
latent
later
lateral later
latermaturing latermatur
latest
latex
lath
lathe lath
lather
lathered lather
lathes lath
latitude latitud
latitudes latitud
lats lat
latter
lattice lattic
laudable laudabl
laudably laudabl
laudanum
laudatory laudatori
lauded laud
laugh
laughed laugh
laugher
laughing laugh
laughingly laughingli
laughingstock
laughs laugh
laughter
launch
launched launch
launcher
launchers launcher
launches launch
launching launch
launchings launch
launder
laundered launder
launderer launder
launderers launder
laundering launder
launderings launder
laundries laundri
laundromat
laundry laundri
laureate laureat
laureates laureat
laurel
laurels laurel
lava
lavatory lavatori
lavender lavend
lavish
lavished lavish
lavishing lavish
lavishly lavishli
law
lawbreakers lawbreak
lawful law
lawfully lawfulli
lawless
lawlessness lawless
lawmaker lawmak
lawmakers lawmak
lawmaking lawmak
lawman
lawmen
lawmkers lawmker
lawn
lawnmower lawnmow
lawns lawn
laws law
lawsuit
lawsuits lawsuit
lawyer
lawyering lawyer
lawyers lawyer
lax
laxative lax
laxatives lax
laxity laxiti
laxness lax
lay lai
layer
layered layer
layering layer
layers layer
layette layett
laying lai
layman
laymen
layoff
layoffs layoff
layout
layouts layout
laypersons layperson
lays lai
laze
lazily lazili
lazy lazi
lb
lbs lb
le
leach
leaches leach
leaching leach
lead
leaded lead
leaden
leader
leaderless
leaders leader
leadership
leading lead
leadings lead
leadoff
leads lead
leadsman
leaf
leafed leaf
leafhopper leafhopp
leafiest
leafing leaf
leaflet
leaflets leaflet
leafmold
leafy leafi
league leagu
leagued leagu
leaguer
leaguers leaguer
leagues leagu
leak
leakage leakag
leaked leak
leaker
leakers leaker
leaking leak
leaks leak
leaky leaki
lean
leaned lean
leaner
leaning lean
leans lean
leap
leaped leap
leapfrog
leaping leap
leaps leap
leapt
learn
learned learn
learners learner
learning learn
learns learn
leasable leasabl
lease leas
leaseback
leased leas
leases leas
leash
leashes leash
leasing leas
least
leather
leatherbound
leathered leather
leathers leather
leathery leatheri
leave leav
leavened leaven
leavening leaven
leaves leav
leavin
leaving leav
leavings leav
lebensraum
lecher
lecherous lecher
lectern
lecture lectur
lectured lectur
lecturer lectur
lecturers lectur
lectures lectur
lecturing lectur
led
ledge ledg
ledger
ledgers ledger
ledges ledg
leech
leeches leech
leered leer
leering leer
leery leeri
leeway leewai
left
leftfield
lefthander lefthand
lefthanders lefthand
leftist
leftists leftist
leftover leftov
leftovers leftov
leftward
leg
legacies legaci
legacy legaci
legal
legalistic legalist
legality legal
legalization legal
legalize legal
legalized legal
legalizing legal
legally legal
legatee legate
legation legat
legations legat
legato
legend
legendary legendari
legends legend
legerdemain
legged leg
leggings leg
leggy leggi
legibility legibl
legible legibl
legion
legions legion
legislate legisl
legislated legisl
legislates legisl
legislating legisl
legislation legisl
legislative legisl
legislatively legisl
legislator legisl
legislators legisl
legislature legislatur
legislatures legislatur
legitimacy legitimaci
legitimate legitim
legitimately legitim
legitimating legitim
legitimize legitim
legitimized legitim
legitimizes legitim
legs leg
legume legum
leguminous legumin
leisure leisur
leisurely leisur
leitmotif
leitmotiv
lemmas lemma
lemmings lem
lemon
lemonade lemonad
lemons lemon
len
lend
lendable lendabl
lender
lenders lender
lending lend
lends lend
length
lengthen
lengthened lengthen
lengthening lengthen
lengthens lengthen
lengthier
lengthiest
lengthily lengthili
lengths length
lengthwise lengthwis
lengthy lengthi
leniency lenienc
lenient
lens len
lenses lens
lent
lentils lentil
leopards leopard
leotards leotard
lepidoptery lepidopteri
leprae lepra
leprosy leprosi
les le
lesbianism lesbian
lesbians lesbian
lesion
lesions lesion
less
lessen
lessened lessen
lessening lessen
lessens lessen
lesser
lessers lesser
lesson
lessons lesson
lessor
lest
let
letdown
lethal
lethality lethal
lethargic letharg
lethargies lethargi
lethargy lethargi
lets let
letter
lettered letter
letterhead
lettering letter
letterman
lettermen
letters letter
lettin
letting let
lettuce lettuc
letup
leukemia
levamisole levamisol
levee leve
level
leveled level
levelheadedness levelheaded
leveling level
levelled level
levels level
lever
leverage leverag
leveraged leverag
leveraging leverag
levers lever
leviathan
levied levi
levies levi
levis levi
levitation levit
levity leviti
levy levi
levying levi
lewd
lewdly lewdli
lewdness lewd
lex
lexical lexic
lexicon
lexicostatistic lexicostatist
lexicostatistics lexicostatist
liabilities liabil
liability liabil
liabilty liabilti
liable liabl
liaison
liaisons liaison
liar
liars liar
libel
libeled libel
libellos libello
libelous libel
liberal liber
liberalism liber
liberality liber
liberalization liber
liberalizations liber
liberalize liber
liberalized liber
liberalizing liber
liberally liber
liberals liber
liberate liber
liberated liber
liberating liber
liberation liber
libertarian
libertarians libertarian
libertie liberti
liberties liberti
libertine libertin
libertines libertin
liberty liberti
libido
librarian
librarians librarian
libraries librari
library librari
librettists librettist
libretto
lice
license licens
licensed licens
licensee license
licensees license
licenses licens
licensing licens
licentiousness licenti
lichen
licit
lick
licked lick
licking lick
licks lick
lid
lidless
lids lid
lie
lied li
lieder
lien
liens lien
lies li
lieu
lieutenant lieuten
lieutenants lieuten
life
lifeblood
lifeboat
lifeboats lifeboat
lifeguard
lifeguards lifeguard
lifeless
lifelike lifelik
lifeline lifelin
lifelong
lifer
lifes life
lifesaving lifesav
lifesize lifes
lifestyle lifestyl
lifestyles lifestyl
lifetime lifetim
lift
lifted lift
lifters lifter
lifting lift
liftoff
liftoffs liftoff
lifts lift
ligament
ligand
ligands ligand
light
lighted light
lighten
lightened lighten
lightening lighten
lightens lighten
lighter
lighters lighter
lightest
lightheaded lighthead
lighthearted lightheart
lightheartedly lightheartedli
lighthouses lighthous
lighting light
lightly lightli
lightness light
lightning lightn
lights light
lightweight
lightyears lightyear
lignite lignit
likable likabl
like
liked like
likee like
likelier likeli
likeliest
likelihood
likely like
liken
likened liken
likeness like
likening liken
likens liken
likes like
likewise likewis
liking like
lilac
lilacs lilac
lilies lili
lilt
lilting lilt
lily lili
lima
limb
limber
limbic
limbo
limbs limb
lime
limelight
limestone limeston
limit
limitation limit
limitations limit
limited limit
limiting limit
limitless
limits limit
limo
limos limo
limousine limousin
limousines limousin
limp
limped limp
limpid
limping limp
limply limpli
limps limp
linage linag
linchpin
linden
line
lineage lineag
lineages lineag
lineal
linear
linearly linearli
lineback
linebacker lineback
linebackers lineback
lined line
lineman
linen
linens linen
liner
liners liner
lines line
lineup
lineups lineup
linger
lingered linger
lingerie lingeri
lingering linger
lingers linger
lingo
lingua
linguine linguin
linguist
linguistic linguist
linguistically linguist
linguistics linguist
linguists linguist
liniment
liniments liniment
lining line
link
linkage linkag
linkages linkag
linked link
linking link
links link
linkup
linkups linkup
linoleum
lint
lion
lioness
lionesses lioness
lionized lioniz
lions lion
lip
lipid
lipoproteins lipoprotein
liposomes liposom
lips lip
lipstick
lipsticks lipstick
liquefied liquefi
liquefies liquefi
liquefy liquefi
liqueur
liquid
liquidate liquid
liquidated liquid
liquidating liquid
liquidation liquid
liquidations liquid
liquidator liquid
liquidators liquid
liquidities liquid
liquidity liquid
liquids liquid
liquified liquifi
liquor
lira
liras lira
lire
lise
lisping lisp
list
liste list
listed list
listen
listened listen
listener listen
listeners listen
listening listen
listens listen
listeria
listing list
listings list
listless
listlessly listlessli
lists list
lit
litany litani
liter
literacy literaci
literal liter
literalism liter
literally liter
literalness liter
literary literari
literate liter
literature literatur
literatures literatur
liters liter
lithe lith
lithium
lithograph
lithographic lithograph
lithographs lithograph
lithography lithographi
lithotripsy lithotripsi
lithotripter lithotript
litigant litig
litigants litig
litigate litig
litigated litig
litigation litig
litigator litig
litigators litig
litigious litigi
litle litl
litmus litmu
litter
litterbug
littered litter
littering litter
litters litter
little littl
littlest
liturgical liturg
liturgy liturgi
livability livabl
livable livabl
live
lived live
livelier liveli
liveliest
livelihood
liveliness liveli
lively live
liver
liveried liveri
livers liver
livery liveri
lives live
livestock
livid
livin
living live
livres livr
lizard
lizards lizard
lo
load
loaded load
loader
loaders loader
loadin
loading load
loadings load
loads load
loaf
loafed loaf
loafers loafer
loan
loaned loan
loans loan
loath
loathed loath
loathes loath
loathing loath
loathsome loathsom
loaves loav
lob
lobbied lobbi
lobbies lobbi
lobby lobbi
lobbying lobbi
lobbyist
lobbyists lobbyist
lobe
lobes lobe
loblolly loblolli
lobo
lobscouse lobscous
lobster
lobstermen
lobsters lobster
lobular
lobule lobul
lobules lobul
local
locale local
locales local
localism local
localisms local
localities local
locality local
localization local
localize local
localized local
locally local
locals local
locate locat
located locat
locates locat
locatin
locating locat
location locat
locations locat
loch
lock
locked lock
locker
lockers locker
lockhold
locking lock
lockout
locks lock
lockstep
lockup
loco
locomotive locomot
locomotives locomot
locus locu
locust
locusts locust
locutions locut
lodge lodg
lodged lodg
lodges lodg
lodging lodg
lodgings lodg
lodgment
loft
lofts loft
lofty lofti
log
logarithm
logarithms logarithm
logged log
logger
loggerheads loggerhead
loggers logger
logging log
logic
logical logic
logically logic
logistic logist
logistical logist
logistics logist
logjam
logo
logos logo
logs log
loin
loincloth
loins loin
loitering loiter
lolling loll
lollipop
lone
lonelier loneli
loneliest
loneliness loneli
lonely lone
loner
loners loner
lonesome lonesom
long
longed long
longer
longerterm
longest
longevity longev
longhaired longhair
longhand
longhaul
longhorn
longhorns longhorn
longing long
longings long
longish
longitude longitud
longitudes longitud
longitudinal longitudin
longneck
longrange longrang
longrun
longs long
longshoreman
longshoremen
longshot
longstanding longstand
longstrained longstrain
longsuffering longsuff
longterm
longtime longtim
longue longu
look
lookalike lookalik
looked look
looking look
lookit
lookout
looks look
lookup
loom
loomed loom
looming loom
looms loom
loon
loonies looni
loony looni
loop
loopaholics loopahol
looped loop
loophole loophol
loopholes loophol
loops loop
loopy loopi
loose loos
looseleaf
loosely loos
loosen
loosened loosen
looseness loos
loosening loosen
loosens loosen
looser
loosest
loot
looted loot
looting loot
lootings loot
lop
lope
loped lope
lopes lope
loping lope
lopped lop
lopping lop
lopsided lopsid
lopsidedly lopsidedli
loquacious loquaci
loquacity loquac
lorazapam
lord
lorded lord
lordly lordli
lords lord
lordship
lore
lorries lorri
lose
loser
losers loser
loses lose
losing lose
loss
losses loss
lost
lot
lotion
lotions lotion
lots lot
lotter
lotteries lotteri
lottery lotteri
lotus lotu
loud
louder
loudest
loudly loudli
loudspeaker loudspeak
loudspeakers loudspeak
louis loui
lounge loung
lounged loung
lounges loung
lounging loung
louse lous
loused lous
lousy lousi
loutish
lovable lovabl
love
lovebirds lovebird
loved love
lovelies love
loveliest
loveliness loveli
lovelorn
lovely love
lover
lovering lover
lovers lover
loves love
lovin
loving love
lovingly lovingli
low
lowball lowbal
lowdown
lower
lowered lower
lowering lower
lowers lower
lowest
lowincome lowincom
lowlands lowland
lowliest
lowly lowli
lowprofile lowprofil
lows low
loyal
loyalist
loyalists loyalist
loyalties loyalti
loyalty loyalti
lube
lubra
lubricant lubric
lubricants lubric
lubricated lubric
lucid
lucidity lucid
lucidly lucidli
luck
lucked luck
luckier
luckiest
luckily luckili
lucks luck
lucky lucki
lucrative lucr
lucy luci
ludicrous ludicr
ludicrously ludicr
ludicrousness ludicr
lug
luggage luggag
lugged lug
lugging lug
lugs lug
lui
lukewarm
lull
lullaby lullabi
lulled lull
lulls lull
lulu
lumbar
lumber
lumbered lumber
lumbering lumber
lumberjack
lumberyard
lumen
luminaries luminari
luminescence luminesc
luminescent luminesc
luminosity luminos
luminous lumin
luminously lumin
lummox
lump
lumped lump
lumpier
lumping lump
lumpish
lumps lump
lumpy lumpi
lunar
lunatic lunat
lunatics lunat
lunation lunat
lunch
lunched lunch
luncheon
luncheons luncheon
lunches lunch
lunchroom
lunchtime lunchtim
lung
lunge lung
lunged lung
lunger
lunges lung
lunging lung
lungs lung
lurch
lurched lurch
lurching lurch
lure
lured lure
lures lure
lurid
luring lure
lurk
lurked lurk
lurking lurk
lurks lurk
luscious lusciou
lush
lushes lush
lust
luster
lustful lust
lustily lustili
lustre lustr
lustrious lustriou
lustrous lustrou
lusts lust
lusty lusti
lute
lutihaw
luxuriance luxuri
luxuries luxuri
luxurious luxuri
luxury luxuri
lye
lyin
lying ly
lyking lyke
lymph
lymphocytes lymphocyt
lymphocytic lymphocyt
lymphoma
lynch
lynched lynch
lyophilized lyophil
lyric
lyrical lyric
lyricism lyric
lyricist
lyricists lyricist
lyrics lyric
lyriist
m
ma
macabre macabr
macaque macaqu
macaroni
macaw
machete machet
machetes machet
machikin
machinations machin
machine machin
machinegun
machinelike machinelik
machinery machineri
machines machin
machining machin
machinist
machinists machinist
macho
machos macho
mackerel
mackinaw
mackintosh
macrocrystalline macrocrystallin
macrocrystals macrocryst
macroeconomic macroeconom
macromolecular
macromolecules macromolecul
macropathological macropatholog
macroscopically macroscop
mad
madam
madcap
maddening madden
maddeningly maddeningli
made
madhouse madhous
madly madli
madman
madmen
madness mad
madrigal madrig
madrigaling madrig
madrigals madrig
madstones madston
maelstrom
maestro
mafia
mafias mafia
mafiosi
magazine magazin
magazines magazin
magenta
maget
maggots maggot
maggoty maggoti
magic
magical magic
magically magic
magician
magicians magician
magisterially magisteri
magistrate magistr
magistrates magistr
magnanimity magnanim
magnanimous magnanim
magnate magnat
magnates magnat
magnesium
magnet
magnetic magnet
magnetically magnet
magnetics magnet
magnetism magnet
magnetisms magnet
magnetized magnet
magnets magnet
magnification magnif
magnificence magnific
magnificent magnific
magnificently magnific
magnified magnifi
magnifies magnifi
magnify magnifi
magnifying magnifi
magnitude magnitud
magnitudes magnitud
magnolia
magnum
magpies magpi
mah
maharajahs maharajah
mahogany mahogani
maht
mahua
mai
maid
maiden
maidens maiden
maids maid
maiestie maiesti
mail
mailboat
mailbox
mailboxes mailbox
mailed mail
mailers mailer
mailgram
mailgrams mailgram
mailing mail
mailings mail
mailman
mailmen
mailroom
mailrooms mailroom
mails mail
maimed maim
main
mainframe mainfram
mainframes mainfram
mainland
mainlander mainland
mainline mainlin
mainly mainli
mains main
mainstay mainstai
mainstays mainstai
mainstream
maintain
maintained maintain
maintainence maintain
maintaining maintain
maintains maintain
maintenance mainten
mais mai
maitre maitr
maitres maitr
majesterial majesteri
majestic majest
majestically majest
majesty majesti
majeure majeur
major
majored major
majoring major
majoritarian
majorities major
majority major
majors major
majuh
make
makeover makeov
maker
makers maker
makersa
makes make
makeshift
makeshifts makeshift
makeup
making make
makings make
maku
maladaptive maladapt
maladies maladi
maladjusted maladjust
maladjustment maladjust
maladjustments maladjust
maladroit
malady maladi
malaise malais
malapropism malaprop
malapropisms malaprop
malaria
malcontent malcont
male
malediction maledict
malefactors malefactor
maleness male
males male
malevolence malevol
malevolencies malevol
malevolent malevol
malfeasant malfeas
malformations malform
malformed malform
malfunction malfunct
malfunctioning malfunct
malfunctions malfunct
malice malic
malicious malici
maliciously malici
malign
malignancies malign
malignancy malign
malignant malign
maligned malign
malingering maling
mall
malleable malleabl
malls mall
malnourished malnourish
malnourishment malnourish
malnutrition malnutrit
malocclusion malocclus
malposed malpos
malpractice malpractic
malpractices malpractic
malt
malted malt
maltreat
maltreated maltreat
maltreatment maltreat
malunya
mama
mamalian
mammal
mammalian
mammals mammal
mammary mammari
mammas mamma
mammography mammographi
mammoth
mammoths mammoth
man
mana
manacles manacl
managament managa
manage manag
manageability manag
manageable manag
managed manag
management manag
managements manag
manager manag
managerial manageri
managers manag
manages manag
managing manag
managment manag
mandamus mandamu
mandate mandat
mandated mandat
mandates mandat
mandating mandat
mandatory mandatori
mandrel
mane
manes mane
maneuver maneuv
maneuverability maneuver
maneuvered maneuv
maneuvering maneuv
maneuverings maneuv
maneuvers maneuv
manganese manganes
manger
mangled mangl
manhandled manhandl
manhole manhol
manholes manhol
manhood
manhours manhour
manhunts manhunt
mania
maniac
maniacal maniac
maniacs maniac
manias mania
manic
maniclike maniclik
manicured manicur
manicures manicur
manifest
manifestation manifest
manifestations manifest
manifested manifest
manifesting manifest
manifestly manifestli
manifesto
manifestos manifesto
manifold
manikin
manikins manikin
manila
maninstays maninstai
manipulate manipul
manipulated manipul
manipulates manipul
manipulating manipul
manipulation manipul
manipulations manipul
manipulative manipul
manipulator manipul
manipulators manipul
mankind
manliness manli
manly manli
manmade manmad
manna
manned man
mannequin
mannequins mannequin
manner
mannered manner
mannerism manner
mannerisms manner
manners manner
manning man
mano
manometer manomet
manor
manors manor
manpower manpow
mans man
manse mans
manservant manserv
mansion
mansions mansion
manslaughter manslaught
mantel
mantic
mantle mantl
mantlepiece mantlepiec
mantrap
manual
manually manual
manuals manual
manuevering manuev
manufacture manufactur
manufactured manufactur
manufacturer manufactur
manufacturers manufactur
manufactures manufactur
manufacturing manufactur
manumission manumiss
manumitted manumit
manure manur
manuscript
manuscripts manuscript
many mani
manye many
manzanita
map
maple mapl
maples mapl
mapped map
mapping map
maps map
maquette maquett
maquila
maquiladora
maquiladoras maquiladora
maquilas maquila
mar
maraschino
marathon
marathons marathon
marauders maraud
marauding maraud
marble marbl
marbleized marbleiz
marbleizing marbleiz
marbles marbl
marcato
march
marched march
marchers marcher
marches march
marchin
marching march
mare
mares mare
margarine margarin
margin
marginal margin
marginalia
marginality margin
marginalizing margin
marginally margin
margined margin
margining margin
margins margin
maria
marijuana
marimba
marina
marinade marinad
marinas marina
marinated marin
marinating marin
marine marin
mariner marin
marines marin
marionettes marionett
marital marit
maritime maritim
marjoram
mark
markdown
markdowns markdown
marked mark
markedly markedli
marker
markers marker
market
marketability market
marketable market
marketed market
marketeers market
marketer market
marketers market
marketin
marketing market
marketings market
marketization market
marketmaking marketmak
marketplace marketplac
marketplaces marketplac
markets market
marketshare marketshar
marketwide marketwid
marketwise marketwis
marking mark
markings mark
markka
markkaa
marks mark
marksman
marksmanship
markup
markups markup
marmalade marmalad
maroon
marooned maroon
marque marqu
marquee marque
marquees marque
marques marqu
marred mar
marriage marriag
marriageables marriag
marriages marriag
married marri
marrieds marri
marries marri
marring mar
marrow
marrowbones marrowbon
marry marri
marrying marri
mars mar
marshal
marshaling marshal
marshalled marshal
marshalling marshal
marshals marshal
marshes marsh
marshlands marshland
marshmallow
marshmallows marshmallow
mart
martial
martingale martingal
martini
martinis martini
marts mart
martyr
martyrdom
marvel
marveled marvel
marveling marvel
marvelled marvel
marvelous marvel
marvelously marvel
marvels marvel
maryed mari
mascara
mascot
masculine masculin
masculinity masculin
masers maser
mash
mashed mash
mashing mash
mask
masked mask
maskers masker
masking mask
masks mask
mason
masonry masonri
masons mason
masquerade masquerad
masquerades masquerad
masquerading masquerad
masquers masquer
mass
massacre massacr
massacred massacr
massacres massacr
massage massag
massaged massag
massages massag
massaging massag
masse mass
massed mass
masses mass
masseur
masseurs masseur
masseuse masseus
masseuses masseus
massifs massif
massing mass
massive massiv
massively massiv
massuh
mast
master
mastered master
masterful master
masterfully masterfulli
mastering master
masterly masterli
mastermind
masterminding mastermind
masterpiece masterpiec
masterpieces masterpiec
masters master
masterworks masterwork
mastery masteri
mastiff
mastodons mastodon
mastoideus mastoideu
masts mast
mat
matador
match
matched match
matches match
matching match
matchless
matchmaker matchmak
matchmakers matchmak
matchmaking matchmak
mate
mated mate
mateless
mater
materals mater
material materi
materialism materi
materialistic materialist
materialize materi
materialized materi
materializes materi
materially materi
materials materi
materiel
maternal matern
maternity matern
mates mate
math
mathematical mathemat
mathematically mathemat
mathematician
mathematicians mathematician
mathematics mathemat
matinals matin
matinee matine
matinees matine
mating mate
matriarch
matriarchal matriarch
matricide matricid
matriculate matricul
matriculated matricul
matrimonial matrimoni
matrimony matrimoni
matrix
matron
matronly matronli
matryoshka
mats mat
matsyendra
matt
matte matt
matter
mattered matter
matters matter
matting mat
mattress
mattresses mattress
maturation matur
maturational matur
mature matur
matured matur
matures matur
maturing matur
maturities matur
maturity matur
maudlin
maul
mauler
mauling maul
mausoleum
mauve mauv
maven
mavens maven
maverick
mavericks maverick
maw
mawkish
max
maxim
maximal maxim
maximization maxim
maximize maxim
maximized maxim
maximizes maxim
maximizing maxim
maxims maxim
maximum
maximums maximum
may mai
maya
maybe mayb
maye may
mayhem
mayonnaise mayonnais
mayor
mayoral mayor
mayoralty mayoralti
mayors mayor
mayorship
mayst
maze
mazes maze
mazurka
me
mea
meadow
meadows meadow
meager
meal
meals meal
mealtime mealtim
mealy meali
mealynose mealynos
mealynosed mealynos
mean
meandered meander
meandering meander
meanders meander
meaner
meanes mean
meanest
meanin
meaning mean
meaningful meaning
meaningfully meaningfulli
meaningfulness meaning
meaningless
meaninglessness meaningless
meanings mean
meanly meanli
meanness mean
means mean
meant
meantime meantim
meanwhile meanwhil
measles measl
measly measli
measurable measur
measurably measur
measure measur
measured measur
measurement measur
measurements measur
measures measur
measuring measur
meat
meatpacker meatpack
meatpacking meatpack
meats meat
meaty meati
mecca
mechanic mechan
mechanical mechan
mechanically mechan
mechanics mechan
mechanism mechan
mechanisms mechan
mechanist
mechanistic mechanist
mechanization mechan
mechanized mechan
mechanochemically mechanochem
meclofenamate meclofenam
mecum
medal
medalist
medallions medallion
medals medal
meddle meddl
meddling meddl
media
mediaevalist
median
mediate mediat
mediated mediat
mediating mediat
mediation mediat
mediator mediat
mediators mediat
medical medic
medically medic
medicare medicar
medication medic
medications medic
medicinal medicin
medicinalis medicinali
medicine medicin
medicines medicin
medico
medics medic
medieval mediev
mediocre mediocr
mediocrities mediocr
mediocrity mediocr
meditate medit
meditated medit
meditating medit
meditation medit
meditations medit
meditative medit
medium
mediumistic mediumist
mediums medium
mediumship
medley medlei
mee
meek
meekest
meekly meekli
meet
meetin
meeting meet
meetings meet
meets meet
mega
megabillion
megabit
megabyte megabyt
megabytes megabyt
megadrop
megahertz
megakaryocytic megakaryocyt
megalomania
megalomaniac
megalopolises megalopolis
megaquestions megaquest
megaton
megatons megaton
megawatt
megawatts megawatt
mei
melamine melamin
melancholy melancholi
melanderi
melange melang
melanin
meld
melding meld
melds meld
melee mele
melioration melior
mellifluous melliflu
mellow
mellowed mellow
melodic melod
melodically melod
melodies melodi
melodious melodi
melodrama
melodramatic melodramat
melody melodi
melon
melt
meltdown
melted melt
melting melt
melts melt
mem
member
members member
membership
memberships membership
membrane membran
meme
memento
mementos memento
meminisse meminiss
memo
memoir
memoirs memoir
memorabilia
memorable memor
memoranda
memorandum
memorandums memorandum
memorial memori
memorialist
memorialization memori
memorialized memori
memorials memori
memories memori
memorization memor
memorize memor
memorized memor
memorizing memor
memory memori
memos memo
men
menace menac
menaced menac
menacing menac
menarche menarch
menarches menarch
mend
mendacious mendaci
mendacity mendac
mended mend
mendicant mendic
mending mend
menial
meningioma
menopause menopaus
menstrual
menstruation menstruat
menswear
mental
mentalities mental
mentality mental
mentally mental
mention
mentioned mention
mentioning mention
mentions mention
mentor
mentors mentor
menu
menus menu
mercenaries mercenari
mercenary mercenari
mercer
merchandise merchandis
merchandised merchandis
merchandisers merchandis
merchandising merchandis
merchant
merchantbanking merchantbank
merchants merchant
merciful merci
mercifully mercifulli
merciless
mercilessly mercilessli
mercurial mercuri
mercury mercuri
mercy merci
mere
merely mere
merest
meretricious meretrici
merge merg
merged merg
merger
mergers merger
merges merg
merging merg
meridian
meringues meringu
merit
merited merit
meritless
meritocracy meritocraci
meritorious meritori
merits merit
mermaid
merriest
merrily merrili
merriment
merry merri
merrymaking merrymak
merveilleux
mesenteric mesenter
mesh
meshed mesh
mesmerized mesmer
mesothelioma
mess
message messag
messages messag
messaging messag
messed mess
messenger messeng
messengers messeng
messes mess
messhall messhal
messiah
messianic messian
messieurs messieur
messing mess
messy messi
met
metabolic metabol
metabolism metabol
metabolite metabolit
metabolites metabolit
metabolize metabol
metabolized metabol
metal
metalized metal
metallic metal
metallurgical metallurg
metallurgy metallurgi
metals metal
metalsmiths metalsmith
metalworkers metalwork
metalworking metalwork
metamidophos metamidopho
metamorphic metamorph
metamorphosed metamorphos
metamorphosis metamorphosi
metaphor
metaphorical metaphor
metaphors metaphor
metaphosphate metaphosph
metaphysic metaphys
metaphysical metaphys
metaphysicals metaphys
metaphysics metaphys
meted mete
meteor
meteoric meteor
meteorite meteorit
meteorites meteorit
meteoritic meteorit
meteorological meteorolog
meteorologist
meteorology meteorolog
meteors meteor
meter
metered meter
metering meter
meterological meterolog
meters meter
methacrylate methacryl
methadone methadon
methane methan
methanol
method
methode method
methodical method
methodically method
methodological methodolog
methodologies methodolog
methodology methodolog
methods method
methodsm
methyl
methylene methylen
methylglyoxal methylglyox
meticulous meticul
meticulously meticul
metier
meting mete
metis meti
metrazol
metre metr
metric
metrical metric
metrics metric
metro
metronome metronom
metropolis metropoli
metropolitan
metropolitanization metropolitan
metropolitian
mettle mettl
mettlesome mettlesom
mettwurst
mew
mewed mew
mews mew
mezzo
mg
miasma
miasmal
mica
mice
micelle micel
micelles micel
micoprocessors micoprocessor
micro
microanalysis microanalysi
microbe microb
microbes microb
microbial microbi
microbiological microbiolog
microbiologist
microbiology microbiolog
microcassette microcassett
microchannel
microchemistry microchemistri
microchip
microchips microchip
microcircuits microcircuit
microcomputer microcomput
microcomputers microcomput
microcosm
microcytochemistry microcytochemistri
microeconomic microeconom
microeconomics microeconom
microeconomy microeconomi
microelectronic microelectron
microelectronics microelectron
microfilm
microfossils microfossil
micrograms microgram
micrographics micrograph
microinjection microinject
micromanage micromanag
micromanagement micromanag
micrometeorite micrometeorit
micrometeorites micrometeorit
micrometeoritic micrometeorit
micrometer micromet
micrometers micromet
microns micron
microorganism microorgan
microorganisms microorgan
microphone microphon
microphones microphon
microphoning microphon
microprocessor
microprocessors microprocessor
microscope microscop
microscopes microscop
microscopic microscop
microscopical microscop
microscopy microscopi
microseconds microsecond
microsomal microsom
microsurgery microsurgeri
microtonal microton
microvan
microwavable microwav
microwave microwav
microwaved microwav
microwaves microwav
microwaving microwav
mid
midafternoon
midair
midcapitalization midcapit
midcontinent midcontin
midday middai
middle middl
middlebrow
middleman
middlemen
middles middl
middling middl
midfield
midlands midland
midlevel
midmonth
midmorning midmorn
midnight
midocean
midpoint
midpriced midpric
midrange midrang
midseason
midsession midsess
midshipmen
midsize midsiz
midsized midsiz
midst
midstream
midsts midst
midsummer midsumm
midterm
midtown
midway midwai
midweek
midwest
midwestern
midwife midwif
midwinter midwint
midyear
mien
miffed mif
might
mighta
mightiest
mightily mightili
mighty mighti
mignon
migraine migrain
migrant
migrants migrant
migrate migrat
migrated migrat
migrates migrat
migrating migrat
migration migrat
migrations migrat
migratory migratori
mild
milder
mildew
mildewy mildewi
mildly mildli
mildness mild
mile
mileage mileag
miles mile
milestone mileston
milestones mileston
miliaris miliari
milieu
milion
militancy milit
militant milit
militantly militantli
militarily militarili
militarism militar
militarist
military militari
militate milit
militated milit
militia
militiamen
militias militia
milk
milked milk
milking milk
milks milk
milkshakes milkshak
milky milki
mill
millages millag
milled mill
millenarianism millenarian
millenarians millenarian
millenium
millennia
millennium
millenniums millennium
milliamperes milliamper
millidegree millidegre
millidegrees millidegre
milligram
milligrams milligram
milliliter millilit
millilon
millimeter millimet
millimeters millimet
millinery millineri
milling mill
millionaire millionair
millionaires millionair
millionth
millisecond
millivoltmeter millivoltmet
milllion
millon
mills mill
millstones millston
milord
milquetoast
mimesis mimesi
mimetic mimet
mimetically mimet
mimic
mimicked mimick
mimicking mimick
mimics mimic
mimimum
min
minaces minac
minarets minaret
minber
mince minc
minced minc
mincemeat
mincing minc
mind
minded mind
mindful mind
mindless
minds mind
mindset
mine
mined mine
minefield
minefields minefield
minehunter minehunt
miner
mineral miner
mineralized miner
mineralogical mineralog
mineralogy mineralog
minerals miner
miners miner
mines mine
mineworkers minework
mingle mingl
mingled mingl
mingles mingl
mingling mingl
miniature miniatur
miniatures miniatur
miniaturized miniatur
minibars minibar
minicar
minicars minicar
minicomputer minicomput
minicomputers minicomput
minicrash
minifying minifi
minimal minim
minimalism minim
minimalist
minimally minim
minimill minimil
minimills minimil
minimize minim
minimized minim
minimizes minim
minimizing minim
minimum
minimums minimum
minimun
minin
minincomputer minincomput
mining mine
minions minion
miniscule miniscul
miniseries miniseri
miniskirt
miniskirts miniskirt
minister minist
ministered minist
ministerial ministeri
ministering minist
ministers minist
ministrations ministr
ministries ministri
ministry ministri
minisupercomputers minisupercomput
minivan
minivans minivan
miniwelfare miniwelfar
mink
minor
minorities minor
minority minor
minors minor
minstrel
minstrels minstrel
mint
minted mint
minter
minting mint
mints mint
minuet
minus minu
minuscule minuscul
minuses minus
minute minut
minutely minut
minutes minut
minutiae minutia
mio
mioxidil
miracle miracl
miracles miracl
miraculous miracul
miraculously miracul
mire
mired mire
mirror
mirrored mirror
mirroring mirror
mirrors mirror
mirth
mirthless
misadventure misadventur
misadventures misadventur
misalignment misalign
misallocated misalloc
misallocating misalloc
misanthrope misanthrop
misapplication misappl
misapplied misappli
misapplying misappli
misapprehension misapprehens
misappropriated misappropri
misappropriating misappropri
misappropriation misappropri
misbegotten
misbehaving misbehav
misbehavior
misbranded misbrand
miscalculated miscalcul
miscalculation miscalcul
miscalculations miscalcul
miscarriages miscarriag
miscarried miscarri
miscegenation miscegen
miscellaneous miscellan
miscellanies miscellani
miscellany miscellani
mischarged mischarg
mischarges mischarg
mischarging mischarg
mischief
mischievous mischiev
misclassified misclassifi
miscommunication miscommun
misconception misconcept
misconceptions misconcept
misconduct
misconstruction misconstruct
misconstructions misconstruct
misconstrued misconstru
miscount
miscreant
miscreants miscreant
miscues miscu
misdeeds misde
misdemeanants misdemean
misdemeanor
misdemeanors misdemeanor
misdirectors misdirector
miserable miser
miserably miser
miseries miseri
miserly miserli
misery miseri
misfired misfir
misfiring misfir
misfits misfit
misfortune misfortun
misfortunes misfortun
misgauged misgaug
misgivings misgiv
misguided misguid
mishandled mishandl
mishandling mishandl
mishap
mishaps mishap
misimpressions misimpress
misinformation misinform
misinformed misinform
misinterpret
misinterpretation misinterpret
misinterpreted misinterpret
misinterpreters misinterpret
misjudged misjudg
misjudgment misjudg
misjudgments misjudg
mislaid
misleading mislead
misleadingly misleadingli
misleads mislead
misled misl
mismanaged mismanag
mismanagement mismanag
mismanaging mismanag
mismatch
mismatched mismatch
mismatches mismatch
mismeasurement mismeasur
mismeasurements mismeasur
misnamed misnam
misnomer misnom
miso
misogynist
misperceives misperc
misperceptions mispercept
misplace misplac
misplaced misplac
misplacements misplac
misplacing misplac
mispriced mispric
mispronunciation mispronunci
misquotation misquot
misquoted misquot
misquoting misquot
misread
misreading misread
misrelated misrel
misrepresent misrepres
misrepresentation misrepresent
misrepresentations misrepresent
misrepresented misrepres
misrepresenting misrepres
misrepresents misrepres
misrouted misrout
miss
missed miss
misses miss
misshapen
missile missil
missiles missil
missing miss
mission
missionaries missionari
missionary missionari
missions mission
missive missiv
misspelled misspel
misspent
misstated misstat
misstatements misstat
misstates misstat
misstating misstat
misstep
missteps misstep
missy missi
mist
mistake mistak
mistaken
mistakenly mistakenli
mistakes mistak
mistaking mistak
misted mist
mister
mistletoe mistleto
mistook
mistreat
mistreatment mistreat
mistress
mistresses mistress
mistrial
mistrials mistrial
mistrust
mistrusted mistrust
mists mist
misty misti
misunderstand
misunderstanders misunderstand
misunderstanding misunderstand
misunderstandings misunderstand
misunderstands misunderstand
misunderstood
misuse misus
misused misus
misusing misus
miswritten
mite
miter
mites mite
mitigate mitig
mitigates mitig
mitigating mitig
mitigation mitig
mitral
mitre mitr
mitt
mittens mitten
miuchi
mix
mixed mix
mixer
mixers mixer
mixes mix
mixing mix
mixologists mixologist
mixture mixtur
mixtures mixtur
ml
mm
mnemonic mnemon
mo
moan
moaned moan
moaning moan
moans moan
moat
mob
mobcaps mobcap
mobile mobil
mobility mobil
mobilization mobil
mobilize mobil
mobilized mobil
mobilizing mobil
mobs mob
mobster
mobsters mobster
moccasins moccasin
mock
mocked mock
mockery mockeri
mocking mock
mockingly mockingli
mockups mockup
modal
modality modal
mode
model
modeled model
modeling model
models model
modem
modems modem
moderate moder
moderated moder
moderately moder
moderates moder
moderating moder
moderation moder
moderator moder
modern
modernism modern
modernist
modernistic modernist
modernists modernist
modernity modern
modernization modern
modernize modern
modernized modern
modernizing modern
moderns modern
modes mode
modest
modestly modestli
modesty modesti
modicum
modification modif
modifications modif
modified modifi
modifier modifi
modifiers modifi
modifies modifi
modify modifi
modifying modifi
modish
modular
modulate modul
modulated modul
modulation modul
modulations modul
module modul
modules modul
modus modu
mogul
moguls mogul
moi
moire moir
moist
moisten
moistened moisten
moistening moisten
moisture moistur
moisturizer moistur
moisturizers moistur
molal
molar
molars molar
molasses molass
mold
moldable moldabl
moldboard
molded mold
molding mold
moldings mold
molds mold
moldy moldi
mole
molecular
molecularly molecularli
molecule molecul
molecules molecul
molehill molehil
molest
molesting molest
mollified mollifi
mollify mollifi
mollycoddle mollycoddl
molten
molting molt
molton
mom
moment
momentarily momentarili
momentary momentari
momentoes momento
momentous moment
moments moment
momentum
momentwhen
mon
monacle monacl
monarch
monarchists monarchist
monarchy monarchi
monasteries monasteri
monastery monasteri
monastic monast
monasticism monastic
monaural monaur
monde mond
monei
monetarism monetar
monetarist
monetarists monetarist
monetary monetari
money monei
moneyed monei
moneymaker moneymak
moneymakers moneymak
moneymaking moneymak
moneys monei
monic
monicker monick
monied moni
monies moni
moniker monik
monitor
monitored monitor
monitoring monitor
monitors monitor
monk
monkey monkei
monkeys monkei
monkish
monks monk
mono
monochromatic monochromat
monochrome monochrom
monochromes monochrom
monoclinic monoclin
monoclonal monoclon
monocrotophos monocrotopho
monocytogenes monocytogen
monodisperse monodispers
monogamous monogam
monogrammed monogram
monograph
monographs monograph
monohull monohul
monolith
monolithic monolith
monolithically monolith
monoliths monolith
monologist
monologue monologu
monologues monologu
monomer monom
monomers monom
mononuclear
monophonic monophon
monopolies monopoli
monopolistic monopolist
monopolists monopolist
monopolization monopol
monopolize monopol
monopolized monopol
monopolizing monopol
monopoly monopoli
monosodium
monosyllable monosyl
monosyllables monosyl
monotone monoton
monotonous monoton
monotony monotoni
monoxide monoxid
monsieur
monsoon
monster
monsters monster
monstrosity monstros
monstrous monstrou
montage montag
montgolfiere montgolfier
montgolfing montgolf
month
monthlong
monthly monthli
months month
monthsit
montmorillonites montmorillonit
monument
monumental monument
monumentalism monument
monumentality monument
monumentally monument
monuments monument
mood
moodily moodili
moods mood
moody moodi
mooed moo
mooing moo
moon
mooncursers mooncurs
moonlight
moonlighting moonlight
moonlike moonlik
moonlit
moons moon
moontrack
moored moor
mooring moor
moorings moor
moors moor
moot
mop
mopped mop
mopping mop
mops mop
mor
moraine morain
moral
morale moral
moralism moral
moralist
moralistic moralist
moralities moral
morality moral
moralizers moral
moralizing moral
morally moral
morals moral
morass
moratorium
morbid
morbidity morbid
more
moreover moreov
mores more
morgen
morgue morgu
moribund
morning morn
mornings morn
morose moros
morosely moros
morphemic morphem
morphine morphin
morphogenetic morphogenet
morphologic morpholog
morphological morpholog
morphology morpholog
morphophonemic morphophonem
morphophonemics morphophonem
morrow
morsel
morsels morsel
mortages mortag
mortal
mortality mortal
mortally mortal
mortals mortal
mortar
mortared mortar
mortaring mortar
mortars mortar
mortgage mortgag
mortgagebacked mortgageback
mortgaged mortgag
mortgages mortgag
morticians mortician
mortification mortif
mortis morti
mos mo
mosaic
mosaics mosaic
mosey mosei
mosque mosqu
mosques mosqu
mosquito
mosquitoes mosquito
moss
most
mostaccioli
mostly mostli
mot
motel
motels motel
motet
motets motet
moth
mothballing mothbal
mothballs mothbal
mother
mothered mother
motherhood
motherland
motherless
motherly motherli
mothers mother
moths moth
motif
motifs motif
motion
motional motion
motioned motion
motioning motion
motionless
motions motion
motivate motiv
motivated motiv
motivates motiv
motivating motiv
motivation motiv
motivations motiv
motive motiv
motives motiv
motley motlei
motor
motorbike motorbik
motorcade motorcad
motorcycle motorcycl
motorcycled motorcycl
motorcycles motorcycl
motorcyle motorcyl
motored motor
motoring motor
motorist
motorists motorist
motorized motor
motors motor
motorscooters motorscoot
mots mot
mottled mottl
motto
mough
mould
mouldering moulder
moulding mould
mound
mounded mound
mounds mound
mount
mountain
mountaineering mountain
mountaineers mountain
mountainous mountain
mountainously mountain
mountains mountain
mountainside mountainsid
mountainsides mountainsid
mountaintop
mounted mount
mounting mount
mountings mount
mounts mount
mourn
mourned mourn
mourners mourner
mournful mourn
mournfully mournfulli
mourning mourn
mourns mourn
mouse mous
mousetrap
mousetraps mousetrap
mousse mouss
mousseline mousselin
moustache moustach
mousy mousi
mouth
mouthed mouth
mouthful mouth
mouthing mouth
mouthpiece mouthpiec
mouthpieces mouthpiec
mouths mouth
movable movabl
move
moved move
movement
movements movement
mover
movers mover
moves move
movie movi
moviegoer moviego
movieland
moviemakers moviemak
movies movi
moviestar
moving move
movingly movingli
mow
mowed mow
mower
moxie moxi
mpg
mph
much
mucilage mucilag
muck
mucked muck
mucker
mucking muck
mucky mucki
mucosa
mucus mucu
mud
muddied muddi
muddle muddl
muddled muddl
muddleheaded muddlehead
muddling muddl
muddy muddi
mudguard
mudslinging mudsling
mudwagon
muezzin
muff
muffed muf
muffins muffin
muffled muffl
muffler
mufflers muffler
muffs muff
mufti
mug
mugged mug
muggers mugger
mugging mug
muggy muggi
mugs mug
mujahideen
mulatto
mulch
mulching mulch
mule
mules mule
mulitiplier mulitipli
mull
mullah
mullets mullet
mulling mull
mulls mull
multi
multibank
multibillion
multibilliondollar
multichannel
multicolor
multicolored multicolor
multidimensional multidimension
multifaceted multifacet
multifamily multifamili
multifiber multifib
multifigure multifigur
multihulled multihul
multilateral multilater
multilayer multilay
multilayered multilay
multilevel
multilingual multilingu
multilocation multiloc
multimedia
multimegaton
multimillion
multimillionaire multimillionair
multimillions multimillion
multinational multin
multinationalism multination
multinationals multin
multipactor
multipart
multipartisan
multiparty multiparti
multiple multipl
multipled multipl
multiples multipl
multipleuser multipleus
multiplexer multiplex
multiplexers multiplex
multiplexing multiplex
multiplication multipl
multiplicity multipl
multiplied multipli
multiplies multipli
multiply multipli
multiplying multipli
multipronged multiprong
multipurpose multipurpos
multiscreen
multisided multisid
multistage multistag
multistate multist
multitasking multitask
multitude multitud
multitudes multitud
multitudinous multitudin
multivalent multival
multivalve multivalv
multiversity multivers
multiyear
mum
mumble mumbl
mumbled mumbl
mumbles mumbl
mumbling mumbl
mumbo
mummies mummi
mummified mummifi
mummy mummi
munch
munched munch
munches munch
munching munch
munchkin
mundane mundan
mungus mungu
muni
municipal municip
municipalities municip
municipality municip
municipally municip
municipals municip
munificence munific
munis muni
munitions munit
mural
murals mural
murder
murdered murder
murderer murder
murderers murder
murdering murder
murderous murder
murders murder
murkier
murkily murkili
murky murki
murmur
murmured murmur
murmuring murmur
murmurs murmur
mus mu
muscat
muscatel
muscle muscl
muscled muscl
musclemen
muscles muscl
muscling muscl
muscular
musculature musculatur
muse
mused muse
muses muse
museum
museums museum
mush
mushroom
mushroomed mushroom
mushrooming mushroom
mushrooms mushroom
mushy mushi
music
musical music
musicality music
musically music
musicals music
musician
musicians musician
musicianship
musicologists musicologist
musing muse
musings muse
musk
muskadell muskadel
musket
muskets musket
mussels mussel
must
musta
mustache mustach
mustached mustach
mustaches mustach
mustachioed mustachio
mustard
muster
mustered muster
mustering muster
mustiness musti
musts must
musuem
mutant
mutate mutat
mutated mutat
mutates mutat
mutation mutat
mutational mutat
mutations mutat
mute
muted mute
mutely mute
mutilated mutil
mutilates mutil
mutilating mutil
mutilation mutil
mutineer mutin
mutinies mutini
mutinous mutin
mutiny mutini
mutter
muttered mutter
mutterers mutter
muttering mutter
mutterings mutter
mutters mutter
mutton
mutts mutt
mutual
mutuality mutual
mutually mutual
muzzle muzzl
muzzled muzzl
muzzles muzzl
muzzling muzzl
my
mycobacteria
mycology mycolog
myelofibrosis myelofibrosi
myelogenous myelogen
myeloid
myn
myne
myocardial myocardi
myocardium
myofibrillae myofibrilla
myofibrils myofibril
myopia
myopic myop
myosin
myriad
myrrh
myrtle myrtl
myself
mysteries mysteri
mysterious mysteri
mysteriously mysteri
mystery mysteri
mystic
mystical mystic
mystically mystic
mysticism mystic
mysticisms mystic
mystics mystic
mystification mystif
mystified mystifi
mystique mystiqu
myth
mythic
mythical mythic
mythological mytholog
mythologies mytholog
mythology mytholog
myths myth
n
na
nab
nabbed nab
nabbing nab
nacelle nacel
naczelnik
nadir
nagged nag
nagging nag
naggings nag
nags nag
nahce nahc
nail
nailed nail
nailing nail
nails nail
naive naiv
naively naiv
naivete naivet
naked nake
nakedly nakedli
nakedness naked
name
named name
namedropper namedropp
nameless
namely name
nameplate namepl
nameplates namepl
names name
namesake namesak
naming name
nannies nanni
nanny nanni
nap
naphtha
napkin
napkins napkin
napped nap
napping nap
naps nap
narcissistically narcissist
narco
narcokleptocrat
narcolepsy narcolepsi
narcos narco
narcosis narcosi
narcotic narcot
narcotics narcot
narcotizes narcot
narcotraficantes narcotraficant
narrated narrat
narration narrat
narrative narr
narratives narr
narrator narrat
narrow
narrowed narrow
narrower narrow
narrowest
narrowing narrow
narrowly narrowli
narrowness narrow
narrows narrow
nary nari
nasal
nasaled nasal
nascent
nastier
nastiest
nasty nasti
natal
natch
nation
national nation
nationalism nation
nationalisms nation
nationalist
nationalistic nationalist
nationalists nationalist
nationalities nation
nationality nation
nationalization nation
nationalize nation
nationalized nation
nationalizing nation
nationally nation
nationals nation
nationhood
nations nation
nationwide nationwid
native nativ
natives nativ
nattily nattili
natty natti
natural natur
naturalism natur
naturalist
naturalistic naturalist
naturalized natur
naturally natur
naturalness natur
nature natur
natured natur
natures natur
naturopath
naught
naughtier
naughty naughti
nausea
nauseated nauseat
nauseous nauseou
nautical nautic
naval
navel
navels navel
navies navi
navigable navig
navigate navig
navigated navig
navigating navig
navigation navig
navigational navig
navigator navig
navigators navig
navy navi
nawt
nawth
nay nai
naysay naysai
naysayers naysay
nd
ne
near
nearby nearbi
neared near
nearer
nearest
nearing near
nearly nearli
nearness near
nears near
nearsighted nearsight
nearsightedly nearsightedli
neat
neater
neatest
neatly neatli
neatness neat
nebula
nebular
nebulous nebul
necessaries necessari
necessarily necessarili
necessary necessari
necessitate necessit
necessitated necessit
necessitates necessit
necessitating necessit
necessities necess
necessity necess
neck
necking neck
necklace necklac
necklaces necklac
neckline necklin
necks neck
necktie neckti
neckties neckti
necromantic necromant
necropsy necropsi
necrosis necrosi
necrotic necrot
nectar
nectareous nectar
nectaries nectari
need
needed need
needing need
needle needl
needled needl
needlelike needlelik
needles needl
needless
needlessly needlessli
needs need
needy needi
negate negat
negated negat
negation negat
negative neg
negatively neg
negatives neg
negativism negativ
neglect
neglected neglect
neglecting neglect
neglects neglect
negligence neglig
negligent neglig
negligently neglig
negligible neglig
negligibly neglig
negociant negoci
negociants negoci
negotatiators negotati
negotiable negoti
negotiate negoti
negotiated negoti
negotiates negoti
negotiating negoti
negotiation negoti
negotiations negoti
negotiator negoti
negotiators negoti
negro
negroes negro
neige neig
neighbhorhoods neighbhorhood
neighbor
neighborhood
neighborhoods neighborhood
neighboring neighbor
neighborliness neighborli
neighborly neighborli
neighbors neighbor
neighbourhood
neighbours neighbour
nein
neither
nemeses nemes
nemesis nemesi
neo
neoclassical neoclass
neoconservative neoconserv
neocortex
neoliberal neoliber
neolithic neolith
neon
neonatal neonat
neophyte neophyt
neophytes neophyt
neoplasia
neoprene neopren
nephew
nephews nephew
nepotism nepot
nerd
nerds nerd
nerdy nerdi
nerly nerli
nerve nerv
nerveless
nerves nerv
nervous nervou
nervously nervous
nervousness nervous
nervy nervi
nest
nestbuilding nestbuild
nested nest
nester
nesters nester
nesting nest
nestled nestl
nestling nestl
nests nest
net
nether
nets net
netted net
netting net
nettled nettl
nettlesome nettlesom
network
networking network
networks network
neural
neuralgia
neurasthenic neurasthen
neuritis neuriti
neuroblastoma
neurological neurolog
neurologist
neurologists neurologist
neuromuscular
neuron
neuronal neuron
neuropathology neuropatholog
neuropathy neuropathi
neuropsychiatric neuropsychiatr
neuroselective neuroselect
neuroses neuros
neurosis neurosi
neurosurgeon
neurotic neurot
neurotoxic neurotox
neurotransmitter neurotransmitt
neurotransmitters neurotransmitt
neuter
neutered neuter
neutral
neutralism neutral
neutralist
neutralists neutralist
neutrality neutral
neutralization neutral
neutralize neutral
neutralized neutral
neutralizes neutral
neutrino
neutron
neutrons neutron
neutrophils neutrophil
never
nevertheless
new
newage newag
newborn
newborns newborn
newcasts newcast
newcomer newcom
newcomers newcom
newdrug
newel
newer
newest
newfangled newfangl
newfound
newissue newissu
newly newli
newlywed newlyw
newlyweds newlyw
news new
newsboy newsboi
newscast
newscaster newscast
newscasts newscast
newsgathering newsgath
newsies newsi
newsletter newslett
newsletters newslett
newsmaker newsmak
newsman
newsmen
newspaper newspap
newspaperman
newspapers newspap
newsperson
newsprint
newsprints newsprint
newsreel
newsroom
newsstand
newsstands newsstand
newsweekly newsweekli
newswire newswir
newsworthiness newsworthi
newsworthy newsworthi
newt
next
nexus nexu
ngandlu
nibble nibbl
nibblers nibbler
nibbling nibbl
nibs nib
nice
nicely nice
nicer
nicest
niceties niceti
niche nich
niches nich
nicked nick
nickel
nickeling nickel
nickels nickel
nickname nicknam
nicknamed nicknam
nicknames nicknam
nicotine nicotin
niece niec
nieces niec
nifty nifti
niger
niggardly niggardli
nigger
niggers nigger
nigh
night
nightclub
nightclubs nightclub
nightdress
nighted night
nighters nighter
nightfall nightfal
nightgowns nightgown
nightingale nightingal
nightingales nightingal
nightly nightli
nightmare nightmar
nightmares nightmar
nightmarish
nights night
nightshirt
nighttime nighttim
nigras nigra
nigs nig
nihilism nihil
nihilist
nihilistic nihilist
nil
nilly nilli
nilpotent nilpot
nimble nimbl
nimbler
nimbly nimbl
ninefold
nineteenth
nineties nineti
ninetieth
ninth
nip
nipped nip
nipples nippl
nips nip
nirvana
nise
nitpicking nitpick
nitrate nitrat
nitrates nitrat
nitrite nitrit
nitrocellulose nitrocellulos
nitrofurantoin
nitrogen
nitroglycerine nitroglycerin
nitrous nitrou
nitwits nitwit
nixed nix
no
nobility nobil
noble nobl
nobleman
noblemen
nobler
nobles nobl
noblesse nobless
noblest
nobly nobli
nobody nobodi
nociceptive nocicept
noconfidence noconfid
nocturnal nocturn
nod
nodded nod
nodding nod
nodes node
nods nod
nodular
nodules nodul
noes noe
noir
noire noir
noise nois
noiseless
noisemakers noisemak
noises nois
noisier
noisily noisili
noisy noisi
nolens nolen
noli
nolle noll
nolo
nomadic nomad
nomads nomad
nomenclatural nomenclatur
nomenclature nomenclatur
nomenklatura
nomias nomia
nominal nomin
nominally nomin
nominate nomin
nominated nomin
nominating nomin
nomination nomin
nominations nomin
nominee nomine
nominees nomine
non
nonacid
nonaddictive nonaddict
nonagricultural nonagricultur
nonbanking nonbank
nonbinding nonbind
nonbusiness nonbusi
noncallable noncal
noncash
nonce nonc
nonchalant nonchal
nonchlorinated nonchlorin
nonchurchgoing nonchurchgo
noncombat
noncombatant noncombat
noncommercial noncommerci
noncommissioned noncommiss
noncommittal noncommitt
noncommittally noncommitt
noncommunist
noncompetitive noncompetit
noncompetitively noncompetit
noncompliance noncompli
noncompliant noncompli
nonconformist
nonconformists nonconformist
noncontract
noncontroversial noncontroversi
nonconvertible nonconvert
noncorrosive noncorros
noncriminal noncrimin
noncumulative noncumul
noncustomer noncustom
nondairy nondairi
nondeductible nondeduct
nondefeatist
nondefense nondefens
nondemocratic nondemocrat
nondescript
nondescriptly nondescriptli
nondestructive nondestruct
nondiscretionary nondiscretionari
nondiscrimination nondiscrimin
nondiscriminatory nondiscriminatori
nondoctrinaire nondoctrinair
nondollar
nondriver nondriv
nondrying nondri
nondurable nondur
nondurables nondur
none
noneconomic noneconom
nonelectrical nonelectr
nonentity nonent
nonequivalence nonequival
nonequivalent nonequival
nonessential nonessenti
nonetheless
nonevent nonev
nonexecutive nonexecut
nonexistent nonexist
nonfarm
nonfat
nonferrous nonferr
nonfiction nonfict
nonfinancial nonfinanci
nonflammable nonflamm
nonfood
nonfunctional nonfunct
noninflationary noninflationari
noninstitutionalized noninstitution
noninterest
noninterference noninterfer
nonintervention nonintervent
nonionic nonion
nonism
nonlethal nonleth
nonlinguistic nonlinguist
nonliterary nonliterari
nonmaterial nonmateri
nonmedia
nonmembers nonmemb
nonmetallic nonmetal
nonminority nonminor
nonmusical nonmus
nonmythological nonmytholog
nonobservant nonobserv
nonoccurrence nonoccurr
nonogenarian
nonoperating nonoper
nonpareil
nonparticulate nonparticul
nonpartisan
nonpaying nonpai
nonpayment nonpay
nonperformers nonperform
nonperforming nonperform
nonphysical nonphys
nonpoisonous nonpoison
nonpolitical nonpolit
nonporous nonpor
nonprescription nonprescript
nonpriority nonprior
nonproductive nonproduct
nonprofit
nonproliferation nonprolifer
nonpublic nonpubl
nonqualified nonqualifi
nonracial nonraci
nonreactivity nonreact
nonreactors nonreactor
nonrecourse nonrecours
nonrecurring nonrecur
nonrefundable nonrefund
nonregulated nonregul
nonresident nonresid
nonresidential nonresidenti
nonsegregated nonsegreg
nonsense nonsens
nonsensical nonsens
nonshifters nonshift
nonsingular
nonsmokers nonsmok
nonsocialist
nonspecific nonspecif
nonspecifically nonspecif
nonstandard
nonstop
nonstops nonstop
nonstrategic nonstrateg
nonstrikers nonstrik
nonsuccessful nonsuccess
nonsurgical nonsurg
nonsystematic nonsystemat
nonthreatening nonthreaten
nontoxic nontox
nontrade nontrad
nontraditional nontradit
nontransferable nontransfer
nonunion
nonunionized nonunion
nonverbal nonverb
nonverbally nonverb
nonviolence nonviol
nonviolent nonviol
nonvirulent nonvirul
nonvoting nonvot
nonwhite nonwhit
nonwhites nonwhit
nonworking nonwork
noodles noodl
nook
nooks nook
noon
noontime noontim
noose noos
nor
noradrenalin
norethandrolone norethandrolon
norm
normal
normalcy normalci
normalization normal
normalize normal
normalized normal
normalizing normal
normally normal
normals normal
normative norm
norms norm
norske norsk
north
northeast
northeastern
northerly northerli
northern
northerner northern
northerners northern
northernmost
northers norther
northward
northwest
northwestern
nos no
nose
nosebag
nosebleed noseble
nosed nose
nosedive nosed
nosedived nosediv
nosediving nosediv
noses nose
nosing nose
nostalgia
nostalgic nostalg
nostalgically nostalg
nostril
nostrils nostril
nostrums nostrum
nosy nosi
not
notable notabl
notables notabl
notably notabl
notarized notar
notation notat
notch
notched notch
notches notch
notching notch
note
notebook
notebooks notebook
noted note
noteholder notehold
noteholders notehold
notepad
notes note
noteworthy noteworthi
nothin
nothing noth
nothingness nothing
nothings noth
notice notic
noticeable notic
noticeably notic
noticed notic
notices notic
noticing notic
notification notif
notifications notif
notified notifi
notifies notifi
notify notifi
notifying notifi
noting note
notion
notions notion
notoriety notorieti
notorious notori
notoriously notori
nott
notwithstanding notwithstand
nought
noun
nouns noun
nourish
nourished nourish
nourishes nourish
nourishment nourish
nous nou
nouveau
nouveaux
nouvelle nouvel
novel
novelist
novelistic novelist
novelists novelist
novelized novel
novels novel
novelties novelti
novelty novelti
novice novic
novices novic
novitiate noviti
novitiates noviti
novo
now
nowadays nowadai
nowbankrupt
nowhere nowher
noxious noxiou
nozzle nozzl
nozzles nozzl
nuance nuanc
nuances nuanc
nubbins nubbin
nubile nubil
nuceoside nuceosid
nuclear
nucleated nucleat
nuclei
nucleic
nucleoli
nucleotide nucleotid
nucleus nucleu
nuclide nuclid
nude
nudes nude
nudge nudg
nudged nudg
nudging nudg
nudism
nudist
nudity nuditi
nufs nuf
nugget
nuisance nuisanc
nuisances nuisanc
nukes nuke
null
nullified nullifi
nullifiers nullifi
nullify nullifi
nullifying nullifi
nullity nulliti
numb
numbed numb
number
numbered number
numbering number
numbers number
numbing numb
numbingly numbingli
numbness numb
numenous numen
numeral numer
numerals numer
numerator numer
numerical numer
numerically numer
numerological numerolog
numerology numerolog
numerous numer
numinous numin
numismatic numismat
nun
nuns nun
nuper
nurse nurs
nursed nurs
nurseries nurseri
nursery nurseri
nurses nurs
nursing nurs
nurture nurtur
nurtured nurtur
nurturer nurtur
nurturing nurtur
nut
nutmeg
nutrient
nutrients nutrient
nutrition nutrit
nutritional nutrit
nutritionists nutritionist
nutritious nutriti
nutritive nutrit
nuts nut
nutshell nutshel
nutty nutti
nux
nuzzled nuzzl
nyet
nylon
nymph
nympho
nymphomaniac
nymphomaniacs nymphomaniac
nymphs nymph
nystatin
o
oaf
oafs oaf
oak
oaken
oaks oak
oases oas
oasis oasi
oat
oath
oathe oath
oaths oath
oatmeal
oats oat
obdurate obdur
obedience obedi
obediences obedi
obedient obedi
obediently obedi
obeisance obeis
obeisant obeis
obelisk
obese obes
obesity obes
obey obei
obeyed obei
obeying obei
obeys obei
obfuscate obfusc
obfuscation obfusc
obfuscations obfusc
obituaries obituari
object
objected object
objectification objectif
objecting object
objection object
objectionable objection
objections object
objective object
objectively object
objectiveness object
objectives object
objectivity object
objector
objectors objector
objects object
objets objet
obligated oblig
obligates oblig
obligating oblig
obligation oblig
obligational oblig
obligations oblig
obligatory obligatori
obligatto
oblige oblig
obliged oblig
obliges oblig
obliging oblig
obligingly obligingli
oblique obliqu
obliquely obliqu
obliterans obliteran
obliterate obliter
obliterated obliter
obliteration obliter
oblivion
oblivious oblivi
oblong
obnoxious obnoxi
oboist
obscene obscen
obscenities obscen
obscenity obscen
obscure obscur
obscured obscur
obscurely obscur
obscures obscur
obscuring obscur
obscurities obscur
obscurity obscur
obsequies obsequi
obsequious obsequi
obsequiousness obsequi
observable observ
observance observ
observances observ
observant observ
observation observ
observational observ
observations observ
observatory observatori
observe observ
observed observ
observer observ
observers observ
observes observ
observing observ
obsessed obsess
obsesses obsess
obsession obsess
obsessions obsess
obsessive obsess
obsessively obsess
obsidian
obsolescent obsolesc
obsolesence obsoles
obsolete obsolet
obsoleted obsolet
obsoleting obsolet
obstacle obstacl
obstacles obstacl
obstetrician
obstinacy obstinaci
obstinate obstin
obstruct
obstructed obstruct
obstructing obstruct
obstruction obstruct
obstructionism obstruction
obstructionist
obstructive obstruct
obtain
obtainable obtain
obtaine obtain
obtained obtain
obtaining obtain
obtrudes obtrud
obtrusiveness obtrus
obtuse obtus
obverse obvers
obviate obviat
obvious obviou
obviously obvious
obviousness obvious
ocarina
occasion occas
occasional occasion
occasionally occasion
occasioned occas
occasions occas
occidental occident
occipital occipit
occluded occlud
occlusion occlus
occlusive occlus
occupancies occup
occupancy occup
occupant occup
occupants occup
occupation occup
occupational occup
occupations occup
occupied occupi
occupies occupi
occupy occupi
occupying occupi
occur
occured occur
occuring occur
occurred occur
occurrence occurr
occurrences occurr
occurring occur
occurs occur
ocean
oceanfront
oceanographic oceanograph
oceanography oceanographi
oceans ocean
oceanthermal oceantherm
ocelot
och
ocher
ochre ochr
octagonal octagon
octahedron
octane octan
octave octav
octaves octav
octogenaraians octogenaraian
octogenarian
octogenarians octogenarian
octopus octopu
octoroon
ocular
odd
oddball oddbal
oddballs oddbal
oddest
oddities odditi
oddity odditi
oddly oddli
odds odd
ode od
odious odiou
odor
odors odor
odyssey odyssei
oedipal oedip
oerations oerat
oeufs oeuf
of
off
offal
offbeat
offcourse offcours
offences offenc
offend
offended offend
offender offend
offenders offend
offending offend
offends offend
offense offens
offenses offens
offensive offens
offensively offens
offensives offens
offer
offered offer
offering offer
offerings offer
offers offer
offersey offersei
offhand
offhandedly offhandedli
offi
offical offic
officals offic
office offic
officeholders officehold
officer offic
officered offic
officers offic
offices offic
official offici
officialdom
officially offici
officials offici
officiate offici
officiated offici
officiating offici
officio
officious offici
offing of
offocus offocu
offputting offput
offsaddled offsaddl
offset
offsets offset
offsetting offset
offshoot
offshoots offshoot
offshore offshor
offside offsid
offspring offspr
offstage offstag
oft
often
oftener often
oftentimes oftentim
ogled ogl
ogles ogl
ogling ogl
ogress
oh
ohmic
oil
oilcloth
oiled oil
oiler
oilfield
oilfields oilfield
oilheating oilheat
oilman
oils oil
oilseed oilse
oilseeds oilse
oilworkers oilwork
oily oili
oink
ointment
oiticica
okay okai
oks ok
ol
old
olden
older
oldest
oldies oldi
oldline oldlin
olds old
oldsters oldster
ole ol
oleanders oleand
olefins olefin
oleomargarine oleomargarin
oleophilic oleophil
oleophobic oleophob
olestra
olfactory olfactori
oligarchs oligarch
oligopoly oligopoli
olim
olive oliv
olivefaced olivefac
olives oliv
ologies ologi
ombudsman
omelet
omelets omelet
omelette omelett
omen
omens omen
omeprazole omeprazol
ominous omin
ominously omin
omission omiss
omissions omiss
omit
omits omit
omitted omit
omitting omit
ommission ommiss
omnia
omnibus omnibu
omnipotence omnipot
omnipresence omnipres
omnipresent omnipres
omniscient omnisci
on
onboard
once onc
oncogene oncogen
oncogenes oncogen
oncologist
oncology oncolog
oncoming oncom
onct
oneasy oneasi
oneness on
onepage onepag
onerous oner
ones on
oneself
onetime onetim
oneyear
ongoing ongo
onion
onions onion
onleh
online onlin
onlooker onlook
onlookers onlook
only onli
onrush
onrushing onrush
onscreen
onset
onslaught
onslaughts onslaught
onstage onstag
onto
ontological ontolog
ontologically ontolog
onus onu
onward
onwards onward
onyx
oodles oodl
oohs ooh
oomph
oops oop
ooze ooz
oozed ooz
oozing ooz
op
opalescent opalesc
opaque opaqu
open
opened open
openended openend
opener open
openers open
opening open
openings open
openly openli
openness open
opens open
opera
operable oper
operagoers operago
operalet
operand
operands operand
operas opera
operate oper
operated oper
operates oper
operatic operat
operating oper
operation oper
operational oper
operationally operation
operations oper
operative oper
operatives oper
operator oper
operators oper
operatorship
operetta
operina
ophthalmic ophthalm
ophthalmologists ophthalmologist
opiates opiat
opines opin
opining opin
opinion
opinionated opinion
opinionmakers opinionmak
opinions opinion
opium
opponent oppon
opponents oppon
opportune opportun
opportuning opportun
opportunism opportun
opportunist
opportunistic opportunist
opportunists opportunist
opportunities opportun
opportunity opportun
oppose oppos
opposed oppos
opposes oppos
opposing oppos
opposite opposit
opposition opposit
oppposes opppos
oppressed oppress
oppresses oppress
oppression oppress
oppressive oppress
oppressors oppressor
opprobrium
opt
opted opt
optic
optical optic
optically optic
opticians optician
optics optic
optimal optim
optimality optim
optimism optim
optimist
optimistic optimist
optimistically optimist
optimists optimist
optimization optim
optimize optim
optimizing optim
optimo
optimum
opting opt
option
optional option
optioned option
options option
optronics optron
opts opt
opulence opul
opulent opul
opus opu
or
oracle oracl
oracles oracl
oral
orally oral
orange orang
oranges orang
orate orat
oratio
oration orat
orations orat
orator orat
oratorical orator
oratorio
orators orat
oratory oratori
orb
orbit
orbital orbit
orbited orbit
orbiting orbit
orbits orbit
orchard
orchardists orchardist
orchards orchard
orchestra
orchestral orchestr
orchestras orchestra
orchestrate orchestr
orchestrated orchestr
orchestrating orchestr
orchestration orchestr
orchestrations orchestr
orchids orchid
ordain
ordained ordain
ordeal
order
ordere order
ordered order
ordering order
orderings order
orderliness orderli
orderly orderli
orders order
ordinance ordin
ordinances ordin
ordinarily ordinarili
ordinarius ordinariu
ordinary ordinari
ordinates ordin
ordination ordin
ordnance ordnanc
ordo
ore or
ores or
organ
organdy organdi
organic organ
organically organ
organics organ
organification organif
organised organis
organism organ
organismic organism
organisms organ
organist
organization organ
organizational organiz
organizationally organization
organizations organ
organize organ
organized organ
organizer organ
organizers organ
organizes organ
organizing organ
organs organ
orgasm
orgasms orgasm
orgiastic orgiast
orgies orgi
orginally orgin
orginate orgin
orgone orgon
orgy orgi
oriental orient
orientation orient
orientations orient
oriented orient
orienting orient
orifices orific
origin
original origin
originality origin
originally origin
originals origin
originate origin
originated origin
originates origin
originating origin
origination origin
originations origin
originator origin
originators origin
origins origin
ornament
ornamental ornament
ornamentation ornament
ornamented ornament
ornaments ornament
ornate ornat
ornately ornat
ornery orneri
orney ornei
ornithological ornitholog
ornithologist
ornithology ornitholog
ornraier
orphan
orphanage orphanag
orphaned orphan
orphans orphan
orthicon
orthodontic orthodont
orthodontics orthodont
orthodontist
orthodontists orthodontist
orthodox
orthodoxy orthodoxi
orthographic orthograph
orthographies orthographi
orthography orthographi
orthopedic orthoped
orthopedics orthoped
orthophosphate orthophosph
orthophosphates orthophosph
orthorhombic orthorhomb
orzae orza
os
oscillated oscil
oscillating oscil
oscillation oscil
oscillator oscil
osf
osmium
osmotic osmot
osseous osseou
ossification ossif
ossify ossifi
ostensible ostens
ostensibly ostens
ostentation ostent
ostentatious ostentati
ostentatiously ostentati
osteoarthritis osteoarthr
osteoporosis osteoporosi
ostinato
ostinatos ostinato
ostracism ostrac
ostracized ostrac
ostrich
othe oth
other
others other
otherwise otherwis
otherworldliness otherworldli
otherworldly otherworldli
otter
otters otter
oud
ought
oughta
oui
ould
ounce ounc
ounces ounc
our
ours our
ourselves ourselv
oust
ousted oust
ouster
ousting oust
out
outage outag
outages outag
outback
outbid
outbidding outbid
outboard
outboards outboard
outbound
outbreak
outbreaks outbreak
outburst
outbursts outburst
outcast
outcasts outcast
outclass
outclassed outclass
outcome outcom
outcomes outcom
outcrops outcrop
outcry outcri
outcuss
outdated outdat
outdid
outdistanced outdistanc
outdistancing outdistanc
outdo
outdone outdon
outdoor
outdoors outdoor
outdoorsman
outdrew
outer
outface outfac
outfield
outfielder outfield
outfielders outfield
outfit
outfits outfit
outfitted outfit
outfitting outfit
outflank
outflow
outflows outflow
outfly outfli
outfought
outfox
outgained outgain
outgeneraled outgener
outgoing outgo
outgrew
outgrip
outgrow
outgrown
outgrowth
outguess
outguessing outguess
outhouse outhous
outing out
outings out
outlanders outland
outlandish
outlandishly outlandishli
outlast
outlasted outlast
outlaw
outlawed outlaw
outlawing outlaw
outlawry outlawri
outlaws outlaw
outlay outlai
outlays outlai
outleaped outleap
outlet
outlets outlet
outline outlin
outlined outlin
outlines outlin
outlining outlin
outlive outliv
outlived outliv
outlook
outlooks outlook
outlying outli
outmaneuver outmaneuv
outmaneuvered outmaneuv
outmatched outmatch
outmoded outmod
outnumber outnumb
outnumbered outnumb
outpace outpac
outpaced outpac
outpaces outpac
outpacing outpac
outpatient outpati
outperform
outperformed outperform
outperforming outperform
outperforms outperform
outplacement outplac
outplayed outplai
outpost
outposts outpost
outpouring outpour
output
outputs output
outputting output
outrage outrag
outraged outrag
outrageous outrag
outrageously outrag
outrages outrag
outrank
outranks outrank
outreach
outrigger outrigg
outriggers outrigg
outright
outrun
outs out
outscored outscor
outscoring outscor
outsell outsel
outselling outsel
outsells outsel
outset
outshine outshin
outshines outshin
outshone outshon
outside outsid
outsider outsid
outsiders outsid
outsized outsiz
outskirt
outskirts outskirt
outslugged outslug
outsmarted outsmart
outsold
outspend
outspends outspend
outspoken
outspread
outstanding outstand
outstandingly outstandingli
outstate outstat
outstretched outstretch
outstrip
outstripped outstrip
outstripping outstrip
outstrips outstrip
outta
outward
outwardly outwardli
outweigh
outweighed outweigh
outweighs outweigh
outwit
outworn
ova
oval
ovals oval
ovarian
ovata
ovation ovat
oven
ovens oven
over
overactive overact
overage overag
overaggressive overaggress
overall overal
overallotment overallot
overallotments overallot
overalls overal
overambition overambit
overarching overarch
overarming overarm
overbearing overbear
overbid
overbilled overbil
overbilling overbil
overbillings overbil
overblown
overboard
overborrowing overborrow
overbought
overbreadth
overbroad
overbuilding overbuild
overbuilt
overburden
overburdened overburden
overcame overcam
overcapacity overcapac
overcast
overcerebral overcerebr
overcharge overcharg
overcharged overcharg
overcharges overcharg
overcharging overcharg
overcoat
overcoats overcoat
overcollateralized overcollater
overcollected overcollect
overcollection overcollect
overcome overcom
overcomes overcom
overcoming overcom
overcommitted overcommit
overconfident overconfid
overcooked overcook
overcooks overcook
overcooled overcool
overcrowded overcrowd
overcrowding overcrowd
overcurious overcuri
overdependence overdepend
overdeveloped overdevelop
overdoing overdo
overdone overdon
overdose overdos
overdosed overdos
overdoses overdos
overdosing overdos
overdraft
overdraw
overdrawn
overdressed overdress
overdrive overdr
overdriving overdriv
overdue overdu
overeager overeag
overeat
overeating over
overemphasis overemphasi
overemphasize overemphas
overemphasized overemphas
overenforced overenforc
overestimate overestim
overestimated overestim
overestimates overestim
overestimation overestim
overexcited overexcit
overexercised overexercis
overexpansion overexpans
overexploitation overexploit
overexploited overexploit
overexpose overexpos
overextend
overextended overextend
overfeed overfe
overfill overfil
overflights overflight
overflow
overflowed overflow
overflowing overflow
overflows overflow
overfunded overfund
overfunding overfund
overgeneralization overgener
overgenerous overgener
overgrazing overgraz
overgrown
overhand
overhang
overhanging overhang
overhangs overhang
overharvesting overharvest
overhaul
overhauled overhaul
overhauling overhaul
overhauls overhaul
overhead
overhear
overheard
overhearing overhear
overhears overhear
overheat
overheated overh
overheating overh
overhyped overhyp
overinclusion overinclus
overindebtedness overindebted
overindulged overindulg
overinsistent overinsist
overinvested overinvest
overjoyed overjoi
overkill overkil
overlaid
overland
overlap
overlapped overlap
overlapping overlap
overlaps overlap
overlay overlai
overlays overlai
overleveraged overleverag
overleveraging overleverag
overload
overloaded overload
overlong
overlook
overlooked overlook
overlooking overlook
overlooks overlook
overloud
overly overli
overlying overli
overmedicated overmed
overnight
overnighters overnight
overpaid
overpass
overpay overpai
overpaying overpai
overpayment overpay
overpayments overpay
overplanted overpl
overplayed overplai
overpopulated overpopul
overpopulation overpopul
overpower overpow
overpowered overpow
overpowering overpow
overpowers overpow
overpressure overpressur
overpriced overpr
overproduce overproduc
overproducers overproduc
overproduction overproduct
overprotected overprotect
overprotection overprotect
overprotective overprotect
overpurchase overpurchas
overran
overrated overr
overreach
overreached overreach
overreaches overreach
overreact
overreacted overreact
overreacting overreact
overreaction overreact
overregulated overregul
overregulation overregul
overrendered overrend
overridden
override overrid
overrides overrid
overriding overrid
overrode overrod
overrule overrul
overruled overrul
overrules overrul
overruling overrul
overrun
overruns overrun
oversaturating oversatur
oversaw
overseas oversea
oversee overse
overseeing overse
overseen
overseer overs
overseers overs
oversees overse
overshadow
overshadowed overshadow
overshadowing overshadow
overshadows overshadow
overshoes oversho
overshoots overshoot
overshot
oversight
oversimplification oversimplif
oversimplified oversimplifi
oversize overs
oversized overs
oversoft
oversoftness oversoft
oversold
overspending overspend
overstaff
overstaffed overstaf
overstate overst
overstated overst
overstatement overstat
overstates overst
overstating overst
overstaying overstai
overstepping overstep
overstored overstor
overstrained overstrain
overstraining overstrain
overstretch
oversubscribed oversubscrib
oversupplied oversuppli
oversupply oversuppli
overt
overtake overtak
overtaken
overtakin
overtaking overtak
overtaxed overtax
overthrow
overthrowing overthrow
overthrown
overtime overtim
overtly overtli
overtones overton
overtook
overture overtur
overtures overtur
overturn
overturned overturn
overturning overturn
overturns overturn
overuse overus
overused overus
overvalued overvalu
overvaulting overvault
overview
overweening overween
overweight
overweighted overweight
overwhelm
overwhelmed overwhelm
overwhelming overwhelm
overwhelmingly overwhelmingli
overworked overwork
overworking overwork
overwritten
overwrought
overzealous overzeal
overzealousness overzeal
oviform
ovulation ovul
owe ow
owed ow
owes ow
owing ow
owl
owls owl
own
owne own
owned own
owner
owners owner
ownership
ownerships ownership
owning own
owns own
ownself
ox
oxalate oxal
oxaloacetic oxaloacet
oxcart
oxen
oxidation oxid
oxide oxid
oxides oxid
oxidised oxidis
oxidized oxid
oxidizer oxid
oxygen
oxygens oxygen
oxyhydroxides oxyhydroxid
oxytetracycline oxytetracyclin
oyabun
oystchers oystcher
oyster
oysters oyster
oz
ozone ozon
ozonedepletion ozonedeplet
p
pa
pace
paced pace
pacem
pacemaker pacemak
pacemakers pacemak
pacer
pacers pacer
paces pace
pachinko
pacific pacif
pacified pacifi
pacifier pacifi
pacifies pacifi
pacifism pacif
pacifist
pacifistic pacifist
pacify pacifi
pacing pace
pack
package packag
packaged packag
packages packag
packaging packag
packed pack
packers packer
packet
packets packet
packing pack
packs pack
pact
pacts pact
pad
padded pad
paddies paddi
padding pad
paddle paddl
paddleball paddlebal
paddles paddl
paddock
padlock
padlocked padlock
pads pad
paean
paeans paean
pagan
paganism pagan
page
pageant
pageantry pageantri
pageants pageant
pager
pagers pager
pages page
paginated pagin
paging page
pagoda
pagodas pagoda
paid
paide paid
paie
pail
pails pail
pain
pained pain
painful pain
painfully painfulli
painkiller painkil
painkillers painkil
painless
painlessly painlessli
pains pain
painstaking painstak
painstakingly painstakingli
paint
paintbrush
painted paint
painter
painteresque painteresqu
painters painter
painting paint
paintings paint
paints paint
pair
paired pair
pairing pair
pairings pair
pairs pair
pajama
pajamas pajama
pal
palace palac
palaces palac
palamedes palamed
palatability palat
palatable palat
palate palat
palates palat
palatial palati
palazzi
palazzo
palazzos palazzo
pale
paled pale
palely pale
paleness pale
paleo
paleocortical paleocort
paleoexplosion paleoexplos
paleontologically paleontolog
paleontologists paleontologist
pales pale
palest
palette palett
palindromes palindrom
paling pale
palisades palisad
pall
palladium
pallet
palletized pallet
pallets pallet
palliative palli
pallid
pallor
palm
palmed palm
palms palm
palmtop
palmtops palmtop
palpable palpabl
palpably palpabl
palpitations palpit
pals pal
palsy palsi
paltry paltri
pampas pampa
pamper
pampered pamper
pampering pamper
pampers pamper
pamphlet
pamphleteer pamphlet
pamphlets pamphlet
pan
panacea
panaceas panacea
panache panach
pancake pancak
pancakes pancak
pancreas pancrea
pancreatitis pancreat
pandanus pandanu
pandemic pandem
pandemonium
pandering pander
panders pander
pane
panel
panelboard
paneled panel
paneling panel
panelists panelist
panelization panel
panelized panel
panels panel
panes pane
pangs pang
panhandle panhandl
panhandler panhandl
panic
panicked panick
panicking panick
panicky panicki
panics panic
panjandrum
panjandrums panjandrum
panky panki
panned pan
panning pan
panoply panopli
panorama
panoramas panorama
panoramic panoram
pans pan
pansies pansi
pansy pansi
pant
pantaloons pantaloon
panted pant
pantheist
pantheon
panthers panther
panties panti
panting pant
pantomime pantomim
pantomimed pantomim
pantomimic pantomim
pantry pantri
pants pant
pany pani
panzers panzer
paot
pap
papal
paper
paperback
paperbacks paperback
paperboard
paperboy paperboi
paperclip
papering paper
paperless
papers paper
paperwads paperwad
paperwork
papery paperi
papiers papier
papillary papillari
paprika
papyrus papyru
par
parable parabl
parables parabl
parachute parachut
parachutes parachut
parachuting parachut
parade parad
paraded parad
parades parad
paradigm
paradigmatic paradigmat
paradigms paradigm
parading parad
paradise paradis
paradises paradis
paradox
paradoxical paradox
paradoxically paradox
paragon
paragraph
paragraphing paragraph
paragraphs paragraph
parakeet
parakeets parakeet
paralanguage paralanguag
paralegal paraleg
paralegals paraleg
paralinguistic paralinguist
parallel
paralleled parallel
paralleling parallel
parallelism parallel
parallels parallel
paralysis paralysi
paralyze paralyz
paralyzed paralyz
paralyzes paralyz
paralyzing paralyz
paramagnet
paramagnetic paramagnet
parameter paramet
parameters paramet
parametric parametr
paramilitary paramilitari
paramount
paranoia
paranoiac
paranoid
paranormal paranorm
paraoxon
parapet
parapets parapet
paraphernalia
paraphrase paraphras
paraphrases paraphras
paraphrasing paraphras
parapsychology parapsycholog
paraquat
parasite parasit
parasites parasit
parasitic parasit
parasol
parasols parasol
parastatals parastat
parasympathetic parasympathet
paratroopers paratroop
paratroops paratroop
paraxial paraxi
parboiled parboil
parcel
parceled parcel
parceling parcel
parcels parcel
parched parch
parchment
pardon
pardonable pardon
pardoned pardon
pardons pardon
pare
pared pare
paredon
parenchyma
parent
parentage parentag
parental parent
parentheses parenthes
parenthetically parenthet
parenthood
parenting parent
parentis parenti
parents parent
pariah
pariahs pariah
parimutuels parimutuel
paring pare
parings pare
parish
parishes parish
parishioners parishion
parisology parisolog
parities pariti
parity pariti
park
parked park
parking park
parkish
parklike parklik
parks park
parkway parkwai
parlance parlanc
parlayed parlai
parley parlei
parliament
parliamentarian
parliamentarians parliamentarian
parliamentary parliamentari
parliaments parliament
parlor
parlors parlor
parochial parochi
parodied parodi
parodies parodi
parody parodi
parole parol
parolees parole
paroxysmal paroxysm
parquet
parried parri
parroting parrot
parrots parrot
parry parri
pars par
parses pars
parsimonious parsimoni
parsimony parsimoni
parsing pars
parsley parslei
parson
parsonage parsonag
parsympathetic parsympathet
part
partake partak
partaker partak
partakes partak
partaking partak
parte part
parted part
partial
partially partial
participant particip
participants particip
participate particip
participated particip
participates particip
participating particip
participation particip
participations particip
participative particip
participatory participatori
particle particl
particles particl
particular
particularistic particularist
particularity particular
particularly particularli
particulars particular
particulate particul
particulates particul
parties parti
parting part
partings part
partisan
partisans partisan
partisanship
partition partit
partitioned partit
partly partli
partner
partnered partner
partners partner
partnership
partnerships partnership
partook
parts part
party parti
partying parti
parvenus parvenu
pas pa
pasha
pashas pasha
paso
pass
passable passabl
passably passabl
passage passag
passages passag
passageway passagewai
passbook
passbooks passbook
passe pass
passed pass
passel
passenger passeng
passengers passeng
passerby passerbi
passes pass
passing pass
passion
passionate passion
passionately passion
passions passion
passive passiv
passively passiv
passiveness passiv
passivity passiv
passport
passports passport
passthrough
passwords password
past
pasta
pastdue pastdu
paste past
pasted past
pastel
pastels pastel
pastes past
pasteurization pasteur
pasteurized pasteur
pastilles pastil
pastime pastim
pastimes pastim
pasting past
pastness past
pastor
pastoral pastor
pastoris pastori
pastors pastor
pastrami
pastries pastri
pastry pastri
pasture pastur
pastures pastur
pasty pasti
pat
patch
patched patch
patches patch
patchwork
pate
patent
patented patent
patenting patent
patently patent
patents patent
pater
paternal patern
paternalism patern
paternalist
paternalistic paternalist
paternally patern
paternity patern
paterollers paterol
path
pathetic pathet
pathfinder pathfind
pathless
pathlogy pathlog
pathogenesis pathogenesi
pathogenic pathogen
pathologic patholog
pathological patholog
pathologically patholog
pathologist
pathology patholog
pathos patho
paths path
pathway pathwai
pathways pathwai
patience patienc
patient
patienthood
patiently patient
patients patient
patina
patinas patina
patio
patisseries patisseri
patria
patriarch
patriarchal patriarch
patriarchate patriarch
patriarchy patriarchi
patrician
patrimony patrimoni
patriot
patriotic patriot
patriotism patriot
patriots patriot
patristic patrist
patrol
patrolled patrol
patrolling patrol
patrolman
patrolmen
patrols patrol
patron
patronage patronag
patroness patro
patronize patron
patronized patron
patronizing patron
patronne patronn
patrons patron
pats pat
patsies patsi
patsy patsi
patted pat
patter
pattered patter
pattern
patterned pattern
patterns pattern
patties patti
patting pat
paucity pauciti
paunch
paunchy paunchi
pauper
pause paus
paused paus
pauses paus
pausing paus
pavane pavan
pave
paved pave
pavement
pavements pavement
paves pave
pavian
pavilion
pavilions pavilion
paving pave
paw
pawed paw
pawing paw
pawn
pawning pawn
pawns pawn
pawnshop
paws paw
pax
paxam
pay pai
payable payabl
payables payabl
payback
paycheck
paychecks paycheck
payday paydai
paydirt
paydown
payer
payers payer
paying pai
payloads payload
paymaster paymast
payment
payments payment
payoff
payoffif
payoffs payoff
payola
payout
payouts payout
payroll payrol
payrolls payrol
pays pai
pea
peace peac
peaceable peaceabl
peaceful peac
peacefully peacefulli
peacekeeping peacekeep
peacemaker peacemak
peacemakers peacemak
peacemaking peacemak
peacetime peacetim
peach
peaches peach
peacock
peacocks peacock
peak
peaked peak
peaking peak
peaks peak
peaky peaki
peal
pealing peal
peals peal
peanut
peanuts peanut
pear
pearl
pearls pearl
pearly pearli
pears pear
peas pea
peasant
peasanthood
peasants peasant
pebble pebbl
pebbles pebbl
pecan
pecans pecan
peccadilloes peccadillo
peccavi
peck
pecked peck
pecks peck
pecs pec
pectoralis pectorali
pectorals pector
peculiar
peculiarities peculiar
peculiarity peculiar
peculiarly peculiarli
pecuniary pecuniari
pedagogical pedagog
pedagogue pedagogu
pedal
pedaled pedal
pedaling pedal
pedals pedal
pedantic pedant
peddle peddl
peddled peddl
peddler
peddlers peddler
peddles peddl
peddling peddl
pedestal pedest
pedestals pedest
pedestrian
pedestrians pedestrian
pediatric pediatr
pediatrician
pediatrics pediatr
pedigree pedigre
pedigreed pedigre
pedimented pediment
peed
peek
peeked peek
peeking peek
peel
peelback
peeled peel
peeling peel
peels peel
peep
peeping peep
peer
peered peer
peering peer
peerless
peers peer
peeved peev
peeves peev
peg
pegboard
pegboards pegboard
pegged peg
peggin
pegging peg
pegs peg
pejorative pejor
pellagra
pellets pellet
pelting pelt
peltry peltri
pelts pelt
pelvic
pelvis pelvi
pemmican
pen
penal
penalize penal
penalized penal
penalizes penal
penalizing penal
penalties penalti
penalty penalti
penance penanc
pence penc
penchant
pencil
penciled pencil
pencils pencil
pendant
pending pend
pendulum
penetrate penetr
penetrated penetr
penetrates penetr
penetrating penetr
penetration penetr
penetrations penetr
penicillin
peninsula
penises penis
penitentiary penitentiari
penknife penknif
penman
pennant
pennants pennant
penned pen
pennies penni
penniless
penning pen
penny penni
pennystock
pens pen
pension
pensioner pension
pensioners pension
pensions pension
pentagon
pentameter pentamet
pentamidine pentamidin
penthouse penthous
penultimate penultim
penurious penuri
penury penuri
peonies peoni
people peopl
peopled peopl
peoples peopl
pep
pepper
peppered pepper
peppering pepper
peppermint
peppermints peppermint
pepperoni
peppers pepper
peppery pepperi
pepping pep
peppy peppi
peptidases peptidas
peptide peptid
peptides peptid
peptizing peptiz
per
perceive perceiv
perceived perceiv
perceives perceiv
perceiving perceiv
percent
percentage percentag
percentages percentag
percenter percent
perceptible percept
perception percept
perceptions percept
perceptive percept
perceptiveness percept
perceptual perceptu
perch
perchance perchanc
perched perch
perchlorate perchlor
percolator percol
percussion percuss
percussionist
percussive percuss
peremptory peremptori
perennial perenni
perennially perenni
perennials perenni
perestroika
perestrokia
perfect
perfectability perfect
perfected perfect
perfectibility perfect
perfecting perfect
perfection perfect
perfectionism perfection
perfectionists perfectionist
perfectly perfectli
perfidious perfidi
perfidy perfidi
perforated perfor
perforations perfor
perforce perforc
perform
performance perform
performances perform
performed perform
performer perform
performers perform
performing perform
performs perform
perfume perfum
perfumed perfum
perfumery perfumeri
perfumes perfum
perfunctorily perfunctorili
perfunctory perfunctori
perfuses perfus
perfusion perfus
perhaps perhap
peridontal peridont
peril
perilla
perilous peril
perilously peril
perils peril
perimeter perimet
perinatally perinat
period
periodic period
periodical period
periodically period
periodicals period
periodicity period
periodontal periodont
periods period
peripheral peripher
peripherally peripher
peripherals peripher
periphery peripheri
periphrastic periphrast
periscopes periscop
perish
perishable perish
perishables perish
perished perish
perishes perish
perishing perish
peritoneal periton
periwinkles periwinkl
perjury perjuri
perk
perked perk
perking perk
perks perk
perky perki
permanant perman
permanence perman
permanent perman
permanently perman
permeable permeabl
permeate permeat
permeated permeat
permeates permeat
permeating permeat
permissibility permiss
permissible permiss
permission permiss
permissive permiss
permit
permits permit
permitted permit
permitting permit
pernicious pernici
peroxide peroxid
perpendicular
perpendicularly perpendicularli
perpetrate perpetr
perpetrated perpetr
perpetration perpetr
perpetrator perpetr
perpetrators perpetr
perpetual perpetu
perpetually perpetu
perpetuate perpetu
perpetuated perpetu
perpetuates perpetu
perpetuating perpetu
perpetuation perpetu
perpetuity perpetu
perplex
perplexed perplex
perplexing perplex
perplexity perplex
perquisites perquisit
persecute persecut
persecuted persecut
persecuting persecut
persecution persecut
persecutors persecutor
persecutory persecutori
perseverance persever
persevere persever
persevered persev
perseveres persever
pershare pershar
persiflage persiflag
persimmons persimmon
persist
persisted persist
persistence persist
persistency persist
persistent persist
persistently persist
persisting persist
persists persist
person
persona
personae persona
personage personag
personages personag
personal person
personalities person
personality person
personalize person
personalized person
personally person
personification personif
personified personifi
personifies personifi
personifying personifi
personnel
persons person
perspective perspect
perspectives perspect
perspiration perspir
perspired perspir
perspiring perspir
persuade persuad
persuaded persuad
persuaders persuad
persuades persuad
persuading persuad
persuasion persuas
persuasions persuas
persuasive persuas
persuasively persuas
persuasiveness persuas
pert
pertain
pertained pertain
pertaining pertain
pertains pertain
pertinence pertin
pertinent pertin
perturbation perturb
perturbations perturb
perturbed perturb
pertussis pertussi
perusal perus
peruse perus
perusing perus
pervade pervad
pervaded pervad
pervades pervad
pervading pervad
pervaporation pervapor
pervasive pervas
pervasively pervas
pervasiveness pervas
perverse pervers
perversely pervers
perversion pervers
perversions pervers
perversities pervers
pervert
perverted pervert
pesatas pesata
peseta
pesetas peseta
peso
pesos peso
pessimism pessim
pessimist
pessimistic pessimist
pessimists pessimist
pest
pester
pestering pester
pesticide pesticid
pesticides pesticid
pestilence pestil
pestilent pestil
pests pest
pet
petals petal
peter
petered peter
petit
petite petit
petition petit
petitioned petit
petitioner petition
petitions petit
petits petit
petrified petrifi
petrochemical petrochem
petrochemicals petrochem
petroleum
petroleumproducts petroleumproduct
pets pet
petted pet
pettiness petti
pettinesses petti
petting pet
petty petti
petulance petul
petulant petul
pew
pews pew
pewter
peyote peyot
pfennig
pfennigs pfennig
pfffted
phagocytes phagocyt
phalanx
phantasy phantasi
phantom
pharamaceuticals pharamaceut
pharaohs pharaoh
pharmaceutical pharmaceut
pharmaceuticals pharmaceut
pharmacies pharmaci
pharmacist
pharmacists pharmacist
pharmacological pharmacolog
pharmacology pharmacolog
pharmacuetical pharmacuet
pharmacy pharmaci
phase
phased phase
phases phase
phasing phase
pheasant
pheasants pheasant
phenolic phenol
phenomena
phenomenal phenomen
phenomenally phenomen
phenomenological phenomenolog
phenomenon
phenonenon
phenothiazine phenothiazin
philandering philand
philanthropic philanthrop
philanthropies philanthropi
philanthropist
philanthropists philanthropist
philanthropy philanthropi
philantrophy philantrophi
philantropists philantropist
philharmonic philharmon
philodendron
philological philolog
philologists philologist
philology philolog
philosopher philosoph
philosophers philosoph
philosophic philosoph
philosophical philosoph
philosophically philosoph
philosophies philosophi
philosophized philosoph
philosophizing philosoph
philosophy philosophi
phis phi
phlegm
phloem
phobia
phobias phobia
phoenix
phone
phonebook
phoned phone
phonemes phonem
phonemic phonem
phonemics phonem
phones phone
phonetic phonet
phonetics phonet
phoney phonei
phonic
phonies phoni
phoning phone
phonograph
phonographs phonograph
phonologic phonolog
phonology phonolog
phony phoni
phosgene phosgen
phosphate phosphat
phosphates phosphat
phosphide phosphid
phosphine phosphin
phosphines phosphin
phosphor
phosphorescent phosphoresc
phosphorous phosphor
phosphors phosphor
phosphorus phosphoru
photo
photocathode photocathod
photocathodes photocathod
photochemical photochem
photocopiers photocopi
photocopy photocopi
photocopying photocopi
photoelectronic photoelectron
photoelectrons photoelectron
photofinishers photofinish
photofinishing photofinish
photofloodlights photofloodlight
photogenic photogen
photograph
photographed photograph
photographer photograph
photographers photograph
photographic photograph
photographically photograph
photographing photograph
photographs photograph
photography photographi
photojournalism photojourn
photoluminescence photoluminesc
photomicrograph
photomicrography photomicrographi
photorealism photor
photos photo
photosensitive photosensit
photosynthesis photosynthesi
phrase
phrased phrase
phrasemaking phrasemak
phraseology phraseolog
phrases phrase
phrasing phrase
phrasings phrase
phthalate phthalat
phyla
physical physic
physically physic
physicalness physic
physicals physic
physician
physicians physician
physicist
physicists physicist
physics physic
physiochemical physiochem
physiognomy physiognomi
physiologic physiolog
physiological physiolog
physiology physiolog
physiotherapist
physique physiqu
pi
pianism
pianissimos pianissimo
pianist
pianistic pianist
pianists pianist
piano
pianos piano
piasters piaster
piazza
piazzas piazza
picayune picayun
pick
pickaxe pickax
picked pick
picker
pickers picker
picket
picketed picket
picketers picket
picketing picket
pickets picket
pickier
pickiest
picking pick
pickings pick
pickins pickin
pickle pickl
pickled pickl
pickles pickl
pickoff
pickoffs pickoff
pickpocket
picks pick
pickup
pickups pickup
picky picki
picnic
picnicked picnick
picnickers picnick
picnics picnic
pico
picocassette picocassett
pictorial pictori
pictorially pictori
picture pictur
pictured pictur
pictures pictur
picturesque picturesqu
picturesquely picturesqu
picturing pictur
piddling piddl
pidgin
pie
piece piec
pieced piec
piecemeal piecem
pieces piec
piecewise piecewis
pier
pierce pierc
pierced pierc
piercing pierc
piers pier
pies pi
piety pieti
piezoelectric piezoelectr
piezoelectricity piezoelectr
pig
pigen
pigeon
pigeonhole pigeonhol
pigeonholing pigeonhol
pigeons pigeon
piggyback
piggybacking piggyback
piglet
piglets piglet
pigment
pigmented pigment
pigments pigment
pigpens pigpen
pigs pig
pigskin
pigsty pigsti
pike
piker
pile
piled pile
piles pile
pileup
pileups pileup
pilferers pilfer
pilfering pilfer
pilgrim
pilgrimage pilgrimag
pilgrimages pilgrimag
pilgrims pilgrim
piling pile
pilings pile
pill
pillage pillag
pillaged pillag
pillar
pillared pillar
pillars pillar
pilloried pillori
pillorying pillori
pillow
pillowcases pillowcas
pillows pillow
pills pill
pilot
pilote pilot
piloting pilot
pilots pilot
pimp
pimpled pimpl
pimples pimpl
pimplike pimplik
pimps pimp
pin
pinafores pinafor
pinball pinbal
pinch
pinched pinch
pinches pinch
pinching pinch
pine
pineapple pineappl
pines pine
ping
pinging ping
pinhead
pinheaded pinhead
pinholes pinhol
pinioned pinion
pink
pinkly pinkli
pinks pink
pinnacle pinnacl
pinnacles pinnacl
pinned pin
pinning pin
pinnings pin
pinochle pinochl
pinpoint
pinpointed pinpoint
pinpointing pinpoint
pinpoints pinpoint
pins pin
pint
pinto
pints pint
pioneer
pioneered pioneer
pioneering pioneer
pioneers pioneer
pious piou
piously piousli
pip
pipe
piped pipe
pipedreams pipedream
pipeline pipelin
pipelines pipelin
piper
pipers piper
pipes pipe
piping pipe
pipsqueak
piquant
pique piqu
piqued piqu
piracy piraci
piranha
pirate pirat
pirated pirat
pirates pirat
piroghi
pirogues pirogu
pirouette pirouett
piss
pistachio
pistils pistil
pistol
pistoleers pistol
pistols pistol
piston
pistons piston
pit
pitch
pitched pitch
pitcher
pitchers pitcher
pitches pitch
pitchfork
pitching pitch
pitchmen
piteous piteou
pitfall pitfal
pitfalls pitfal
pith
pithiest
pithy pithi
pitiable pitiabl
pitied piti
pitiful piti
pitifully pitifulli
pitiless
pitilessly pitilessli
pitons piton
pits pit
pittance pittanc
pitted pit
pitting pit
pituitary pituitari
pity piti
pityingly pityingli
pivot
pivotal pivot
pivoting pivot
pixies pixi
pizazz
pizza
pizzas pizza
pizzazz
pizzeria
pizzerias pizzeria
pizzicato
placard
placards placard
placate placat
placated placat
placating placat
place
placebo
placed place
placeless
placement
placements placement
places place
placid
placing place
plagiarism plagiar
plagiarize plagiar
plagiarized plagiar
plagiarizers plagiar
plague plagu
plagued plagu
plagues plagu
plaguing plagu
plaid
plaids plaid
plain
plainclothes plaincloth
plainer
plainest
plainly plainli
plains plain
plaintiff
plaintiffs plaintiff
plaintive plaintiv
plaintively plaintiv
plan
planar
plane
planed plane
planeload
planer
planes plane
planet
planetarium
planetary planetari
planetoid
planetoids planetoid
planets planet
plank
planking plank
planks plank
planned plan
planner
planners planner
planning plan
planoconcave planoconcav
plans plan
plant
plantain
plantation plantat
plantations plantat
planted plant
planter
planters planter
planting plant
plantings plant
plants plant
plaque plaqu
plaques plaqu
plasm
plasma
plasmodium
plaster
plastered plaster
plasterer plaster
plastering plaster
plasters plaster
plastic
plastically plastic
plasticity plastic
plastics plastic
plastisols plastisol
plate
plateau
plated plate
plateful plate
plates plate
platform
platforms platform
platinum
platitudes platitud
platitudinous platitudin
platoon
platoons platoon
platted plat
platter
platters platter
plaudits plaudit
plausibility plausibl
plausible plausibl
plausibly plausibl
play plai
playable playabl
playback
playbacks playback
playboy playboi
played plai
player
players player
playful play
playfully playfulli
playfulness play
playground
playgrounds playground
playhouse playhous
playin
playing plai
playland
playmate playmat
playmates playmat
playoff
playoffs playoff
playpen
playroom
plays plai
playthings playth
playtime playtim
playwright
playwrights playwright
playwriting playwrit
plaza
plazas plaza
plea
plead
pleaded plead
pleader
pleading plead
pleadingly pleadingli
pleadings plead
pleads plead
pleas plea
pleasance pleasanc
pleasant
pleasantly pleasantli
pleasantness pleasant
pleasantries pleasantri
please pleas
pleased pleas
pleases pleas
pleasin
pleasing pleas
pleasingly pleasingli
pleasurable pleasur
pleasure pleasur
pleasures pleasur
pleated pleat
pleats pleat
plebeian
pledge pledg
pledged pledg
pledges pledg
pledging pledg
plenary plenari
plenipotentiary plenipotentiari
plenitude plenitud
plentiful plenti
plenty plenti
plenum
plethora
pleura
pleural
pliable pliabl
pliant
plied pli
pliers plier
plies pli
plight
plights plight
plinking plink
plod
plodded plod
plodding plod
plods plod
plopped plop
plot
plots plot
plotted plot
plotters plotter
plotting plot
plough
plow
plowed plow
plowing plow
plows plow
plowshares plowshar
ploy ploi
ploys ploi
pluck
plucked pluck
plucking pluck
plucky plucki
plug
plugged plug
plugging plug
plugs plug
plugugly plugugli
plum
plumage plumag
plumb
plumbed plumb
plumber
plumbers plumber
plumbing plumb
plume
plumed plume
plumes plume
plummet
plummeted plummet
plummeting plummet
plummetted plummet
plump
plumped plump
plumpness plump
plumps plump
plunder
plundered plunder
plunderers plunder
plundering plunder
plunge plung
plunged plung
plunges plung
plunging plung
plunked plunk
plunkers plunker
plunking plunk
pluralism plural
pluralist
pluralistic pluralist
plurality plural
plus plu
pluses pluse
plush
plutocratic plutocrat
plutocrats plutocrat
plutonium
ply
plying ply
plywood
pneumatic pneumat
pneumocystis pneumocysti
pneumonia
poachers poacher
poaches poach
poaching poach
poark
pocket
pocketbook
pocketbooks pocketbook
pocketed pocket
pocketful pocket
pocketing pocket
pockets pocket
pockmarked pockmark
pod
podiatric podiatr
podiatrist
podium
podiums podium
pods pod
poem
poems poem
poeple poepl
poet
poetic
poetically poetic
poetizing poetiz
poetry poetri
poets poet
pogroms pogrom
poignancy poignanc
poignant
poignantly poignantli
point
pointe point
pointed point
pointedly pointedli
pointer
pointers pointer
pointing point
pointless
points point
pointy pointi
poise pois
poised pois
poises pois
poison
poisoned poison
poisoner poison
poisoning poison
poisonous poison
poisons poison
poivre poivr
poke
poked poke
pokeneu
poker
pokerfaced pokerfac
pokes poke
pokey pokei
poking poke
pol
polar
polarities polar
polarity polar
polarization polar
polarize polar
polarized polar
polarizing polar
pole
polecat
polemic polem
polemical polem
polemics polem
poles pole
police polic
policed polic
policeman
policemen
polices polic
policewoman
policies polici
policing polic
policy polici
policyholder policyhold
policyholders policyhold
policymaker policymak
policymakers policymak
policymaking policymak
poling pole
polio
polis poli
polish
polished polish
polishes polish
polishing polish
polite polit
politely polit
politeness polit
politic polit
political polit
politically polit
politician
politicians politician
politicize politic
politicized politic
politicizing politic
politicking politick
politico
politicos politico
politics polit
polities politi
politique politiqu
polity politi
polivinylchloride polivinylchlorid
polka
poll
polled poll
pollen
pollinate pollin
pollinated pollin
pollinating pollin
pollination pollin
polling poll
pollings poll
polls poll
pollster
pollsters pollster
pollutant pollut
pollutants pollut
pollute pollut
polluted pollut
polluter pollut
polluters pollut
polluting pollut
pollution pollut
polo
polonaise polonais
pols pol
poltergeists poltergeist
poltically poltic
polybutene polybuten
polybutenes polybuten
polycrystalline polycrystallin
polyelectrolytes polyelectrolyt
polyester polyest
polyesters polyest
polyether polyeth
polyethers polyeth
polyethylene polyethylen
polygynous polygyn
polyisobutylene polyisobutylen
polyisocyanate polyisocyan
polyisocyanates polyisocyan
polymer polym
polymerase polymeras
polymeric polymer
polymerization polymer
polymerizations polymer
polymers polym
polymyositis polymyos
polynomial polynomi
polynomials polynomi
polyols polyol
polyphosphate polyphosph
polyphosphates polyphosph
polyproplene polyproplen
polypropylene polypropylen
polyps polyp
polyrhythms polyrhythm
polysilicon
polysiloxanes polysiloxan
polystyrene polystyren
polytonal polyton
polyunsaturated polyunsatur
polyurethane polyurethan
polyvinyl
pomaded pomad
pomological pomolog
pomologist
pomp
pompons pompon
pompous pompou
pompously pompous
pompousness pompous
poncho
pond
ponder
pondered ponder
pondering ponder
ponderous ponder
ponderousness ponder
ponders ponder
ponds pond
pong
ponied poni
ponies poni
pontiff
pontifical pontif
pontificate pontif
pontificates pontif
pony poni
ponying poni
ponytails ponytail
pooch
pooched pooch
poodle poodl
poodles poodl
poof
poohbah
pool
pooled pool
pooling pool
pools pool
poolside poolsid
poor
poorer
poorest
poorly poorli
pop
popcorn
pope
poplar
poplin
popped pop
poppies poppi
popping pop
poppy poppi
poppyseed poppyse
pops pop
populace populac
popular
popularity popular
popularize popular
popularized popular
popularizing popular
popularly popularli
populate popul
populated popul
populating popul
population popul
populations popul
populism popul
populist
populists populist
populous popul
porcelain
porcelains porcelain
porch
porches porch
porcupine porcupin
porcupines porcupin
pore
pored pore
pores pore
poring pore
pork
pornographer pornograph
pornographic pornograph
pornography pornographi
porosity poros
porous porou
porpoise porpois
porpoises porpois
porridge porridg
port
portability portabl
portable portabl
portables portabl
portal
portant
portend
portended portend
portends portend
portent
portentous portent
portents portent
porter
portering porter
porters porter
portfolio
portfolios portfolio
portico
porticoes portico
portion
portions portion
portly portli
portrait
portraits portrait
portraiture portraitur
portray portrai
portrayal portray
portrayals portray
portrayed portrai
portraying portrai
portrays portrai
ports port
portwatchers portwatch
pose
posed pose
poses pose
poseur
poseurs poseur
posh
poshest
posing pose
position posit
positional posit
positioned posit
positioning posit
positions posit
positionsthat
positive posit
positively posit
positivism positiv
positivist
positivists positivist
posse poss
posseman
possemen
possess
possessed possess
possesses possess
possessing possess
possession possess
possessions possess
possessive possess
possessor
possibilities possibl
possibility possibl
possible possibl
possiblities possibl
possiblity possibl
possibly possibl
possum
post
postage postag
postal
postcard
postcards postcard
postdoctoral postdoctor
posted post
poster
posterior
posterity poster
posters poster
postgraduate postgradu
posthumous posthum
posting post
postings post
postition postit
postman
postmark
postmarked postmark
postmarks postmark
postmaster postmast
postmasters postmast
postmen
postponable postpon
postpone postpon
postponed postpon
postponement postpon
postponements postpon
postponing postpon
postride postrid
posts post
postscript
postulate postul
postulated postul
postulates postul
posture postur
postured postur
postures postur
posturing postur
postwar
pot
potable potabl
potash
potassium
potato
potatoes potato
potboiler potboil
potboilers potboil
potency potenc
potent
potentates potent
potential potenti
potentialities potenti
potentiality potenti
potentially potenti
potentials potenti
potentiometer potentiomet
pothole pothol
potholes pothol
pothos potho
potion
potions potion
potpourri
pots pot
pottage pottag
potted pot
potter
potters potter
pottery potteri
potting pot
potty potti
pouch
pouches pouch
poultice poultic
poultices poultic
poultry poultri
pounce pounc
pounced pounc
pouncing pounc
pound
pounded pound
pounding pound
pounds pound
pour
poured pour
pouring pour
pours pour
pout
pouted pout
poverty poverti
powder
powdered powder
powderpuff
powders powder
powdery powderi
power
powerboat
powered power
powerful power
powerfully powerfulli
powerfulness power
powerhouse powerhous
powerhouses powerhous
powering power
powerless
powerlessness powerless
powerplants powerpl
powers power
powertrain
powpow
powwow
pox
pr
practicability practic
practicable practic
practical practic
practicality practic
practically practic
practice practic
practiced practic
practices practic
practicing practic
practised practis
practising practis
practitioner practition
practitioners practition
pragmatic pragmat
pragmatism pragmat
pragmatist
pragmatists pragmatist
prai
prairie prairi
prairies prairi
praise prais
praised prais
praises prais
praiseworthy praiseworthi
praising prais
pram
prams pram
prancing pranc
pranha
prank
pranks prank
pranksters prankster
pratakku
pratfalls pratfal
prattle prattl
prawns prawn
pray prai
prayed prai
prayer
prayerbooks prayerbook
prayerful prayer
prayerfully prayerfulli
prayers prayer
prayin
praying prai
prays prai
preach
preached preach
preacher
preachers preacher
preaches preach
preachiness preachi
preaching preach
preachy preachi
preadmission preadmiss
preamble preambl
preambles preambl
preapproved preapprov
prearranged prearrang
precarious precari
precariously precari
precaution precaut
precautionary precautionari
precautions precaut
precede preced
preceded preced
precedence preced
precedent preced
precedents preced
precedes preced
preceding preced
preceeded preceed
preceeding preceed
precept
precepts precept
prechlorination prechlorin
precinct
precincts precinct
precious preciou
precipice precipic
precipices precipic
precipitate precipit
precipitated precipit
precipitating precipit
precipitin
precipitous precipit
precipitously precipit
precise precis
precisely precis
precision precis
preclearance preclear
preclinical preclin
preclude preclud
precluded preclud
precludes preclud
precocious precoci
precociously precoci
precocity precoc
precompetitive precompetit
preconceived preconceiv
preconceptions preconcept
precondition precondit
preconditioned precondit
preconditions precondit
preconference preconfer
preconscious preconsci
precooked precook
precrash
precursor
precursors precursor
precursory precursori
precut
predates predat
predator predat
predators predat
predatory predatori
predawn
predecessor
predecessors predecessor
predestined predestin
predetermined predetermin
predicament predica
predicated predic
predicates predic
predicator predic
predict
predictability predict
predictable predict
predictably predict
predicted predict
predicting predict
prediction predict
predictions predict
predictive predict
predictor
predictors predictor
predicts predict
predigested predigest
predilection predilect
predilections predilect
predispose predispos
predisposed predispos
predisposing predispos
predisposition predisposit
predispositions predisposit
prednisone prednison
predominance predomin
predominant predomin
predominantly predominantli
predominate predomin
predominated predomin
predominately predomin
predominates predomin
predominating predomin
predomination predomin
preemployment preemploy
preempt
preemptive preemptiv
preening preen
prefab
prefabricated prefabr
preface prefac
prefaced prefac
prefectural prefectur
prefecture prefectur
prefectures prefectur
prefer
preferable prefer
preferably prefer
preference prefer
preferences prefer
preferential preferenti
preferentially preferenti
preferment prefer
preferrance preferr
preferred prefer
preferring prefer
prefers prefer
prefixes prefix
preflight
prefuh
prefund
pregnancies pregnanc
pregnancy pregnanc
pregnant
prehistoric prehistor
preisolated preisol
prejudged prejudg
prejudging prejudg
prejudice prejudic
prejudiced prejud
prejudices prejudic
prejudicial prejudici
prelate prelat
preliminaries preliminari
preliminarily preliminarili
preliminary preliminari
preliterate preliter
prelude prelud
premarital premarit
premature prematur
prematurely prematur
premediated premedi
premeditated premedit
premier
premiere premier
premiered premier
premieres premier
premiering premier
premise premis
premises premis
premium
premiums premium
premix
premonition premonit
premonitions premonit
premonitory premonitori
prenatal prenat
preoccupation preoccup
preoccupations preoccup
preoccupied preoccupi
preoccupies preoccupi
preoccupy preoccupi
preordained preordain
preordainment preordain
prep
prepackaged prepackag
prepaid
preparation prepar
preparations prepar
preparative prepar
preparatives prepar
preparatory preparatori
prepare prepar
prepared prepar
preparedness prepared
preparer prepar
preparers prepar
prepares prepar
preparing prepar
prepay prepai
prepaying prepai
prepayment prepay
prepayments prepay
prepolymer prepolym
preponderance preponder
preponderantly preponderantli
preponderating preponder
preposition preposit
prepositional preposit
prepositioning preposit
preposterous preposter
preppie preppi
prepping prep
preppy preppi
prepreg
preprepared preprepar
preprinting preprint
preprivatization preprivat
prepubescent prepubesc
prepublication prepubl
prepupal prepup
prepurchase prepurchas
preradiation preradi
prerecorded prerecord
preregistration preregistr
prerequisite prerequisit
prerequisites prerequisit
prerogative prerog
prerogatives prerog
presage presag
presaged presag
presages presag
presaging presag
presale presal
preschool
preschooler preschool
preschoolers preschool
prescient
prescribe prescrib
prescribed prescrib
prescriber prescrib
prescribers prescrib
prescribes prescrib
prescribing prescrib
prescription prescript
prescriptions prescript
prescriptive prescript
presence presenc
presences presenc
present
presentable present
presentation present
presentational present
presentations present
presente present
presented present
presenter present
presenters present
presenting present
presently present
presentlye presently
presentments present
presentness present
presents present
preservation preserv
preservative preserv
preserve preserv
preserved preserv
preserves preserv
preserving preserv
preset
preside presid
presided presid
presidency presid
president presid
presidential presidenti
presidents presid
presides presid
presiding presid
presorting presort
press
pressed press
presser
presses press
pressing press
pressman
pressure pressur
pressured pressur
pressures pressur
pressuring pressur
pressurized pressur
prestidigitation prestidigit
prestidigitator prestidigit
prestige prestig
prestigious prestigi
presto
presumably presum
presume presum
presumed presum
presumes presum
presuming presum
presumption presumpt
presumptions presumpt
presumptuous presumptu
presuppose presuppos
presupposes presuppos
presupposition presupposit
presuppositions presupposit
pretax
pretence pretenc
pretend
pretended pretend
pretending pretend
pretends pretend
pretense pretens
pretenses pretens
pretensions pretens
pretentious pretenti
pretest
pretext
pretexts pretext
pretreatment pretreat
pretrial
prettier
prettiest
prettily prettili
prettiness pretti
pretty pretti
prevail
prevaile prevail
prevailed prevail
prevailin
prevailing prevail
prevails prevail
prevalance preval
prevalence preval
prevalent preval
prevayle prevayl
prevent
preventable prevent
preventative prevent
preventatives prevent
prevented prevent
preventing prevent
prevention prevent
preventive prevent
prevents prevent
preview
previewing preview
previews preview
previous previou
previously previous
prevision previs
previsions previs
prewar
prey prei
preying prei
price
pricecutting pricecut
priced price
priceless
prices price
pricetags pricetag
pricey pricei
pricier
priciest
pricing price
pricings price
prick
pricked prick
pricking prick
prickly prickli
pricks prick
pride
prided pride
prides pride
pries pri
priest
priestly priestli
priests priest
prim
prima
primacy primaci
primal
primaries primari
primarily primarili
primarly primarli
primary primari
primates primat
prime
primed prime
primers primer
primes prime
primetime primetim
primeval primev
priming prime
primitive primit
primitives primit
primitivism primitiv
primly primli
primordial primordi
primping primp
prince princ
princely princ
princes princ
princess
princesse princess
principal princip
principally princip
principals princip
principle principl
principled principl
principles principl
princpal
print
printable printabl
printed print
printer
printers printer
printing print
printmaking printmak
printout
printouts printout
prints print
prior
priori
priorities prioriti
priority prioriti
prison
prisoner prison
prisoners prison
prisons prison
pristine pristin
privacy privaci
private privat
privately privat
privation privat
privations privat
privatization privat
privatizations privat
privatize privat
privatized privat
privatizing privat
privet
privies privi
privilege privileg
privileged privileg
privileges privileg
privileging privileg
privvy privvi
privy privi
prize
prized prize
prizes prize
pro
probabilistic probabilist
probabilities probabl
probability probabl
probable probabl
probably probabl
probaby probabi
probate probat
probation probat
probe
probed probe
probes probe
probing probe
probings probe
probity probiti
problem
problematic problemat
problematical problemat
problematics problemat
problems problem
probly probli
proboscis probosci
procedural procedur
procedurally procedur
procedure procedur
procedures procedur
proceed proce
proceeded proceed
proceeding proceed
proceedings proceed
proceeds proce
process
processed process
processes process
processing process
procession process
processional procession
processor
processors processor
prochoice prochoic
proclaim
proclaimed proclaim
proclaiming proclaim
proclaims proclaim
proclamation proclam
proclamations proclam
proclivities procliv
procrastinate procrastin
procrastinated procrastin
procrastination procrastin
procreate procreat
procreation procreat
procreative procr
procreativity procr
proctor
proctors proctor
procure procur
procured procur
procurement procur
procurer procur
prod
prodded prod
prodding prod
prodigal prodig
prodigally prodig
prodigies prodigi
prodigious prodigi
prodigiously prodigi
prodigy prodigi
prods prod
produce produc
produced produc
producer produc
producers produc
produces produc
producin
producing produc
product
production product
productions product
productive product
productivity product
products product
proessional proession
prof
profane profan
profanity profan
profess
professed profess
professedly professedli
professes profess
professeur
professing profess
profession profess
professional profession
professionalism profession
professionally profession
professionals profession
professions profess
professor
professorial professori
professoriate professori
professors professor
professorship
professorships professorship
profet
proffer
proffered proffer
profferred proffer
proficiency profici
proficient profici
profile profil
profiled profil
profiles profil
profiling profil
profit
profitability profit
profitable profit
profitably profit
profited profit
profiteering profit
profiteers profit
profiting profit
profits profit
profittaking profittak
profitting profit
profligacy profligaci
profligate proflig
profound
profoundest
profoundity profound
profoundly profoundli
profs prof
profundity profund
profuse profus
profusely profus
profusion profus
progandist
progenitors progenitor
progeny progeni
progess
prognoses prognos
prognosis prognosi
prognostication prognost
prognostications prognost
prognosticator prognost
prognosticators prognost
program
programed program
programing program
programmable programm
programmatic programmat
programmed program
programmer programm
programmers programm
programmes programm
programming program
programs program
progress
progressed progress
progresses progress
progressing progress
progression progress
progressions progress
progressive progress
progressively progress
progressives progress
progressivism progressiv
progressivity progress
prohibit
prohibited prohibit
prohibiting prohibit
prohibition prohibit
prohibitions prohibit
prohibitive prohibit
prohibitively prohibit
prohibiton
prohibits prohibit
project
projected project
projectile projectil
projectiles projectil
projecting project
projection project
projections project
projective project
projector
projectors projector
projects project
proletarian
proletariat
proliferate prolifer
proliferated prolifer
proliferating prolifer
proliferation prolifer
prolific prolif
prolixity prolix
prolong
prolongation prolong
prolonged prolong
prolonging prolong
prolongs prolong
prolusion prolus
prolusions prolus
prom
promenade promenad
promenades promenad
prominant promin
prominence promin
prominent promin
prominently promin
promiscuous promiscu
promise promis
promised promis
promises promis
promising promis
promissory promissori
promote promot
promoted promot
promoter promot
promoters promot
promotes promot
promoting promot
promotion promot
promotional promot
promotions promot
prompt
prompted prompt
prompting prompt
promptings prompt
promptly promptli
prompts prompt
promulgated promulg
promulgating promulg
promulgators promulg
prone
proneness prone
prongs prong
pronoun
pronounce pronounc
pronounced pronounc
pronouncement pronounc
pronouncements pronounc
pronounces pronounc
pronouncing pronounc
pronouns pronoun
pronto
pronunciation pronunci
proof
proofread
proofreading proofread
prop
propaganda
propagandist
propagandistic propagandist
propagandists propagandist
propagandize propagand
propagandizes propagand
propagate propag
propagated propag
propagation propag
propane propan
propects propect
propel
propellant propel
propellants propel
propelled propel
propeller propel
propellers propel
propelling propel
propels propel
propensity propens
proper
properly properli
properties properti
property properti
propfan
propfans propfan
prophecies propheci
prophecy propheci
prophesied prophesi
prophesies prophesi
prophesized prophes
prophesying prophesi
prophet
prophetic prophet
prophetically prophet
prophets prophet
propionate propion
propitiate propiti
propitious propiti
proponent propon
proponents propon
proportion proport
proportional proport
proportionality proportion
proportionally proportion
proportionate proportion
proportionately proportion
proportioned proport
proportions proport
proposal propos
proposals propos
propose propos
proposed propos
proposes propos
proposing propos
proposition proposit
propositioned proposit
propositions proposit
propounded propound
propped prop
propping prop
proprietary proprietari
proprieter propriet
proprieties proprieti
proprietor
proprietors proprietor
proprietorship
proprietorships proprietorship
proprietory proprietori
propriety proprieti
props prop
propsed props
propulsion propuls
propulsions propuls
propulsive propuls
propylene propylen
propylthiouracil
prorata
prorate prorat
prorated prorat
proration prorat
pros pro
prosaic
prosceniums proscenium
proscribe proscrib
proscribed proscrib
proscribes proscrib
proscription proscript
proscriptive proscript
prose
prosecute prosecut
prosecuted prosecut
prosecuting prosecut
prosecution prosecut
prosecutions prosecut
prosecutor
prosecutorial prosecutori
prosecutors prosecutor
proselytizing proselyt
prosodic prosod
prosodies prosodi
prosoma
prospect
prospective prospect
prospectively prospect
prospector
prospects prospect
prospectus prospectu
prospectuses prospectus
prosper
prospered prosper
prospering prosper
prosperity prosper
prosperous prosper
prospers prosper
prossed pross
prostaglandin
prostate prostat
prostitute prostitut
prostitutes prostitut
prostitution prostitut
prostrate prostrat
prosy prosi
protagonist
protagonists protagonist
protease proteas
proteases proteas
protect
protected protect
protecting protect
protection protect
protectionism protection
protectionist
protectionists protectionist
protections protect
protective protect
protectively protect
protector
protectors protector
protects protect
protege proteg
proteges proteg
protein
proteins protein
proteolysis proteolysi
proteolytic proteolyt
protest
protestations protest
protested protest
protester protest
protesters protest
protesting protest
protestors protestor
protests protest
protocol
protocols protocol
proton
protons proton
protoplasm
protoplasmic protoplasm
prototype prototyp
prototyped prototyp
prototypes prototyp
prototypical prototyp
protozoa
protozoan
protracted protract
protrude protrud
protruded protrud
protruding protrud
protrusion protrus
protuberance protuber
proud
prouder
proudest
proudly proudli
provdied provdi
prove
proved prove
proven
provenance proven
proverb
proverbial proverbi
proverbs proverb
proverty proverti
proves prove
provide provid
provided provid
providence provid
providential providenti
provider provid
providers provid
provides provid
providing provid
province provinc
provinces provinc
provincial provinci
provincialism provinci
provincially provinci
proving prove
provision provis
provisional provision
provisionally provision
provisioned provis
provisioning provis
provisions provis
proviso
provisons provison
provocateurs provocateur
provocation provoc
provocative provoc
provocatively provoc
provoke provok
provoked provok
provokes provok
provoking provok
provost
prow
prowazwki
prowess
prowl
prowled prowl
prowlers prowler
prowling prowl
prowls prowl
proxies proxi
proximal proxim
proximate proxim
proximity proxim
proxy proxi
prude
prudence prudenc
prudent
prudential prudenti
prudentially prudenti
prudently prudent
prune
pruned prune
prunes prune
pruning prune
prurient
pruta
pry
prying pry
psalm
psalmist
pseudo
pseudoephedrine pseudoephedrin
pseudonym
pseudonymous pseudonym
pseudophloem
pseudosocialism pseudosoci
pseudynom
psi
psoriasis psoriasi
psyche psych
psyches psych
psychiatric psychiatr
psychiatrist
psychiatrists psychiatrist
psychiatry psychiatri
psychic
psychical psychic
psychically psychic
psychics psychic
psychoactive psychoact
psychoanalysis psychoanalysi
psychoanalyst
psychoanalytic psychoanalyt
psychobiology psychobiolog
psychological psycholog
psychologically psycholog
psychologist
psychologists psychologist
psychology psycholog
psychopath
psychopathic psychopath
psychopharmacological psychopharmacolog
psychopomp
psychosocial psychosoci
psychosomatic psychosomat
psychotherapeutic psychotherapeut
psychotherapist
psychotherapists psychotherapist
psychotherapy psychotherapi
psychotic psychot
psyllium
pterygia
pub
puberty puberti
pubescent pubesc
public
publically public
publication public
publications public
publicist
publicists publicist
publicity public
publicize public
publicized public
publicizing public
publicly publicli
publicsector
publish
publishable publish
published publish
publisher publish
publishers publish
publishes publish
publishing publish
pubs pub
puckered pucker
puckering pucker
puckish
pudding pud
puddings pud
puddle puddl
puddles puddl
puerile pueril
puff
puffed puf
puffers puffer
puffery pufferi
puffing puf
puffs puff
puffy puffi
pugh
pugnacious pugnaci
puissant
puke
pulchritude pulchritud
pull
pullback
pullbacks pullback
pulled pull
pulley pullei
pulleys pullei
pulling pull
pullout
pullouts pullout
pulls pull
pulmonary pulmonari
pulp
pulping pulp
pulpit
pulpits pulpit
pulpwood
pulsated pulsat
pulsating pulsat
pulsation pulsat
pulsations pulsat
pulse puls
pulsed puls
pulses puls
pulsing puls
pulverize pulver
pulverized pulver
pulverizing pulver
pumas puma
pummel
pummeled pummel
pummeling pummel
pump
pumped pump
pumping pump
pumpkin
pumps pump
pun
punch
punchbowl
punched punch
puncher
punchers puncher
punches punch
punching punch
punchy punchi
punctuality punctual
punctually punctual
punctuated punctuat
punctuation punctuat
punctured punctur
puncturing punctur
punditry punditri
pundits pundit
pungency pungenc
pungent
pungently pungent
punish
punishable punish
punished punish
punishes punish
punishing punish
punishment punish
punishments punish
punitive punit
punk
punks punk
punky punki
punning pun
punnished punnish
puns pun
punster
punt
punted punt
punters punter
punts punt
puny puni
pup
pupated pupat
pupates pupat
pupil
pupils pupil
puppet
puppeteers puppet
puppets puppet
puppies puppi
puppy puppi
puppyish
pups pup
purchase purchas
purchased purchas
purchaser purchas
purchasers purchas
purchases purchas
purchasing purchas
pure
purely pure
purest
purgation purgat
purgatory purgatori
purge purg
purged purg
purges purg
purging purg
purhasing purhas
purification purif
purified purifi
purifier purifi
purifiers purifi
purify purifi
purifying purifi
purism
purists purist
puritan
puritanical puritan
purity puriti
purled purl
purling purl
purloined purloin
purple purpl
purpling purpl
purport
purported purport
purportedly purportedli
purporting purport
purports purport
purpose purpos
purposed purpos
purposeful purpos
purposefully purposefulli
purposeless
purposely purpos
purposes purpos
purposive purpos
purposively purpos
purring pur
purrs purr
purse purs
pursed purs
purses purs
pursuant
pursue pursu
pursued pursu
pursuer
pursuers pursuer
pursues pursu
pursuing pursu
pursuit
pursuits pursuit
purtiest
purveyor
purveyors purveyor
purview
push
pushed push
pushers pusher
pushes push
pushin
pushing push
pushover pushov
pushups pushup
pushy pushi
pusillanimity pusillanim
pussy pussi
pussycat
put
putains putain
putative put
putout
puts put
putt
puttable puttabl
putted put
putter
puttered putter
puttering putter
putting put
putty putti
puzzle puzzl
puzzled puzzl
puzzlement
puzzler
puzzles puzzl
puzzling puzzl
pvt
pygmies pygmi
pyknotic pyknot
pylons pylon
pynte pynt
pyocanea
pyorrhea
pyramid
pyramidal pyramid
pyramiding pyramid
pyramids pyramid
pyre
pyrometer pyromet
pyrometers pyromet
pyrophosphate pyrophosph
pyrotechnic pyrotechn
pyschiatrist
python
pythons python
qua
quack
quacked quack
quackery quackeri
quacks quack
quadratic quadrat
quadrennial quadrenni
quadric
quadriceps quadricep
quadrillionth
quadripartite quadripartit
quadrupeds quadrup
quadruple quadrupl
quadrupled quadrupl
quadruples quadrupl
quadrupling quadrupl
quagmire quagmir
quailing quail
quaint
quaintly quaintli
quake quak
quakes quak
quaking quak
qualification qualif
qualifications qualif
qualified qualifi
qualifies qualifi
qualify qualifi
qualifying qualifi
qualitative qualit
qualitatively qualit
qualities qualiti
quality qualiti
qualms qualm
quam
quandary quandari
quantification quantif
quantified quantifi
quantify quantifi
quantitative quantit
quantitatively quantit
quantities quantiti
quantitive quantit
quantity quantiti
quantum
quarantine quarantin
quarrel
quarreled quarrel
quarreling quarrel
quarrels quarrel
quarrelsome quarrelsom
quarry quarri
quarrymen
quart
quarter
quarterback
quarterbacks quarterback
quarterly quarterli
quarters quarter
quartet
quartets quartet
quarts quart
quartz
quash
quashed quash
quashing quash
quasisports quasisport
quatrain
quaver
quavered quaver
quavering quaver
que
queasily queasili
queasiness queasi
queen
queens queen
queenside queensid
queer
queerer
queerest
queers queer
quell
quelling quell
quench
quenching quench
queried queri
queries queri
querulous querul
querulously querul
query queri
querying queri
quest
question
questionable question
questionably question
questionaire questionair
questioned question
questioner question
questioners question
questioning question
questioningly questioningli
questionnaire questionnair
questionnaires questionnair
questions question
quests quest
quetzal
queue
queued queu
queues queue
queuing queu
qui
quibble quibbl
quibbling quibbl
quibs quib
quibusdam
quick
quicken
quickened quicken
quickening quicken
quicker
quickest
quickie quicki
quickly quickli
quickness quick
quicksand
quicksilver quicksilv
quickstep
quickwitted quickwit
quid
quiescent
quiet
quieted quiet
quieter
quieting quiet
quietly quietli
quietness quiet
quill
quilt
quilted quilt
quince quinc
quinine quinin
quinolone quinolon
quintessential quintessenti
quintet
quintets quintet
quintuple quintupl
quip
quipped quip
quipping quip
quips quip
quirk
quirking quirk
quirks quirk
quirky quirki
quirt
quisling quisl
quit
quite quit
quits quit
quitting quit
quivered quiver
quivering quiver
quivers quiver
quixotic quixot
quiz
quizzed quizz
quizzical quizzic
quo
quok
quorum
quota
quotas quota
quotation quotat
quotations quotat
quote quot
quoted quot
quotes quot
quoting quot
r
rabbi
rabbinical rabbin
rabbit
rabbits rabbit
rabble rabbl
rabid
raccoon
raccoons raccoon
race
raced race
racehorse racehors
racehorses racehors
racers racer
races race
racetrack
racetracks racetrack
raceway racewai
racial
racially racial
racing race
racism
racist
racists racist
rack
racked rack
racket
racketeer racket
racketeering racket
racketeers racket
rackets racket
rackety racketi
racking rack
racks rack
racoons racoon
racy raci
radar
radars radar
raddled raddl
radial
radiance radianc
radiant
radiate radiat
radiated radiat
radiates radiat
radiating radiat
radiation radiat
radiations radiat
radiator radiat
radiators radiat
radical radic
radicalism radic
radicalized radic
radically radic
radicals radic
radii
radio
radioactive radioact
radioactivity radioact
radiocarbon
radiochlorine radiochlorin
radioclast
radioed radio
radiography radiographi
radioing radio
radiomen
radionic radion
radiopasteurization radiopasteur
radiopharmaceutical radiopharmaceut
radiophonic radiophon
radios radio
radiosterilization radiosteril
radiosterilized radiosteril
radish
radius radiu
radon
rads rad
raffish
raft
raftered rafter
rafters rafter
rafts raft
rag
rage
raged rage
rages rage
ragged rag
raggedness ragged
ragging rag
raging rage
rags rag
ragtime ragtim
raid
raided raid
raider
raiders raider
raiding raid
raids raid
rail
railbed railb
railbike railbik
railbiker railbik
railbikers railbik
railbikes railbik
railbiking railbik
railbirds railbird
railcar
railcars railcar
railed rail
railhead
railing rail
railings rail
raillery railleri
railroad
railroader railroad
railroading railroad
railroads railroad
rails rail
railway railwai
railways railwai
raiment
rain
rainbow
rainbows rainbow
raincoats raincoat
raindrops raindrop
rained rain
rainfall rainfal
rainier
raining rain
rainless
rainout
rains rain
rainstorm
rainwater rainwat
rainy raini
raise rais
raised rais
raiser
raisers raiser
raises rais
raisin
raising rais
raison
raj
rajah
rake
raked rake
raking rake
rakish
rakishly rakishli
raku
rallied ralli
rallies ralli
rally ralli
rallying ralli
ram
ramble rambl
rambled rambl
rambles rambl
rambling rambl
ramblings rambl
rambunctious rambuncti
ramification ramif
ramifications ramif
rammed ram
ramming ram
ramp
rampage rampag
rampancy rampanc
rampant
rampart
ramparts rampart
ramps ramp
ramshackle ramshackl
ran
ranch
rancher
ranchers rancher
ranches ranch
rancho
rancid
rancidity rancid
rancor
rancorous rancor
rand
random
randomization random
randomly randomli
randomness random
rang
range rang
ranged rang
rangelands rangeland
ranger
rangers ranger
ranges rang
ranging rang
rangy rangi
rank
ranked rank
rankest
ranking rank
rankings rank
rankled rankl
rankles rankl
ranks rank
ransack
ransacked ransack
ransacking ransack
ransom
rant
ranted rant
rap
rapacious rapaci
rape
raped rape
rapers raper
rapes rape
rapeseed rapese
rapeseeds rapese
rapid
rapidement rapid
rapidity rapid
rapidly rapidli
rapier
raping rape
rapist
rapists rapist
rapped rap
rapping rap
rapport
rapprochement rapproch
rapt
raptor
raptors raptor
rapture raptur
raptures raptur
rare
rarefied rarefi
rarely rare
rarer
rarest
rarified rarifi
raring rare
rarities rariti
rarity rariti
rasa
rascal
rascals rascal
rash
rasp
raspberry raspberri
rasped rasp
rasping rasp
rasps rasp
raspy raspi
rat
rata
ratable ratabl
ratchet
ratcheting ratchet
rate
rateable rateabl
rated rate
ratepayers ratepay
rates rate
rather
ratification ratif
ratified ratifi
ratifiers ratifi
ratifies ratifi
ratify ratifi
ratifying ratifi
rating rate
ratings rate
ratio
ratiocinating ratiocin
ration
rational ration
rationale rational
rationalism ration
rationalist
rationalistic rationalist
rationality ration
rationalization ration
rationalizations ration
rationalize ration
rationalized ration
rationalizing ration
rationally ration
rationed ration
rationing ration
rations ration
ratios ratio
rator
rats rat
rattail
rattle rattl
rattled rattl
rattler
rattlers rattler
rattles rattl
rattlesnake rattlesnak
rattlesnakes rattlesnak
rattling rattl
ratty ratti
raucous raucou
raucously raucous
ravaged ravag
ravages ravag
ravaging ravag
rave
raved rave
ravenous raven
raves rave
ravines ravin
raving rave
ravings rave
raw
rawboned rawbon
rawhide rawhid
ray rai
rayon
rays rai
razed raze
razing raze
razor
razorback
razors razor
rbi
re
reaccelerate reacceler
reaccelerating reacceler
reacceleration reacceler
reach
reached reach
reaches reach
reaching reach
reacquainted reacquaint
reacquire reacquir
reacquired reacquir
reacquisition reacquisit
react
reactants reactant
reacted react
reacting react
reaction
reactionaries reactionari
reactionary reactionari
reactions reaction
reactivated reactiv
reactivity reactiv
reactor
reactors reactor
reacts react
read
readable readabl
readapting readapt
reader
readers reader
readership
readied readi
readily readili
readiness readi
reading read
readings read
readjust
readjusted readjust
readjustment readjust
readjustments readjust
readmit
readmitted readmit
reads read
ready readi
readying readi
reaffirm
reaffirmation reaffirm
reaffirmed reaffirm
reaffirming reaffirm
reaffirms reaffirm
reagent
reagents reagent
real
realer
realest
realestate realest
realign
realigned realign
realigning realign
realignment realign
realignments realign
realism
realismo
realist
realistic realist
realistically realist
realists realist
realities realiti
reality realiti
realization realiz
realize realiz
realized realiz
realizes realiz
realizing realiz
reallocate realloc
reallocated realloc
reallocating realloc
really realli
realm
realms realm
realness real
realtor
realtors realtor
realty realti
reams ream
reap
reaped reap
reaper
reaping reap
reappear
reappearance reappear
reappeared reappear
reappearing reappear
reappears reappear
reappointed reappoint
reapportion reapport
reapportioned reapport
reapportionment reapportion
reappraisal reapprais
reappraisals reapprais
reappraise reapprais
reappraised reapprais
reappraising reapprais
reaps reap
rear
reared rear
rearguard
rearing rear
rearm
rearmed rearm
rearrange rearrang
rearranged rearrang
rearrangement rearrang
rearrangements rearrang
rearranges rearrang
rearranging rearrang
rears rear
rearview
reasearch
reason
reasonable reason
reasonably reason
reasoned reason
reasoning reason
reasons reason
reassemble reassembl
reassembled reassembl
reassert
reasserting reassert
reasserts reassert
reassess
reassessed reassess
reassessing reassess
reassessment reassess
reassign
reassigned reassign
reassignment reassign
reassignments reassign
reassume reassum
reassumed reassum
reassurance reassur
reassurances reassur
reassure reassur
reassured reassur
reassuring reassur
reassuringly reassuringli
reattached reattach
reauthorization reauthor
reauthorize reauthor
reauthorized reauthor
reawaken
reawakening reawaken
rebalance rebal
rebalanced rebalanc
rebalancing rebalanc
rebate rebat
rebated rebat
rebates rebat
rebel
rebelled rebel
rebelling rebel
rebellion
rebellions rebellion
rebellious rebelli
rebelliously rebelli
rebels rebel
rebirth
reborn
rebound
rebounded rebound
rebounding rebound
rebounds rebound
rebuff
rebuffed rebuf
rebuffing rebuf
rebuild
rebuilder rebuild
rebuilding rebuild
rebuilds rebuild
rebuilt
rebuke rebuk
rebuked rebuk
rebut
rebuts rebut
rebuttal rebutt
rebuttals rebutt
rebutted rebut
rec
recalcitrant recalcitr
recalculated recalcul
recalculating recalcul
recalculation recalcul
recalculations recalcul
recall recal
recalled recal
recalling recal
recalls recal
recantation recant
recanted recant
recapitalization recapit
recapitalizations recapit
recapitalize recapit
recapitalized recapit
recapitalizing recapit
recapitulate recapitul
recapitulation recapitul
recaptilization recaptil
recapture recaptur
recaptured recaptur
recapturing recaptur
recast
recede reced
receded reced
receding reced
receipt
receipts receipt
receivable receiv
receivables receiv
receive receiv
received receiv
receiver receiv
receivers receiv
receivership
receives receiv
receiving receiv
recent
recently recent
recentralized recentr
recentralizing recentr
receptacle receptacl
reception recept
receptionist
receptionists receptionist
receptions recept
receptive recept
receptivity recept
receptor
receptors receptor
recess
recessed recess
recession recess
recessionary recessionari
recessions recess
recharge recharg
rechargeable recharg
recharged recharg
recharging recharg
rechartering rechart
recheck
rechristening rechristen
rechristens rechristen
recipe recip
recipes recip
recipient recipi
recipients recipi
reciprocal reciproc
reciprocate reciproc
reciprocates reciproc
reciprocity reciproc
recit
recital recit
recitals recit
recitation recit
recitations recit
recitative recit
recite recit
recited recit
recites recit
reciting recit
reckless
recklessly recklessli
recklessness reckless
reckon
reckoned reckon
reckoning reckon
reckonings reckon
reckons reckon
reclaim
reclaimed reclaim
reclaiming reclaim
reclaims reclaim
reclamation reclam
reclassification reclassif
reclassified reclassifi
recliner reclin
reclining reclin
recluse reclus
reclusive reclus
recoated recoat
recognised recognis
recognition recognit
recognitions recognit
recognizable recogniz
recognizably recogniz
recognizance recogniz
recognize recogn
recognized recogn
recognizes recogn
recognizing recogn
recoil
recoiled recoil
recoilless
recollect
recollected recollect
recollection recollect
recollections recollect
recollectivization recollectiv
recombinant recombin
recombination recombin
recommence recomm
recommend
recommendation recommend
recommendations recommend
recommendatons recommendaton
recommended recommend
recommending recommend
recommends recommend
recompence recomp
recompense recompens
reconceptualization reconceptu
reconcilable reconcil
reconcile reconcil
reconciled reconcil
reconciles reconcil
reconciliation reconcili
reconciliations reconcili
reconciling reconcil
recond
recondite recondit
reconditioning recondit
reconfiguration reconfigur
reconfigure reconfigur
reconfirm
reconfirmation reconfirm
reconfirming reconfirm
reconnaissanace reconnaissanac
reconnaissance reconnaiss
reconnect
reconnoiter reconnoit
reconsider reconsid
reconsideration reconsider
reconsidered reconsid
reconsidering reconsid
reconstitute reconstitut
reconstituting reconstitut
reconstruct
reconstructed reconstruct
reconstructing reconstruct
reconstruction reconstruct
reconstructions reconstruct
reconstructs reconstruct
recontamination recontamin
reconvened reconven
reconvenes reconven
reconvention reconvent
reconverting reconvert
recooned recoon
recopied recopi
record
recorded record
recorder record
recorders record
recording record
recordings record
recordkeeping recordkeep
records record
recork
recount
recounted recount
recounting recount
recounts recount
recoup
recouped recoup
recouping recoup
recourse recours
recover recov
recoverability recover
recoverable recover
recovered recov
recoveries recoveri
recovering recov
recovers recov
recovery recoveri
recraft
recreate recreat
recreated recreat
recreates recreat
recreating recreat
recreation recreat
recreational recreat
recrimination recrimin
recriminations recrimin
recruit
recruited recruit
recruiter recruit
recruiting recruit
recruitment recruit
recruits recruit
rectangle rectangl
rectangles rectangl
rectangular
rectification rectif
rectified rectifi
rectifier rectifi
rectify rectifi
rectifying rectifi
rectilinear
rectitude rectitud
rectlinearly rectlinearli
rector
rectum
recumbent recumb
recuperate recuper
recuperating recuper
recuperation recuper
recur
recurred recur
recurrence recurr
recurrences recurr
recurrent recurr
recurrently recurr
recurring recur
recursive recurs
recusant recus
recused recus
recut
recyclability recycl
recyclable recycl
recycle recycl
recycled recycl
recycler recycl
recycles recycl
recycling recycl
red
redactions redact
redactor
redcoat
redcoats redcoat
reddened redden
redder
reddish
redecorated redecor
redecorating redecor
redecoration redecor
rededicate reded
rededicating reded
redeem
redeemable redeem
redeemded redeemd
redeemed redeem
redeemin
redeeming redeem
redeems redeem
redefine redefin
redefined redefin
redefining redefin
redefinition redefinit
redelivered redeliv
redemption redempt
redemptions redempt
redemptive redempt
redeploy redeploi
redeployment redeploy
redeposition redeposit
redesign
redesignation redesign
redesigned redesign
redesigning redesign
redevelop
redevelopers redevelop
redevelopment redevelop
redfish
redhead
redheaded redhead
redheader redhead
redheads redhead
redial
redirect
redirected redirect
redirecting redirect
redirection redirect
rediscover rediscov
rediscovered rediscov
rediscovering rediscov
rediscovery rediscoveri
redistribute redistribut
redistributed redistribut
redistributes redistribut
redistributing redistribut
redistribution redistribut
redistributionism redistribution
redistributionist
redistributive redistribut
redistricting redistrict
redlining redlin
redneck
rednecks redneck
redo
redoing redo
redone redon
redouble redoubl
redoubled redoubl
redoubling redoubl
redoubt
redound
redounds redound
redraw
redrawn
redress
redressed redress
reds red
reduce reduc
reduced reduc
reducer reduc
reduces reduc
reducing reduc
reduction reduct
reductions reduct
redundancies redund
redundancy redund
redundant redund
redwood
redwoods redwood
reedbuck
reeds reed
reedy reedi
reef
reefs reef
reek
reeked reek
reeking reek
reel
reelected reelect
reelection reelect
reeled reel
reeling reel
reemerged reemerg
reemphasizes reemphas
reenact
reentered reenter
reestablish
reevaluation reevalu
reexamination reexamin
reexamine reexamin
reexamining reexamin
refashion
refashioning refashion
refectories refectori
refer
referee refere
referees refere
reference refer
references refer
referenda
referendum
referent refer
referral referr
referrals referr
referred refer
referrin
referring refer
refers refer
refight
refile refil
refill refil
refillable refil
refilled refil
refinance refin
refinanced refinanc
refinancing refinanc
refinancings refinanc
refine refin
refined refin
refinement refin
refinements refin
refiner refin
refineries refineri
refiners refin
refinery refineri
refining refin
refitting refit
reflect
reflectance reflect
reflected reflect
reflecting reflect
reflection reflect
reflections reflect
reflective reflect
reflector
reflectors reflector
reflects reflect
reflex
reflexes reflex
reflexively reflex
reflexly reflexli
refocus refocu
refocused refocus
refocuses refocus
refocusing refocus
refolded refold
reforestation reforest
reform
reformation reform
reformatory reformatori
reformed reform
reformer reform
reformers reform
reforming reform
reformism reform
reformist
reformists reformist
reforms reform
reformulated reformul
reformulation reformul
refracted refract
refraction refract
refractive refract
refractories refractori
refractory refractori
refrain
refrained refrain
refraining refrain
refresh
refreshed refresh
refresher refresh
refreshing refresh
refreshingly refreshingli
refreshment refresh
refreshments refresh
refrigerant refriger
refrigerated refriger
refrigeration refriger
refrigerator refriger
refrigerators refriger
refuel
refueling refuel
refuge refug
refugee refuge
refugees refuge
refund
refundable refund
refunded refund
refunding refund
refunds refund
refurbish
refurbished refurbish
refurbishing refurbish
refurbishment refurbish
refurnished refurnish
refusal refus
refuse refus
refused refus
refusers refus
refuses refus
refusing refus
refute refut
refuted refut
regain
regained regain
regaining regain
regains regain
regal
regaled regal
regalia
regard
regarded regard
regarding regard
regardless
regards regard
regattas regatta
regenerate regener
regenerates regener
regenerating regener
regeneration regener
regents regent
reggae regga
regi
regime regim
regimen
regiment
regimentation regiment
regimented regiment
regiments regiment
regimes regim
region
regional region
regionalism region
regionally region
regionals region
regions region
register regist
registered regist
registering regist
registers regist
registrant registr
registrants registr
registrar
registration registr
registrations registr
registries registri
registry registri
regress
regression regress
regressive regress
regret
regrets regret
regrettable regrett
regrettably regrett
regretted regret
reground
regroup
regrouped regroup
regrouping regroup
regular
regularity regular
regularly regularli
regulars regular
regulate regul
regulated regul
regulates regul
regulating regul
regulation regul
regulations regul
regulative regul
regulator regul
regulators regul
regulatory regulatori
reguli
regulus regulu
regummed regum
regurgitated regurgit
regurgitating regurgit
rehabilitate rehabilit
rehabilitated rehabilit
rehabilitating rehabilit
rehabilitation rehabilit
rehabilitations rehabilit
reharmonization reharmon
rehash
rehashed rehash
rehashing rehash
rehear
rehearing rehear
rehearsal rehears
rehearsals rehears
rehearse rehears
rehearsed rehears
rehearsing rehears
reign
reigned reign
reigning reign
reignite reignit
reignited reignit
reigniting reignit
reigns reign
reimburse reimburs
reimburseable reimburs
reimbursed reimburs
reimbursement reimburs
reimbursements reimburs
reimburses reimburs
reimbursing reimburs
reimpose reimpos
rein
reinbursement reinburs
reincarcerated reincarcer
reincarnated reincarn
reincorporated reincorpor
reincorporating reincorpor
reindicting reindict
reined rein
reinforce reinforc
reinforced reinforc
reinforcement reinforc
reinforcements reinforc
reinforces reinforc
reinforcing reinforc
reining rein
reinman
reins rein
reinstall reinstal
reinstalled reinstal
reinstate reinstat
reinstated reinstat
reinstatement reinstat
reinstating reinstat
reinstituting reinstitut
reinstitution reinstitut
reinsurance reinsur
reinsure reinsur
reinsured reinsur
reinsurer reinsur
reinsurers reinsur
reinsuring reinsur
reintegrated reintegr
reinterpret
reinterpretation reinterpret
reinterpreted reinterpret
reinterpreting reinterpret
reintroduce reintroduc
reintroduced reintroduc
reintroduces reintroduc
reintroducing reintroduc
reinvent
reinvented reinvent
reinvest
reinvested reinvest
reinvestigating reinvestig
reinvestigation reinvestig
reinvesting reinvest
reinvestment reinvest
reinvigorate reinvigor
reinvigorated reinvigor
reinvigorating reinvigor
reinvigoration reinvigor
reipublicae reipublica
reissue reissu
reiterate reiter
reiterated reiter
reiterates reiter
reiterating reiter
reiteration reiter
reject
rejected reject
rejecting reject
rejection reject
rejections reject
rejects reject
rejiggering rejigg
rejoice rejoic
rejoiced rejoic
rejoices rejoic
rejoicing rejoic
rejoin
rejoinder rejoind
rejoined rejoin
rejoining rejoin
rejoins rejoin
rejuvenate rejuven
rejuvenated rejuven
rejuvenates rejuven
rejuvenation rejuven
rekindle rekindl
rekindled rekindl
rekindles rekindl
rekindling rekindl
relabeling relabel
relapse relaps
relapsed relaps
relate relat
related relat
relatedness related
relates relat
relating relat
relation relat
relational relat
relations relat
relationship
relationships relationship
relative rel
relatively rel
relatives rel
relativism relativ
relativist
relativistic relativist
relativity rel
relatonship
relaunch
relaunched relaunch
relax
relaxation relax
relaxed relax
relaxer relax
relaxes relax
relaxing relax
relay relai
relayed relai
relaying relai
relearns relearn
release releas
released releas
releases releas
releasing releas
relegated releg
relegating releg
relent
relented relent
relenting relent
relentless
relentlessly relentlessli
relentlessness relentless
relevance relev
relevancy relev
relevant relev
reliability reliabl
reliable reliabl
reliables reliabl
reliably reliabl
reliance relianc
reliant
relic
relicensing relicens
relics relic
relict
relied reli
relief
reliefs relief
relies reli
relieve reliev
relieved reliev
reliever reliev
relieves reliev
relieving reliev
religion
religionists religionist
religions religion
religiosity religios
religious religi
religiously religi
religiousness religi
relinquish
relinquished relinquish
relinquishing relinquish
relish
relished relish
relishes relish
relishing relish
relisting relist
relive reliv
relives reliv
reliving reliv
reloaded reload
relocate reloc
relocated reloc
relocating reloc
relocation reloc
relocations reloc
reluctance reluct
reluctant reluct
reluctantly reluctantli
rely reli
relying reli
relyriced relyr
remade remad
remain
remainder remaind
remained remain
remaining remain
remains remain
remake remak
remakes remak
remanded remand
remanding remand
remark
remarkable remark
remarkably remark
remarked remark
remarketings remarket
remarking remark
remarks remark
remarried remarri
remarry remarri
remarrying remarri
rematch
rematches rematch
remedial remedi
remediation remedi
remedied remedi
remedies remedi
remedy remedi
remember rememb
remembered rememb
remembering rememb
remembers rememb
remembrance remembr
remembrances remembr
remind
reminded remind
reminder remind
reminders remind
reminding remind
reminds remind
reminisced reminisc
reminiscence reminisc
reminiscences reminisc
reminiscent reminisc
reminisces reminisc
reminiscing reminisc
remiss
remissions remiss
remittances remitt
remitted remit
remitting remit
remnant
remnants remnant
remodeled remodel
remodeling remodel
remolding remold
remonstrate remonstr
remonstrated remonstr
remora
remorse remors
remorseful remors
remorseless
remote remot
remotely remot
remoteness remot
remoter remot
remotest
remounting remount
removable remov
removal remov
remove remov
removed remov
removes remov
removing remov
remuda
remunerated remuner
remuneration remuner
remunerative remun
renaissance renaiss
renal
rename renam
renamed renam
renames renam
renaming renam
renationalize renation
renaturation renatur
rend
render
rendered render
rendering render
renderings render
renders render
rendezvous rendezv
rendezvoused rendezv
rendition rendit
renditions rendit
renegade renegad
renege reneg
reneged reneg
reneging reneg
renegotiable renegoti
renegotiate renegoti
renegotiated renegoti
renegotiating renegoti
renegotiation renegoti
renegotiations renegoti
renew
renewable renew
renewal renew
renewals renew
renewed renew
renewing renew
renews renew
renounce renounc
renounced renounc
renouncing renounc
renovate renov
renovated renov
renovating renov
renovation renov
renovations renov
renown
renowned renown
rent
rental
rentals rental
rented rent
renter
renters renter
renting rent
rents rent
renunciation renunci
renunciations renunci
reoccupation reoccup
reoffered reoffer
reoffering reoffer
reopen
reopened reopen
reopening reopen
reopens reopen
reorder
reordering reorder
reorganization reorgan
reorganizations reorgan
reorganize reorgan
reorganized reorgan
reorganizes reorgan
reorganizing reorgan
reorient
reorientation reorient
reoriented reorient
rep
repackage repackag
repackaged repackag
repackaging repackag
repaid
repainted repaint
repainting repaint
repair
repaired repair
repairing repair
repairman
repairmen
repairs repair
reparation repar
reparations repar
repartee reparte
repassed repass
repatriate repatri
repatriated repatri
repatriating repatri
repatriation repatri
repatriations repatri
repay repai
repayable repay
repaying repai
repayment repay
repayments repay
repeal
repealed repeal
repealing repeal
repeals repeal
repeat
repeated repeat
repeatedly repeatedli
repeater repeat
repeaters repeat
repeating repeat
repeats repeat
repel
repelled repel
repellent repel
repelling repel
repels repel
repent
repentance repent
repentant repent
repercussions repercuss
repertoire repertoir
repertory repertori
repetition repetit
repetitions repetit
repetitious repetiti
repetitive repetit
rephrase rephras
rephrased rephras
replace replac
replaced replac
replacement replac
replacements replac
replaces replac
replacing replac
replanted replant
replaster replast
replay replai
replaying replai
replays replai
replenish
replenished replenish
replenishment replenish
replete replet
replica
replicate replic
replicated replic
replicating replic
replication replic
replied repli
replies repli
reply repli
replying repli
repond
reponsibility repons
report
reportage reportag
reported report
reportedly reportedli
reporter report
reporters report
reporting report
reportorial reportori
reports report
repose repos
reposed repos
reposition reposit
repositioning reposit
repositories repositori
repository repositori
repossesed reposses
repossess
repossessed repossess
reprehensible reprehens
represent repres
representation represent
representational represent
representations represent
representative repres
representatives repres
represented repres
representing repres
representives represent
represents repres
repress
repressed repress
repressers repress
repressing repress
repression repress
repressions repress
repressive repress
reprice repric
repriced repric
repricing repric
reprieve repriev
reprimanded reprimand
reprimanding reprimand
reprint
reprinted reprint
reprinting reprint
reprints reprint
reprisal repris
reprisals repris
reproach
reproaches reproach
reprobate reprob
reprobating reprob
reprocess
reproduce reproduc
reproduced reproduc
reproduces reproduc
reproducibilities reproduc
reproducibility reproduc
reproducible reproduc
reproducibly reproduc
reproducing reproduc
reproduction reproduct
reproductions reproduct
reproductive reproduct
reprographic reprograph
reproof
reproval reprov
reprove reprov
reprovingly reprovingli
reps rep
reptile reptil
reptilian
republic republ
republican
republics republ
repudiate repudi
repudiated repudi
repudiating repudi
repudiation repudi
repugnance repugn
repugnant repugn
repulsed repuls
repulsion repuls
repulsions repuls
repulsive repuls
repurchase repurchas
repurchased repurchas
repurchases repurchas
repurchasing repurchas
reputable reput
reputation reput
reputations reput
repute reput
reputed reput
reputedly reputedli
reqion
requalify requalifi
request
requested request
requesters request
requesting request
requests request
require requir
required requir
requirement requir
requirements requir
requires requir
requiring requir
requisite requisit
requisites requisit
requisition requisit
requisitioned requisit
requsting requst
reread
reregulate reregul
reregulation reregul
reroofing reroof
rerouted rerout
rerouting rerout
rerun
reruns rerun
resale resal
resales resal
reschedulable reschedul
reschedule reschedul
rescheduled reschedul
rescheduling reschedul
rescind
rescinded rescind
rescinding rescind
rescission resciss
rescissions resciss
rescue rescu
rescued rescu
rescuers rescuer
rescues rescu
rescuing rescu
reseachers reseach
resealed reseal
research
researchable research
researched research
researcher research
researchers research
researches research
researching research
resell resel
reseller resel
resellers resel
reselling resel
resells resel
resemblance resembl
resemblances resembl
resemble resembl
resembled resembl
resembles resembl
resembling resembl
resent
resented resent
resentful resent
resentment resent
resents resent
reserpine reserpin
reservation reserv
reservations reserv
reserve reserv
reserved reserv
reserves reserv
reserving reserv
reservists reservist
reservoir
reservoirs reservoir
reset
resettable resett
resettle resettl
resettled resettl
resettlement resettl
resettling resettl
resew
reshape reshap
reshaped reshap
reshapes reshap
reshaping reshap
reshuffle reshuffl
reshuffled reshuffl
reshuffling reshuffl
reshufflings reshuffl
reside resid
resided resid
residence resid
residences resid
residency resid
resident resid
residential residenti
residentially residenti
residents resid
resides resid
residing resid
residual residu
residuals residu
residue residu
residues residu
resifted resift
resign
resignation resign
resignations resign
resigned resign
resignedly resignedli
resigning resign
resigns resign
resilience resili
resiliency resili
resilient resili
resiliently resili
resin
resinlike resinlik
resins resin
resiny resini
resist
resistance resist
resistances resist
resistant resist
resisted resist
resisting resist
resistive resist
resistor
resistors resistor
resists resist
resold
resolute resolut
resolutely resolut
resolution resolut
resolutions resolut
resolve resolv
resolved resolv
resolves resolv
resolving resolv
resonable reson
resonance reson
resonances reson
resonant reson
resonantly resonantli
resonate reson
resonated reson
resonates reson
resorcinol
resort
resorted resort
resorting resort
resorts resort
resounding resound
resounds resound
resource resourc
resourceful resourc
resourcefully resourcefulli
resourcefulness resourc
resources resourc
respect
respectability respect
respectable respect
respected respect
respectful respect
respectfully respectfulli
respecting respect
respective respect
respectively respect
respects respect
respiration respir
respirators respir
respiratory respiratori
respite respit
resplendent resplend
respond
responded respond
respondent respond
respondents respond
responding respond
responds respond
response respons
responses respons
responsibilities respons
responsibility respons
responsible respons
responsiblilty responsiblilti
responsibly respons
responsive respons
responsively respons
responsiveness respons
rest
restaffed restaf
restaged restag
restaging restag
restart
restarted restart
restarters restart
restarting restart
restate restat
restated restat
restatement restat
restates restat
restating restat
restaurant restaur
restaurants restaur
restaurateur
restaurateurs restaurateur
rested rest
restful rest
resting rest
restitution restitut
restive restiv
restively restiv
restless
restlessly restlessli
restlessness restless
restock
restorability restor
restoration restor
restorative restor
restore restor
restored restor
restorer restor
restorers restor
restores restor
restoring restor
restrain
restrained restrain
restraining restrain
restrains restrain
restraint
restraints restraint
restrict
restricted restrict
restricting restrict
restriction restrict
restrictions restrict
restrictive restrict
restricts restrict
restroom
restructure restructur
restructured restructur
restructures restructur
restructuring restructur
restructurings restructur
rests rest
restuarant restuar
restudy restudi
restyled restyl
resublimed resublim
resubmit
resubmitted resubmit
result
resultant result
resultants result
resulted result
resulting result
results result
resume resum
resumed resum
resumes resum
resuming resum
resumption resumpt
resurfaced resurfac
resurgence resurg
resurgent resurg
resurging resurg
resurrect
resurrected resurrect
resurrecting resurrect
resurrection resurrect
resurrects resurrect
resuscitate resuscit
resuscitated resuscit
resuscitating resuscit
resuscitation resuscit
resuspended resuspend
resuspension resuspens
retablos retablo
retail
retailed retail
retailer retail
retailers retail
retailing retail
retails retail
retain
retained retain
retainer retain
retainers retain
retaining retain
retains retain
retake retak
retaking retak
retaliate retali
retaliated retali
retaliating retali
retaliation retali
retaliatory retaliatori
retard
retardant retard
retardants retard
retardation retard
retarded retard
retarding retard
retargeting retarget
retch
retching retch
retell retel
retelling retel
retention retent
retentive retent
retentiveness retent
rethink
rethinking rethink
rethought
reticence retic
reticent retic
reticulate reticul
retied reti
retina
retinal retin
retinoblastoma
retinue retinu
retire retir
retired retir
retiree retire
retirees retire
retirement retir
retirements retir
retires retir
retiring retir
retold
retooled retool
retooling retool
retools retool
retort
retorted retort
retorts retort
retouching retouch
retrace retrac
retraced retrac
retracing retrac
retract
retractable retract
retracted retract
retracting retract
retraction retract
retrain
retrained retrain
retraining retrain
retranslated retransl
retread
retreat
retreated retreat
retreating retreat
retreats retreat
retrench
retrenching retrench
retrenchment retrench
retrial
retribution retribut
retried retri
retrievable retriev
retrieval retriev
retrieve retriev
retrieved retriev
retriever retriev
retro
retroactive retroact
retroactively retroact
retroactivity retroact
retrofit
retrofitted retrofit
retrofitting retrofit
retrogradations retrograd
retrograde retrograd
retrogressive retrogress
retrospect
retrospective retrospect
retroviral retrovir
retrovirus retroviru
retroviruses retrovirus
retrovision retrovis
retry retri
return
returned return
returning return
returns return
reunifed reunif
reunification reunif
reunion
reunions reunion
reunite reunit
reunited reunit
reuniting reunit
reupholstering reupholst
reusable reusabl
reuse reus
reused reus
reusing reus
revaluation revalu
revalued revalu
revaluing revalu
revamp
revamped revamp
revamping revamp
revamps revamp
reveal
revealed reveal
revealing reveal
reveals reveal
reveille reveil
revel
revelation revel
revelations revel
revelatory revelatori
reveled revel
revelers revel
reveling revel
revellers revel
revelling revel
revellings revel
revelry revelri
revels revel
revenge reveng
revenue revenu
revenuers revenu
revenues revenu
reverberate reverber
reverberated reverber
reverberating reverber
reverberation reverber
reverberations reverber
revered rever
reverence rever
reverent rever
reverential reverenti
reverie reveri
reversal revers
reversals revers
reverse revers
reversed revers
reverses revers
reversibility revers
reversible revers
reversing revers
revert
reverted revert
reverting revert
reverts revert
revery reveri
revetments revet
review
reviewed review
reviewer review
reviewers review
reviewing review
reviews review
reviled revil
revise revis
revised revis
revises revis
revising revis
revision revis
revisionist
revisionists revisionist
revisions revis
revisit
revisited revisit
revisits revisit
revitalization revit
revitalize revit
revitalized revit
revitalizing revit
revival reviv
revivalism reviv
revivals reviv
revive reviv
revived reviv
revives reviv
revivified revivifi
reviving reviv
revocable revoc
revocation revoc
revoke revok
revoked revok
revoking revok
revolt
revolted revolt
revolting revolt
revoltingly revoltingli
revolts revolt
revolution revolut
revolutionaries revolutionari
revolutionary revolutionari
revolutionists revolutionist
revolutionize revolution
revolutionized revolution
revolutionizing revolution
revolutions revolut
revolve revolv
revolved revolv
revolver revolv
revolves revolv
revolving revolv
revs rev
revulsion revuls
revved rev
reward
rewarded reward
rewarding reward
rewards reward
reweave reweav
reworked rework
reworking rework
rewrapped rewrap
rewrite rewrit
rewrites rewrit
rewriting rewrit
rewritten
rewrote rewrot
rewt
rf
rhapsodic rhapsod
rhapsodize rhapsod
rhapsodizing rhapsod
rhapsody rhapsodi
rhenium
rhetoric rhetor
rhetorical rhetor
rhetoricians rhetorician
rheum
rheumatic rheumat
rheumatism rheumat
rheumatoid
rhinestones rhineston
rhino
rhinoceros rhinocero
rhinos rhino
rhinotracheitis rhinotrach
rhododendron
rhyme
rhymed rhyme
rhymes rhyme
rhyming rhyme
rhythm
rhythmic
rhythmical rhythmic
rhythmically rhythmic
rhythms rhythm
rib
ribald
ribbed rib
ribbies ribbi
ribbing rib
ribbon
ribbons ribbon
ribcage ribcag
riboflavin
ribonucleic ribonucl
ribosomal ribosom
ribozyme ribozym
ribozymes ribozym
ribs rib
rice
rich
riche rich
richer
riches rich
richest
richissimos richissimo
richly richli
richness rich
rickety ricketi
ricocheted ricochet
rid
riddance riddanc
ridden
ridding rid
riddle riddl
riddled riddl
riddles riddl
riddling riddl
ride
rider
riders rider
ridership
rides ride
ridge ridg
ridges ridg
ridicule ridicul
ridiculed ridicul
ridicules ridicul
ridiculing ridicul
ridiculous ridicul
ridiculously ridicul
riding ride
ridings ride
rife
riff
riffing rif
riffle riffl
riffs riff
rifle rifl
rifled rifl
rifleman
riflemen
rifles rifl
rifling rifl
rift
rifts rift
rig
rigatoni
rigged rig
rigger
riggers rigger
rigging rig
right
righted right
righteous righteou
righteousness righteous
rightfield
rightful right
rightfully rightfulli
righthander righthand
rightist
rightly rightli
rightness right
rights right
rightward
rigid
rigidities rigid
rigidity rigid
rigidly rigidli
rigids rigid
rigor
rigorous rigor
rigorously rigor
rigors rigor
rigs rig
rigueur
rile
riled rile
riles rile
rill
rim
rime
rimless
rimmed rim
rims rim
rinds rind
ring
ringed ring
ringer
ringers ringer
ringing ring
ringings ring
ringleader ringlead
ringlets ringlet
rings ring
ringside ringsid
ringsiders ringsid
rink
rinse rins
rinses rins
rinsing rins
riot
rioted riot
rioters rioter
rioting riot
riotous riotou
riots riot
rip
ripe
ripen
ripened ripen
ripening ripen
ripens ripen
ripoff
ripoffs ripoff
ripped rip
ripping rip
ripple rippl
rippled rippl
ripples rippl
rippling rippl
rise
risen
rises rise
risible risibl
rising rise
risk
risked risk
riskier
riskiest
riskiness riski
risking risk
risks risk
risky riski
rite
rites rite
ritiuality ritiual
ritorno
ritual
ritualized ritual
rituals ritual
ritzy ritzi
rival
rivaled rival
rivaling rival
rivalled rival
rivalries rivalri
rivalry rivalri
rivals rival
riven
river
riverbank
riverbanks riverbank
riverboat
riverfront
rivers river
riverside riversid
riveted rivet
riveting rivet
rivets rivet
rivulets rivulet
roach
road
roadbed roadb
roadblock
roadblocks roadblock
roadbuilding roadbuild
roadhouse roadhous
roadrunner roadrunn
roads road
roadside roadsid
roadster
roadway roadwai
roadways roadwai
roam
roamed roam
roaming roam
roams roam
roar
roared roar
roaring roar
roaringest
roars roar
roast
roasted roast
roasters roaster
roasts roast
rob
robbed rob
robber
robberies robberi
robbers robber
robbery robberi
robbing rob
robe
robed robe
robes robe
robin
robing robe
robot
robotic robot
robotics robot
robotism robot
robots robot
robs rob
robust
robustly robustli
robustness robust
rock
rockbound
rocked rock
rocker
rockers rocker
rocket
rocketed rocket
rocketing rocket
rockets rocket
rockin
rocking rock
rocklike rocklik
rocks rock
rockstrewn
rocky rocki
rococo
rod
rodder
rodders rodder
rodding rod
rode
rodent
rodents rodent
rodeo
rodeos rodeo
rods rod
roemer
rogue rogu
rogues rogu
roi
roil
roiled roil
roiling roil
role
roleplayed roleplai
roleplaying roleplai
roles role
roll
rollback
rollbacks rollback
rolled roll
roller
rollercoaster rollercoast
rollers roller
rollicking rollick
rollickingly rollickingli
rolling roll
rollout
rollover rollov
rollovers rollov
rolls roll
rollup
romance romanc
romancers romanc
romances romanc
romancing romanc
romantic romant
romantically romant
romanticism romantic
romanticize romantic
romanticized romantic
romanticizing romantic
romantick
romantics romant
romp
romped romp
romping romp
romps romp
roof
roofed roof
roofer
roofers roofer
roofing roof
roofs roof
rooftop
rooftops rooftop
rooftree rooftre
rook
rookie rooki
rookies rooki
room
roomed room
roomette roomett
roomful room
roomier
roominess roomi
rooming room
roommate roommat
roommates roommat
rooms room
roomy roomi
roost
rooster
roosters rooster
roosting roost
root
rooted root
rooters rooter
rooting root
rootless
roots root
rope
roped rope
ropers roper
ropes rope
rosarians rosarian
rosaries rosari
rose
rosebuds rosebud
rosebush
roses rose
rosettes rosett
rosier
rosiest
rosins rosin
roster
rosters roster
rostrum
rosy rosi
rot
rotary rotari
rotate rotat
rotated rotat
rotates rotat
rotating rotat
rotation rotat
rotational rotat
rotationally rotation
rotations rotat
rote
rotenone rotenon
rotogravures rotogravur
rotor
rots rot
rotted rot
rotten
rotting rot
rotund
rotunda
rotundity rotund
rouge roug
rough
roughcast
roughed rough
roughened roughen
rougher
roughest
roughhewn
roughish
roughly roughli
roughneck
roughnecks roughneck
roughness rough
roughshod
roulette roulett
round
roundabout
rounded round
rounder
roundhead
roundhouse roundhous
rounding round
roundly roundli
roundness round
rounds round
roundtable roundtabl
roundtrip
roundup
roundups roundup
rouse rous
roused rous
rousing rous
roustabout
roustabouts roustabout
rout
route rout
routed rout
routes rout
routine routin
routinely routin
routines routin
routing rout
routings rout
rove
roved rove
roving rove
rovings rove
row
rowdiness rowdi
rowdy rowdi
rowed row
rowing row
rows row
royal
royalties royalti
royalty royalti
rpm
rub
rubbed rub
rubber
rubberized rubber
rubberstamp
rubbery rubberi
rubbin
rubbing rub
rubbish
rubble rubbl
rubdowns rubdown
rubfests rubfest
rubicund
rubies rubi
ruble rubl
rubles rubl
rubout
rubric
rubs rub
ruckus rucku
rudder
rudderless
ruddiness ruddi
ruddy ruddi
rude
rudely rude
rudeness rude
rudimentary rudimentari
rudiments rudiment
rue
rueful
ruefully ruefulli
ruefulness rueful
ruffian
ruffians ruffian
ruffle ruffl
ruffled ruffl
ruffles ruffl
rug
rugged rug
ruggedly ruggedli
rugs rug
ruh
ruin
ruined ruin
ruining ruin
ruinous ruinou
ruins ruin
rule
ruled rule
ruler
rulers ruler
rules rule
ruling rule
rulings rule
rum
rumble rumbl
rumbled rumbl
rumbles rumbl
rumbling rumbl
rumblings rumbl
rumdum
rumen
ruminants rumin
ruminate rumin
ruminated rumin
rumination rumin
ruminations rumin
rummage rummag
rummaged rummag
rummaging rummag
rummy rummi
rumor
rumored rumor
rumors rumor
rump
rumpled rumpl
rumpus rumpu
run
runabout
runaway runawai
rundown
runes rune
rung
runing rune
runner
runners runner
runnin
running run
runny runni
runoff
runs run
runt
runup
runups runup
runway runwai
runways runwai
rupee rupe
rupees rupe
rupiah
rupture ruptur
ruptured ruptur
rupturing ruptur
rural
ruse
rush
rushed rush
rushes rush
rushing rush
russe russ
russet
rust
rusted rust
rustic
rusticated rustic
rusting rust
rustle rustl
rustled rustl
rustler
rustlers rustler
rustlin
rustling rustl
rustlings rustl
rusty rusti
rut
rutabaga
rutabagas rutabaga
ruthenium
ruthless
ruthlessly ruthlessli
ruthlessness ruthless
ruts rut
rutted rut
rye
s
sabbatical sabbat
saber
sable sabl
sables sabl
sabotage sabotag
sabre sabr
sac
sacadolares sacadolar
saccharin
sachems sachem
sack
sacked sack
sacker
sackes sack
sacking sack
sackings sack
sackless
sacks sack
sacral
sacrament
sacraments sacrament
sacred sacr
sacredness sacred
sacrifice sacrific
sacrificed sacrif
sacrifices sacrific
sacrificial sacrifici
sacrificing sacrif
sacrificium
sacrilege sacrileg
sacrilegious sacrilegi
sacrosanct
sad
saddened sadden
sadder
saddle saddl
saddlebags saddlebag
saddled saddl
saddles saddl
saddling saddl
sadism
sadist
sadistic sadist
sadly sadli
sadness sad
safari
safaris safari
safe
safeguard
safeguarded safeguard
safeguarding safeguard
safeguards safeguard
safekeep
safekeeping safekeep
safely safe
safer
safest
safeties safeti
safety safeti
saffron
sag
saga
sage
sagebrush
sages sage
sagged sag
sagging sag
saggy saggi
sago
sags sag
sahibs sahib
said
sail
sailboat
sailboats sailboat
sailed sail
sailing sail
sailor
sailorly sailorli
sailors sailor
sails sail
saint
sainthood
saintliness saintli
saintly saintli
saints saint
saith
sake
salable salabl
salacious salaci
salad
salads salad
salamander salamand
salami
salaried salari
salaries salari
salary salari
salarymen
sale
sales sale
salesgirl
saleslady salesladi
salesman
salesmanship
salesmen
salesparson
salespeople salespeopl
salesperson
saleswomen
salicylate salicyl
salicylates salicyl
salicylic salicyl
salient
saline salin
salinity salin
saliva
salivary salivari
salivate saliv
sallies salli
sallow
sally salli
sallying salli
salmon
salmonella
salon
salons salon
saloon
saloonkeeper saloonkeep
saloons saloon
salsa
salt
saltbush
salted salt
saltier
salting salt
salts salt
saltwater saltwat
salty salti
salubrious salubri
salutaris salutari
salutary salutari
salutation salut
salute salut
saluted salut
salutes salut
saluting salut
salvage salvag
salvaged salvag
salvages salvag
salvaging salvag
salvation salvat
salve salv
salves salv
salvo
salvos salvo
sambuca
sambur
same
sameness same
samovar
samovars samovar
sample sampl
sampled sampl
sampler
samplers sampler
samples sampl
sampling sampl
samplings sampl
samurai
sana
sanatorium
sanctified sanctifi
sanctify sanctifi
sanctimonious sanctimoni
sanction
sanctioned sanction
sanctioning sanction
sanctions sanction
sanctity sanctiti
sanctorum
sanctuary sanctuari
sanctum
sanctums sanctum
sand
sandals sandal
sandalwood
sandbars sandbar
sandbox
sander
sanding sand
sandpaper sandpap
sands sand
sandwich
sandwiched sandwich
sandwiches sandwich
sandy sandi
sane
saner
sanest
sang
sangaree sangare
sangiovanni
sanguine sanguin
sanguineous sanguin
sanguineum
sanhedrin
sanipractor
sanitaire sanitair
sanitarium
sanitary sanitari
sanitation sanit
sanitationists sanitationist
sanitize sanit
sanitized sanit
sanitizing sanit
sanity saniti
sank
santos santo
sap
sapiens sapien
sapling sapl
saponins saponin
sapped sap
sapping sap
sappy sappi
saps sap
sarakin
sarcasm
sarcasms sarcasm
sarcastic sarcast
sarcastically sarcast
sarcolemmal sarcolemm
sarcoma
sardines sardin
sardonic sardon
sardonically sardon
sari
sarsaparilla
sash
sashay sashai
sashayed sashai
sassafras sassafra
sassing sass
sassy sassi
sat
satellite satellit
satellites satellit
satiate satiat
satiety satieti
satin
satire satir
satiric satir
satirical satir
satirically satir
satirist
satirizes satir
satisfaction satisfact
satisfactions satisfact
satisfactorily satisfactorili
satisfactory satisfactori
satisfied satisfi
satisfies satisfi
satisfy satisfi
satisfying satisfi
saturate satur
saturated satur
saturation satur
sauce sauc
saucepan
saucer
saucers saucer
sauces sauc
saucy sauci
sauerkraut
sauna
saunas sauna
saunter
sausage sausag
sausages sausag
saute saut
sauterne sautern
savage savag
savaged savag
savagely savag
savagery savageri
savages savag
save
saved save
saver
savers saver
saves save
saving save
savings save
savior
saviour
savor
savored savor
savoring savor
savors savor
savory savori
savvier
savviest
savvy savvi
saw
sawdust
sawing saw
sawmill sawmil
saws saw
sawtimber sawtimb
sax
saxophone saxophon
saxophones saxophon
saxophonist
saxophonists saxophonist
say sai
sayed sai
sayin
saying sai
sayings sai
sayonara
says sai
scab
scabbard
scabbed scab
scabrous scabrou
scabs scab
scads scad
scaffold
scaffolding scaffold
scaffoldings scaffold
scairt
scalar
scalawags scalawag
scald
scalded scald
scalding scald
scale
scaled scale
scales scale
scaling scale
scalloped scallop
scallops scallop
scalp
scalpels scalpel
scalps scalp
scam
scammed scam
scammers scammer
scamper
scampering scamper
scams scam
scan
scandal
scandalized scandal
scandalizes scandal
scandalizing scandal
scandalous scandal
scandals scandal
scanned scan
scanner
scanners scanner
scanning scan
scans scan
scant
scants scant
scanty scanti
scape
scapegoat
scapegoating scapego
scapegoats scapegoat
scapulars scapular
scar
scarce scarc
scarcely scarc
scarcer
scarcest
scarcity scarciti
scare
scarecrowish
scared scare
scares scare
scarf
scarfing scarf
scarify scarifi
scaring scare
scarlet
scarred scar
scars scar
scarves scarv
scary scari
scathing scath
scathingly scathingli
scatter
scatterbrained scatterbrain
scattered scatter
scattergun
scattering scatter
scatters scatter
scattershot
scavanged scavang
scavenger scaveng
scavengers scaveng
scavenging scaveng
scedule scedul
scenario
scenarios scenario
scene
sceneries sceneri
scenery sceneri
scenes scene
scenic
scenics scenic
scent
scented scent
scents scent
sceptical sceptic
scepticism sceptic
schedule schedul
scheduled schedul
schedules schedul
scheduling schedul
schema
schemata
schematic schemat
schematically schemat
scheme
schemers schemer
schemes scheme
scheming scheme
scherzo
schillings schill
schism
schizoid
schizophrenia
schizophrenic schizophren
schmoozing schmooz
schmumpered schmumper
schnapps schnapp
schnooks schnook
scholar
scholarly scholarli
scholars scholar
scholarship
scholarships scholarship
scholastic scholast
scholastically scholast
scholastics scholast
school
schoolbooks schoolbook
schoolboy schoolboi
schoolboys schoolboi
schoolchildren
schooldays schooldai
schooled school
schoolers schooler
schoolgirl
schoolgirlish
schoolgirls schoolgirl
schoolhouse schoolhous
schooling school
schoolmaster schoolmast
schoolmate schoolmat
schoolmates schoolmat
schoolroom
schools school
schoolteacher schoolteach
schoolteachers schoolteach
schoolwork
schooner
sciatica
science scienc
sciences scienc
scientific scientif
scientifically scientif
scientist
scientists scientist
scimitar
scimitars scimitar
scintillating scintil
scion
scions scion
scissoring scissor
scissors scissor
sclerosis sclerosi
sclerotic sclerot
scoff
scoffed scof
scoffer
scoffing scof
scofflaws scofflaw
scoffs scoff
scold
scolded scold
scolding scold
scolds scold
scoop
scooped scoop
scooping scoop
scoops scoop
scooted scoot
scooter
scooting scoot
scop
scope
scoped scope
scopes scope
scops scop
scorched scorch
scorcher
score
scoreboard
scoreboards scoreboard
scorecard
scored score
scorekeepers scorekeep
scorekeeping scorekeep
scoreless
scorer
scorers scorer
scores score
scoring score
scorn
scorned scorn
scornful scorn
scornfully scornfulli
scotch
scotched scotch
scotches scotch
scoundrel
scoundrels scoundrel
scour
scoured scour
scourge scourg
scourges scourg
scouring scour
scours scour
scout
scouted scout
scouting scout
scouts scout
scowl
scowled scowl
scowling scowl
scowls scowl
scraggly scraggli
scramble scrambl
scrambled scrambl
scrambles scrambl
scrambling scrambl
scrap
scrapbook
scrape
scraped scrape
scrapes scrape
scraping scrape
scrapped scrap
scrapping scrap
scrappy scrappi
scraps scrap
scratch
scratched scratch
scratches scratch
scratchiness scratchi
scratching scratch
scratchy scratchi
scrawl
scrawled scrawl
scrawny scrawni
scream
screamed scream
screaming scream
screams scream
screech
screeched screech
screeches screech
screeching screech
screechy screechi
screed
screen
screened screen
screening screen
screenings screen
screenland
screenplay screenplai
screens screen
screenwriters screenwrit
screw
screwball screwbal
screwdriver screwdriv
screwed screw
screws screw
scribble scribbl
scribbled scribbl
scribblers scribbler
scribbles scribbl
scribbling scribbl
scribe
scribes scribe
scribing scribe
scrim
scrimmage scrimmag
scrimmaged scrimmag
scrimp
scrimped scrimp
scrimping scrimp
script
scripts script
scriptural scriptur
scripture scriptur
scriptures scriptur
scriptwriter scriptwrit
scriptwriters scriptwrit
scrivener scriven
scroll
scrolls scroll
scrounge scroung
scrounged scroung
scrounging scroung
scrub
scrubbed scrub
scrubbers scrubber
scrubbing scrub
scruff
scrumptious scrumptiou
scrupulosity scrupulos
scrupulous scrupul
scrupulously scrupul
scrutin
scrutinize scrutin
scrutinized scrutin
scrutinizes scrutin
scrutinizing scrutin
scrutiny scrutini
scuba
scudding scud
scuff
scuffle scuffl
sculpted sculpt
sculptor
sculptors sculptor
sculpts sculpt
sculptural sculptur
sculpture sculptur
sculptured sculptur
sculptures sculptur
scurried scurri
scurries scurri
scurrilous scurril
scurry scurri
scurrying scurri
scurvy scurvi
scuttle scuttl
scuttled scuttl
scuttling scuttl
se
sea
seaboard
seaborne seaborn
seacoast
seafarers seafar
seafaring seafar
seafood
seagulls seagul
seahorse seahors
seal
sealants sealant
sealed seal
sealift
sealing seal
seals seal
seam
seaman
seamanship
seamen
seamier
seamless
seamlessly seamlessli
seams seam
seamstress
seamy seami
seances seanc
seaport
seaports seaport
seaquake seaquak
sear
search
searched search
searcher
searchers searcher
searches search
searching search
searchingly searchingli
searchings search
searchlight
searchlights searchlight
searing sear
seas sea
seashore seashor
seashores seashor
seaside seasid
season
seasonal season
seasonality season
seasonally season
seasoned season
seasoning season
seasonings season
seasons season
seat
seatbelt
seated seat
seating seat
seatrout
seats seat
seawall seawal
seawater seawat
seaweed seawe
secant
secants secant
secco
secede seced
seceded seced
seceding seced
secession secess
secessionist
secessionists secessionist
seclude seclud
secluded seclud
seclusion seclus
secondarily secondarili
secondary secondari
secondbiggest
secondhand
secondly secondli
seconds second
secrecy secreci
secret
secretarial secretari
secretaries secretari
secretary secretari
secreted secret
secretion secret
secretions secret
secretive secret
secretively secret
secretly secretli
secrets secret
sect
sectarian
section
sectional section
sectionalized section
sections section
sector
sectorial sectori
sectors sector
sects sect
secular
secularism secular
secularist
secularists secularist
secularized secular
secure secur
secured secur
securely secur
securing secur
securites securit
securities secur
securitiess
securitization securit
security secur
sed
sedan
sedans sedan
sedate sedat
sedately sedat
sedative sed
sedentary sedentari
sediment
sedimentary sedimentari
sedimentation sediment
sediments sediment
sedition sedit
seditious sediti
seduce seduc
seduced seduc
seducer seduc
seduces seduc
seducing seduc
seduction seduct
seductive seduct
sedulously sedul
seduzione seduzion
see
seed
seedbed seedb
seedcoat
seedcoats seedcoat
seeded seed
seedless
seedlings seedl
seeds seed
seedy seedi
seein
seeing see
seek
seeker
seekers seeker
seekin
seeking seek
seekingly seekingli
seeks seek
seem
seemed seem
seeming seem
seemingly seemingli
seems seem
seen
seep
seepage seepag
seeped seep
seeping seep
seer
seers seer
seersucker seersuck
sees see
seesaw
seesawing seesaw
seethe seeth
seethes seeth
seething seeth
segment
segmental segment
segmentation segment
segmented segment
segmenting segment
segments segment
segregate segreg
segregated segreg
segregating segreg
segregation segreg
segregationist
segregationists segregationist
seige seig
seisho
seismic
seismograph
seismographic seismograph
seismographs seismograph
seismological seismolog
seize seiz
seized seiz
seizes seiz
seizin
seizing seiz
seizure seizur
seizures seizur
seldom
select
selected select
selecting select
selection select
selections select
selective select
selectively select
selectiveness select
selectivity select
selectors selector
selects select
self
selfdamaging selfdamag
selfeffacing selfeffac
selfish
selfishness selfish
selfless
selflessness selfless
sell
selle sell
seller
sellers seller
sellin
selling sell
selloff
selloffs selloff
sellout
sells sell
selves selv
semantic semant
semantically semant
semantics semant
semblance semblanc
semen
semester semest
semesters semest
semiannual semiannu
semiannually semiannu
semiarid
semiautomatic semiautomat
semicircular
semiconductor
semiconductors semiconductor
semidrying semidri
semiempirical semiempir
semifinalists semifinalist
semifinals semifin
semifinished semifinish
semiliterate semiliter
semimonthly semimonthli
seminal semin
seminar
seminarian
seminarians seminarian
seminars seminar
seminary seminari
semipublic semipubl
semiquantitative semiquantit
semisecret
semitrance semitr
semitropical semitrop
semper
senate senat
senator senat
senatorial senatori
senators senat
send
senders sender
sending send
sends send
senile senil
senilis senili
senior
senioritatis senioritati
seniority senior
seniors senior
senora
sensation sensat
sensational sensat
sensationalism sensation
sensationalizing sensation
sensations sensat
sense sens
sensed sens
senseless
senselessly senselessli
senses sens
sensibilities sensibl
sensibility sensibl
sensible sensibl
sensibly sensibl
sensing sens
sensitive sensit
sensitively sensit
sensitives sensit
sensitivities sensit
sensitivity sensit
sensitize sensit
sensitized sensit
sensor
sensors sensor
sensory sensori
sensual
sensuality sensual
sensuous sensuou
sent
sentence sentenc
sentenced sentenc
sentences sentenc
sentencing sentenc
sentencings sentenc
sentient
sentiment
sentimental sentiment
sentimentalists sentimentalist
sentimentality sentiment
sentimentalize sentiment
sentiments sentiment
sentinel
sentinels sentinel
sentry sentri
separable separ
separate separ
separated separ
separately separ
separateness separ
separates separ
separating separ
separation separ
separations separ
separatist
separatists separatist
separators separ
sepia
sepsis sepsi
septa
septation septat
septic
septuagenarian
septum
sepulchred sepulchr
seq
sequel
sequels sequel
sequence sequenc
sequenced sequenc
sequences sequenc
sequester sequest
sequestered sequest
sequestering sequest
sequestration sequestr
sequined sequin
sequins sequin
sera
seraphim
serenade serenad
serenaded serenad
serendipity serendip
serene seren
serenely seren
serenity seren
serfs serf
serge serg
sergeant
sergeants sergeant
serial
serialized serial
serials serial
series seri
serious seriou
seriously serious
seriousness serious
serloin
sermon
sermons sermon
serological serolog
serotonin
serpent
serpentine serpentin
serpents serpent
serratus serratu
serum
servant
servants servant
serve serv
served serv
server
servers server
serves serv
service servic
serviceable servic
serviced servic
servicemen
servicers servic
services servic
servicing servic
serviettes serviett
servile servil
serving serv
servings serv
servitors servitor
servitude servitud
servo
sesame sesam
session
sessions session
set
setback
setbacks setback
sets set
setters setter
setting set
settings set
settle settl
settled settl
settlement
settlements settlement
settler
settlers settler
settles settl
settling settl
setup
setups setup
sevenday sevendai
sevenfold
seventeenth
seventh
seventies seventi
sever
severable sever
several sever
severally sever
severalty severalti
severance sever
severe sever
severed sever
severely sever
severest
severing sever
severity sever
severly severli
sevices sevic
sew
sewage sewag
sewed sew
sewer
sewerage sewerag
sewers sewer
sewing sew
sewn
sews sew
sex
sexes sex
sexism
sexist
sexologist
sexology sexolog
sexpot
sextet
sexton
sexual
sexuality sexual
sexualized sexual
sexually sexual
sexy sexi
sforzando
sha
shabbily shabbili
shabby shabbi
shack
shacked shack
shackle shackl
shackled shackl
shackles shackl
shacks shack
shad
shade
shaded shade
shades shade
shadier
shading shade
shadings shade
shadow
shadowed shadow
shadowing shadow
shadows shadow
shadowy shadowi
shady shadi
shaft
shafts shaft
shag
shaggy shaggi
shags shag
shah
shake
shaken
shakeout
shaker
shakers shaker
shakes shake
shakeup
shakily shakili
shaking shake
shaky shaki
shall
shallow
shallower shallow
shallowness shallow
shalt
sham
shamanistic shamanist
shambled shambl
shambles shambl
shambling shambl
shame
shamed shame
shamefacedly shamefacedli
shameful shame
shameless
shamelessly shamelessli
shames shame
shampoo
shampooed shampoo
shamrock
shamrocks shamrock
shams sham
shanties shanti
shanty shanti
shantytown
shantytowns shantytown
shape
shaped shape
shapeless
shapely shape
shapes shape
shaping shape
shards shard
share
sharecrop
sharecropper sharecropp
sharecroppers sharecropp
shared share
shareholder sharehold
shareholders sharehold
shareholding sharehold
shareholdings sharehold
shareowners shareown
sharers sharer
shares share
sharing share
shark
sharks shark
sharkskin
sharp
sharpen
sharpened sharpen
sharpener sharpen
sharpening sharpen
sharpens sharpen
sharper
sharpest
sharply sharpli
sharpness sharp
sharpshooter sharpshoot
sharpshooters sharpshoot
shashlik
shatter
shattered shatter
shattering shatter
shatteringly shatteringli
shatterproof
shatters shatter
shave
shaved shave
shaven
shaver
shavers shaver
shaves shave
shaving shave
shavings shave
shawl
shawls shawl
she
shea
sheaf
shear
sheared shear
shearing shear
sheath
sheathing sheath
sheaths sheath
shed
shedding shed
sheds shed
sheen
sheep
sheepe sheep
sheepish
sheepskin
sheer
sheered sheer
sheet
sheeted sheet
sheeting sheet
sheetrock
sheets sheet
sheik
sheiks sheik
shelf
shell
shelled shell
shellfire shellfir
shellfish
shelling shell
shells shell
shellshocked shellshock
shelter
sheltered shelter
sheltering shelter
shelters shelter
shelve shelv
shelved shelv
shelves shelv
shelving shelv
shenanigans shenanigan
shepherd
shepherded shepherd
shepherding shepherd
shepherds shepherd
sherbet
sheriff
sheriffs sheriff
sherry sherri
shewe shew
shibboleth
shibboleths shibboleth
shied shi
shield
shielded shield
shielding shield
shields shield
shies shi
shift
shifted shift
shifters shifter
shifting shift
shiftless
shifts shift
shifty shifti
shill
shillings shill
shills shill
shim
shimmer
shimmered shimmer
shimmering shimmer
shimming shim
shimmy shimmi
shims shim
shin
shinbone shinbon
shine
shines shine
shingle shingl
shingles shingl
shining shine
shiningly shiningli
shins shin
shiny shini
ship
shipboard
shipbuilder shipbuild
shipbuilders shipbuild
shipbuilding shipbuild
shipload
shipmate shipmat
shipmates shipmat
shipment
shipments shipment
shipowners shipown
shipped ship
shipper
shippers shipper
shipping ship
ships ship
shipsets shipset
shipshape shipshap
shipwreck
shipwrecked shipwreck
shipyard
shipyards shipyard
shirk
shirked shirk
shirkers shirker
shirking shirk
shirt
shirtfront
shirtless
shirts shirt
shirtsleeve shirtsleev
shirtwaist
shish
shit
shiver
shivered shiver
shivering shiver
shivers shiver
shivery shiveri
shmaltzy shmaltzi
sho
shoals shoal
shock
shocked shock
shocker
shocking shock
shockingly shockingli
shockproof
shocks shock
shockwave shockwav
shod
shoddy shoddi
shoe
shoehorned shoehorn
shoelace shoelac
shoelaces shoelac
shoemaker shoemak
shoemaking shoemak
shoes shoe
shoestring shoestr
shoestrings shoestr
shoji
shone
shooed shoo
shooing shoo
shook
shoot
shooter
shooters shooter
shootin
shooting shoot
shootings shoot
shootout
shootouts shootout
shoots shoot
shop
shopkeeper shopkeep
shopkeepers shopkeep
shoplifters shoplift
shoplifting shoplift
shopped shop
shopper
shoppers shopper
shopping shop
shops shop
shopworn
shore
shored shore
shoreline shorelin
shorelines shorelin
shores shore
shoring shore
shorn
short
shortage shortag
shortages shortag
shortcake shortcak
shortchanged shortchang
shortchanging shortchang
shortcoming shortcom
shortcomings shortcom
shortcovering shortcov
shortcut
shortcuts shortcut
shorted short
shorten
shortened shorten
shortening shorten
shorter
shortest
shortfall shortfal
shortfalls shortfal
shorthand
shorthanded shorthand
shorting short
shortlived shortliv
shortly shortli
shortner
shortness short
shorts short
shortsighted shortsight
shortsightedness shortsighted
shortstop
shortterm
shortwings shortw
shot
shotgun
shotguns shotgun
shots shot
shotshells shotshel
shouders shouder
should
shouldda
shoulder
shouldered shoulder
shouldering shoulder
shoulders shoulder
shout
shouted shout
shouting shout
shouts shout
shove
shoved shove
shovel
shoveled shovel
shoveling shovel
shovels shovel
shoves shove
shoving shove
show
showcase showcas
showcases showcas
showcasing showcas
showdown
showed show
shower
showered shower
showerhead
showering shower
showers shower
showgirls showgirl
showgrounds showground
showin
showing show
showings show
showman
showmanship
showmen
shown
showpiece showpiec
showroom
showrooms showroom
shows show
showy showi
shrank
shrapnel
shred
shredded shred
shredder
shredding shred
shreds shred
shrewd
shrewder
shrewdest
shrewdly shrewdli
shrewish
shriek
shrieked shriek
shrieking shriek
shrieks shriek
shrift
shrill
shrilled shrill
shrilling shrill
shrillness shrill
shrilly shrilli
shrimp
shrimpers shrimper
shrimping shrimp
shrine
shrines shrine
shrink
shrinkage shrinkag
shrinking shrink
shrinks shrink
shrivel
shriveled shrivel
shroud
shrouded shroud
shrouding shroud
shrouds shroud
shrub
shrubbery shrubberi
shrubs shrub
shrug
shrugged shrug
shrugging shrug
shrugs shrug
shrunk
shrunken
shtik
shuck
shucks shuck
shudder
shuddered shudder
shuddering shudder
shudders shudder
shuddery shudderi
shuffle shuffl
shuffled shuffl
shuffling shuffl
shuld
shulde shuld
shun
shunned shun
shunning shun
shuns shun
shunt
shunts shunt
shut
shutdown
shutdowns shutdown
shute
shutoff
shutout
shuts shut
shutter
shuttered shutter
shuttering shutter
shutters shutter
shutting shut
shuttle shuttl
shuttled shuttl
shuttles shuttl
shuttling shuttl
shvartze shvartz
shy
shying shy
shyly shyli
sibilant sibil
sibling sibl
siblings sibl
sic
sick
sickened sicken
sickening sicken
sicker
sickish
sickle sickl
sickliest
sickly sickli
sickness sick
sickroom
side
sidearms sidearm
sideboard
sideboards sideboard
sidechairs sidechair
sided side
sidekick
sidelight
sideline sidelin
sidelined sidelin
sidelines sidelin
sidelining sidelin
sidelong
sideman
sidemen
sides side
sideshow
sidestep
sidestepped sidestep
sidestepping sidestep
sidesteps sidestep
sidestreet
sidetrack
sidetracked sidetrack
sidewalk
sidewalks sidewalk
sideways sidewai
sidewinder sidewind
sidewise sidewis
siding side
sidings side
sidle sidl
sidled sidl
sieben
siege sieg
sienna
siesta
sieve siev
sift
sifted sift
sifting sift
sigh
sighed sigh
sighing sigh
sighs sigh
sight
sighted sight
sighting sight
sightings sight
sights sight
sightseeing sightse
sightseers sightseer
sign
signal
signaled signal
signaling signal
signalizes signal
signalled signal
signalling signal
signals signal
signatories signatori
signatory signatori
signature signatur
signatures signatur
signboard
signboards signboard
signed sign
signer
signers signer
significance signific
significant signific
significantly significantli
signified signifi
signifies signifi
signify signifi
signifying signifi
signing sign
signpost
signposts signpost
signs sign
sigue sigu
silence silenc
silenced silenc
silences silenc
silencing silenc
silent
silently silent
silhouette silhouett
silhouetted silhouet
silhouettes silhouett
silica
silicate silic
silicates silic
silicon
silicone silicon
silk
silke silk
silken
silkily silkili
silky silki
sill
sillier
silliest
silliness silli
silly silli
silo
silos silo
silted silt
silvas silva
silver
silversmith
silverware silverwar
silvery silveri
simian
similar
similarities similar
similarity similar
similarly similarli
simile simil
similiar
similitude similitud
simmer
simmered simmer
simmering simmer
simperers simper
simple simpl
simpler
simples simpl
simplest
simpleton
simpliciter simplicit
simplicities simplic
simplicitude simplicitud
simplicity simplic
simplification simplif
simplified simplifi
simplifies simplifi
simplify simplifi
simplifying simplifi
simplistic simplist
simply simpli
simulate simul
simulated simul
simulates simul
simulation simul
simulations simul
simulator simul
simulators simul
simulcasting simulcast
simultaneous simultan
simultaneously simultan
sin
since sinc
sincere sincer
sincerely sincer
sincerest
sincerity sincer
sind
sine
sinecure sinecur
sinecures sinecur
sinews sinew
sinewy sinewi
sinful sin
sinfulness sin
sing
singed sing
singer
singers singer
singing sing
single singl
singled singl
singlehandedly singlehandedli
singleness singl
singles singl
singling singl
singly singli
sings sing
singsonged singsong
singular
singularity singular
singularly singularli
sinister sinist
sink
sinkhole sinkhol
sinking sink
sinks sink
sinkt
sinless
sinned sin
sinner
sinners sinner
sinning sin
sins sin
sinuous sinuou
sinuously sinuous
sinuousness sinuous
sinus sinu
sinuses sinus
sinusoidal sinusoid
sinusoids sinusoid
sip
siphon
siphoned siphon
siphoning siphon
siphons siphon
sipped sip
sippers sipper
sipping sip
sir
sired sire
siren
sirens siren
sirloin
sister
sisters sister
sit
sitcom
sitcoms sitcom
site
sites site
siting site
sits sit
sitter
sitters sitter
sitting sit
sittings sit
situ
situated situat
situation situat
situations situat
situs situ
sixfold
sixteenth
sixth
sizable sizabl
size
sizeable sizeabl
sized size
sizenine sizenin
sizes size
sizing size
sizzle sizzl
sizzled sizzl
sizzles sizzl
sizzling sizzl
skate
skateboards skateboard
skates skate
skating skate
skeet
skein
skeletal skelet
skeleton
skeletons skeleton
skeptic
skeptical skeptic
skeptically skeptic
skepticism skeptic
skeptics skeptic
sketch
sketchbook
sketched sketch
sketches sketch
sketchiest
sketching sketch
sketchy sketchi
skew
skewed skew
skewer
ski
skid
skidded skid
skidding skid
skiddy skiddi
skids skid
skier
skiers skier
skies ski
skiff
skiffs skiff
skiing ski
skiis skii
skilful skil
skilfully skilfulli
skill
skilled skill
skillet
skillful skill
skillfully skillfulli
skillfulness skill
skills skill
skim
skimmed skim
skimmers skimmer
skimming skim
skimp
skimpy skimpi
skims skim
skin
skindive skindiv
skindiving skindiv
skinfolds skinfold
skinhead
skinheads skinhead
skinless
skinnin
skinning skin
skinny skinni
skins skin
skip
skipped skip
skipper
skippering skipper
skippers skipper
skipping skip
skips skip
skirmish
skirmished skirmish
skirmishers skirmish
skirmishes skirmish
skirmishing skirmish
skirt
skirted skirt
skirting skirt
skirts skirt
skis ski
skit
skits skit
skittish
skittishness skittish
skivvies skivvi
skouting skout
skulk
skull
skullcap
skulls skull
skunk
skunks skunk
sky
skyjacked skyjack
skyjackers skyjack
skylarking skylark
skylight
skylights skylight
skyline skylin
skyrocket
skyrocketed skyrocket
skyrocketing skyrocket
skyscraper skyscrap
skyscrapers skyscrap
skyward
skywave skywav
sl
slab
slabs slab
slack
slacken
slackened slacken
slackening slacken
slacking slack
slackjawed slackjaw
slacks slack
sladang
slag
slain
slaked slake
slam
slammed slam
slammer
slamming slam
slams slam
slander
slanderer slander
slanderous slander
slanders slander
slang
slant
slanted slant
slanting slant
slants slant
slap
slapped slap
slapping slap
slaps slap
slapstick
slash
slashed slash
slasher
slashes slash
slashing slash
slat
slate
slated slate
slats slat
slatted slat
slaughter
slaughtered slaughter
slaughterhouse slaughterhous
slaughtering slaughter
slaughters slaughter
slave
slavered slaver
slavery slaveri
slaves slave
slavish
slavishly slavishli
slaw
slaying slai
slayings slai
sleaze sleaz
sleazebag
sleazy sleazi
sledding sled
sleek
sleep
sleeper
sleepily sleepili
sleeping sleep
sleepless
sleeplessly sleeplessli
sleeplessness sleepless
sleeps sleep
sleepwalk
sleepwalked sleepwalk
sleepwalker sleepwalk
sleepwalkers sleepwalk
sleepwalking sleepwalk
sleepy sleepi
sleet
sleeve sleev
sleeves sleev
sleighs sleigh
sleight
slender
slenderer slender
slept
sleuth
sleuthing sleuth
slew
slice
sliced slice
slices slice
slicing slice
slick
slicker
slickers slicker
slickly slickli
slid
slide
slides slide
sliding slide
slight
slighted slight
slighter
slightest
slighting slight
slightly slightli
slights slight
slighty slighti
sligthly sligthli
slim
slime
slimed slime
slimly slimli
slimmed slim
slimmer
slimming slim
slimy slimi
sling
slingers slinger
slinging sling
slings sling
slingshot
slinky slinki
slip
slippage slippag
slipped slip
slipper
slippers slipper
slippery slipperi
slipping slip
slips slip
slipshod
slipstream
slit
slithered slither
slithering slither
slithers slither
slits slit
slitter
slitters slitter
sliver
slivered sliver
slivers sliver
slivery sliveri
slob
sloe
slog
slogan
sloganeering slogan
slogans slogan
slogging slog
slogs slog
sloop
slop
slope
slopes slope
sloping slope
slopped slop
sloppily sloppili
sloppiness sloppi
slopping slop
sloppy sloppi
slosh
sloshed slosh
sloshing slosh
slot
slothful sloth
slots slot
slotted slot
slouch
slouches slouch
slouchy slouchi
slough
slovenliness slovenli
slovenly slovenli
slow
slowball slowbal
slowdown
slowdowns slowdown
slowed slow
slower
slowest
slowing slow
slowly slowli
slowness slow
slows slow
sludge sludg
slug
slugfest
slugged slug
slugger
sluggers slugger
slugging slug
sluggish
sluggishly sluggishli
sluggishness sluggish
slugs slug
sluice sluic
sluiced sluic
sluicehouse sluicehous
sluices sluic
sluicing sluic
slum
slumber
slumbered slumber
slumbering slumber
slumlord
slump
slumped slump
slumping slump
slumps slump
slums slum
slung
slurped slurp
slurries slurri
slurry slurri
slurs slur
slush
sly
slyly slyli
slyness
smack
smacked smack
smacking smack
smacks smack
small
smaller
smallest
smallish
smallness small
smallpox
smalltime smalltim
smarmy smarmi
smart
smarted smart
smarter
smartest
smarting smart
smartly smartli
smarts smart
smash
smashed smash
smasher
smashing smash
smattering smatter
smatterings smatter
smear
smeared smear
smell
smelled smell
smelling smell
smells smell
smelly smelli
smelt
smelter
smelters smelter
smelts smelt
smidgen
smidgins smidgin
smile
smiled smile
smiles smile
smiling smile
smilingly smilingli
smirk
smirked smirk
smithereens smithereen
smithy smithi
smitten
smock
smocks smock
smog
smoggiest
smoggy smoggi
smokable smokabl
smoke
smoked smoke
smokehouse smokehous
smokeless
smoker
smokers smoker
smokes smoke
smokescreen
smokescreens smokescreen
smokestack
smoking smoke
smoky smoki
smolder
smoldered smolder
smoldering smolder
smolderingly smolderingli
smolders smolder
smooching smooch
smooth
smoothbore smoothbor
smoothed smooth
smoother
smoothest
smoothing smooth
smoothly smoothli
smoothness smooth
smorgasbord
smother
smothered smother
smothering smother
smudge smudg
smudged smudg
smug
smuggle smuggl
smuggled smuggl
smuggler
smugglers smuggler
smuggling smuggl
snack
snacked snack
snacks snack
snafu
snafus snafu
snag
snagged snag
snagging snag
snags snag
snail
snails snail
snake
snaked snake
snakes snake
snakestrike snakestrik
snaking snake
snap
snapback
snapdragons snapdragon
snapped snap
snapper
snapping snap
snappy snappi
snaps snap
snapshot
snapshots snapshot
snare
snared snare
snaring snare
snarl
snarled snarl
snarling snarl
snarls snarl
snatch
snatched snatch
snatches snatch
snatching snatch
snazzier
snazzy snazzi
sneak
sneaked sneak
sneaker
sneakers sneaker
sneaking sneak
sneaks sneak
sneaky sneaki
sneer
sneered sneer
sneering sneer
sneers sneer
sneezed sneez
sneezing sneez
snick
snickered snicker
snickers snicker
snidely snide
sniff
sniffed snif
sniffers sniffer
sniffing snif
sniffs sniff
sniffy sniffi
sniggered snigger
sniggeringly sniggeringli
snipe
sniped snipe
sniper
snipes snipe
sniping snipe
snippets snippet
snippy snippi
snips snip
snitched snitch
sniveling snivel
snivelings snivel
snob
snobbery snobberi
snobbish
snobbishly snobbishli
snobs snob
snooker
snoop
snooping snoop
snooty snooti
snoozing snooz
snoring snore
snorkle snorkl
snort
snorted snort
snorting snort
snorts snort
snotty snotti
snout
snouts snout
snow
snowball snowbal
snowballed snowbal
snowballs snowbal
snowbirds snowbird
snowdrift
snowed snow
snowfall snowfal
snowflakes snowflak
snowing snow
snowman
snowplow
snows snow
snowstorm
snowsuit
snowy snowi
snub
snubbed snub
snubbing snub
snuck
snuff
snuffboxes snuffbox
snuffed snuf
snuffer
snug
snuggled snuggl
snugly snugli
so
soak
soaked soak
soaking soak
soap
soapbox
soaps soap
soapsuds soapsud
soapy soapi
soar
soared soar
soaring soar
soars soar
sob
sobbed sob
sobbing sob
sobbingly sobbingli
sober
sobered sober
sobering sober
soberly soberli
sobriety sobrieti
sobriquet
sobs sob
socal
socalled socal
soccer
sociability sociabl
sociable sociabl
social
socialism social
socialist
socialistic socialist
socialists socialist
socialite socialit
socialites socialit
sociality social
socialization social
socialize social
socialized social
socializes social
socializing social
socially social
societal societ
societies societi
society societi
societyonly societyonli
socioeconomic socioeconom
socioeconomically socioeconom
sociological sociolog
sociologically sociolog
sociologist
sociologists sociologist
sociology sociolog
sociopath
sock
sockdologizing sockdolog
socked sock
socket
sockets socket
socking sock
socks sock
sod
soda
sodas soda
sodden
soddenly soddenli
soddies soddi
sodium
sodomy sodomi
sods sod
soe
sofa
sofar
sofas sofa
soft
softball softbal
softdrink
soften
softened soften
softener soften
softening soften
softens soften
softer
softest
softies softi
softly softli
softness soft
software softwar
softwood
softy softi
soggier
soggy soggi
soil
soiled soil
soils soil
soirees soire
sojourn
sojourner sojourn
sojourners sojourn
solace solac
solaced solac
solar
solarheated solarh
sold
solder
soldered solder
soldering solder
soldier
soldiering soldier
soldierly soldierli
soldiers soldier
soldiery soldieri
soldout
sole
solecism solec
solely sole
solemn
solemnity solemn
solemnly solemnli
solenoid
soles sole
solicit
solicitation solicit
solicitations solicit
solicited solicit
soliciting solicit
solicitor
solicitors solicitor
solicitous solicit
solicitousness solicit
solicits solicit
solicitude solicitud
solid
solidarity solidar
solidified solidifi
solidifies solidifi
solidify solidifi
solidifying solidifi
solidity solid
solidly solidli
solids solid
solipsism solips
solitary solitari
soliticitations soliticit
solitude solitud
solitudes solitud
solo
soloist
soloists soloist
solos solo
solstice solstic
soluble solubl
solution solut
solutions solut
solvable solvabl
solvating solvat
solve solv
solved solv
solvency solvenc
solvent
solvents solvent
solves solv
solving solv
soma
somatic somat
somatostatin
somber
somberly somberli
sombre sombr
some
somebody somebodi
someday somedai
somehow
someone someon
someplace someplac
somersault
somersaulting somersault
somersaults somersault
somethin
something someth
sometime sometim
sometimes sometim
somewhat
somewhere somewher
somewheres somewher
sommelier sommeli
somnambulates somnambul
somnambulism somnambul
somnolence somnol
somnolent somnol
sompin
son
sonar
sonata
sonatas sonata
song
songbirds songbird
songbook
songful song
songs song
songwriters songwrit
sonic
sonnet
sonnets sonnet
sonny sonni
sonobuoy sonobuoi
sonofabitch
sonogram
sonorities sonor
sonority sonor
sonorous sonor
sons son
soon
sooner
soonest
sooo
soot
soothe sooth
soothed sooth
soothing sooth
soothingly soothingli
soothsayers soothsay
sooty sooti
sop
sophisticate sophist
sophisticated sophist
sophisticates sophist
sophistication sophist
sophists sophist
sophomore sophomor
sophomores sophomor
sophomoric sophomor
soporific soporif
sopping sop
soprano
sopranos soprano
sops sop
sorbed sorb
sorcery sorceri
sordid
sore
soreheads sorehead
sorely sore
soreness sore
sores sore
sorest
sorghum
sororities soror
sorority soror
sorption
sorrel
sorrier
sorriest
sorrow
sorrowful sorrow
sorrows sorrow
sorry sorri
sort
sorted sort
sortie sorti
sorting sort
sorts sort
sou
soubriquet
souffle souffl
sought
souk
soul
souled soul
soulful soul
soulfully soulfulli
soulless
soulmates soulmat
souls soul
sound
sounded sound
sounder
sounding sound
soundings sound
soundly soundli
soundness sound
soundproof
sounds sound
soundtrack
soup
soups soup
soupy soupi
sour
source sourc
sources sourc
sourcing sourc
sourdough
soured sour
souring sour
sourly sourli
sours sour
soutane soutan
south
southbound
southeast
southeastern
southerly southerli
southern
southernisms southern
southernmost
southpaw
southward
southwest
southwestern
souvenir
souvenirs souvenir
sovereign
sovereigns sovereign
sovereignty sovereignti
soviet
soviets soviet
sow
sowbelly sowbelli
sowed sow
sowered sower
sowing sow
sown
sows sow
soy soi
soyaburgers soyaburg
soybean
soybeans soybean
sp
spa
space
spaceborn
spacecraft
spaced space
spacer
spacers spacer
spaces space
spaceship
spaceships spaceship
spacesuit
spacesuits spacesuit
spacing space
spacings space
spacious spaciou
spaciousness spacious
spackle spackl
spade
spades spade
spaghetti
span
spandex
spandrels spandrel
spangle spangl
spaniel
spanking spank
spanned span
spanner
spanning span
spans span
spare
spared spare
spares spare
sparing spare
sparingly sparingli
spark
sparked spark
sparking spark
sparkle sparkl
sparkled sparkl
sparkles sparkl
sparkling sparkl
sparkplugs sparkplug
sparks spark
sparred spar
sparring spar
sparrow
sparrows sparrow
sparse spars
sparsely spars
spas spa
spasm
spasms spasm
spat
spate
spatial
spatially spatial
spats spat
spatter
spattered spatter
spatula
spavined spavin
spawn
spawned spawn
spawning spawn
spawns spawn
speak
speaker
speakers speaker
speakin
speaking speak
speaks speak
spear
speared spear
spearhead
spearheaded spearhead
spearheading spearhead
special
specialist
specialists specialist
speciality special
specialization special
specialize special
specialized special
specializes special
specializing special
specially special
specials special
specialties specialti
specialty specialti
specie speci
species speci
specific specif
specifically specif
specification specif
specifications specif
specificity specif
specifics specif
specified specifi
specifies specifi
specify specifi
specifying specifi
specimen
specimens specimen
specimentalia
specious speciou
speck
speckled speckl
speckles speckl
specks speck
specs spec
spectacle spectacl
spectacles spectacl
spectacular
spectacularly spectacularli
spectator spectat
spectators spectat
specter
specters specter
spectra
spectral
spectrally spectral
spectre spectr
spectrometer spectromet
spectrometric spectrometr
spectrophotometer spectrophotomet
spectrophotometric spectrophotometr
spectroscopy spectroscopi
spectrum
speculate specul
speculated specul
speculates specul
speculating specul
speculation specul
speculations specul
speculative specul
speculatively specul
speculator specul
speculators specul
sped
speech
speeches speech
speechless
speechlessness speechless
speechwriters speechwrit
speechwriting speechwrit
speed
speedboat
speeded speed
speedier
speedily speedili
speeding speed
speedometer speedomet
speeds speed
speedup
speedway speedwai
speedy speedi
spell
spellbound
spelled spell
spellers speller
spelling spell
spells spell
spend
spender
spenders spender
spending spend
spends spend
spendthrifts spendthrift
spent
sperm
spew
spewed spew
spewing spew
spewings spew
sphere
spheres sphere
spherical spheric
spherules spherul
sphynxes sphynx
spic
spice
spiced spice
spices spice
spicing spice
spicy spici
spider
spiders spider
spidery spideri
spied spi
spiel
spies spi
spiffing spif
spiffy spiffi
spigots spigot
spike
spiked spike
spikes spike
spill
spilled spill
spilling spill
spillover spillov
spills spill
spin
spinach
spinal
spindle spindl
spindled spindl
spine
spineless
spinnability spinnabl
spinneret
spinning spin
spinoff
spinoffs spinoff
spins spin
spinster
spiral
spiraled spiral
spiraling spiral
spiralis spirali
spiralled spiral
spirals spiral
spire
spires spire
spirit
spirited spirit
spiritless
spirits spirit
spiritual spiritu
spirituality spiritu
spiritually spiritu
spirituals spiritu
spit
spite
spitfire spitfir
spits spit
spitting spit
spittle spittl
splash
splashed splash
splashes splash
splashing splash
splashy splashi
splattered splatter
splayed splai
spleen
splendid
splendidly splendidli
splendor
splenetic splenet
splice
spliced splice
splices splice
splicing splice
splinter
splintered splinter
splinters splinter
splintery splinteri
splints splint
split
splits split
splitting split
splotch
splotched splotch
splotches splotch
splurge splurg
spoil
spoilables spoilabl
spoilage spoilag
spoiled spoil
spoiler
spoiling spoil
spoils spoil
spoke
spokeman
spoken
spokes spoke
spokesman
spokesmen
spokesperson
spokespersons spokesperson
spokeswoman
spokewoman
sponge spong
sponged spong
sponges spong
sponging spong
spongy spongi
sponsor
sponsored sponsor
sponsoring sponsor
sponsors sponsor
sponsorship
sponsorships sponsorship
spontaneity spontan
spontaneous spontan
spontaneously spontan
spoof
spook
spooked spook
spookiest
spooks spook
spooky spooki
spoon
spoonbills spoonbil
spooned spoon
spoonful spoon
spoonfuls spoon
spoons spoon
sporadic sporad
sporadically sporad
spores spore
sport
sported sport
sportiest
sportif
sportin
sporting sport
sports sport
sportsman
sportsmanship
sportsmen
sportswear
sportswriter sportswrit
sporty sporti
spot
spotchecks spotcheck
spotless
spotlight
spotlighted spotlight
spotlighting spotlight
spotlights spotlight
spots spot
spotted spot
spotting spot
spotty spotti
spousal
spouse spous
spouses spous
spout
spouted spout
spouting spout
sprained sprain
spraining sprain
sprains sprain
sprang
sprawl
sprawled sprawl
sprawling sprawl
spray sprai
sprayed sprai
spraying sprai
sprays sprai
spread
spreader
spreading spread
spreads spread
spreadsheet
spreadsheets spreadsheet
spree
sprig
sprightly sprightli
spring
springboard
springing spring
springs spring
springtime springtim
sprinkle sprinkl
sprinkled sprinkl
sprinkler
sprinklers sprinkler
sprinkles sprinkl
sprinkling sprinkl
sprint
sprinted sprint
sprinting sprint
spritzers spritzer
sprout
sprouted sprout
sprouting sprout
sprouts sprout
spruce
spruced spruce
sprue
sprung
spuds spud
spume
spun
spunky spunki
spur
spurious spuriou
spurn
spurned spurn
spurning spurn
spurns spurn
spurred spur
spurring spur
spurs spur
spurt
spurted spurt
spurting spurt
spurts spurt
sputnik
sputniks sputnik
sputter
sputtered sputter
sputtering sputter
sputters sputter
spy
spyglass
spying spy
sq
squabble squabbl
squabbled squabbl
squabbles squabbl
squabbling squabbl
squad
squadron
squadrons squadron
squadroom
squads squad
squalid
squall
squalls squall
squalor
squamous squamou
squander
squandered squander
squandering squander
square squar
squared squar
squarefoot
squarely squar
squares squar
squaring squar
squash
squashed squash
squashing squash
squashy squashi
squat
squatted squat
squatter
squatters squatter
squatting squat
squaw
squawk
squeak
squeaked squeak
squeaking squeak
squeaks squeak
squeaky squeaki
squeal
squealed squeal
squealing squeal
squeals squeal
squeamish
squeamishness squeamish
squeegee squeege
squeeze squeez
squeezed squeez
squeezes squeez
squeezing squeez
squelch
squelched squelch
squibs squib
squid
squiggly squiggli
squint
squinted squint
squinting squint
squire squir
squires squir
squirmed squirm
squirming squirm
squirms squirm
squirmy squirmi
squirrel
squirreled squirrel
squirreling squirrel
squirt
squirted squirt
squirting squirt
squished squish
st
stab
stabbed stab
stabbing stab
stabilities stabil
stability stabil
stabilization stabil
stabilize stabil
stabilized stabil
stabilizer stabil
stabilizers stabil
stabilizes stabil
stabilizing stabil
stable stabl
stabled stabl
stableman
stables stabl
stabs stab
staccato
staccatos staccato
stack
stacked stack
stacker
stackers stacker
stacking stack
stacks stack
stadium
stadiums stadium
staf
staff
staffed staf
staffer
staffers staffer
staffing staf
staffs staff
stag
stage
stagecoach
stagecoaches stagecoach
staged stage
stagemate stagem
stager
stages stage
stagewhispers stagewhisp
stagflation stagflat
stagger
staggered stagger
staggering stagger
staggeringly staggeringli
staginess stagi
staging stage
stagnant
stagnated stagnat
stagnating stagnat
stagnation stagnat
stags stag
staid
stain
stained stain
staining stain
stainless
stains stain
stair
staircase staircas
staircases staircas
stairs stair
stairway stairwai
stairways stairwai
stairwells stairwel
stake
stakebuilding stakebuild
staked stake
stakes stake
stale
stalemate stalem
stalk
stalked stalk
stalking stalk
stalks stalk
stall
stalled stall
stalling stall
stallion
stalls stall
stalwart
stalwarts stalwart
stamens stamen
stamina
staminate stamin
stammered stammer
stamp
stamped stamp
stampede stamped
stampeded stamped
stamping stamp
stampings stamp
stamps stamp
stance stanc
stances stanc
stanch
stanchest
stand
standard
standardize standard
standardized standard
standardizing standard
standards standard
standby standbi
standbys standbi
standeth
standin
standing stand
standoff
standout
standpoint
stands stand
standstill standstil
standup
staph
staphylococcal staphylococc
staphylococcus staphylococcu
staple stapl
staples stapl
stapling stapl
star
starboard
starch
starched starch
starches starch
starchiness starchi
starchy starchi
stardom
stare
stared stare
stares stare
staring stare
stark
starker
starkly starkli
starlet
starlight
starre starr
starred star
starring star
stars star
starstruck
start
started start
starter
starters starter
startin
starting start
startle startl
startled startl
startling startl
startlingly startlingli
starts start
startup
startups startup
starvation starvat
starve starv
starved starv
starving starv
stash
stashed stash
stasis stasi
stat
state
stated state
statehood
statehooders statehood
stateless
stately state
statement
statements statement
stateroom
states state
statesman
statesmanlike statesmanlik
statesmanship
statesmen
statewide statewid
static
stating state
station
stationary stationari
stationed station
stationery stationeri
stationing station
stationmaster stationmast
stations station
statism
statist
statistic statist
statistical statist
statistically statist
statistician
statisticians statistician
statistics statist
stator
stats stat
statu
statuary statuari
statue statu
statues statu
statuette statuett
stature statur
status statu
statuses status
statute statut
statutes statut
statutorily statutorili
statutory statutori
staunch
staunchest
staunchly staunchli
stave
staved stave
staves stave
stay stai
stayed stai
staying stai
stays stai
stead
steadfast
steadfastly steadfastli
steadfastness steadfast
steadied steadi
steadier
steadily steadili
steadiness steadi
steady steadi
steadying steadi
steak
steakhouse steakhous
steaks steak
steal
stealer
stealin
stealing steal
steals steal
stealth
stealthily stealthili
stealthy stealthi
steam
steamboat
steamed steam
steamer
steamers steamer
steamier
steamily steamili
steaming steam
steamroller steamrol
steams steam
steamship
steamships steamship
steed
steel
steeled steel
steelmaker steelmak
steelmakers steelmak
steelmaking steelmak
steels steel
steelworkers steelwork
steely steeli
steep
steeped steep
steeper
steepest
steeple steepl
steeples steepl
steeply steepli
steepness steep
steer
steered steer
steering steer
steers steer
stein
stellar
stem
stemmed stem
stemming stem
stems stem
stench
stenography stenographi
stentorian
steoreotyped steoreotyp
step
stepchild
stepchildren
stepgrandmother stepgrandmoth
stephanotis stephanoti
stepladders stepladd
stepmother stepmoth
stepmothers stepmoth
stepped step
steppes stepp
stepping step
steppingstone steppingston
steprelationship
steps step
stepson
stepwise stepwis
stereo
stereophonic stereophon
stereos stereo
stereotype stereotyp
stereotyped stereotyp
stereotypes stereotyp
stereotypical stereotyp
stereotypically stereotyp
sterile steril
steriles steril
sterility steril
sterilization steril
sterilize steril
sterilized steril
sterilizer steril
sterilizing steril
sterios sterio
sterling sterl
stern
sternal
sternly sternli
sterns stern
sternum
steroid
steroids steroid
stethoscope stethoscop
stevedore stevedor
stew
steward
stewardess
stewardesses stewardess
stewards steward
stewardship
stewed stew
stews stew
stick
sticker
stickers sticker
stickier
stickiness sticki
sticking stick
stickler
sticklike sticklik
stickman
stickpin
sticks stick
sticky sticki
sticle sticl
stiff
stiffed stif
stiffen
stiffened stiffen
stiffening stiffen
stiffens stiffen
stiffer
stiffest
stiffing stif
stiffly stiffli
stiffnecked stiffneck
stiffness stiff
stiffs stiff
stifle stifl
stifled stifl
stifles stifl
stifling stifl
stigma
stigmatizes stigmat
stiletto
still
stillbirths stillbirth
stillness still
stills still
stilted stilt
stilts stilt
stimulant stimul
stimulants stimul
stimulate stimul
stimulated stimul
stimulates stimul
stimulating stimul
stimulation stimul
stimulations stimul
stimulative stimul
stimulator stimul
stimulators stimul
stimulatory stimulatori
stimuli
stimulus stimulu
sting
stingier
stinging sting
stingrays stingrai
stings sting
stingy stingi
stink
stinkin
stinking stink
stinkpotters stinkpott
stinks stink
stint
stints stint
stipends stipend
stippled stippl
stipulate stipul
stipulated stipul
stipulates stipul
stipulation stipul
stipulations stipul
stir
stirke stirk
stirling stirl
stirred stir
stirrin
stirring stir
stirringly stirringli
stirrings stir
stirrup
stirrups stirrup
stirs stir
stirups stirup
stitch
stitched stitch
stitches stitch
stitching stitch
stochastic stochast
stock
stockade stockad
stockbroker stockbrok
stockbrokerage stockbrokerag
stockbrokers stockbrok
stockbuilding stockbuild
stocked stock
stockholder stockhold
stockholders stockhold
stockholding stockhold
stockholdings stockhold
stocking stock
stockings stock
stockmarket
stockpickers stockpick
stockpile stockpil
stockpiled stockpil
stockpiles stockpil
stockpiling stockpil
stockroom
stocks stock
stocky stocki
stockyards stockyard
stockynges stockyng
stodgy stodgi
stoicaly stoicali
stoicism
stoke
stoked stoke
stoker
stoking stoke
stole
stolen
stolid
stolidly stolidli
stomach
stomachs stomach
stomachwise stomachwis
stomack
stomped stomp
stomping stomp
stone
stoned stone
stonelike stonelik
stonemason
stones stone
stonewalled stonewal
stoneware stonewar
stonework
stonily stonili
stony stoni
stood
stooges stoog
stool
stools stool
stooooomp
stoop
stooped stoop
stooping stoop
stop
stopgap
stopover stopov
stopovers stopov
stoppage stoppag
stoppages stoppag
stopped stop
stopper
stopping stop
stops stop
stopwatch
storability storabl
storage storag
store
stored store
storefront
storefronts storefront
storehouse storehous
storehouses storehous
storekeepers storekeep
storeroom
stores store
storied stori
stories stori
storing store
storm
stormbound
stormed storm
stormier
storming storm
storms storm
stormy stormi
story stori
storyline storylin
storylines storylin
storyteller storytel
storytellers storytel
storytelling storytel
stout
stoutly stoutli
stove
stoves stove
stowaway stowawai
stowed stow
straddle straddl
straddled straddl
straddles straddl
straddling straddl
strafe
strafing strafe
straggle straggl
straggled straggl
stragglers straggler
straggling straggl
straight
straightaway straightawai
straighten
straightened straighten
straighteners straighten
straightening straighten
straightens straighten
straighter
straightforward
straights straight
straightway straightwai
strain
strained strain
strainers strainer
strainin
straining strain
strains strain
strait
straitjacket
straitjacketed straitjacket
straits strait
stramonium
strand
stranded strand
stranding strand
strands strand
strange strang
strangely strang
strangeness strang
stranger
strangers stranger
strangest
strangled strangl
stranglehold
strangles strangl
strangulation strangul
strap
strapped strap
strapping strap
straps strap
strata
stratagem
stratagems stratagem
strategic strateg
strategically strateg
strategicarms strategicarm
strategies strategi
strategist
strategists strategist
strategy strategi
stratification stratif
stratified stratifi
stratify stratifi
stratosphere stratospher
stratospheric stratospher
stratum
straw
strawberries strawberri
strawberry strawberri
straws straw
stray strai
strayed strai
straying strai
strays strai
streak
streaked streak
streaking streak
streaks streak
stream
streamed stream
streamer
streamers streamer
streaming stream
streamline streamlin
streamlined streamlin
streamliner streamlin
streamlining streamlin
streams stream
streamside streamsid
street
streetcar
streetcars streetcar
streetfighter streetfight
streetlight
streets street
strenghtening strenghten
strengtened strengten
strength
strengthen
strengthened strengthen
strengthening strengthen
strengthens strengthen
strengths strength
strenuous strenuou
strenuously strenuous
streptokinase streptokinas
stress
stressed stress
stresses stress
stressful stress
stressing stress
stressors stressor
stretch
stretched stretch
stretcher
stretchers stretcher
stretches stretch
stretching stretch
strewn
stricken
strict
stricter
strictest
strictly strictli
strictures strictur
stride
strident
stridently strident
strides stride
striding stride
strife
strike
strikebreakers strikebreak
strikeout
strikers striker
strikes strike
striking strike
strikingly strikingli
string
stringed string
stringent
stringently stringent
stringing string
strings string
stringy stringi
strip
stripe
striped stripe
stripes stripe
stripped strip
stripper
strippers stripper
stripping strip
strips strip
striptease stripteas
strive
strived strive
striven
strivers striver
strives strive
striving strive
strivings strive
strobe
strode
stroke
stroked stroke
strokes stroke
stroking stroke
stroll
strolled stroll
strollers stroller
strolling stroll
strolls stroll
strong
stronger
strongest
stronghold
strongholds stronghold
strongly strongli
strongman
strongrooms strongroom
strophe stroph
stropped strop
stropping strop
strove
struck
structively structiv
structural structur
structurally structur
structure structur
structured structur
structures structur
structuring structur
struggle struggl
struggled struggl
struggles struggl
struggling struggl
strumming strum
strung
strut
strutted strut
strutting strut
strychnine strychnin
stub
stubbed stub
stubble stubbl
stubborn
stubbornly stubbornli
stubbornness stubborn
stubby stubbi
stubs stub
stucco
stuck
stud
studded stud
student
studentled studentl
students student
studied studi
studies studi
studio
studios studio
studious studiou
studiously studious
studiousness studious
studs stud
study studi
studying studi
stuff
stuffed stuf
stuffing stuf
stuffy stuffi
stuggles stuggl
stultifying stultifi
stumble stumbl
stumbled stumbl
stumbles stumbl
stumbling stumbl
stump
stumpage stumpag
stumped stump
stumping stump
stumps stump
stumpy stumpi
stung
stunk
stunned stun
stunning stun
stunningly stunningli
stunt
stunted stunt
stunts stunt
stupefying stupefi
stupefyingly stupefyingli
stupendous stupend
stupendously stupend
stupid
stupidest
stupidities stupid
stupidity stupid
stupidly stupidli
stupor
sturdiest
sturdily sturdili
sturdy sturdi
sturgeon
stutter
style
styled style
stylemark
styles style
styling style
stylish
stylishly stylishli
stylist
stylistic stylist
stylistically stylist
stylization styliz
stylized styliz
stymie stymi
stymied stymi
styrene styren
styrenes styren
suability suabil
suable suabl
suave suav
suavity suaviti
sub
subaltern
subatomic subatom
subbing sub
subcommitee subcommite
subcommittee subcommitte
subcommittees subcommitte
subcompact
subcompacts subcompact
subconferences subconfer
subconscious subconsci
subconsciously subconsci
subcontinent subcontin
subcontract
subcontracting subcontract
subcontractor
subcontractors subcontractor
subcontracts subcontract
subdirector
subdivision subdivis
subdivisions subdivis
subdue subdu
subdued subdu
subdues subdu
subduing subdu
subfigures subfigur
subgross
subgroups subgroup
subhumanity subhuman
subindustry subindustri
subject
subjected subject
subjecting subject
subjective subject
subjectively subject
subjectivist
subjectivists subjectivist
subjectivity subject
subjects subject
subjugate subjug
subjugated subjug
subjugating subjug
subjugation subjug
sublease subleas
sublet
sublicense sublicens
sublimate sublim
sublime sublim
sublimed sublim
subliminal sublimin
subliterary subliterari
sublunary sublunari
submachine submachin
submarine submarin
submariners submarin
submarines submarin
submerge submerg
submerged submerg
submerging submerg
subminimum
submission submiss
submissions submiss
submissive submiss
submit
submits submit
submitted submit
submitting submit
submucosa
subnational subnat
subnormal subnorm
suborbital suborbit
subordinate subordin
subordinated subordin
subordinates subordin
subordinator subordin
subpar
subparagraph
subparts subpart
subpenaed subpena
subpenas subpena
subplots subplot
subpoena
subpoenaed subpoena
subpoenas subpoena
subrogation subrog
subroutine subroutin
subroutines subroutin
subs sub
subscribe subscrib
subscribed subscrib
subscriber subscrib
subscribers subscrib
subscribes subscrib
subscribing subscrib
subscription subscript
subscriptions subscript
subscripts subscript
subsection subsect
subsections subsect
subsedies subsedi
subsequent subsequ
subsequently subsequ
subservience subservi
subservient subservi
subset
subsidary subsidari
subside subsid
subsided subsid
subsidence subsid
subsides subsid
subsidiaries subsidiari
subsidiarity subsidiar
subsidiary subsidiari
subsidies subsidi
subsiding subsid
subsidization subsid
subsidize subsid
subsidized subsid
subsidizes subsid
subsidizing subsid
subsidy subsidi
subsist
subsistence subsist
subsistent subsist
subskill subskil
subskills subskil
subsoil
subspace subspac
subspaces subspac
subspecies subspeci
substance substanc
substances substanc
substandard
substantial substanti
substantially substanti
substantiate substanti
substantiated substanti
substantiates substanti
substantiation substanti
substantive substant
substantively substant
substations substat
substerilization substeril
substitute substitut
substituted substitut
substitutes substitut
substituting substitut
substitution substitut
substitutionary substitutionari
substitutions substitut
substracting substract
substrate substrat
substrates substrat
substratum
substructure substructur
subsumed subsum
subsurface subsurfac
subsystem
subsystems subsystem
subtended subtend
subtends subtend
subterfuge subterfug
subterfuges subterfug
subterranean
subtilis subtili
subtitle subtitl
subtitled subtitl
subtitles subtitl
subtle subtl
subtler
subtleties subtleti
subtlety subtleti
subtly subtli
subtract
subtracted subtract
subtracting subtract
subtraction subtract
subtype subtyp
subtypes subtyp
suburb
suburban
suburbanite suburbanit
suburbanites suburbanit
suburbanized suburban
suburbia
suburbs suburb
subversion subvers
subversive subvers
subversives subvers
subvert
subverted subvert
subverting subvert
subverts subvert
subway subwai
subways subwai
subzero
succeed succe
succeeded succeed
succeeding succeed
succeeds succe
succesful succes
success
successes success
successful success
successfully successfulli
succession success
successive success
successively success
successor
successors successor
successorship
succinct
succinctly succinctli
succor
succulent succul
succumb
succumbed succumb
succumbing succumb
succumbs succumb
sucess
such
suck
sucked suck
sucker
suckered sucker
suckers sucker
sucking suck
sucks suck
suction
sudden
suddenly suddenli
suddenness sudden
suds sud
sudsing suds
sue
sued su
suede sued
sues sue
suey suei
suffer
sufferd
suffered suffer
sufferer suffer
sufferers suffer
suffering suffer
sufferings suffer
suffers suffer
suffice suffic
sufficed suffic
sufficent suffic
sufficiency suffici
sufficient suffici
sufficiently suffici
suffix
suffixand
suffixes suffix
suffocate suffoc
suffocated suffoc
suffocating suffoc
suffocation suffoc
suffrage suffrag
suffragettes suffragett
suffuse suffus
suffused suffus
sugar
sugarcane sugarcan
sugared sugar
sugars sugar
sugary sugari
suggest
suggested suggest
suggestibility suggest
suggesting suggest
suggestion suggest
suggestions suggest
suggestive suggest
suggests suggest
suhthuhn
suicidal suicid
suicide suicid
suicides suicid
suing su
suit
suitability suitabl
suitable suitabl
suitably suitabl
suitcase suitcas
suitcases suitcas
suite suit
suited suit
suites suit
suitor
suitors suitor
suits suit
suject
sulfide sulfid
sulfur
sulfuric sulfur
sulfurous sulfur
sulked sulk
sulkily sulkili
sulking sulk
sulks sulk
sulky sulki
sullen
sullenly sullenli
sullying sulli
sulphur
sulphured sulphur
sulphurous sulphur
sultan
sultans sultan
sultry sultri
sum
sumac
summaries summari
summarily summarili
summarization summar
summarize summar
summarized summar
summarizes summar
summarizing summar
summary summari
summate summat
summation summat
summed sum
summer
summers summer
summertime summertim
summing sum
summit
summiteers summit
summitry summitri
summits summit
summon
summoned summon
summoning summon
summons summon
summonses summons
sumptuous sumptuou
sums sum
sun
sunbaked sunbak
sunbleached sunbleach
sunbonnet
sunbonnets sunbonnet
sunburn
sunburnt
sunder
sundials sundial
sundown
sundry sundri
sunflower sunflow
sunflowers sunflow
sung
sunglasses sunglass
sunk
sunken
sunlight
sunnier
sunning sun
sunny sunni
sunrise sunris
sunroof
suns sun
sunset
sunsets sunset
sunshades sunshad
sunshield
sunshine sunshin
sunshiny sunshini
sunspot
sunt
suntan
sup
super
superagent superag
superb
superbly superbl
supercede superced
superceded superced
supercharged supercharg
supercharger supercharg
supercilious supercili
supercollider supercollid
supercolliding supercollid
supercomputer supercomput
supercomputers supercomput
superconcentrated superconcentr
superconcentrates superconcentr
superconductivity superconduct
superconductor
superconductors superconductor
supercritical supercrit
superefficient supereffici
superego
superfast
superficial superfici
superficiality superfici
superficially superfici
superfluous superflu
supergiants supergi
superhighway superhighwai
superhighways superhighwai
superhuman
superieure superieur
superimpose superimpos
superimposed superimpos
superimposes superimpos
superimposing superimpos
superintend
superintendent superintend
superintendents superintend
superior
superiority superior
superiors superior
superlative superl
superlatives superl
superlunary superlunari
supermachine supermachin
supermainframe supermainfram
supermarket
supermarkets supermarket
supernatant supernat
supernatural supernatur
supernaturalism supernatur
supernormal supernorm
superposition superposit
superpower superpow
superpowers superpow
superpremiums superpremium
superregional superregion
supersafe supersaf
supersede supersed
superseded supersed
supersedes supersed
supersensitive supersensit
supersonic superson
superstar
superstars superstar
superstate superst
superstition superstit
superstitions superstit
superstitious superstiti
superstores superstor
superstrong
superstructure superstructur
supertanker supertank
supertankers supertank
supertitles supertitl
supervened superven
supervise supervis
supervised supervis
supervises supervis
supervising supervis
supervision supervis
supervisor
supervisors supervisor
supervisory supervisori
supervote supervot
supervoting supervot
supine supin
supinely supin
supper
suppers supper
supplant
supplanted supplant
supplanting supplant
supple suppl
supplement
supplemental supplement
supplementary supplementari
supplemented supplement
supplementing supplement
supplements supplement
suppleness suppl
supplicating supplic
supplied suppli
supplier
suppliers supplier
supplies suppli
supply suppli
supplying suppli
support
supportable support
supported support
supporter support
supporters support
supporting support
supportive support
supports support
suppose suppos
supposed suppos
supposedly supposedli
supposes suppos
supposing suppos
suppositions supposit
suppository suppositori
suppress
suppressant suppress
suppressants suppress
suppressed suppress
suppresses suppress
suppressing suppress
suppression suppress
suppressor
suppressors suppressor
supra
supranational supran
supranationalism supranation
supraventricular
supremacy supremaci
supreme suprem
supremely suprem
supression supress
supressor
suprise supris
sur
surcease surceas
surcharge surcharg
surcharges surcharg
sure
surefire surefir
surely sure
surest
surf
surface surfac
surfaced surfac
surfaceness surfac
surfaces surfac
surfacing surfac
surfactant surfact
surfactants surfact
surfboard
surfeit
surfeited surfeit
surfers surfer
surfing surf
surge surg
surged surg
surgeon
surgeons surgeon
surgeries surgeri
surgery surgeri
surges surg
surgical surgic
surgically surgic
surgicenters surgicent
surging surg
surimi
surly surli
surmise surmis
surmised surmis
surmises surmis
surmount
surmounted surmount
surmounting surmount
surname surnam
surpass
surpassed surpass
surpasses surpass
surpassing surpass
surplus surplu
surpluses surplus
surprise surpris
surprised surpris
surprises surpris
surprising surpris
surprisingly surprisingli
surreal
surrealism surreal
surrealist
surrealistic surrealist
surrealists surrealist
surrender surrend
surrendered surrend
surrendering surrend
surreptitious surreptiti
surreptitiously surreptiti
surreys surrei
surrogacy surrogaci
surrogate surrog
surrogates surrog
surround
surrounded surround
surrounding surround
surroundings surround
surrounds surround
surtax
surtaxes surtax
surtout
surveillance surveil
survey survei
surveyed survei
surveying survei
surveyor
surveys survei
survivability surviv
survivable surviv
survival surviv
survivalist
survivalists survivalist
survivals surviv
survive surviv
survived surviv
survives surviv
surviving surviv
survivor
survivors survivor
susceptibilities suscept
susceptibility suscept
susceptible suscept
susceptors susceptor
sushi
suspect
suspected suspect
suspecting suspect
suspects suspect
suspend
suspended suspend
suspender suspend
suspenders suspend
suspending suspend
suspends suspend
suspense suspens
suspenseful suspens
suspension suspens
suspensions suspens
suspensor
suspicion
suspicions suspicion
suspicious suspici
suspiciously suspici
sustain
sustainability sustain
sustainable sustain
sustained sustain
sustaining sustain
sustains sustain
sustenance susten
suttee sutte
suture sutur
sutures sutur
suvivors suvivor
suzerain
suzerainty suzerainti
svelte svelt
swab
swabbed swab
swagger
swaggered swagger
swaggering swagger
swallow
swallowed swallow
swallowing swallow
swallows swallow
swam
swami
swamp
swamped swamp
swamping swamp
swamps swamp
swampy swampi
swan
swank
swankier
swanky swanki
swanlike swanlik
swans swan
swap
swapped swap
swapping swap
swaps swap
swarm
swarmed swarm
swarming swarm
swarms swarm
swart
swarthy swarthi
swashbuckling swashbuckl
swastika
swat
swatches swatch
swath
swathe swath
swathed swath
swathings swath
sway swai
swayed swai
swaying swai
swear
swearing swear
swearinge swearing
swears swear
sweat
sweatband
sweated sweat
sweater
sweaters sweater
sweathruna
sweating sweat
sweats sweat
sweatshirt
sweatshirts sweatshirt
sweatshop
sweatshops sweatshop
sweatsuit
sweaty sweati
sweep
sweepers sweeper
sweeping sweep
sweepingly sweepingli
sweepings sweep
sweeps sweep
sweepstakes sweepstak
sweet
sweeten
sweetened sweeten
sweetener sweeten
sweeteners sweeten
sweetening sweeten
sweetens sweeten
sweeter
sweetest
sweetheart
sweethearts sweetheart
sweetish
sweetly sweetli
sweetness sweet
sweetpeas sweetpea
sweets sweet
swell
swelled swell
swelling swell
swellings swell
swells swell
sweltering swelter
swept
swerve swerv
swerved swerv
swerving swerv
swift
swiftest
swiftly swiftli
swiftness swift
swig
swim
swimmer
swimmers swimmer
swimming swim
swims swim
swimsuit
swimsuits swimsuit
swindled swindl
swindlers swindler
swindling swindl
swine
swing
swinger
swingin
swinging swing
swings swing
swingy swingi
swipe
swiped swipe
swipes swipe
swiping swipe
swirl
swirled swirl
swirling swirl
swirls swirl
swished swish
switch
switchblade switchblad
switchboard
switched switch
switchers switcher
switches switch
switchgear
switching switch
swivel
swiveling swivel
swollen
swoon
swooning swoon
swoons swoon
swoop
swooped swoop
swooping swoop
swoops swoop
sword
sworde sword
swordfish
swords sword
swore
sworn
swum
swung
sycamore sycamor
sycophantic sycophant
sycophantically sycophant
sycophantishness sycophantish
sycophants sycoph
syllabicity syllab
syllable syllabl
syllables syllabl
sylvan
symbiotic symbiot
symbol
symbolic symbol
symbolical symbol
symbolically symbol
symbolism symbol
symbolists symbolist
symbolize symbol
symbolized symbol
symbolizes symbol
symbolizing symbol
symbols symbol
symmetric symmetr
symmetrical symmetr
symmetrically symmetr
symmetry symmetri
sympathetic sympathet
sympathetically sympathet
sympathies sympathi
sympathique sympathiqu
sympathize sympath
sympathized sympath
sympathizers sympath
sympathizing sympath
sympathy sympathi
symphonic symphon
symphonies symphoni
symphony symphoni
symposium
symposiums symposium
symptom
symptomatic symptomat
symptomless
symptoms symptom
synagogue synagogu
synagogues synagogu
synapses synaps
sync
synce sync
synchotron
synchronism synchron
synchronize synchron
synchronized synchron
synchronizers synchron
synchronous synchron
synchrony synchroni
syndciated syndciat
syndicate syndic
syndicated syndic
syndicates syndic
syndicating syndic
syndication syndic
syndications syndic
syndicator syndic
syndicators syndic
syndrome syndrom
synergies synergi
synergism synerg
synergistic synergist
synergy synergi
syngeries syngeri
synonym
synonymous synonym
synonyms synonym
synonymy synonymi
synopsis synopsi
syntactic syntact
syntactical syntact
syntactically syntact
syntax
synthesis synthesi
synthesised synthesis
synthesize synthes
synthesized synthes
synthesizer synthes
synthesizers synthes
synthesizes synthes
synthesizine synthesizin
synthetic synthet
synthetical synthet
synthetics synthet
syringa
syringe syring
syringes syring
syrup
syrups syrup
syrupy syrupi
system
systematic systemat
systematically systemat
systematization systemat
systematized systemat
systematizing systemat
systemic system
systemization system
systems system
systemwide systemwid
t
tab
tabac
tabacs tabac
tabbed tab
tabby tabbi
tabernacles tabernacl
table tabl
tableau
tablecloths tablecloth
tabled tabl
tableland
tablemodel
tables tabl
tablespoon
tablespoonful tablespoon
tablespoonfuls tablespoon
tablespoons tablespoon
tablet
tablets tablet
tableware tablewar
tabling tabl
tabloid
tabloids tabloid
taboo
taboos taboo
tabs tab
tabula
tabulate tabul
tabulated tabul
tabulation tabul
tabulations tabul
tachyarrhythmia
tachycardia
tacit
tacitly tacitli
tack
tacked tack
tackiest
tacking tack
tackle tackl
tackled tackl
tackles tackl
tackling tackl
tacks tack
tacky tacki
tacos taco
tact
tactful tact
tactic
tactical tactic
tactically tactic
tacticians tactician
tactics tactic
tactile tactil
tactlessness tactless
tactual
tactually tactual
tad
tadpoles tadpol
tae
taffeta
taffy taffi
taffycolored taffycolor
tag
tagged tag
tagging tag
tagline taglin
tags tag
tagua
tail
tailback
tailgate tailgat
tailin
tailing tail
tailor
tailored tailor
tailoring tailor
tailpipe tailpip
tails tail
tailspin
taint
tainted taint
take
takeaways takeawai
takeing take
taken
takeoff
takeoffs takeoff
takeout
takeover takeov
takeovers takeov
taker
takers taker
takes take
taketh
takin
taking take
takings take
takover takov
tale
talent
talented talent
talents talent
tales tale
talismanic talisman
talk
talkative talk
talked talk
talker
talkfest
talkin
talking talk
talks talk
talky talki
tall
taller
tallest
tallied talli
tallies talli
tallow
tally talli
tallyho
tallying talli
talons talon
tam
tamale tamal
tambourine tambourin
tame
tamer
taming tame
tamp
tamper
tampered tamper
tampering tamper
tampers tamper
tampons tampon
tan
tandem
tang
tangency tangenc
tangent
tangential tangenti
tangents tangent
tangere tanger
tangible tangibl
tangibly tangibl
tangle tangl
tangled tangl
tango
tangoed tango
tangos tango
tangy tangi
tank
tanked tank
tanker
tankers tanker
tanking tank
tanks tank
tanned tan
tannin
tanning tan
tans tan
tansy tansi
tantalized tantal
tantalizing tantal
tantalizingly tantalizingli
tantamount
tantrum
tantrums tantrum
tap
tapdance tapdanc
tape
taped tape
taper
tapered taper
tapering taper
tapers taper
tapes tape
tapestries tapestri
tapestry tapestri
taping tape
tapings tape
tapioca
tapis tapi
tapped tap
tappet
tappets tappet
tapping tap
taps tap
tar
taragon
tarantara
tardiness tardi
tardy tardi
target
targeted target
targeting target
targets target
tariff
tariffs tariff
tarmac
tarnish
tarnished tarnish
tarpapered tarpap
tarpaulin
tarpaulins tarpaulin
tarpon
tarred tar
tarry tarri
tart
tartan
tartans tartan
tartare tartar
tartly tartli
task
taskmaster taskmast
tasks task
tassel
tassels tassel
taste tast
tasted tast
tasteful tast
tastefully tastefulli
tasteless
tastes tast
tastier
tasting tast
tasty tasti
tat
tattered tatter
tatters tatter
tattoo
tattooed tattoo
taught
taunt
taunted taunt
taunting taunt
tauntingly tauntingli
taunts taunt
taut
tavern
taverns tavern
tawdry tawdri
tawny tawni
tax
taxable taxabl
taxation taxat
taxed tax
taxes tax
taxfree taxfre
taxi
taxicab
taxidermist
taxied taxi
taxiing taxi
taxing tax
taxis taxi
taxlow
taxpayer taxpay
taxpayers taxpay
taxpaying taxpai
tea
teabag
teacart
teach
teacher
teachers teacher
teaches teach
teaching teach
teachings teach
teahouse teahous
teahouses teahous
teakettle teakettl
teakwood
team
teamed team
teaming team
teammate teammat
teammates teammat
teams team
teamster
teamsters teamster
teamwork
teapot
tear
teardrop
tearfully tearfulli
tearing tear
tears tear
teas tea
tease teas
teased teas
teaser
teasers teaser
teasing teas
teaspoon
teaspoonful teaspoon
teaspoonfuls teaspoon
teaspoons teaspoon
teats teat
tebuthiuron
tech
technical technic
technicalities technic
technicality technic
technically technic
technician
technicians technician
technique techniqu
techniques techniqu
technocratic technocrat
technocrats technocrat
technological technolog
technologically technolog
technologies technolog
technologist
technology technolog
technolology technololog
technophiliac
tecum
teddy teddi
tedious tediou
tediously tedious
tedium
tee
teed
teemed teem
teeming teem
teems teem
teen
teenage teenag
teenager teenag
teenagers teenag
teens teen
teensy teensi
teetered teeter
teetering teeter
teeth
teething teeth
teetotaler teetotal
tektite tektit
tektites tektit
telecast
telecines telecin
telecom
telecommunication telecommun
telecommunications telecommun
teleconferences teleconfer
telecopier telecopi
telefax
telegram
telegrams telegram
telegraph
telegraphed telegraph
telegrapher telegraph
telegraphers telegraph
telegraphic telegraph
telegraphing telegraph
telegraphy telegraphi
telemarketers telemarket
telemarketing telemarket
teleological teleolog
teleology teleolog
telepathic telepath
telepathically telepath
telepathy telepathi
telephone telephon
telephoned telephon
telephones telephon
telephoning telephon
telescope telescop
telescoped telescop
telescopes telescop
telescopic telescop
telescoping telescop
telesystems telesystem
teletype teletyp
televangelism televangel
televised televis
televising televis
television televis
televisions televis
televison
telex
telexes telex
tell
teller
tellers teller
telling tell
tellingly tellingli
tells tell
telltale telltal
telomeric telomer
temblor
temblors temblor
temerity temer
tempeh
temper
tempera
temperament tempera
temperamental temperament
temperaments tempera
temperance temper
temperate temper
temperately temper
temperature temperatur
temperatures temperatur
tempered temper
tempering temper
tempers temper
tempest
tempestuous tempestu
template templat
temple templ
temples templ
tempo
temporal tempor
temporally tempor
temporarily temporarili
temporary temporari
tempore tempor
temporize tempor
temporized tempor
temporizing tempor
tempos tempo
temps temp
tempt
temptation temptat
temptations temptat
tempted tempt
tempting tempt
temptingly temptingli
tempts tempt
tenable tenabl
tenacious tenaci
tenaciously tenaci
tenacity tenac
tenancy tenanc
tenant
tenants tenant
tend
tended tend
tendencies tendenc
tendency tendenc
tendentious tendenti
tender
tendered tender
tenderfoot
tendering tender
tenderly tenderli
tenderness tender
tenders tender
tending tend
tendons tendon
tends tend
tenebrous tenebr
tenement
tenements tenement
tenet
tenets tenet
tenfold
tennis tenni
tenor
tenors tenor
tens ten
tense tens
tensed tens
tensely tens
tenses tens
tensile tensil
tension
tensional tension
tensioning tension
tensionless
tensions tension
tenspot
tent
tentacle tentacl
tentacles tentacl
tentative tent
tentatively tent
tenterhooks tenterhook
tenth
tenths tenth
tenting tent
tents tent
tenuous tenuou
tenuously tenuous
tenure tenur
tepees tepe
tepid
tequila
teratologies teratolog
term
termed term
terminal termin
terminals termin
terminate termin
terminated termin
terminates termin
terminating termin
termination termin
terminations termin
terming term
termini
terminology terminolog
terminus terminu
termites termit
terms term
ternational ternat
terra
terrace terrac
terraced terrac
terraces terrac
terrain
terrains terrain
terram
terrazzo
terrestial terresti
terrestrial terrestri
terrestrially terrestri
terrible terribl
terribly terribl
terrier
terriers terrier
terrific terrif
terrified terrifi
terrifies terrifi
terrify terrifi
terrifying terrifi
terrine terrin
territoire territoir
territorial territori
territories territori
territory territori
terror
terrorism terror
terrorist
terroristic terrorist
terrorists terrorist
terrorize terror
terrorized terror
terrorizing terror
terrors terror
terry terri
ters ter
terse ters
tersely ters
tertian
tertiary tertiari
test
testament
testaments testament
tested test
tester
testers tester
testicle testicl
testified testifi
testifies testifi
testify testifi
testifying testifi
testily testili
testimonial testimoni
testimonials testimoni
testimony testimoni
testing test
testings test
testosterone testosteron
tests test
testy testi
tetanus tetanu
tethered tether
tethers tether
tetrachloride tetrachlorid
tetragonal tetragon
tetrahalides tetrahalid
tetrasodium
teutonic teuton
text
textbook
textbooks textbook
textile textil
textiles textil
texts text
textual
texture textur
textured textur
textures textur
th
thallium
than
thank
thanked thank
thankful thank
thankfully thankfulli
thankfulness thank
thanking thank
thankless
thanks thank
thanksgiving thanksgiv
thar
that
thatches thatch
thatt
thaw
thawed thaw
thawing thaw
thaws thaw
the
theaf
theare thear
thease theas
theater
theatergoer theatergo
theatergoers theatergo
theatergoing theatergo
theaters theater
theatre theatr
theatregoer theatrego
theatres theatr
theatrical theatric
theatricality theatric
theatrically theatric
theatricals theatric
thee
thees thee
thefin
theft
thefts theft
thei
their
theircompany theircompani
theirs their
theistic
them
thematic themat
theme
themed theme
themes theme
themselves themselv
then
thence thenc
thenceforth
theocracy theocraci
theologian
theologians theologian
theological theolog
theology theologi
theophylline theophyllin
theopylline theopyllin
theorem
theoretical theoret
theoretically theoret
theoreticians theoretician
theories theori
theorist
theorists theorist
theoriticians theoritician
theorize theoriz
theorized theoriz
theorizing theoriz
theory theori
ther
therapeutic therapeut
therapies therapi
therapist
therapists therapist
therapy therapi
there
thereabouts thereabout
thereafter thereaft
thereby therebi
therefor
therefore therefor
therefores therefor
therefrom
therein
thereof
thereon
thereto
theretofore theretofor
thereunder thereund
thereupon
therewith
thermal
thermally thermal
thermistor
thermocouple thermocoupl
thermocouples thermocoupl
thermodynamic thermodynam
thermodynamically thermodynam
thermodynamics thermodynam
thermoelectric thermoelectr
thermoformed thermoform
thermoforming thermoform
thermometer thermomet
thermometers thermomet
thermometric thermometr
thermometry thermometri
thermonuclear
thermopile thermopil
thermoplastic thermoplast
thermos thermo
thermostat
thermostated thermost
thermostatics thermostat
thermostats thermostat
thesaurus thesauru
these
theses these
thesis thesi
thespian
thespians thespian
thet
they thei
thiamin
thick
thicken
thickened thicken
thickeners thicken
thickening thicken
thickens thicken
thicker
thickest
thicket
thickets thicket
thickly thickli
thickness thick
thicknesses thick
thief
thieves thiev
thievin
thieving thiev
thigh
thighs thigh
thiihng
thills thill
thimble thimbl
thin
thine
thing
things thing
think
thinke think
thinker
thinkers thinker
thinkin
thinking think
thinks think
thinly thinli
thinned thin
thinner
thinners thinner
thinness thin
thinnest
thinning thin
thiouracil
thirdquarter thirdquart
thirds third
thirst
thirsted thirst
thirsty thirsti
thirteenth
thirties thirti
thirtieth
thirtysomething thirtysometh
this thi
thistles thistl
thither
tho
tholins tholin
thomp
thong
thoriated thoriat
thorn
thorns thorn
thorny thorni
thorough
thoroughbred thoroughbr
thoroughbreds thoroughbr
thoroughfare thoroughfar
thoroughfares thoroughfar
thoroughgoing thoroughgo
thoroughly thoroughli
thoroughness thorough
those
thou
though
thought
thoughtful thought
thoughtfully thoughtfulli
thoughtfulness thought
thoughtless
thoughtlessly thoughtlessli
thoughtprovoking thoughtprovok
thoughts thought
thousandth
thousandths thousandth
thout
thrall
thrash
thrashed thrash
thrashing thrash
thread
threadbare threadbar
threaded thread
threading thread
threads thread
threat
threaten
threatened threaten
threatening threaten
threateningly threateningli
threatens threaten
threats threat
threefold
threehour
threemonth
threes three
threesome threesom
threetranche threetranch
threshed thresh
threshhold
threshing thresh
threshold
thresholds threshold
threw
thrice
thrift
thriftiness thrifti
thrifts thrift
thrifty thrifti
thrill
thrilled thrill
thriller
thrillers thriller
thrilling thrill
thrills thrill
thrips thrip
thrive
thrived thrive
thrives thrive
thriving thrive
throat
throats throat
throaty throati
throbbed throb
throbbing throb
throes throe
thrombi
thrombosed thrombos
thrombosis thrombosi
throne
thrones throne
throng
throngs throng
throttle throttl
throttled throttl
throttling throttl
through
throughout
throughput
throw
throwaway throwawai
throwback
throwed throw
thrower
throwers thrower
throwin
throwing throw
thrown
throws throw
thru
thrumming thrum
thrust
thrusting thrust
thrusts thrust
thruway thruwai
thruways thruwai
thud
thudding thud
thuds thud
thug
thugs thug
thum
thumb
thumbed thumb
thumbing thumb
thumbnail
thumbs thumb
thump
thumped thump
thumping thump
thunder
thunderclaps thunderclap
thundered thunder
thundering thunder
thunderous thunder
thunders thunder
thunderstorm
thunderstorms thunderstorm
thunderstruck
thunk
thuringiensis thuringiensi
thus thu
thwack
thwart
thwarted thwart
thwarting thwart
thwump
thy
thynke thynk
thyratron
thyroglobulin
thyroid
thyroidal thyroid
thyroids thyroid
thyronine thyronin
thyrotoxic thyrotox
thyrotrophic thyrotroph
thyrotrophin
thyroxine thyroxin
tibialis tibiali
tick
ticked tick
ticker
tickertape tickertap
ticket
ticketed ticket
ticketing ticket
tickets ticket
ticking tick
ticklebrush
tickled tickl
ticklish
ticks tick
tidal
tidbit
tidbits tidbit
tide
tidelands tideland
tides tide
tidewater tidewat
tidied tidi
tidily tidili
tidiness tidi
tidings tide
tidy tidi
tidying tidi
tie
tied ti
tiefes tief
tier
tiered tier
tiering tier
tiers tier
ties ti
tiff
tiffs tiff
tiger
tigers tiger
tight
tighten
tightened tighten
tightener tighten
tightening tighten
tightens tighten
tighter
tightest
tightfisted tightfist
tightly tightli
tightness tight
tightrope tightrop
tigress
tile
tiled tile
tiles tile
till
tilled till
tiller
tilling till
tilt
tilted tilt
tilth
tilting tilt
tilts tilt
timber
timbered timber
timberland
timberlands timberland
timbers timber
timbre timbr
time
timed time
timeless
timelier timeli
timeliness timeli
timely time
timeouts timeout
timepiece timepiec
timer
timers timer
times time
timetable timet
timetables timet
timeworn
timid
timidity timid
timidly timidli
timing time
timorous timor
timpani
tin
tincture tinctur
tinder
tines tine
tinged ting
tinges ting
tingling tingl
tinier
tiniest
tinker
tinkered tinker
tinkering tinker
tinkers tinker
tinkled tinkl
tinkling tinkl
tinning tin
tinny tinni
tinplated tinplat
tins tin
tinsel
tint
tintable tintabl
tinted tint
tinting tint
tints tint
tintype tintyp
tiny tini
tip
tipoff
tipped tip
tippee tippe
tipper
tipping tip
tipple tippl
tippling tippl
tips tip
tipsters tipster
tipsy tipsi
tiptoe tipto
tiptoed tipto
tiptoeing tipto
tirade tirad
tirades tirad
tire
tired tire
tiredly tiredli
tiredness tired
tireless
tirelessly tirelessli
tiremaker tiremak
tires tire
tiresome tiresom
tiring tire
tissue tissu
tissues tissu
titanate titan
titanic titan
titanium
titans titan
titer
titers titer
tithes tith
titillating titil
title titl
titled titl
titles titl
titration titrat
titre titr
tits tit
titter
titters titter
titular
to
toad
toadies toadi
toady toadi
toadying toadi
toadyism
toast
toasted toast
toaster
toasting toast
tobacco
toccata
toconsolidated toconsolid
today todai
toddler
toddlers toddler
tode
toe
toehold
toeholds toehold
toenails toenail
toes toe
toffee toffe
tofu
toga
together togeth
togetherness togeth
togs tog
toil
toiled toil
toilet
toiletries toiletri
toilets toilet
toiling toil
toilsome toilsom
token
tokenish
tokens token
told
tole
tolerable toler
tolerance toler
tolerant toler
tolerate toler
tolerated toler
tolerates toler
tolerating toler
toleration toler
toll
tolled toll
tollgate tollgat
tollhouse tollhous
tolls toll
tollways tollwai
tolylene tolylen
tomato
tomatoes tomato
tomb
tomblike tomblik
tombs tomb
tombstone tombston
tombstones tombston
tomes tome
tomography tomographi
tomorrow
ton
tonal
tonalities tonal
tonally tonal
tone
toned tone
toneless
toner
tones tone
tongs tong
tongue tongu
tongued tongu
tongues tongu
tonic
tonics tonic
toniest
tonight
tonnage tonnag
tonnages tonnag
tons ton
tonsil
tonsils tonsil
tony toni
too
took
tooke took
tool
tooling tool
toolmaker toolmak
tools tool
tooted toot
tooth
toothbrush
toothbrushes toothbrush
toothless
toothpaste toothpast
toothpastes toothpast
tootles tootl
top
topaz
topcoat
topcoats topcoat
topgallant topgal
topgrade topgrad
topiary topiari
topic
topical topic
topicality topic
topics topic
topless
topmost
topnotch
topographic topograph
topography topographi
topped top
topper
topping top
toppings top
topple toppl
toppled toppl
toppling toppl
tops top
topsoil
torch
torchbearer torchbear
torched torch
torches torch
tore
torment
tormented torment
tormenters torment
tormenting torment
tormentors tormentor
torments torment
torn
tornado
tornadoes tornado
torpedo
torpedoed torpedo
torpedoes torpedo
torpedoing torpedo
torpid
torpor
torque torqu
torquer
torquers torquer
torrent
torrents torrent
torrid
torsion
torso
torsos torso
tort
tortillas tortilla
tortoise tortois
tortoises tortois
torts tort
tortuous tortuou
torture tortur
tortured tortur
tortures tortur
tos to
toss
tossed toss
tossers tosser
tosses toss
tossing toss
tot
total
totaled total
totaling total
totalistic totalist
totalitarian
totalitarianism totalitarian
totality total
totalled total
totalling total
totally total
totals total
tote
toted tote
totem
totemic totem
toting tote
toto
totted tot
totter
tottering totter
touch
touchdown
touchdowns touchdown
touched touch
touches touch
touching touch
touchstone touchston
touchstones touchston
touchy touchi
tough
toughen
toughened toughen
toughening toughen
toughens toughen
tougher
toughest
toughing tough
toughness tough
toughs tough
tour
toured tour
touring tour
tourism
tourist
tourists tourist
tournament
tournaments tournament
tourney tournei
tours tour
toursists toursist
tousled tousl
tout
touted tout
touting tout
touts tout
tow
toward
towardes toward
towards toward
towboats towboat
towed tow
towel
toweling towel
towels towel
tower
towering tower
towers tower
town
towne town
townhouse townhous
townhouses townhous
towns town
township
townships township
townsman
townsmen
townspeople townspeopl
tows tow
toxic
toxicant toxic
toxicity toxic
toxicologist
toxicologists toxicologist
toxicology toxicolog
toxics toxic
toxin
toxins toxin
toy toi
toying toi
toymakers toymak
toys toi
trace
traceable traceabl
traced trace
tracers tracer
tracery traceri
traces trace
trachea
tracing trace
tracings trace
track
trackage trackag
tracked track
tracking track
trackless
tracks track
tract
tractor
tractors tractor
tracts tract
trade
tradeable tradeabl
traded trade
tradedistorting tradedistort
trademark
trademarks trademark
tradeoff
tradeoffs tradeoff
trader
traders trader
trades trade
tradesmen
trading trade
tradition tradit
traditional tradit
traditionalism tradition
traditionalist
traditionalistic traditionalist
traditionalists traditionalist
traditionalized tradition
traditionally tradition
traditionnel
traditions tradit
traduce traduc
traduced traduc
traffic
trafficked traffick
trafficker traffick
traffickers traffick
trafficking traffick
tragedians tragedian
tragedies tragedi
tragedy tragedi
tragic
tragically tragic
tragicomic tragicom
trail
trailblazing trailblaz
trailed trail
trailer
trailers trailer
trailing trail
trails trail
train
trained train
traineeships traineeship
trainer
trainers trainer
training train
trainman
trains train
traipse traips
traipsing traips
trait
traitor
traitorous traitor
traitors traitor
traits trait
trajectory trajectori
trammel
tramp
tramped tramp
tramping tramp
trample trampl
trampled trampl
tramples trampl
trampling trampl
tramps tramp
tramway tramwai
trance tranc
trances tranc
tranche tranch
tranquil
tranquility tranquil
tranquilizer tranquil
tranquilizers tranquil
tranquilizing tranquil
tranquillity tranquil
transact
transacted transact
transacting transact
transaction transact
transactions transact
transactionstructuring transactionstructur
transaminase transaminas
transatlantic transatlant
transbay transbai
transborder transbord
transcend
transcendant transcend
transcended transcend
transcendence transcend
transcendent transcend
transcendental transcendent
transcending transcend
transcends transcend
transcontinental transcontinent
transcribe transcrib
transcribed transcrib
transcript
transcription transcript
transcripts transcript
transcultural transcultur
transducer transduc
transducers transduc
transduction transduct
transfer
transferable transfer
transfered transfer
transferee transfere
transference transfer
transfering transfer
transferor
transferors transferor
transferrable transferr
transferral transferr
transferred transfer
transferring transfer
transfers transfer
transfixing transfix
transform
transformation transform
transformed transform
transformer transform
transformers transform
transforming transform
transforms transform
transfused transfus
transfusion transfus
transfusions transfus
transgenic transgen
transgressed transgress
transgression transgress
transience transienc
transient
transients transient
transistor
transistors transistor
transit
transition transit
transitional transit
transitions transit
transitory transitori
translate translat
translated translat
translates translat
translating translat
translation translat
translations translat
translator translat
translatorfor
translators translat
translucence transluc
translucency transluc
translucent transluc
transluscent translusc
transmissible transmiss
transmission transmiss
transmissions transmiss
transmit
transmits transmit
transmittable transmitt
transmitted transmit
transmitter transmitt
transmitters transmitt
transmitting transmit
transmogrified transmogrifi
transmutation transmut
transmuted transmut
transnational transnat
transoceanic transocean
transom
transoms transom
transparencies transpar
transparency transpar
transparent transpar
transparently transpar
transpirating transpir
transpiration transpir
transpired transpir
transpiring transpir
transplant
transplantable transplant
transplantation transplant
transplanted transplant
transplanting transplant
transplants transplant
transponder transpond
transport
transportable transport
transportation transport
transported transport
transporter transport
transporters transport
transporting transport
transports transport
transposed transpos
transposition transposit
transshipment transship
transversally transvers
transverse transvers
transversely transvers
transversus transversu
transvestites transvestit
transvestitism transvestit
trap
trapdoor
trapdoors trapdoor
trapeze trapez
trapezoid
trapped trap
trapper
trapping trap
trappings trap
traps trap
trash
trashed trash
trashing trash
trauma
traumas trauma
traumatic traumat
traumatized traumat
travail
travails travail
travel
traveled travel
traveler travel
travelers travel
travelin
traveling travel
travelled travel
traveller travel
travellers travel
travelling travel
travelogue travelogu
travelogues travelogu
travelrestrictions travelrestrict
travels travel
traverse travers
traversed travers
traversing travers
travesty travesti
trawl
trawler
tray trai
trays trai
trazadone trazadon
treacheries treacheri
treacherous treacher
treachery treacheri
tread
treading tread
treadmill treadmil
treadmills treadmil
treads tread
treament
treason
treasonous treason
treasure treasur
treasured treasur
treasurer treasur
treasurers treasur
treasures treasur
treasuries treasuri
treasury treasuri
treat
treatable treatabl
treated treat
treaties treati
treating treat
treatise treatis
treatises treatis
treatment
treatments treatment
treats treat
treaty treati
treble trebl
trebled trebl
tree
treehouse treehous
treeless
treelike treelik
trees tree
treetops treetop
trek
trekked trek
treks trek
trellises trellis
tremble trembl
trembled trembl
trembles trembl
trembling trembl
tremblor
tremendous tremend
tremendously tremend
tremolo
tremor
tremors tremor
tremulous tremul
tremulously tremul
trench
trenchant
trenchermen
trenches trench
trend
trended trend
trendier
trendiest
trending trend
trends trend
trendsetter trendsett
trendy trendi
trepidation trepid
trespass
trespassed trespass
trespasses trespass
trespassing trespass
tresses tress
trestle trestl
trestles trestl
triable triabl
triad
triage triag
trial
trials trial
triamcinolone triamcinolon
triangle triangl
triangles triangl
triangular
tribal
tribe
tribes tribe
tribesmen
tribulation tribul
tribunal tribun
tribunals tribun
tribute tribut
tributes tribut
trichloroacetic trichloroacet
trichloroethylene trichloroethylen
trick
tricked trick
trickery trickeri
trickier
trickiest
trickle trickl
trickled trickl
trickling trickl
tricks trick
trickster
tricky tricki
tricolor
tried tri
triennial
tries tri
trifle trifl
trifled trifl
trifling trifl
trigger
triggered trigger
triggering trigger
triggers trigger
triglycerides triglycerid
trigonal trigon
trijets trijet
trilateral trilater
trill
trilled trill
trillions trillion
trills trill
trilogy trilogi
trim
trimester trimest
trimesters trimest
trimmed trim
trimmer
trimming trim
trimmings trim
trims trim
trinket
trinkets trinket
trio
triol
trip
tripartite tripartit
tripe
triphenylarsine triphenylarsin
triphenylphosphine triphenylphosphin
triphenylstibine triphenylstibin
triphosphopyridine triphosphopyridin
triphosphorous triphosphor
triple tripl
tripled tripl
triples tripl
triplet
triplets triplet
triplication triplic
tripling tripl
tripod
tripods tripod
tripolyphosphate tripolyphosph
tripped trip
trippin
tripping trip
trips trip
triptych
tris tri
triservice triservic
triskaidekaphobia
trisodium
tristate tristat
trite
tritium
triumph
triumphant
triumphantly triumphantli
triumphed triumph
triumphs triumph
triumvirate triumvir
trivia
trivial
triviality trivial
trivialize trivial
trivializing trivial
trobles trobl
trod
trodden
trodding trod
troika
trolley trollei
trollop
trolls troll
trombone trombon
trombones trombon
trombonist
troop
trooper
troopers trooper
trooping troop
troops troop
troopship
troopships troopship
trop
trophies trophi
tropho
trophy trophi
tropical tropic
tropics tropic
tropocollagen
trot
trotted trot
trotter
troubie troubi
trouble troubl
troubled troubl
troublemakers troublemak
troubles troubl
troubleshooter troubleshoot
troublesome troublesom
troubling troubl
trough
troughed trough
troughs trough
trounced trounc
trouncing trounc
troup
troupe troup
troupes troup
trouser
trousers trouser
trout
trove
trowel
truant
truce
truck
truckdriver truckdriv
trucked truck
trucker
truckers trucker
trucking truck
truckloads truckload
trucks truck
truculence trucul
truculent trucul
trudge trudg
trudged trudg
trudging trudg
true
truer
truest
truism
truley trulei
truly truli
trump
trumpet
trumpeted trumpet
trumpeter trumpet
trumpeting trumpet
trumpets trumpet
trumps trump
truncated truncat
truncheons truncheon
trundle trundl
trundled trundl
trundles trundl
trundling trundl
trunk
trunks trunk
trusses truss
trust
trusted trust
trustee truste
trustees truste
trusteeship
trusteth
trustfully trustfulli
trusting trust
trustingly trustingli
trusts trust
trustworthy trustworthi
truth
truthful truth
truthfully truthfulli
truthfulness truth
truths truth
try
tryin
trying try
tryouts tryout
tryst
tsh
tsk
tsunami
tt
tub
tuba
tube
tubercular
tuberculosis tuberculosi
tubers tuber
tubes tube
tubing tube
tubs tub
tubular
tubules tubul
tuck
tucked tuck
tucking tuck
tufts tuft
tug
tugboat
tugged tug
tugging tug
tuition
tuitions tuition
tularemia
tulip
tulips tulip
tulle tull
tultul
tumble tumbl
tumbled tumbl
tumbledown
tumbler
tumbles tumbl
tumbleweed tumblewe
tumbling tumbl
tumbrels tumbrel
tumefaciens tumefacien
tummy tummi
tumor
tumors tumor
tumours tumour
tumult
tumultuous tumultu
tuna
tundra
tune
tuned tune
tuneful tune
tunefulness tune
tunelessly tunelessli
tunes tune
tung
tungsten
tunic
tuning tune
tunnel
tunneled tunnel
tunnels tunnel
turban
turbans turban
turbinates turbin
turbine turbin
turbines turbin
turbo
turbofan
turbogenerator turbogener
turboprop
turboprops turboprop
turbulence turbul
turbulent turbul
turf
turgid
turkey turkei
turkeys turkei
turmoil
turmoils turmoil
turn
turnabout
turnaround
turnarounds turnaround
turne turn
turned turn
turnery turneri
turning turn
turnings turn
turnips turnip
turnkey turnkei
turnoff
turnout
turnouts turnout
turnover turnov
turnpike turnpik
turnpikes turnpik
turns turn
turntable turntabl
turpentine turpentin
turquoise turquois
turret
turrets turret
turtle turtl
turtlebacks turtleback
turtleneck
turtles turtl
tusk
tusks tusk
tussle tussl
tussled tussl
tutelage tutelag
tutor
tutored tutor
tutorials tutori
tutoring tutor
tutors tutor
tuxedo
tuxedoed tuxedo
tuxedos tuxedo
tv
tva
twaddle twaddl
twang
twangy twangi
tweaked tweak
tweaking tweak
tweed
tweeds tweed
tweedy tweedi
tweezed tweez
tweezers tweezer
twelfth
twelvefold
twenties twenti
twentieth
twice
twiddled twiddl
twiddling twiddl
twigged twig
twigs twig
twilight
twin
twindam
twine
twined twine
twinge twing
twinges twing
twinjets twinjet
twinkle twinkl
twinkling twinkl
twinned twin
twins twin
twirled twirl
twirler
twirling twirl
twirlingly twirlingli
twirls twirl
twirly twirli
twise
twist
twisted twist
twister
twisting twist
twists twist
twisty twisti
twitch
twitched twitch
twitching twitch
twittered twitter
twittering twitter
twofold
twopoint
twos two
twosome twosom
twothirds twothird
twotiered twotier
twotiming twotim
tycoon
tycoons tycoon
tying ty
tyke
tyme
type
typecast
typecasting typecast
typed type
typefaces typefac
types type
typescript
typesetters typesett
typesetting typeset
typewriter typewrit
typewriters typewrit
typewriting typewrit
typewritten
typhoid
typhoon
typhoons typhoon
typhus typhu
typical typic
typicality typic
typically typic
typified typifi
typifies typifi
typify typifi
typifying typifi
typing type
typist
typists typist
typographic typograph
typographical typograph
typography typographi
typology typolog
tyrannical tyrann
tyrannis tyranni
tyrannize tyrann
tyranny tyranni
tyrant
tyrants tyrant
tyrosine tyrosin
u
ubiquitous ubiquit
ubiquitousness ubiquit
ubiquity ubiqu
udders udder
udon
uglier
ugliness ugli
ugly ugli
uh
uhhu
ulcer
ulcerated ulcer
ulcerations ulcer
ulcerative ulcer
ulcers ulcer
ultimate ultim
ultimately ultim
ultimatum
ultimatums ultimatum
ultra
ultracentrifugally ultracentrifug
ultracentrifugation ultracentrifug
ultracentrifuge ultracentrifug
ultramarine ultramarin
ultramodern
ultrasonic ultrason
ultrasonically ultrason
ultrasonics ultrason
ultrasound
ultravehement ultraveh
ultraviolet
um
umber
umbrage umbrag
umbrella
umbrellas umbrella
umpire umpir
umpteenth
un
unabashed unabash
unabated unab
unabatingly unabatingli
unable unabl
unabridged unabridg
unabsorbed unabsorb
unacceptable unaccept
unacceptably unaccept
unaccommodating unaccommod
unaccompanied unaccompani
unaccountable unaccount
unaccountably unaccount
unaccounted unaccount
unaccustomed unaccustom
unachievable unachiev
unachieved unachiev
unacknowledged unacknowledg
unacquainted unacquaint
unaddressed unaddress
unadited unadit
unadjusted unadjust
unadorned unadorn
unadulterated unadulter
unaffected unaffect
unaffiliated unaffili
unaffordable unafford
unafraid
unaggressive unaggress
unagi
unaided unaid
unalienable unalien
unallocable unalloc
unalloyed unalloi
unalluring unallur
unalterable unalter
unaltered unalt
unambiguity unambigu
unambiguous unambigu
unambiguously unambigu
unamended unamend
unamortized unamort
unamused unamus
unamusing unamus
unanalyzed unanalyz
unanimity unanim
unanimous unanim
unanimously unanim
unannounced unannounc
unanswerable unanswer
unanswered unansw
unanticipated unanticip
unapologetic unapologet
unappealing unapp
unappeasable unappeas
unappeasably unappeas
unappreciated unappreci
unapproved unapprov
unarmed unarm
unashamedly unashamedli
unasked unask
unassailable unassail
unassisted unassist
unassuming unassum
unasterisked unasterisk
unattached unattach
unattainable unattain
unattended unattend
unattractive unattract
unaudited unaudit
unauthentic unauthent
unauthorized unauthor
unavailability unavail
unavailable unavail
unavailing unavail
unavoidable unavoid
unavoidably unavoid
unaware unawar
unawareness unawar
unawares unawar
unbalance unbal
unbalanced unbalanc
unbanning unban
unbearable unbear
unbearably unbear
unbeknownst
unbelievable unbeliev
unbelievably unbeliev
unbelieving unbeliev
unbent
unbiased unbias
unbidden
unbleached unbleach
unblemished unblemish
unblinking unblink
unblinkingly unblinkingli
unblock
unblushing unblush
unborn
unbound
unbounded unbound
unbreakable unbreak
unbridled unbridl
unbroken
unbundle unbundl
unbundled unbundl
unburdened unburden
unburned unburn
uncalled uncal
uncannily uncannili
uncanny uncanni
uncap
uncaring uncar
uncataloged uncatalog
uncaused uncaus
unceasing unceas
unceasingly unceasingli
uncensored uncensor
unceremoniously unceremoni
uncertain
uncertainly uncertainli
uncertainties uncertainti
uncertainty uncertainti
uncertified uncertifi
unchallenged unchalleng
unchangeable unchang
unchanged unchang
unchangedat
unchanging unchang
uncharacteristic uncharacterist
uncharacteristically uncharacterist
uncharged uncharg
uncharted unchart
unchecked uncheck
unchlorinated unchlorin
unchristian
uncircumcision uncircumcis
uncivil
unclaimed unclaim
unclasping unclasp
unclassified unclassifi
uncle uncl
unclean
unclear
unclenched unclench
uncles uncl
unclothed uncloth
unclouded uncloud
uncluttered unclutt
uncoached uncoach
uncoated uncoat
uncoiling uncoil
uncollaborated uncollabor
uncollectable uncollect
uncolored uncolor
uncombable uncomb
uncombed uncomb
uncomfortable uncomfort
uncomfortably uncomfort
uncomforted uncomfort
uncommitted uncommit
uncommon
uncommonly uncommonli
uncommunicative uncommun
uncompensated uncompens
uncompetitive uncompetit
uncomplaining uncomplain
uncomplainingly uncomplainingli
uncomplicated uncompl
uncompromising uncompromis
unconcealed unconc
unconcern
unconcerned unconcern
unconcernedly unconcernedli
unconditional uncondit
unconditionally uncondition
unconditioned uncondit
unconfirmed unconfirm
uncongenial uncongeni
unconnected unconnect
unconquerable unconquer
unconscionable unconscion
unconscious unconsci
unconsciously unconsci
unconsolidated unconsolid
unconstitutional unconstitut
unconstitutionally unconstitution
uncontested uncontest
uncontrollable uncontrol
uncontrollably uncontrol
uncontrolled uncontrol
unconventional unconvent
unconvinced unconvinc
unconvincing unconvinc
uncooperative uncoop
uncorked uncork
uncorrected uncorrect
uncounted uncount
uncountered uncount
uncourageous uncourag
uncousinly uncousinli
uncouth
uncover uncov
uncovered uncov
uncovering uncov
uncreative uncr
uncritical uncrit
uncritically uncrit
unction
uncurled uncurl
uncut
und
undamaged undamag
undated undat
undaunted undaunt
undecided undecid
undecideds undecid
undeclared undeclar
undecorated undecor
undedicated unded
undefeated undef
undefined undefin
undelivered undeliv
undemocratic undemocrat
undeniable undeni
undeniably undeni
undependable undepend
undepicted undepict
under
underachiever underachiev
underachievers underachiev
underage underag
underappreciated underappreci
underarm
underbedding underbed
underbelly underbelli
underbracing underbrac
underbrush
undercapitalization undercapit
undercapitalized undercapit
underclass
underclassman
underclothes undercloth
undercover undercov
undercurrent undercurr
undercut
undercuts undercut
undercutting undercut
underdeveloped underdevelop
underdog
underdressed underdress
undereducated undereduc
underemployed underemploi
underemployment underemploy
underenforces underenforc
underestimate underestim
underestimated underestim
underestimates underestim
underestimation underestim
underfoot
underfunded underfund
undergarment undergar
undergirded undergird
undergirding undergird
undergo
undergoes undergo
undergoing undergo
undergone undergon
undergrads undergrad
undergraduate undergradu
undergraduates undergradu
underground
undergrowth
underhanded underhand
underhandedness underhanded
underinvestigated underinvestig
underlay underlai
underlie underli
underlies underli
underline underlin
underlined underlin
underlines underlin
underling underl
underlings underl
underlining underlin
underlying underli
undermine undermin
undermined undermin
undermines undermin
undermining undermin
underneath
underpaid
underperform
underperformance underperform
underperformed underperform
underperformers underperform
underperforming underperform
underperforms underperform
underpin
underpinned underpin
underpinning underpin
underpinnings underpin
underpins underpin
underplayed underplai
underprepared underprepar
underpriced underpr
underpricing underpr
underprivileged underprivileg
underrate underr
underrated underr
underreacting underreact
underreported underreport
underrepresented underrepres
underscore underscor
underscored underscor
underscores underscor
underscoring underscor
undersea
undersecretary undersecretari
underselling undersel
underserved underserv
undershirt
underside undersid
undersize unders
undersized unders
undersold
understaffs understaff
understand
understandable understand
understandably understand
understanded understand
understanding understand
understandingly understandingli
understandings understand
understands understand
understate underst
understated underst
understatement understat
understates underst
understating underst
understood
understructure understructur
understudied understudi
undersubscription undersubscript
undertake undertak
undertaken
undertaker undertak
undertakes undertak
undertaking undertak
undertakings undertak
undertone underton
undertones underton
undertook
undertow
underused underus
underutilization underutil
underutilized underutil
undervalued undervalu
undervaluing undervalu
underwater underwat
underway underwai
underwear
underweighted underweight
underwent underw
underwhelmed underwhelm
underwiters underwit
underworked underwork
underworld
underwrite underwrit
underwriter underwrit
underwriters underwrit
underwrites underwrit
underwriting underwrit
underwritings underwrit
underwritten
underwrote underwrot
undeserved undeserv
undesirable undesir
undesirably undesir
undetectable undetect
undetected undetect
undetermined undetermin
undeveloped undevelop
undid
undifferentiated undifferenti
undigested undigest
undiluted undilut
undiminished undiminish
undimmed undim
undiplomatic undiplomat
undisciplined undisciplin
undisclosed undisclos
undisguised undisguis
undisputed undisput
undisrupted undisrupt
undistinguished undistinguish
undisturbed undisturb
undiversifiable undiversifi
undiversified undiversifi
undivided undivid
undo
undoing undo
undone undon
undoubtedly undoubtedli
undrawn
undreamed undream
undreamt
undress
undressed undress
undressing undress
undrinkable undrink
undue undu
undulate undul
undulated undul
undulating undul
unduly unduli
undying undi
une un
unearned unearn
unearth
unearthed unearth
unearthing unearth
unearthly unearthli
unease uneas
uneasily uneasili
uneasiness uneasi
uneasy uneasi
uneconomic uneconom
uneconomical uneconom
unedifying unedifi
uneducated uneduc
unelected unelect
unemotional unemot
unemployed unemploi
unemployment unemploy
unencumbered unencumb
unending unend
unendurable unendur
unenforceable unenforc
unenforcible unenforc
unenlightened unenlighten
unenthusiastic unenthusiast
unenticing unent
unenunciated unenunci
unenviable unenvi
unenvied unenvi
unequal unequ
unequaled unequ
unequalled unequal
unequally unequ
unequivocal unequivoc
unequivocally unequivoc
unerring uner
unerringly unerringli
unescorted unescort
unethical uneth
unethically uneth
uneven
unevenly unevenli
uneventful unev
uneventfully uneventfulli
unexamined unexamin
unexciting unexcit
unexecuted unexecut
unexercised unexercis
unexpected unexpect
unexpectedly unexpectedli
unexpended unexpend
unexplainable unexplain
unexplained unexplain
unexplored unexplor
unfailing unfail
unfailingly unfailingli
unfair
unfairly unfairli
unfairness unfair
unfaithful unfaith
unfaltering unfalt
unfalteringly unfalteringli
unfamiliar
unfamiliarity unfamiliar
unfashionable unfashion
unfastened unfasten
unfathomable unfathom
unfavorable unfavor
unfavorably unfavor
unfazed unfaz
unfeasible unfeas
unfelt
unfenced unfenc
unfertile unfertil
unfertilized unfertil
unfetter unfett
unfettered unfett
unfilled unfil
unfinished unfinish
unfired unfir
unfit
unfitting unfit
unfixed unfix
unflagging unflag
unflaggingly unflaggingli
unflaky unflaki
unflappable unflapp
unflattering unflatt
unflatteringly unflatteringli
unfleshed unflesh
unflinching unflinch
unfocused unfocus
unfocussed unfocuss
unfold
unfolded unfold
unfolding unfold
unfoldment unfold
unfolds unfold
unforeseen
unforethought
unforgettable unforgett
unforgivable unforgiv
unforgiving unforgiv
unformed unform
unforseen
unfortunate unfortun
unfortunately unfortun
unfortunates unfortun
unfounded unfound
unfree unfre
unfriendly unfriendli
unfrocking unfrock
unfrosted unfrost
unfrozen
unfulfilled unfulfil
unfunded unfund
unfunnily unfunnili
unfunny unfunni
unfurled unfurl
ungainly ungainli
ungallant ungal
ungentlemanly ungentlemanli
unglamorous unglamor
unglued unglu
ungodly ungodli
ungovernable ungovern
ungoverned ungovern
ungracious ungraci
ungrateful ungrat
ungratified ungratifi
unguaranteed unguarante
unguided unguid
unhappiest
unhappily unhappili
unhappiness unhappi
unhappy unhappi
unharmed unharm
unharmonious unharmoni
unhealed unheal
unhealthily unhealthili
unhealthy unhealthi
unheard
unheated unheat
unhedged unhedg
unheeded unheed
unheeding unheed
unhelpful unhelp
unhelpfully unhelpfulli
unheralded unherald
unheroic unhero
unhesitant unhesit
unhesitatingly unhesitatingli
unhindered unhind
unhinged unhing
unhip
unhitched unhitch
unhocked unhock
unholy unholi
unhook
unhurried unhurri
unhurriedly unhurriedli
unhurt
unhusked unhusk
unicorns unicorn
unicycle unicycl
unidentifiable unidentifi
unidentified unidentifi
unidirectional unidirect
unification unif
unificationists unificationist
unifications unif
unified unifi
unifier unifi
unifies unifi
uniform
uniformed uniform
uniformity uniform
uniformly uniformli
uniforms uniform
unify unifi
unifying unifi
unilateral unilater
unilateralism unilater
unilateralist
unilateralists unilateralist
unilaterally unilater
unimaginable unimagin
unimaginative unimagin
unimpaired unimpair
unimpassioned unimpass
unimpeachable unimpeach
unimpeachably unimpeach
unimpeded unimped
unimportant unimport
unimposing unimpos
unimpressed unimpress
unimpressive unimpress
unimproved unimprov
unincorporated unincorpor
unindicted unindict
uninfected uninfect
uninfluenced uninfluenc
uninformative uninform
uninformed uninform
uninhabitable uninhabit
uninhabited uninhabit
uninhibited uninhibit
uninitiate uniniti
uninitiated uniniti
uninjectable uninject
uninjured uninjur
uninominal uninomin
uninspected uninspect
uninspired uninspir
uninsurable uninsur
uninsured uninsur
unintelligible unintellig
unintended unintend
unintentional unintent
unintentionally unintention
uninterested uninterest
uninteresting uninterest
uninterruptable uninterrupt
uninterrupted uninterrupt
uninterruptedly uninterruptedli
uninterruptible uninterrupt
uninvited uninvit
uninviting uninvit
uninvolved uninvolv
union
unionist
unionists unionist
unionized union
unions union
unique uniqu
uniquely uniqu
uniqueness uniqu
uniramous uniram
unison
unissued unissu
unit
unitary unitari
unite unit
united unit
unites unit
unitholders unithold
unities uniti
uniting unit
unitized unit
units unit
unity uniti
univalent unival
universal univers
universalistic universalist
universality univers
universalization univers
universalize univers
universally univers
universals univers
universe univers
universities univers
university univers
unjacketed unjacket
unjust
unjustifiable unjustifi
unjustifiably unjustifi
unjustified unjustifi
unjustly unjustli
unkempt
unkind
unknowable unknow
unknowing unknow
unknowingly unknowingli
unknown
unknowns unknown
unlabeled unlabel
unlaced unlac
unlacing unlac
unlamented unlament
unlashed unlash
unlatch
unlaundered unlaund
unlawful unlaw
unlawfully unlawfulli
unleaded unlead
unleash
unleashed unleash
unleashes unleash
unleashing unleash
unleavened unleaven
unless
unleveled unlevel
unlicensed unlicens
unlike unlik
unlikely unlik
unlimited unlimit
unlined unlin
unlinked unlink
unlisted unlist
unlit
unliterary unliterari
unload
unloaded unload
unloading unload
unloads unload
unlock
unlocked unlock
unlocking unlock
unlocks unlock
unlovable unlov
unlovely unlov
unluckily unluckili
unlucky unlucki
unmagnified unmagnifi
unmalicious unmalici
unmanageable unmanag
unmanageably unmanag
unmanaged unmanag
unmanned unman
unmarked unmark
unmarketable unmarket
unmarried unmarri
unmasculine unmasculin
unmask
unmasked unmask
unmasks unmask
unmatched unmatch
unmated unmat
unmaterialized unmateri
unmeasurable unmeasur
unmelodic unmelod
unmentioned unment
unmeritorious unmeritori
unmeshed unmesh
unmet
unmethodical unmethod
unmiked unmik
unmindful unmind
unmistakable unmistak
unmistakably unmistak
unmixed unmix
unmodified unmodifi
unmolested unmolest
unmotivated unmotiv
unmoved unmov
unmurmuring unmurmur
unnameable unnam
unnamed unnam
unnatural unnatur
unnaturally unnatur
unnaturalness unnatur
unnavigable unnavig
unnecessarily unnecessarili
unnecessary unnecessari
unneeded unneed
unnerved unnerv
unnerving unnerv
unnnt
unnoticed unnot
unnourished unnourish
unnumbered unnumb
unobserved unobserv
unobtainable unobtain
unobtrusive unobtrus
unobtrusively unobtrus
unobvious unobvi
unoccupied unoccupi
unofficial unoffici
unofficially unoffici
unopened unopen
unopposable unoppos
unopposed unoppos
unorganized unorgan
unoriginal unorigin
unoriginals unorigin
unorthodox
unpack
unpacked unpack
unpacking unpack
unpadded unpad
unpaid
unpaintable unpaint
unpaired unpair
unpalatable unpalat
unparalleled unparallel
unpartisan
unpatriotic unpatriot
unpatronizing unpatron
unpaved unpav
unpeace unpeac
unpegged unpeg
unperceived unperceiv
unperformed unperform
unperturbed unperturb
unphysical unphys
unpicturesque unpicturesqu
unplagued unplagu
unplanned unplan
unpleasant unpleas
unpleasantly unpleasantli
unpleasantness unpleas
unpleased unpleas
unplowed unplow
unplug
unplumbed unplumb
unpolarizing unpolar
unpolished unpolish
unpolitical unpolit
unpopular
unpopularity unpopular
unprecedented unpreced
unprecedentedly unprecedentedli
unpredictability unpredict
unpredictable unpredict
unpredictably unpredict
unpremeditated unpremedit
unprepared unprepar
unpretentious unpretenti
unproblematic unproblemat
unprocurable unprocur
unproductive unproduct
unprofessional unprofession
unprofitable unprofit
unpromising unpromis
unprotected unprotect
unprovable unprov
unproved unprov
unproven
unprovocative unprovoc
unpublicized unpublic
unpublishable unpublish
unpublished unpublish
unpunctured unpunctur
unpunished unpunish
unqualified unqualifi
unqualifiedly unqualifiedli
unquenched unquench
unquestionable unquestion
unquestionably unquestion
unquestioned unquest
unquestioningly unquestioningli
unquiet
unravel
unraveled unravel
unraveling unravel
unread
unreadable unread
unready unreadi
unreal
unrealism unreal
unrealistic unrealist
unrealistically unrealist
unreality unreal
unrealized unreal
unreason
unreasonable unreason
unreasonably unreason
unreasoning unreason
unreassuringly unreassuringli
unrecognizable unrecogniz
unrecognized unrecogn
unreconstructed unreconstruct
unrecoverable unrecover
unredeemed unredeem
unreeling unreel
unreflective unreflect
unrefrigerated unrefriger
unregisterd
unregistered unregist
unregulated unregul
unrehearsed unrehears
unreimbursed unreimburs
unreinforced unreinforc
unrelated unrel
unreleasable unreleas
unreleased unreleas
unrelenting unrel
unreliability unreli
unreliable unreli
unrelieved unreliev
unremarkable unremark
unremitting unremit
unremittingly unremittingli
unrepentant unrepent
unreported unreport
unrequited unrequit
unreservedly unreservedli
unresolved unresolv
unresponsive unrespons
unrest
unrestrained unrestrain
unrestricted unrestrict
unrestrictedly unrestrictedli
unretouched unretouch
unrevealing unrev
unrewarding unreward
unrifled unrifl
unripe unrip
unrivaled unriv
unroll unrol
unrolled unrol
unrolls unrol
unromantic unromant
unruffled unruffl
unruly unruli
unsaddling unsaddl
unsafe unsaf
unsaid
unsaleable unsal
unsalted unsalt
unsanctioned unsanct
unsatisfactorily unsatisfactorili
unsatisfactory unsatisfactori
unsatisfied unsatisfi
unsatisfying unsatisfi
unsaturated unsatur
unsavory unsavori
unscathed unscath
unscented unscent
unscheduled unschedul
unscientific unscientif
unscramble unscrambl
unscrew
unscrewed unscrew
unscripted unscript
unscrupulous unscrupul
unseal
unsealed unseal
unsealing unseal
unseasonable unseason
unseat
unseated unseat
unseating unseat
unsecured unsecur
unsee unse
unseemly unseemli
unseen
unselfconsciousness unselfconsci
unselfish
unselfishly unselfishli
unsentimental unsentiment
unserious unseri
unserviceable unservic
unservile unservil
unsettled unsettl
unsettlement unsettl
unsettling unsettl
unshackled unshackl
unshakable unshak
unshakeable unshak
unsharpened unsharpen
unshaved unshav
unshaven
unsheathe unsheath
unsheathing unsheath
unshed unsh
unshelled unshel
unsheltered unshelt
unshielded unshield
unshirted unshirt
unsightly unsightli
unsigned unsign
unskilled unskil
unsloped unslop
unsmiling unsmil
unsmilingly unsmilingli
unsold
unsolder unsold
unsolicited unsolicit
unsolved unsolv
unsophisticated unsophist
unsound
unspeakable unspeak
unspecified unspecifi
unspectacular
unspent
unspoiled unspoil
unspoken
unsprayed unsprai
unstable unstabl
unstained unstain
unstanched unstanch
unstapled unstapl
unstaring unstar
unstated unstat
unsteadily unsteadili
unsteadiness unsteadi
unsteady unsteadi
unstilted unstilt
unstimulated unstimul
unstinting unstint
unstoppable unstopp
unstressed unstress
unstructured unstructur
unstrung
unstuck
unstuffy unstuffi
unstylish
unsubordinated unsubordin
unsubsidized unsubsid
unsubstantiated unsubstanti
unsubtle unsubtl
unsuccessful unsuccess
unsuccessfully unsuccessfulli
unsuitability unsuit
unsuitable unsuit
unsuitably unsuit
unsuited unsuit
unsung
unsupportable unsupport
unsupported unsupport
unsure unsur
unsurmountable unsurmount
unsurpassed unsurpass
unsurprised unsurpris
unsurprising unsurpris
unsuspected unsuspect
unsuspecting unsuspect
unsustainable unsustain
unswagged unswag
unswaggering unswagg
unswerving unswerv
unsympathetic unsympathet
untamed untam
untapped untap
untarnished untarnish
unteach
untellable untel
untenable unten
untenanted unten
untenured untenur
untested untest
unthaw
unthematic unthemat
unthinkable unthink
unthinking unthink
unthinkingly unthinkingli
unthreatening unthreaten
untidiness untidi
untidy untidi
untie unti
untied unti
until
untimely untim
unto
untold
untouchable untouch
untouched untouch
untoward
untracked untrack
untradeable untrad
untraditional untradit
untrained untrain
untrammeled untrammel
untreated untreat
untried untri
untrue untru
untrustworthiness untrustworthi
untrustworthy untrustworthi
untruth
unturned unturn
unusable unus
unusally unus
unused unus
unusual unusu
unusually unusu
unutterably unutter
unuttered unutt
unvarying unvari
unvaryingly unvaryingli
unveil
unveiled unveil
unveiling unveil
unveils unveil
unventilated unventil
unverifiable unverifi
unviable unviabl
unvisited unvisit
unwaivering unwaiv
unwanted unwant
unwarrantable unwarrant
unwarranted unwarr
unwary unwari
unwashed unwash
unwavering unwav
unwaveringly unwaveringli
unwed unw
unwelcome unwelcom
unwholesome unwholesom
unwieldy unwieldi
unwilling unwil
unwillingly unwillingli
unwillingness unwilling
unwind
unwinding unwind
unwire unwir
unwired unwir
unwise unwis
unwisely unwis
unwitting unwit
unwittingly unwittingli
unwomanly unwomanli
unworkable unwork
unworn
unworthy unworthi
unwounded unwound
unwraps unwrap
unwrinkled unwrinkl
unwritten
unyielding unyield
up
upbeat
upbringing upbring
upcoming upcom
upcountry upcountri
update updat
updated updat
updates updat
updating updat
upended upend
upfield
upgrade upgrad
upgraded upgrad
upgrades upgrad
upgrading upgrad
upgradings upgrad
upheaval upheav
upheavals upheav
upheld
uphill uphil
uphold
upholders uphold
upholding uphold
upholds uphold
upholstered upholst
upholstery upholsteri
upkeep
upland
uplands upland
uplift
uplifting uplift
upmarket
upon
upped up
upper
upperclassmen
uppercut
uppermost
uppon
upraised uprais
upright
uprising upris
uprisings upris
upriver upriv
uproar
uproariously uproari
uproot
uprooted uproot
ups up
upscale upscal
upset
upsets upset
upsetting upset
upshot
upshots upshot
upside upsid
upstaged upstag
upstairs upstair
upstanding upstand
upstart
upstarts upstart
upstate upstat
upstream
upsurge upsurg
upswing upsw
uptake uptak
uptempo
uptick
uptight
uptown
uptrend
upturn
upturned upturn
upturns upturn
upward
upwardly upwardli
upwards upward
uranium
uranyl
urban
urbane urban
urbanism urban
urbanization urban
urbanized urban
urea
uremia
urethane urethan
urethanes urethan
urethra
urge urg
urged urg
urgencies urgenc
urgency urgenc
urgent
urgently urgent
urges urg
urging urg
urgings urg
urinals urin
urinary urinari
urine urin
urn
urns urn
us
usability usabl
usable usabl
usage usag
usages usag
use us
useable useabl
used us
useful us
usefully usefulli
usefulness us
useless
uselessly uselessli
uselessness useless
user
userfriendly userfriendli
users user
uses us
usher
ushered usher
ushering usher
ushers usher
using us
ussr
usual
usually usual
usurious usuri
usurp
usurpation usurp
usurped usurp
usurping usurp
ususal usus
utensils utensil
utero
uterus uteru
utilitarian
utilities util
utility util
utilization util
utilize util
utilized util
utilizes util
utilizing util
utmost
utmosts utmost
utopia
utopian
utopianism utopian
utopians utopian
utopias utopia
utter
utterance utter
utterances utter
uttered utter
uttering utter
utterly utterli
uttermost
uttuh
vacancies vacanc
vacancy vacanc
vacanices vacanic
vacant
vacate vacat
vacated vacat
vacating vacat
vacation vacat
vacationed vacat
vacationer vacation
vacationers vacation
vacationing vacat
vacationland
vacations vacat
vaccinating vaccin
vaccination vaccin
vaccine vaccin
vaccines vaccin
vaccinia
vacillate vacil
vacillated vacil
vacillation vacil
vacuolated vacuol
vacuolization vacuol
vacuous vacuou
vacuum
vacuumed vacuum
vacuuming vacuum
vade
vagabond
vagabondage vagabondag
vagabonds vagabond
vagaries vagari
vagina
vaginal vagin
vagrant
vague vagu
vaguely vagu
vagueness vagu
vaguer
vaguest
vain
vainly vainli
valet
valeur
valewe valew
valiant
valiantly valiantli
valid
validate valid
validated valid
validating valid
validation valid
validity valid
validly validli
valley vallei
valleys vallei
valor
valuable valuabl
valuation valuat
valuations valuat
value valu
valued valu
valueless
values valu
valuing valu
valve valv
valves valv
vampire vampir
vampires vampir
vampirism vampir
van
vandalism vandal
vandalized vandal
vandals vandal
vane
vanguard
vanilla
vanish
vanished vanish
vanishes vanish
vanishing vanish
vanities vaniti
vanity vaniti
vanquish
vans van
vantage vantag
vapor
vaporization vapor
vapors vapor
vaquero
variability variabl
variable variabl
variables variabl
variance varianc
variances varianc
variant
variants variant
variation variat
variations variat
varicolored varicolor
varied vari
variegated varieg
varies vari
varieties varieti
variety varieti
various variou
variously various
varitinted varitint
varityping varityp
varmint
varnish
varnishes varnish
vary vari
varying vari
vasa
vascular
vase
vases vase
vasodilator vasodil
vasorum
vassal
vassals vassal
vast
vaster
vastly vastli
vats vat
vaudeville vaudevil
vault
vaulted vault
vaulting vault
vaults vault
vaunted vaunt
veal
vector
vectors vector
veer
veered veer
veering veer
veers veer
vegetable veget
vegetables veget
vegetarian
vegetarians vegetarian
vegetation veget
vegetative veget
vehemence vehem
vehement
vehemently vehement
vehicle vehicl
vehicles vehicl
vehicular
veil
veiled veil
veiling veil
veils veil
vein
veined vein
veining vein
veins vein
veldt
vellum
velociter velocit
velocities veloc
velocity veloc
velour
velours velour
velvet
velveteen
velvety velveti
venal
vendetta
vending vend
vendor
vendors vendor
veneer
venerable vener
venerated vener
veneration vener
venereal vener
vengeance vengeanc
venison
venom
venomous venom
vent
vented vent
ventilated ventil
ventilates ventil
ventilating ventil
ventilation ventil
ventilator ventil
ventricle ventricl
ventricles ventricl
ventricular
vents vent
venture ventur
ventured ventur
venturers ventur
ventures ventur
venturesome venturesom
venturing ventur
venue venu
venues venu
veracious veraci
veracity verac
veranda
verandah
verandas veranda
verb
verbal
verbally verbal
verbatim
verbenas verbena
verbiage verbiag
verboten
verbs verb
verdant
verdict
verdicts verdict
verge verg
verged verg
veridical verid
verie veri
verifiable verifi
verifiably verifi
verification verif
verified verifi
verifier verifi
verifiers verifi
verify verifi
verifying verifi
verisimilitude verisimilitud
veritable verit
verities veriti
verity veriti
vermeil
vermilion
vernacular
vernal
vernier
versa
versatile versatil
versatility versatil
verse vers
versed vers
verses vers
version
versions version
verso
verstrichen
versus versu
vertebrae vertebra
vertebral vertebr
vertebrate vertebr
vertebrates vertebr
vertex
vertical vertic
vertically vertic
vertigo
verve verv
very veri
vesicular
vessel
vessels vessel
vest
vested vest
vestibule vestibul
vestibules vestibul
vestige vestig
vestiges vestig
vesting vest
vestments vestment
vests vest
vet
veteran
veterans veteran
veterinarian
veterinarians veterinarian
veterinary veterinari
veto
vetoed veto
vetoes veto
vetoing veto
vetted vet
vex
vexatious vexati
vexed vex
vexes vex
vexing vex
via
viability viabil
viable viabl
viaduct
viaducts viaduct
vial
vibes vibe
vibrancy vibranc
vibrant
vibrate vibrat
vibrated vibrat
vibrating vibrat
vibration vibrat
vibrations vibrat
vibrato
vibratory vibratori
vibrionic vibrion
vicar
vicarious vicari
vicariously vicari
vicars vicar
vice
vicelike vicelik
vices vice
vicinity vicin
vicious viciou
viciously vicious
viciousness vicious
vicissitudes vicissitud
vicitims vicitim
victim
victimize victim
victimized victim
victimizes victim
victimless
victims victim
victor
victories victori
victorious victori
victoriously victori
victory victori
victuals victual
vide
video
videocam
videocameras videocamera
videocasette videocasett
videocassette videocassett
videocassettes videocassett
videoconferencing videoconferenc
videodiscs videodisc
videodisk
videodisks videodisk
videos video
videotape videotap
videotaped videotap
videotapes videotap
videotex
videotext
vie
vied vi
vielleicht
vies vi
view
viewed view
viewer
viewers viewer
viewership
viewing view
viewings view
viewless
viewpoint
viewpoints viewpoint
views view
vigil
vigilance vigil
vigilant vigil
vigilantism vigilant
vignette vignett
vignettes vignett
vigor
vigorous vigor
vigorously vigor
vile
vilification vilif
vilified vilifi
vilifies vilifi
vilifying vilifi
villa
village villag
villager villag
villagers villag
villages villag
villain
villainous villain
villains villain
villas villa
vincit
vindicate vindic
vindicated vindic
vindication vindic
vindictive vindict
vine
vinegar
vines vine
vineyard
vineyards vineyard
vintage vintag
vintages vintag
vintner
vintners vintner
vinyl
vioiln
violate violat
violated violat
violates violat
violating violat
violation violat
violations violat
violator violat
violators violat
violence violenc
violent
violently violent
violet
violets violet
violin
violinist
violinists violinist
violins violin
vipers viper
viral
virgin
virginity virgin
virgins virgin
virile viril
virility viril
virologist
virtual
virtually virtual
virtue virtu
virtues virtu
virtuosi
virtuosity virtuos
virtuoso
virtuosos virtuoso
virtuous virtuou
virulence virul
virulent virul
virus viru
viruses virus
virutally virut
vis vi
visa
visage visag
visages visag
visas visa
viscera
visceral viscer
viscoelastic viscoelast
viscoelasticity viscoelast
viscometer viscomet
viscosity viscos
viscous viscou
vise
viselike viselik
visibility visibl
visible visibl
visibly visibl
vision
visionaries visionari
visionary visionari
visions vision
visit
visitation visit
visitations visit
visited visit
visiting visit
visitor
visitors visitor
visits visit
visrhanik
vista
vistas vista
vistors vistor
visual
visualization visual
visualizations visual
visualize visual
visualized visual
visualizes visual
visually visual
visuals visual
vitae vita
vital
vitality vital
vitally vital
vitals vital
vitamin
vitamins vitamin
vitiate vitiat
vitiated vitiat
vitiates vitiat
vitriol
vitriolic vitriol
vitro
viva
vivacious vivaci
vivacity vivac
vivid
vividly vividli
vividness vivid
vivified vivifi
vivify vivifi
vivo
vivre vivr
vocabularies vocabulari
vocabulary vocabulari
vocal
vocalic vocal
vocalism vocal
vocalist
vocalists vocalist
vocalization vocal
vocalize vocal
vocally vocal
vocals vocal
vocation vocat
vocational vocat
vocationally vocation
voce
vociferous vocifer
vociferously vocifer
vociferousness vocifer
vodka
vodkas vodka
vogue vogu
voice voic
voiced voic
voiceless
voices voic
voicing voic
void
voided void
voids void
voir
volatile volatil
volatility volatil
volatilization volatil
volcanic volcan
volcano
volcanoes volcano
volcanos volcano
volens volen
volition volit
volley vollei
volleyball volleybal
voltage voltag
voltages voltag
voltaic
voltmeter voltmet
volts volt
voluble volubl
volubly volubl
volume volum
volumes volum
volumetric volumetr
volumetrically volumetr
voluminous volumin
voluntarily voluntarili
voluntarism voluntar
voluntary voluntari
volunteer volunt
volunteered volunt
volunteering volunt
volunteerism volunteer
volunteers volunt
voluptuous voluptu
vomica
vomit
vomited vomit
vomiting vomit
von
voodoo
vopos vopo
voracious voraci
voraciously voraci
vortex
vos vo
vote
voted vote
voter
voters voter
votes vote
voting vote
votive votiv
voucher
vouchers voucher
vouching vouch
vouchsafes vouchsaf
voulez
voume voum
vous vou
vow
vowed vow
vowel
vowels vowel
vowing vow
vows vow
voyage voyag
voyager voyag
voyages voyag
voyageurs voyageur
voyeurism voyeur
vp
vrai
vs
vu
vue
vuhranduh
vulcanized vulcan
vulgar
vulnerabilities vulner
vulnerability vulner
vulnerable vulner
vulpine vulpin
vulture vultur
vultures vultur
vying vy
w
wacky wacki
wad
wadded wad
waddlers waddler
waddles waddl
wade
waded wade
wads wad
wafer
wafers wafer
waffle waffl
waffled waffl
waffles waffl
waffling waffl
waft
wafting waft
wag
wage
waged wage
wager
wagering wager
wagers wager
wages wage
wagged wag
wagging wag
waggishly waggishli
waggled waggl
waggling waggl
waging wage
wagon
wagons wagon
wags wag
wahtahm
waif
wail
wailed wail
wailing wail
wails wail
wainscoted wainscot
waist
waistcoat
waists waist
wait
waited wait
waiter
waiters waiter
waitin
waiting wait
waitress
waitresses waitress
waits wait
waive waiv
waived waiv
waiver
waivered waiver
waivers waiver
waives waiv
waiving waiv
wake
waked wake
wakeful wake
wakefulness wake
wakened waken
wakening waken
wakes wake
waking wake
wales wale
walk
walked walk
walker
walkers walker
walkin
walking walk
walkout
walkouts walkout
walkover walkov
walks walk
walkway walkwai
walkways walkwai
wall
wallboard
wallcoverings wallcov
walled wall
wallet
wallets wallet
wallflower wallflow
wallop
walloped wallop
walloping wallop
wallops wallop
wallow
wallowed wallow
wallowing wallow
wallpaper wallpap
wallpapers wallpap
walls wall
walnut
walnuts walnut
walrus walru
walruses walrus
waltz
waltzing waltz
wan
wand
wander
wandered wander
wanderer wander
wanderers wander
wandering wander
wanderings wander
wanders wander
wane
waned wane
wanes wane
wangled wangl
waning wane
wanna
want
wanta
wanted want
wanting want
wanton
wants want
war
warbler
warbling warbl
warchest
ward
warded ward
warden
wardens warden
wardrobe wardrob
wardrobes wardrob
wardroom
wards ward
ware
warehouse warehous
warehouseman
warehouses warehous
warehousing wareh
wares ware
warfare warfar
warfront
warhead
warheads warhead
warily warili
wariness wari
warless
warlike warlik
warlords warlord
warm
warmed warm
warmer
warmhearted warmheart
warmheartedness warmhearted
warming warm
warmish
warmly warmli
warms warm
warmth
warmup
warn
warned warn
warning warn
warningly warningli
warnings warn
warns warn
warp
warped warp
warping warp
warrant
warranted warrant
warranties warranti
warrantless
warrants warrant
warranty warranti
warred war
warren
warrent
warring war
warrior
warriors warrior
wars war
warship
warships warship
wart
wartime wartim
wartorn
warts wart
warty warti
wary wari
warys wari
was wa
wash
washable washabl
washbasin
washboard
washbowl
washed wash
washer
washes wash
washing wash
washings wash
washload
washouts washout
wasp
waspish
waspishly waspishli
wassail
waste wast
wastebasket
wasted wast
wasteful wast
wasteland
wastepaper wastepap
wastes wast
wastewater wastewat
wasting wast
wastrel
watch
watchdog
watchdogs watchdog
watched watch
watcher
watchers watcher
watches watch
watchful watch
watching watch
watchings watch
watchmaker watchmak
watchman
watchmen
watchtowers watchtow
watchword
water
watercolor
watercolorist
watercolorists watercolorist
watercolors watercolor
watered water
waterfall waterfal
waterfalls waterfal
waterflows waterflow
waterfront
watering water
waterline waterlin
waterlogged waterlog
watermelon
waterproof
waterproofing waterproof
waters water
watershed watersh
watersheds watersh
waterside watersid
waterskiing waterski
waterway waterwai
waterways waterwai
waterworks waterwork
watery wateri
watt
wattles wattl
watts watt
wave
waved wave
wavelength
wavelengths wavelength
waver
wavered waver
wavering waver
wavers waver
waves wave
waving wave
wavy wavi
wax
waxed wax
waxen
waxing wax
waxy waxi
way wai
waylaid
waypoint
ways wai
wayside waysid
wayward
we
weak
weaken
weakened weaken
weakening weaken
weakens weaken
weaker
weakest
weakling weakl
weakly weakli
weakness weak
weaknesses weak
weakwilled weakwil
wealth
wealthier
wealthiest
wealthy wealthi
wean
weaned wean
weaning wean
weapon
weaponry weaponri
weapons weapon
weaponsmaking weaponsmak
wear
wearied weari
wearily wearili
wearin
weariness weari
wearing wear
wearisome wearisom
wears wear
weary weari
wearying weari
weasel
weasling weasl
weather
weatherbeaten
weathering weather
weatherman
weatherproof
weatherstrip
weave weav
weavers weaver
weaves weav
weaving weav
web
webs web
wed
wedded wed
wedding wed
weddings wed
wedge wedg
wedged wedg
wedging wedg
wedlock
weds wed
wee
weed
weeded weed
weeding weed
weeds weed
week
weekday weekdai
weekdays weekdai
weeked week
weekend
weekends weekend
weeklies weekli
weeklong
weekly weekli
weeknight
weeknights weeknight
weeks week
weep
weepers weeper
weeping weep
weevil
weevils weevil
wei
weigh
weighed weigh
weighing weigh
weighs weigh
weight
weighted weight
weighting weight
weightings weight
weightlessness weightless
weights weight
weighty weighti
weir
weird
weirdest
weirdly weirdli
weirdo
weirdy weirdi
weirs weir
welcome welcom
welcomed welcom
welcomes welcom
welcoming welcom
weld
welded weld
welding weld
welfare welfar
well
wellbeing wellb
welled well
wellhead
welling well
wellknown
wellness well
wellplaced wellplac
wellrun
wells well
wellspring wellspr
welter
welts welt
went
wept
were
werewolves werewolv
west
westbound
westerly westerli
western
westward
westwards westward
wet
wetlands wetland
wetly wetli
wetness wet
wets wet
wetting wet
whack
whacked whack
whacker
whacking whack
whacky whacki
whaddya
whale
whales whale
whalesized whales
whaling whale
whammo
whammy whammi
wharf
wharves wharv
what
whatever whatev
whatsoever whatsoev
wheare whear
wheat
wheedled wheedl
wheel
wheelbase wheelbas
wheelbases wheelbas
wheelchair
wheeled wheel
wheeling wheel
wheellike wheellik
wheels wheel
wheezed wheez
wheezes wheez
wheezing wheez
whelk
when
whence whenc
whenever whenev
wher
where
whereabouts whereabout
whereas wherea
whereby wherebi
whereever whereev
wherefores wherefor
wherein
whereof
whereon
whereupon
wherever wherev
wherewith
wherewithal wherewith
whether
whetted whet
which
whichever whichev
whiff
while
whim
whimper
whimpering whimper
whimpers whimper
whims whim
whimsical whimsic
whimsically whimsic
whimsy whimsi
whine
whined whine
whiner
whiners whiner
whining whine
whinnied whinni
whinny whinni
whip
whipcracking whipcrack
whiplash
whiplashes whiplash
whipped whip
whipping whip
whippings whip
whips whip
whipsaw
whipsawed whipsaw
whipsawing whipsaw
whir
whirl
whirled whirl
whirling whirl
whirlpool
whirlwind
whirlwinds whirlwind
whirred whir
whirring whir
whisked whisk
whiskered whisker
whiskers whisker
whiskery whiskeri
whiskey whiskei
whiskies whiski
whisking whisk
whisks whisk
whisky whiski
whisper
whispered whisper
whispering whisper
whisperings whisper
whispers whisper
whistle whistl
whistleblower whistleblow
whistled whistl
whistles whistl
whistling whistl
whit
white
whitecollar
whiteface whitefac
whitehaired whitehair
whitely white
whitened whiten
whiteness white
whitening whiten
whitens whiten
whites white
whitetail
whitewalled whitewal
whitewash
whitewashed whitewash
whitewashing whitewash
whitish
whittle whittl
whittled whittl
whittling whittl
whiz
whizzed whizz
whizzes whizz
whizzing whizz
who
whodunnit
whoe
whoever
whole
wholehearted wholeheart
wholeheartedly wholeheartedli
wholeness whole
wholes whole
wholesale wholesal
wholesaler wholesal
wholesalers wholesal
wholesaling wholes
wholesome wholesom
wholewheat
wholly wholli
whom
whooosh
whoop
whooped whoop
whooper
whooping whoop
whoops whoop
whoosh
whoppers whopper
whopping whop
whore
whores whore
whoring whore
whorls whorl
whose
whosoever whosoev
whupped whup
why
whyfores whyfor
wick
wicked wick
wickedly wickedli
wickedness wicked
wicker
wicket
wickets wicket
wide
widegrip
widely wide
widen
widened widen
widening widen
widens widen
wider
widespread
widest
widget
widgets widget
widow
widowed widow
widower widow
widowers widow
widowhood
widows widow
width
widths width
widthwise widthwis
wiederum
wield
wielded wield
wielder
wielding wield
wields wield
wieners wiener
wife
wifely wife
wig
wiggier
wiggle wiggl
wiggled wiggl
wiggling wiggl
wigmaker wigmak
wigmakers wigmak
wignapping wignap
wigs wig
wil
wild
wildcat
wildcatter wildcatt
wilderness wilder
wildest
wildflowers wildflow
wildlife wildlif
wildly wildli
wildness wild
wiles wile
wilfully wilfulli
will
willed will
willful will
willfully willfulli
william
willies willi
willing will
willinge willing
willingess
willingly willingli
willingness willing
willling willl
willow
willowy willowi
willpower willpow
wills will
willy willi
willya
wilt
wilted wilt
wilting wilt
wily wili
wimp
wimping wimp
win
wince winc
winced winc
winches winch
wincing winc
wind
windbag
windbreaks windbreak
winded wind
winder
winders winder
windfall windfal
windfalls windfal
winding wind
windless
windmill windmil
window
windowless
windowpane windowpan
windowpanes windowpan
windows window
winds wind
windshield
windshields windshield
windstorm
windswept
windup
windy windi
wine
wined wine
winehead
wineries wineri
winery wineri
wines wine
wing
wingbeat
winged wing
winger
winging wing
wingman
wings wing
wink
winked wink
winking wink
winless
winner
winners winner
winning win
winningest
winnings win
winnow
winnowing winnow
winos wino
wins win
winsome winsom
winter
wintered winter
wintering winter
winters winter
wintertime wintertim
wintry wintri
wipe
wiped wipe
wipeout
wipes wipe
wiping wipe
wire
wired wire
wireless
wireline wirelin
wires wire
wiretap
wiretapping wiretap
wiretaps wiretap
wiring wire
wiry wiri
wisdom
wise
wisecrack
wisecracked wisecrack
wisecracks wisecrack
wisely wise
wisenheimer wisenheim
wiser
wisest
wish
wished wish
wisher
wishes wish
wishful wish
wishing wish
wishywashy wishywashi
wisp
wisps wisp
wispy wispi
wistful wist
wistfully wistfulli
wit
witch
witchcraft
witches witch
witching witch
witchy witchi
with
witha
withal
withdraw
withdrawal withdraw
withdrawals withdraw
withdrawing withdraw
withdrawn
withdraws withdraw
withdrew
wither
withered wither
withering wither
withes with
withheld
withhold
withholding withhold
withholdings withhold
withholds withhold
within
withing with
without
withstand
withstanding withstand
withstands withstand
withstood
witness wit
witnessed wit
witnesses wit
witnessing wit
wits wit
wittily wittili
wittiness witti
wittingly wittingli
witty witti
wive
wives wive
wizard
wizards wizard
wo
wobble wobbl
wobbled wobbl
wobbling wobbl
wobbly wobbl
wod
woe
woebegone woebegon
woeful
woefully woefulli
woes woe
wohaw
wohaws wohaw
wohd
woke
woken
wold
wolde wold
wolf
wolfishly wolfishli
wolves wolv
woman
womanhood
womanizing woman
womanly womanli
womb
wombs womb
women
won
wonder
wonderbars wonderbar
wondered wonder
wonderful wonder
wonderfully wonderfulli
wonderfulness wonder
wondering wonder
wonderingly wonderingli
wonderland
wonderment wonder
wonders wonder
wondrous wondrou
wondrously wondrous
wonduh
wont
woo
wood
woodcarver woodcarv
woodchucks woodchuck
woodcutters woodcutt
wooded wood
wooden
woodgraining woodgrain
woodland
woodlots woodlot
woodpecker woodpeck
woods wood
woodshed woodsh
woodsmoke woodsmok
woodsy woodsi
woodwind
woodwork
woodworking woodwork
woodworm
woodworms woodworm
wooed woo
woof
wooing woo
wool
woolen
woolens woolen
woolgather woolgath
woolly woolli
woolworkers woolwork
woomera
wooooosh
woos woo
woozy woozi
wop
wops wop
word
worded word
wording word
wordlessly wordlessli
wordplay wordplai
words word
wordy wordi
wore
work
workability workabl
workable workabl
workaholic workahol
workbench
workbenches workbench
workbooks workbook
workday workdai
workdays workdai
worked work
worker
workers worker
workforce workforc
workhorse workhors
workin
working work
workingmen
workings work
workload
workman
workmanlike workmanlik
workmanship
workmen
workout
workouts workout
workplace workplac
workplaces workplac
workroom
works work
worksheet
worksheets worksheet
workshop
workshops workshop
workstation workstat
workstations workstat
worktable worktabl
workweek
workweeks workweek
world
worldly worldli
worlds world
worldwide worldwid
worm
worms worm
wormwood
wormy wormi
worn
wornout
worried worri
worriedly worriedli
worriers worrier
worries worri
worrisome worrisom
worry worri
worryin
worrying worri
worse wors
worsen
worsened worsen
worsening worsen
worsens worsen
worship
worshiped worship
worshipful worship
worshiping worship
worshipped worship
worshipper worshipp
worshippers worshipp
worshipping worship
worst
worsted worst
wort
worth
worthier
worthiest
worthiness worthi
worthless
worthlessness worthless
worthwhile worthwhil
worthwile worthwil
worthy worthi
would
woulda
wouldbe wouldb
wound
wounded wound
wounding wound
wounds wound
wove
woven
wowed wow
wows wow
wrack
wracked wrack
wracking wrack
wrangled wrangl
wrangler
wranglers wrangler
wrangling wrangl
wrap
wrapped wrap
wrapper
wrappers wrapper
wrappin
wrapping wrap
wraps wrap
wrath
wrathful wrath
wreak
wreaked wreak
wreaking wreak
wreath
wreathed wreath
wreaths wreath
wreck
wreckage wreckag
wrecked wreck
wrecker
wrecking wreck
wrecks wreck
wree
wrench
wrenched wrench
wrenches wrench
wrenching wrench
wrest
wrested wrest
wrestle wrestl
wrestler
wrestlers wrestler
wrestles wrestl
wrestling wrestl
wrestlings wrestl
wretch
wretched wretch
wretchedness wretched
wriggled wriggl
wriggling wriggl
wring
wringing wring
wrings wring
wrinkle wrinkl
wrinkled wrinkl
wrinkles wrinkl
wrinkling wrinkl
wrist
wrists wrist
wristwatch
wristwatches wristwatch
writ
write
writedown
writedowns writedown
writeoff
writeoffs writeoff
writer
writers writer
writes write
writhe writh
writhed writh
writhing writh
writing write
writings write
writs writ
written
wrondgoing wrondgo
wrong
wrongdoer
wrongdoers wrongdoer
wrongdoing wrongdo
wronged wrong
wrongful wrong
wrongfully wrongfulli
wrongly wrongli
wrongness wrong
wrongs wrong
wrote
wrought
wrung
wry
wryly wryli
wryness
wt
wth
wtih
wuh
wus wu
wynne wynn
x
xenon
xenophobia
xenophobic xenophob
xxxx
xylem
xylene xylen
xylophones xylophon
y
ya
yacht
yachtel
yachtels yachtel
yachters yachter
yachting yacht
yachts yacht
yachtsman
yachtsmen
yahoos yahoo
yakking yak
yaks yak
yank
yanked yank
yanking yank
yapping yap
yard
yardage yardag
yards yard
yardstick
yardwork
yarn
yarns yarn
yassuhs yassuh
yawl
yawn
yawning yawn
yawns yawn
yaws yaw
yb
yc
ye
yea
yeah
year
yearago
yearall yearal
yearbook
yearbooks yearbook
yeard
yearearlier yearearli
yearend
yearling yearl
yearlings yearl
yearlong
yearly yearli
yearn
yearned yearn
yearning yearn
yearningly yearningli
yearnings yearn
years year
yearthat
yeast
yeasts yeast
yell
yelled yell
yeller
yellerish
yellin
yelling yell
yellow
yellowed yellow
yellowing yellow
yellowish
yellows yellow
yells yell
yelp
yelped yelp
yelping yelp
yelps yelp
yen
yenta
yes ye
yesteday yestedai
yesterday yesterdai
yesteryear
yet
yeterday yeterdai
yf
yff
yg
yield
yielded yield
yielding yield
yields yield
yip
yj
yl
ym
ymg
yodel
yodeling yodel
yoga
yogurt
yogurts yogurt
yoke
yokel
yokels yokel
yolk
yon
yonder
yongst
yore
yori
you
young
younger
youngest
youngish
youngster
youngsters youngster
younguh
your
yours your
yourself
yourselves yourselv
youth
youthful youth
youths youth
yow
yp
yr
yrs yr
ys
yt
yuan
yucca
yuh
yuk
yukked yuk
yuletide yuletid
yummy yummi
yuppie yuppi
yuppies yuppi
yuse
yyyy
zaiteku
zany zani
zap
zapped zap
zappers zapper
zapping zap
zeal
zealot
zealous zealou
zealously zealous
zebra
zenith
zeroed zero
zeroing zero
zeros zero
zest
zestfully zestfulli
zg
zigzagging zigzag
zigzags zigzag
zilch
zillions zillion
zim
zinc
zing
zip
zipped zip
zipper
zippers zipper
zippo
zirconate zircon
zitless
zlotys zloti
zodiacal zodiac
zombie zombi
zombies zombi
zone
zoned zone
zones zone
zoning zone
zoo
zookeeper zookeep
zoologist
zoology zoologi
zoom
zoomed zoom
zooming zoom
zooms zoom
zoooop
zoot
zorrillas zorrilla
zotl
zotls zotl
zounds zound
zq
zu
zur`;
