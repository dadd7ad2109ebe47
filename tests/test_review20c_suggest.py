"""Suggestions an outside review (r20c) found wrong on real labelled news. The review's
sets carry no licence: the sentences here are written for the tests, of the same form
as the review's examples (its own minimal ones are quoted)."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Finding 4: "according to" a norm means "in accordance with": no source.
        ("Prices were set according to the new tariff schedule.", "fact"),
        (
            "Farmers will be forced to sell their cattle within five years according to a new "
            "law by the coalition in Rome.",
            "fact",
        ),
        ("Seats were handed out according to the old seniority rules.", "fact"),
        ("Pupils were grouped according to their reading age.", "fact"),
        ("Bonuses were paid according to the annual budget of the department.", "fact"),
        # Near misses: "according to" a who, a document or a count that tells.
        ("Prices rose 3 percent, according to the new schedule's authors.", "attribution"),
        ("Prices rose 3 percent, according to government statistics.", "attribution"),
        ("According to the indictment, he hid the money abroad.", "attribution"),
        ("According to estimates by the United Nations, 300 people died.", "attribution"),
        ("According to an AFP count, 300 people died.", "attribution"),
        ("According to Rathbun the property was returned by mail.", "attribution"),
        ("According to witnesses, the car sped off.", "attribution"),
    ],
)
def test_according_to_a_norm_cites_no_source(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Finding 4: "while being accused of" names no accuser.
        (
            "The governor, who has backed a military response to the strikes while being accused "
            "of showing a lack of concern for the workers, used his address to criticise the "
            "unions.",
            "fact",
        ),
        # Near miss: one who accuses is a source.
        ("Unions accuse the governor of ignoring the workers.", "attribution"),
    ],
)
def test_being_accused_names_no_accuser(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Finding 4: a source in a parenthesis backs the writer's own claim.
        (
            "The mayor's shameful campaign ignores the evidence on rent control (several "
            "studies suggest it may even raise rents) and mocks its critics.",
            "opinion",
        ),
        ("Prices rose 5 percent in March (officials said the figure may be revised).", "fact"),
        # Near misses: the source outside the parenthesis, or nothing outside it.
        (
            "Officials said prices rose 5 percent in March (the figure may be revised).",
            "attribution",
        ),
        ("The plan, officials said, was dropped (it cost $5m).", "attribution"),
    ],
)
def test_a_source_in_an_aside_does_not_carry_the_sentence(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Finding 2: a date elsewhere in the sentence does not take away the judgement of
        # a word WordNet's neighbours pass on, before what one judges (a story, a deed).
        (
            "The channel aired a deceptive smear story that had been reported on back in June.",
            "opinion",
        ),
        ("The firm ran a deceptive advertising campaign in 2019.", "opinion"),
        # Near misses: before a thing of the physical world, or with no noun after it, the
        # word describes in a dated report.
        ("Harmful algae were found in the lake on Monday.", "fact"),
        ("The 1,200 productive wells in the field were sold in 2019.", "fact"),
        ("The unit was unprofitable in 2023.", "fact"),
    ],
)
def test_a_dated_report_keeps_a_judgement_of_a_deed(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Finding 6: "up" of a verb of change before the level it reached.
        ("Factory output climbs; jobless rate ticks up to 4%.", "fact"),
        ("The jobless rate ticked up to 4.2 percent in March.", "fact"),
        ("Oil prices shot up to $90 a barrel on Monday.", "fact"),
        # The noun "estimates" as what a body revised: no hedge.
        (
            "The ministry also revised its estimates for exports in May and June, with the "
            "total falling by 2,000.",
            "fact",
        ),
        # Near misses: a ceiling, and estimates that carry the claim.
        ("Up to 300 people were killed.", "estimate"),
        ("The firm will pay up to $500 to each customer.", "estimate"),
        ("Prices rose by up to 5 percent.", "estimate"),
        ("The stadium can hold up to 40,000 fans.", "estimate"),
        ("It can take up to six weeks to process a claim.", "estimate"),
        ("By its estimates, 300 people died.", "estimate"),
    ],
)
def test_a_move_up_to_a_level_and_revised_estimates_are_no_hedge(
    sentence: str, expected: str
) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Finding 5: a judging word read in another sense.
        ("The plan would use the savings to cancel outstanding medical debt.", "fact"),
        ("The city has $2bn in outstanding loans.", "fact"),
        ("He had an outstanding arrest warrant in Ohio.", "fact"),
        ("Voters were left with mixed signals about the state of the economy.", "fact"),
        ("It renamed itself and removed any obvious link to the ministry.", "fact"),
        ("There were no obvious signs of injury.", "fact"),
        ("A jury will decide if there is sufficient evidence to charge him.", "fact"),
        # Near misses: the judging sense, the verb "signals", a claim outside an "if".
        ("She was an outstanding student at the academy.", "opinion"),
        ("The team gave an outstanding performance.", "opinion"),
        ("The move signals a shift in policy.", "opinion"),
        ("It was an obvious mistake.", "opinion"),
        ("There is no evidence that the plan works.", "opinion"),
    ],
)
def test_a_word_in_its_plain_sense_is_no_judgement(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Finding 3: words between the source, its verb and the clause.
        (
            "In France, a study by the Institute for Public Affairs found that the channel favoured one side.",
            "attribution",
        ),
        (
            "The embassy issued a statement saying that Paris had no view on the vote.",
            "attribution",
        ),
        ("The senator went on to note that the rules had already been weakened.", "attribution"),
        ("At the rally, the governor vowed as president to put polluters in jail.", "attribution"),
        ("The files could be relevant to the tax inquiry officials said.", "attribution"),
        # Verbs the lists missed.
        ("Critics call the channel a state mouthpiece.", "attribution"),
        ("Critics call it a Kremlin-funded outlet that spreads rumours.", "attribution"),
        ("The ministry is promising lawmakers that the review will be quick.", "attribution"),
        (
            "The ministry promised members of parliament that the review will be quick.",
            "attribution",
        ),
        (
            "The preacher discouraged viewers from taking the vaccine, implying that it was a plot.",
            "attribution",
        ),
        # Near misses: no source's words.
        ("The company is promising a refund.", "fact"),
        ("The mayor promised a tax cut.", "fact"),
        ("They call the dog Rex.", "fact"),
        ("The saying goes that time heals.", "fact"),
        ("The files were handed to the tax inquiry on Monday.", "fact"),
        ("Police found a body in the river.", "fact"),
    ],
)
def test_a_source_apart_from_its_verb_or_a_verb_missing_from_the_lists(
    sentence: str, expected: str
) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Finding 1, in part: the "-ly" adverb of a judging adjective judges the manner.
        ("He shamelessly ran the story.", "opinion"),
        ("The council recklessly spent the reserve on a stadium.", "opinion"),
        ("The minister cynically blamed the unions.", "opinion"),
        # Near misses: an adverb of no judging word, and a judging adjective's
        # noun sense elsewhere.
        ("He quickly ran the story.", "fact"),
        ("The council spent the reserve on a stadium.", "fact"),
    ],
)
def test_the_adverb_of_a_judging_adjective_judges(sentence: str, expected: str) -> None:
    assert label(sentence) == expected
