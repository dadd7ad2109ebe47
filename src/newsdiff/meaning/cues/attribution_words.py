"""Data table: the words of attribution, for the clause heuristic (``clauses``) and the
attribution cues (``attribution``): reporting verbs, source nouns, people and bodies
that may be a source, the words that open, stop or fill a clause."""

from __future__ import annotations

from newsdiff.meaning.cues.base import vocab

#: Reporting verbs whose object is itself the claim: they report whatever follows.
CLAIM_VERBS = vocab(
    "confirmed confirms acknowledged acknowledges admitted admits confessed reported "
    "quoted alleged alleges disclosed described describes questioned questions "
    "denied denies"
)
#: Reporting verbs, whoever the subject, that report content only (see above):
#: "conceded that the plan had failed", not "conceded defeat".
CONTENT_VERBS = vocab(
    "said says told tells claimed claims claiming stated explained explains informed "
    "announced announces insisted insists warned warns cautioned noted notes asserted "
    "argued argues contended declared declares remarked suggested maintained "
    "testified wrote tweeted vowed vows pledged pledges promised promises urged urges "
    "asked opine opined opines conceded concedes complained complains stressed stresses "
    "emphasised emphasises emphasized emphasizes reiterated reiterates recalled observed "
    "observes commented lamented protested objected mentioned underlined underlines "
    "underscored underscores clarified affirmed affirms reaffirmed reaffirms assured "
    "assures speculated speculates boasted boasts hinted countered retorted posted writes "
    "hypothesized hypothesised theorized theorised surmised posited joked quipped mused "
    "elaborated indicated revealed advised advises"
)
# Not the present forms that are as often plural nouns ("protests", "comments",
# "hints", "recalls"): ", despite protests," closes no quotation.
#: Verbs of saying whose content may open with a name and an "-s" verb ("said Trump
#: favors tariffs"): they seldom take a name and a noun as their object, unlike
#: "announced Windows updates" or "wrote Christmas cards".
NAME_CLAUSE_VERBS = vocab(
    "said says claimed claims claiming stated insisted insists noted notes asserted argued "
    "argues contended declared declares remarked suggested maintained testified warned "
    "warns cautioned conceded concedes say insist claim argue warn maintain contend "
    "believe believes believed"
)
#: Verbs of the manner of speaking: they report only a quotation they close ("'Is
#: anyone hurt?' a neighbour shouted"); "Fans shouted at the referee" is an event.
MANNER_VERBS = vocab(
    "shouted shouts yelled yells screamed screams cried cries whispered whispers replied "
    "replies answered answers exclaimed exclaims muttered mutters shrieked called calls "
    "responded responds"
)
#: Every reporting verb that needs no source before it.
ATTRIBUTION_VERBS = CLAIM_VERBS | CONTENT_VERBS
#: Every verb that reports speech, the one list of them: the clause rules read its
#: parts above, and the patterns of ``attribution`` (a verb in a parenthesis, before a
#: colon's quotation, after "as") are built from it, so a verb added here counts in
#: the suggestions and the change classes alike. "added" reports only at a clause's end
#: or before "that" (its own pattern there).
SPEECH_VERBS = ATTRIBUTION_VERBS | MANNER_VERBS | vocab("added adds")
#: The nouns that name a source ("a Western official", "authorities").
SOURCE_NOUNS = vocab(
    "official officials authorities authority spokesman spokeswoman spokesperson "
    "spokespeople representative representatives source sources minister ministry "
    "police analyst analysts expert experts witness witnesses aide aides diplomat "
    "diplomats agency investigator investigators adviser advisers advisor intelligence "
    "commander commanders governor governors president secretary chief report reports"
)
#: Verbs whose subject, when it is a source, owns the claim ("Officials say", "Experts
#: believe", "Residents claim"); without a source they report nothing ("needless to
#: say", "have a say") or hedge ("300 are believed dead"). They too need content.
SUBJECT_CONTENT_VERBS = vocab(
    "say believe believes believed think thinks thought warn claim argue insist "
    "maintain maintains contend contends reckon reckons reckoned suggest worry worries "
    "worried"
    # the plural's present of reporting verbs: "Prosecutors allege that", "The authors
    # caution that" (their past and "-s" forms report whoever the subject)
    " allege acknowledge admit concede caution stress assert testify indicate deny"
)
#: Verbs of estimating and expecting whose object is the source's claim ("NATO
#: estimates 7,000 dead", "the ministry estimated the damage at $2bn", "Police
#: suspect arson"), unless a preposition follows ("Residents fear for their lives").
#: Not "detected" (nor "observed", "discovered"): an act, whose finding the article
#: tells in its own voice ("Astronomers detected water vapour": a fact); a study that
#: "found" is a source of its own (``testimony``).
SUBJECT_CLAIM_VERBS = vocab(
    "estimate estimates estimated fear fears feared expect expects expected "
    "assess assessed assesses suspect suspects suspected predict predicts predicted "
    "forecast forecasts"
)
SUBJECT_VERBS = SUBJECT_CONTENT_VERBS | SUBJECT_CLAIM_VERBS
#: People who may be a source when they say, believe or warn, beyond ``SOURCE_NOUNS``.
PEOPLE = vocab(
    "residents locals doctors scientists researchers critics observers activists "
    "campaigners economists lawyers prosecutors rebels survivors families relatives "
    "neighbours neighbors workers villagers organisers organizers supporters opponents "
    "protesters students teachers parents people officers soldiers troops historians "
    "scholars academics authors pollsters forecasters engineers inspectors monitors negotiators "
    "leaders militants medics paramedics firefighters rescuers lawmakers legislators "
    "senators congressmen politicians voters commentators pundits insiders sceptics "
    "skeptics advocates environmentalists executives investors traders bankers farmers "
    "experts analysts officials authorities economists diplomats members"
)
#: What one writes that is a work, not a claim: "wrote a book called ...".
WRITTEN_WORKS = vocab(
    "book books novel novels song songs play plays script scripts column columns article "
    "articles biography memoir memoirs poem poems album film screenplay letter letters "
    "thesis blog essay essays report"
)
#: Bodies that estimate, believe or warn as a source: "The government estimated".
INSTITUTIONS = vocab(
    "government governments company companies firm firms council army military court "
    "committee department office commission bank board union party campaign group "
    "organisation organization institute team regulator watchdog coalition "
    "administration cabinet parliament study survey poll"
)
#: Pronouns that are a source before a verb of saying or believing ("He believes",
#: "they say"); "we" and "I" are the writer's voice (``evaluative._SPECULATIVE``).
SOURCE_PRONOUNS = vocab("he she they")
#: Adverbs that may stand between a source and its verb ("Officials now say"); a
#: hearsay adverb there hedges who said it, not what was said, so "Some experts
#: reportedly believe the damage may reach" is still the experts' estimate.
SOURCE_ADVERBS = vocab(
    "now also still privately publicly repeatedly often later previously widely "
    "generally increasingly all both themselves initially first reportedly allegedly"
)
#: Verbs whose object is the person told ("told reporters that ...").
TELL_VERBS = vocab(
    "told tells tell informed warned warns cautioned asked asks assured assures promised promises"
)
#: Verbs after which "to" and a verb is the content: "told troops to leave", "claimed
#: to have seen", "a man said to be a spy" (reported speech of a command or a claim).
TO_VERBS = vocab(
    "told tells warned warns cautioned claimed claims claiming said reported alleged "
    "vowed vows pledged pledges promised promises urged urges asked"
)
#: Verbs whose past is spelled as their base ("prices hit a record", "the river burst
#: its banks"): WordNet lists no past form for them, and most are nouns as well.
UNMARKED_PASTS = vocab(
    "hit cut cost put set shut hurt quit burst spread split shed cast beat bet upset thrust"
)
#: Prepositions after which such a verb is still the clause's verb, after a verb of
#: saying: "said the fire spread to the roof", "the floods spread across the valley".
MOTION_PREPOSITIONS = vocab("to into through across from over beyond throughout")
#: Verbs of asking or urging whose object comes before "to" and the demand: "urged
#: members to reject", "asked the governments of the region not to turn away".
OBJECT_TO_VERBS = vocab("urged urges asked asks advised advises")
#: Objects of "claim" that are a claim: "claimed responsibility", "claimed victory".
CLAIMED = vocab("responsibility credit victory")
#: Who may be told, beyond sources and people: "told reporters", "told the BBC".
ADDRESSEES = (
    vocab(
        "reporters journalists lawmakers legislators parliament mps senators congress "
        "press jury court committee colleagues audience crowd crowds listeners viewers "
        "readers"
    )
    | SOURCE_NOUNS
    | PEOPLE
)
#: Gatherings one may tell, the head of who was told after its modifiers ("told a press
#: conference", "told a packed meeting", "told a parliamentary committee"), and "of"
#: with those present ("told a crowd of supporters").
AUDIENCES = ADDRESSEES | vocab(
    "conference conferences meeting meetings briefing briefings hearing hearings rally "
    "rallies summit gathering session forum panel inquiry assembly convention symposium "
    "congregation delegates shareholders supporters members council"
    # a whole people addressed: "told a stunned nation that", "told the world that"
    " nation country public world"
    # an outlet's programme or paper, after its name: "told GMTV's Sunday programme",
    # "told BBC Radio 4's Today programme", "told the Sunday Times newspaper"
    " programme programmes program programs show newspaper newspapers magazine"
)
OBJECT_PRONOUNS = vocab("him her them us me you")
SUBJECT_PRONOUNS = vocab("i he she it we they you there")
#: "this was", "these are": a pronoun before a finite verb, a determiner otherwise.
DEMONSTRATIVES = vocab("this these those")
DETERMINERS = vocab(
    "the a an its their his her our my your some many most all no every each both "
    "several few such another any much more other"
)
AUXILIARIES = vocab(
    "is are was were am has have had will would can could may might must should shall "
    "do does did cannot"
)
#: Words that end a subject: prepositions (bar "of": "the leader of the rebels was"),
#: conjunctions and relative words.
CLAUSE_STOPS = vocab(
    "in on at to for with from by about into over under after before during against "
    "between through without within across along around near since until upon among "
    "amid toward towards per via like than as who whom whose which that where when why "
    "how because while although though if unless whereas so yet nor but"
)
#: Words that open a time or place between a verb and its content ("said on Monday
#: that", "said in a statement that").
PP_START = vocab(
    "in on at to during after before late early earlier later last this yesterday today "
    "tonight from via"
)
#: After "warned", "of", "about" or "against" and what is warned of is content.
WARN_OF = vocab("of about against")
WARN_VERBS = vocab("warned warns warn cautioned")
#: Words "according to" may cite that are no source: "according to plan".
NOT_CITED = vocab(
    "plan plans schedule timetable tradition traditions custom rules rule regulations "
    "guidelines procedure protocol instructions script form programme program design "
    "usual expectations need needs size age ability merit rank law policy policies"
)
NOT_A_SOURCE = vocab("the a an it this that there and but as so however i we you")
#: A passive "admitted" is a hospital, not a confession ("was admitted to hospital").
PASSIVE_BEFORE = vocab("was were is are be been being")
#: Whom police question: "questioned the suspect" is an interview, not a doubt.
QUESTIONED = vocab(
    "suspect suspects man woman men women driver witnesses witness detainee detainees him her them"
)
#: "explained the withdrawal as hasty": the source characterises, like "described".
AS_VERBS = vocab("explained explains")
POSSESSIVES = vocab("his her their our my your its")
#: News agencies whose credit in a dateline ("LONDON, March 4 (Reuters) -") names the
#: source of the whole story: as written, case and all ("AP", not "ap").
AGENCIES = (
    "Reuters",
    "AP",
    "Associated Press",
    "AFP",
    "Agence France-Presse",
    "PA",
    "PA Media",
    "Press Association",
    "dpa",
    "DPA",
    "Bloomberg",
    "UPI",
    "Xinhua",
    "ANSA",
    "EFE",
    "Kyodo",
    "Yonhap",
    "TASS",
    "Interfax",
    "IANS",
    "PTI",
    "ANI",
    "Bernama",
    "Anadolu",
    "AAP",
    "CP",
    "KNA",
)
#: Adverbs without "-ly" that may stand between a subject pronoun and its verb: "said
#: he too had quit", "said it also would", "said she still wants" (review r24a).
PRONOUN_ADVERBS = vocab("too also still even never already alone then now")
#: Adverbs that may stand between "and" and a second verb: "and then has".
LINKING_ADVERBS = vocab("then also later still now thus so")
#: Prepositions that may modify a subject inside the clause's first eight words ("the
#: talks in Istanbul had", "the leader of the rebels was", "raids against the two groups
#: were"); "who", "that", "because" and the other clause stops still end the search.
NP_PREPOSITIONS = vocab("of in at from on for near across to against")
