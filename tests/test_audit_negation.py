"""Negation added or dropped (audit/negation.py)."""

import pytest
from helpers import changes_by_type

import unspun
from unspun.audit import EntityTagger, find_changes
from unspun.documents import Sentence
from unspun.models import nlp

# --- a negation seen however it is written ------------------------------------------------


def test_curly_apostrophe_negation_is_seen():
    got = changes_by_type(
        "The minister didn’t approve the plan.", "The minister approved the plan."
    )
    assert got["negation"].suspect.text == "n’t"


def test_tokenised_negation_is_read():
    got = changes_by_type(
        "Tests can tell you if you are immune.", "tests ca nt tell you if you are immune."
    )
    assert got["negation"].source.text == "ca nt"


def test_the_dropped_negation_shown_is_the_one_the_suspect_repeats():
    got = changes_by_type(
        "The minister approved the budget.",
        "Nobody was hurt in the blast on Friday, and the minister did not approve the budget.",
    )
    assert got["negation"].source.text == "not"


def test_an_unrelated_negative_word_does_not_hide_a_flipped_claim():
    assert "negation" in changes_by_type(
        "The mayor said the homeless shelter will close in March.",
        "The mayor said the homeless shelter will not close in March.",
    )
    assert "negation" in changes_by_type(
        "Officials said the bridge was not safe for traffic.",
        "Officials dismissed the report and said the bridge was safe for traffic.",
    )


def test_a_negation_is_no_paraphrase_of_a_negative_word_beside_it():
    # "excluding" says "not including", not "not restricting": only "and" is shared
    assert "negation" in changes_by_type(
        "Despite this, visitation was not restricted, and infected staff members were not "
        "excluded from the facility.",
        "long term care facilities should take proactive steps to protect the health of "
        "residents and preserve the health care workforce by identifying and excluding "
        "potentially infected staff members restricting visitation except in compassionate "
        "care situations.",
    )
    # "indicated" is no hedge a rewrite drops ("data showed")
    assert "hedging" not in changes_by_type(
        "Inflation slowed in March, data showed.", "Data indicated that inflation slowed in March."
    )


# --- a negation said with a word, a double negative, an idiom: no flip --------------------


def test_negation_said_with_a_word_is_not_a_flip():
    got = changes_by_type(
        "Many people with the virus do not show symptoms.",
        "Many people with the virus are asymptomatic.",
    )
    assert "negation" not in got


def test_a_negation_said_with_a_word():
    assert "negation" not in changes_by_type(
        "In 2005, McCain voted against legislation to expand access to health care.",
        "In 2005, McCain voted NO on legislation to expand access to health care.",
    )
    assert "negation" not in changes_by_type(
        "If they don't take appropriate steps, the court may dismiss the case.",
        "If you fail to take appropriate steps, the court may dismiss the case.",
    )


def test_a_double_negative_dropped_whole_keeps_the_claim():
    assert "negation" not in changes_by_type(
        "The close contact between customers and staff increases the risk of infection.",
        "There is no way to avoid an increased risk of infection when customers and staff are "
        "in close contact.",
    )
    assert "negation" in changes_by_type(
        "The close contact between customers and staff increases the risk of infection.",
        "The close contact between customers and staff does not increase the risk of infection.",
    )


def test_idioms_on_a_negative_particle_deny_nothing():
    source = "He paid the salaries of the group's leaders and paid students to protest in cities."
    for suspect in (
        "He not only paid the salaries of the group's leaders but also paid students to protest.",
        "The salaries of the leaders were paid by none other than him, and students to protest.",
    ):
        assert "negation" not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "The procedure is not without danger: stroke is a rare complication.",
            "Stroke is a rare complication of the procedure.",
        ),
        (
            "Believe it or not, that is only the start of a 7.5m euro project.",
            "That is just the start of a 7.5m euro project.",
        ),
        (
            "Professor Hajek didn't mince words: e-cigarettes are much safer than cigarettes.",
            "Professor Hajek said e-cigarettes are much safer than cigarettes.",
        ),
        (
            "He said he would refuse to apologise even if Mr Blair asked him to.",
            "He said he would not apologise even if Mr Blair asked.",
        ),
    ],
)
def test_idioms_built_on_a_negative_flip_nothing(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)


def test_additive_not_just_is_no_negation():
    suspect = "The scheme helps everyone, not just Olympians."
    source = "The scheme helps just about everyone, Olympians included."
    got = find_changes(
        Sentence("s", 0, 0, len(suspect), suspect, "body"),
        [Sentence("t", 0, 0, len(source), source, "body")],
        tagger=EntityTagger(nlp()),
        source_text=source,
    )
    assert "negation" not in {c.type for c in got}


# --- a negation from the source sentence beside, and real flips next to it ----------------


@pytest.mark.parametrize(
    ("suspect", "source", "label"),
    [
        # the negation comes from the source sentence before the one it follows
        (
            "However, this guidance does not apply to healthcare providers such as therapists "
            "who offer home services.",
            "This guidance is not for healthcare providers. For healthcare providers including "
            "therapists who offer home services, see the other page.",
            "supported",
        ),
        # the sentence before negates something else: still a flip
        (
            "The drug is not approved for adults.",
            "The drug is not approved for children. The drug is approved for adults in Europe.",
            "altered",
        ),
    ],
)
def test_a_negation_from_the_next_source_sentence(suspect, source, label):
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert [f.label for f in report.findings] == [label]


@pytest.mark.parametrize(
    ("suspect", "source", "change"),
    [
        # the sentence beside negates something alike, but these source sentences say the
        # opposite of the suspect
        (
            "A post-mortem found the victim was not shot in the chest.",
            "Police said the victim was not shot in the chest. A post-mortem found the victim "
            "was shot in the chest.",
            "negation",
        ),
        (
            "The drug is not approved for adults in Europe.",
            "The drug is not approved for children in Europe. The drug is approved for adults "
            "in Europe.",
            "negation",
        ),
        # ", not just" against a source that limits the claim; "not just yet"
        (
            "The new rules apply to all drivers, not just lorry drivers.",
            "The new rules apply only to lorry drivers.",
            "negation",
        ),
        (
            "The airport will reopen, not just yet, officials said.",
            "The airport will reopen next week, officials said.",
            "negation",
        ),
    ],
)
def test_real_flips_next_to_the_new_excuses(suspect, source, change):
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert change in {c.type for f in report.findings for c in f.changes}


# --- changes still caught, and wordings that are no change --------------------------------


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # negations that no second word cancels
        (
            "The drug prevented infection in the trial.",
            "The drug did not prevent infection in the trial.",
            "negation",
        ),
        (
            "Police stopped the march in the city centre.",
            "Police did not stop the march in the city centre.",
            "negation",
        ),
        (
            "He would forget the insult by morning.",
            "He would not forget the insult by morning.",
            "negation",
        ),
        (
            'He said: "British troops will be deployed."',
            'He said: "No British troops will be deployed."',
            "negation",
        ),
        # 'un-' words are what they say
        ("Officials did not understand the risk.", "Officials understood the risk.", "negation"),
        (
            "It is not unusual for the river to flood.",
            "It is unusual for the river to flood.",
            "negation",
        ),
        # a double negative is no word's
        ("Patients should avoid ibuprofen.", "Patients should not avoid ibuprofen.", "negation"),
        ("There was confusion among voters.", "There was no confusion among voters.", "negation"),
        # a negation dropped
        (
            "Experts knew the virus would follow a seasonal pattern.",
            "experts did nt know if the virus would follow a seasonal pattern.",
            "negation",
        ),
        (
            "Return to work until isolation ends.",
            "do not return to work until isolation ends.",
            "negation",
        ),
    ],
)
def test_real_changes_stay_caught(suspect, source, kind):
    assert kind in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (  # a question in the source, answered with a denial
            "The drug is not safe for children.",
            "Is the drug safe for children?",
            "negation",
        ),
        (  # a statement flipped, next to a question
            "The council did not approve the plan and residents asked what comes next.",
            "The council approved the plan on Monday. What comes next for residents?",
            "negation",
        ),
    ],
)
def test_changes_the_first_cut_of_this_rule_missed(suspect, source, kind):
    assert kind in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # litotes
        (
            "It is not uncommon for patients to relapse.",
            "It is common for patients to relapse.",
            "negation",
        ),
        # a negation said with another word: "unsure" for "did not know", "refrain from"
        (
            "Experts were unsure if the virus would follow a seasonal pattern.",
            "experts did nt know if the virus would follow a seasonal pattern.",
            "negation",
        ),
        (
            "There is no clarity yet on whether the disease will become annual.",
            "experts are unsure whether the disease will become annual.",
            "negation",
        ),
        (
            "There is a lack of clarity about medications and the virus.",
            "there is a lot of confusion about medications and the virus.",
            "negation",
        ),
        (
            "Refrain from returning to work until isolation ends.",
            "do not return to work until isolation ends.",
            "negation",
        ),
        (
            "Unlike hands, phones cannot be washed with soap and water.",
            "unlike the hands phones are impossible to wash with soap and water.",
            "negation",
        ),
    ],
)
def test_paraphrases_that_are_no_change(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (  # a rhetorical question denies nothing
            "If you love her on Twitter, her Stories serve up more of her humour and cooking.",
            "If you love her on Twitter, why wouldn't you watch her Stories for more of her "
            "humour and cooking?",
            "negation",
        ),
    ],
)
def test_wordings_that_change_nothing(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "changed"),
    [
        # a negative verb says what "did not" + its opposite says
        (
            "The judge rejected Rasmus's claims that the trips were for a holiday.",
            "The judge said he did not accept his claims that the trips were for a holiday.",
            "negation",
            False,
        ),
        (
            "The judge accepted his claims that the trips were for a holiday.",
            "The judge said he did not accept his claims that the trips were for a holiday.",
            "negation",
            True,
        ),
        # "rather than" weighs the same two sides as "versus"
        (
            "Using these kidneys rather than keeping patients on dialysis is more cost effective.",
            "Using these kidneys versus keeping patients on dialysis is more cost effective.",
            "negation",
            False,
        ),
        (
            "Instead of offering answers, he turned to a list of political attacks.",
            "But instead of offering answers, he turned to a list of political attacks.",
            "negation",
            False,
        ),
        # "rather than" on both sides, whatever else the source contrasts
        (
            "The options include chemotherapy given to the whole body (as opposed to the "
            "abdomen) and surgery that leaves minimal disease, rather than removing all cells.",
            "The options include chemotherapy delivered to the whole body (as opposed to the "
            "abdomen) and surgery that leaves minimal disease, rather than removing all cells.",
            "negation",
            False,
        ),
    ],
)
def test_forms_that_say_the_same_and_changes_that_do_not(suspect, source, kind, changed):
    assert (kind in changes_by_type(suspect, source)) is changed


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # an opposite the source says with a "not"
        (
            "Trials of psychiatric drugs typically exclude people younger than 18, he added.",
            "Trials of drugs for mental illness typically don’t include people younger than 18.",
            "negation",
        ),
        # an idiom built on "not"
        (
            "For expectant mothers, the findings could not come at a better time.",
            "For expectant mothers, the findings come at a good time.",
            "negation",
        ),
    ],
)
def test_the_same_claim_in_other_words_is_no_change(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


# --- the same negation said another way (a faithful rewrite's wordings) ---------------------


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # another form of the same negative verb
        (
            "When the FDA denied Vivus approval to market Qnexa in October, it asked for a "
            "longer trial.",
            "In denying Vivus approval to market Qnexa in October, the FDA asked for a longer "
            "trial.",
        ),
        # "isn't only ... also" adds, as "not only ... but" does
        (
            "Spam isn't only a way for crime rings to sell goods - they can also use it to "
            "glean personal information.",
            "As well as selling goods, crime rings can use spam to glean personal information.",
        ),
        # a negative word: "devoid of", "to prevent", "warns against", "less" for "not as"
        (
            "The stroke leaves behind a cavity with no blood vessels, neurons or axons.",
            "The stroke leaves a cavity, devoid of blood vessels, neurons or axons.",
        ),
        (
            "Each card will carry a photograph, so that tickets cannot be forged or sold on.",
            "The cards will include a photograph to prevent tickets being sold on or forged.",
        ),
        (
            "Still, Cardoz warns against overdoing it, adding that balance is the key.",
            "But Cardoz warns not to overdo it, and adds that balance is the key.",
        ),
        (
            "The FDA's scientists were considerably less breathless when they assessed those "
            "improvements in a memorandum dated June 17, writing that the groups treated with "
            "Qnexa had the expected improvements in blood pressure.",
            "In its assessment of those improvements in a June 17 memorandum, the FDA's "
            "scientists were not quite as breathless: the groups treated with Qnexa, they "
            "wrote, had the expected improvements in blood pressure.",
        ),
    ],
)
def test_a_negation_said_another_way_is_no_flip(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)


def test_a_negation_added_next_to_those_wordings_is_still_a_flip():
    got = changes_by_type(
        "Cardoz warns against overdoing it: balance is not the key to a healthy diet.",
        "Cardoz warns against overdoing it: balance is the key to a healthy diet.",
    )
    assert got["negation"].suspect.text == "not"


def test_a_negation_dropped_beside_one_both_keep_is_still_dropped():
    got = changes_by_type(
        'For "no option" patients whose angina resisted therapy, and who were still candidates '
        "for revascularization, the injection brought lasting improvement.",
        'For "no option" patients whose angina resisted therapy and who were not candidates for '
        "revascularization, the injection brought lasting improvement.",
    )
    assert got["negation"].source.text == "not"
    assert "negation" not in changes_by_type(
        'For "no option" patients whose angina resisted therapy, and who were not candidates '
        "for revascularization, the injection brought lasting improvement.",
        'For "no option" patients whose angina resisted therapy and who were not candidates for '
        "revascularization, the injection brought lasting improvement.",
    )


def test_yet_to_is_a_negation():
    got = changes_by_type(
        "The company has now agreed a date for the release of the new film in cinemas.",
        "The company has yet to agree a date for the release of the new film in cinemas.",
    )
    assert got["negation"].source.text == "has yet to"


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "The best is still to come for the club, the manager said.",
            "The best is yet to come for the club, the manager said.",
        ),
        (
            "The club is still looking to sign a striker, the manager said.",
            "The club has yet to sign a striker, the manager said.",
        ),
        (
            "The club has yet to sign a striker, the manager said.",
            "The club has still to sign a striker, the manager said.",
        ),
    ],
)
def test_still_to_says_yet_to(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)
    assert "negation" in changes_by_type(
        suspect.replace("still", "now"), source.replace("still", "now")
    )


def test_a_dropped_negation_is_judged_over_an_inflected_verb():
    # "ruled" carries the source's "rule"
    got = changes_by_type(
        "Mr Hague, who resigned as leader after the party lost the 2001 election, said he has "
        "also ruled out going back to the front bench.",
        "Mr Hague, who stepped down after his party's 2001 election defeat, does not rule out a "
        "return to the front bench.",
    )
    assert got["negation"].source.text == "not"


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "The plan was not approved and did not pass.",
            "The plan was not approved and passed.",
        ),
        (
            "The company did not cut prices but never raised wages.",
            "The company did not cut prices but raised wages.",
        ),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="known miss: every guard tried (the source asserts the denied words in a clause "
    "outside its own negations) still flagged 13 meaning-preserving rewrites in 320",
)
def test_a_negation_added_beside_one_both_keep_is_added(suspect, source):
    assert "negation" in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # the source's own negation already covers what the suspect denies
        (
            "I never had a reason to doubt him, and I did not ask.",
            "I don't think I've ever had a reason to doubt him, and I did not ask.",
        ),
        (
            "They lack evidence for the claim and did not publish it.",
            "They are without evidence for the claim and did not publish it.",
        ),
    ],
)
def test_a_negation_the_source_says_in_its_own_clause_is_not_added(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)


def test_a_negation_in_a_clause_the_suspect_leaves_out_is_not_gone():
    # the "not" governs "be removed", not the clause after ", as": the suspect carries only
    # that clause, which has its own "never"
    source = (
        "The statue will not be allowed to be removed, as every president is allowed to leave "
        "one thing in the White House that must never be touched by future presidents."
    )
    suspect = (
        "Every president is allowed to leave one item in the White House that future "
        "presidents must never touch."
    )
    assert "negation" not in changes_by_type(suspect, source)
    # the same "not" dropped from the clause it governs is still caught
    kept = source.replace("will not be", "will be").replace(
        " that must never", ", which must never"
    )
    assert "negation" in changes_by_type(kept, source)


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Not all patients responded to the treatment.",
            "Some patients responded to the treatment.",
        ),
        (
            "Some patients responded to the treatment.",
            "Not all patients responded to the treatment.",
        ),
        ("The buses aren't always reliable.", "The buses are sometimes reliable."),
    ],
)
def test_a_denied_all_says_what_an_amount_short_of_all_says(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Not all patients responded to the treatment.",
            "All patients responded to the treatment.",
        ),
        ("The buses aren't always reliable.", "The buses are always reliable."),
        # "some" of another thing says nothing of the patients
        (
            "Not all patients responded, and some doctors were worried.",
            "All patients responded, and some doctors were worried.",
        ),
    ],
)
def test_a_denied_all_against_all_is_a_flip(suspect, source):
    assert "negation" in changes_by_type(suspect, source)


def test_a_nor_carrying_a_negation_on_is_said_by_an_or_under_the_same_negation():
    source = (
        "Flores said no-one in the committee felt Aragones was a racist nor had acted in a "
        "racist way."
    )
    got = changes_by_type(
        "Flores said no-one in the committee felt Aragones was a racist or had acted in a "
        "racist way.",
        source,
    )
    assert "negation" not in got
    # without a negation of its own the "or" asserts what the "nor" denied
    got = changes_by_type(
        "Flores said the committee felt Aragones had at times been a racist or had acted in a "
        "racist way.",
        source,
    )
    assert "negation" in got


def test_without_enough_says_what_in_the_absence_of_sufficient_says():
    source = (
        "In the absence of sufficient zinc, our ability to repair everyday wear and tear on "
        "our DNA is compromised."
    )
    got = changes_by_type(
        "Without enough zinc, our ability to repair everyday wear and tear on our DNA is "
        "compromised.",
        source,
    )
    assert "negation" not in got


# --- a dropped negation in a loosely merged sentence ----------------------------------------

_BUDGET = (
    "The council met on Tuesday to discuss the budget for the coming year. "
    "The mayor said the library on Main Street will not close before the summer."
)


@pytest.mark.parametrize(
    ("merged", "changes"),
    [
        # one clause says the negated one word for word, without its "not"
        ("the library on Main Street will close before the summer.", ["negation"]),
        # the negation said another way
        ("the Main Street library will stay open until the summer.", []),
    ],
)
def test_a_dropped_negation_is_judged_on_a_clause_said_word_for_word(merged, changes):
    # the sentence merges two source sentences: too loose for a dropped qualifier to be
    # judged on the whole of it
    merged = f"At Tuesday's meeting on next year's budget, the mayor said {merged}"
    [finding] = unspun.compare(merged, _BUDGET, unspun.CheckOptions(detect=False)).findings
    assert finding.label == ("altered" if changes else "supported")
    assert [c.type for c in finding.changes] == changes


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # a superlative: "nobody is more committed" denies nothing
        (
            "We are committed to keeping guns away from criminals.",
            "Nobody is more committed than we are to keeping guns away from criminals.",
        ),
        # "cannot ... anything other than" is "only"
        (
            "He said the remarks could only be taken as politically biased.",
            "He said the remarks cannot be taken as anything other than politically biased.",
        ),
        # the same "aren't just", closed by "also" in the suspect and by the next sentence
        # in the source
        (
            "Tart cherries aren't just loaded with anti-inflammatories - they're also full of "
            "antioxidants.",
            "Tart cherries aren’t just loaded with anti-inflammatories.",
        ),
        # the suspect's own negation a few words further from what it denies
        (
            "The inspector may not have found any concrete evidence connecting their views to "
            "decisions.",
            "The inspector found no evidence connecting their views with decisions.",
        ),
    ],
)
def test_a_negation_kept_in_other_words_is_no_flip(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # "nobody was more than a mile away" is a quantity denied, not a superlative
        (
            "Officials said everyone was more than a mile from the blast when it happened.",
            "Officials said nobody was more than a mile from the blast when it happened.",
        ),
        (
            "All of the men held were more than 20 years old, the police said.",
            "None were more than 20 years old among the men held, the police said.",
        ),
    ],
)
def test_a_quantity_denied_is_no_superlative(suspect, source):
    assert "negation" in changes_by_type(suspect, source)


def test_a_contracted_not_before_anything_other_than_is_only():
    suspect = "The coach said the defeat was nothing but a disaster for the club this season."
    source = (
        "The coach said the defeat wasn't anything other than a disaster for the club this season."
    )
    assert "negation" not in changes_by_type(suspect, source)


def test_a_negation_kept_is_a_whole_phrase_of_the_suspect_not_part_of_a_word():
    # "no deal" is not kept by "the casino deal"
    suspect = "The minister said the casino deal was signed on Friday after months of talks."
    source = "The minister said no deal was signed on Friday after months of talks."
    assert "negation" in changes_by_type(suspect, source)


def test_a_negation_repeated_word_for_word_excuses_only_itself():
    # "aren't just" is kept; the "do not" after it is dropped
    got = changes_by_type(
        "Cherries aren't just tasty - they also reduce pain in the joints.",
        "Cherries aren't just tasty, and they do not reduce pain in the joints.",
    )
    assert got["negation"].source.text == "not"


def test_lack_says_do_not_have():
    source = "The authors do not have information on an individual basis on mammography."
    assert "negation" not in changes_by_type(
        "The authors lack individual-level information on mammography.", source
    )
    assert "negation" in changes_by_type(
        "The authors have information on mammography.",
        "The authors do not have information on mammography.",
    )


@pytest.mark.parametrize(
    ("suspect", "source", "changed"),
    [
        # "no more than" bounds a figure, as "a maximum of" does ...
        (
            "Rose said waiting times would fall to no more than six months in 2005.",
            "In 2005 our waiting time will fall to a maximum of 6-months, Rose said.",
            False,
        ),
        # ... and is turned round where the other side says "more than" unnegated
        (
            "Rose said waiting times would fall to no more than six months in 2005.",
            "In 2005 our waiting time will fall to more than six months, Rose said.",
            True,
        ),
        (
            "Rose said waiting times would fall to more than six months in 2005.",
            "In 2005 our waiting time will fall to no more than six months, Rose said.",
            True,
        ),
    ],
)
def test_a_bound_is_no_negation_unless_turned_round(suspect, source, changed):
    assert ("negation" in changes_by_type(suspect, source)) is changed


@pytest.mark.parametrize(
    "suspect",
    [
        "And let's not forget the new bridge over the river, opened in May.",
        "Let us not forget the new bridge over the river, opened in May.",
        "Let's not kid ourselves, the new bridge over the river opened in May.",
        "And if that wasn't enough, the new bridge over the river opened in May.",
    ],
)
def test_idioms_whose_not_stands_inside_them_deny_nothing(suspect):
    source = "The new bridge over the river opened in May."
    assert "negation" not in changes_by_type(suspect, source)


def test_a_not_after_lets_that_denies_is_still_a_negation():
    got = changes_by_type(
        "Let's not open the new bridge over the river in May.",
        "Let's open the new bridge over the river in May.",
    )
    assert "negation" in got


@pytest.mark.parametrize(
    "suspect",
    [
        "It's no wonder the new bridge over the river opened in May to great applause.",
        "Oh no, the new bridge over the river opened in May to great applause.",
        "Fear not, the new bridge over the river opened in May to great applause.",
        "The council wasted no time: the new bridge over the river opened in May.",
        "Locals couldn't help but cheer as the new bridge over the river opened in May.",
        "The new bridge over the river, second to none, opened in May to great applause.",
        "It cannot be overstated how the new bridge over the river opened in May to great applause.",
    ],
)
def test_idioms_said_to_stress_or_exclaim_deny_nothing(suspect):
    source = "The new bridge over the river opened in May to great applause from locals."
    assert "negation" not in changes_by_type(suspect, source)


def test_a_refusal_is_a_negation_on_both_sides():
    # "refusing to hand over" says what "his refusal to transfer" says
    assert "negation" not in changes_by_type(
        "The new mayor moved fast, refusing to hand over any tax revenues to the capital and "
        "claiming control over the city's police force.",
        "The new mayor announced his refusal to transfer local tax revenues to the capital and "
        "claimed personal authority over the city's police force.",
    )


# --- a negation another source sentence makes of the same thing --------------------------


def _negations_against(suspect: str, paired: str, elsewhere: str) -> set[str]:
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t = Sentence("t", 0, 0, len(paired), paired, "body")
    start = len(paired) + 1
    other = Sentence("t", 1, start, start + len(elsewhere), elsewhere, "body")
    changes = find_changes(
        s,
        [t],
        tagger=EntityTagger(nlp()),
        source_text=f"{paired} {elsewhere}",
        article_sentences=[t, other],
    )
    return {c.type for c in changes}


def test_a_denial_another_source_sentence_makes_is_no_flip():
    # the alignment paired the suspect with the sentence on some people; the source denies
    # the same risk of most people in another sentence
    assert "negation" not in _negations_against(
        "Most people with disabilities are not at higher risk of infection.",
        "Some people with disabilities might be at higher risk of infection.",
        "Most people with disabilities are not inherently at higher risk of infection.",
    )


@pytest.mark.parametrize(
    ("suspect", "paired", "elsewhere"),
    [
        # another sentence denies something else of the same subject
        (
            "The drug is not approved for adults in Europe.",
            "The drug is approved for adults in Europe.",
            "The drug is not approved for children in Europe.",
        ),
        # the suspect follows the paired sentence, which says more of it than the other one
        # the other sentence denies it of someone else, in the clause of its negation
        (
            "The drug does not reduce deaths in older patients.",
            "The drug reduces deaths in older patients.",
            "Unlike in older patients, the drug does not reduce deaths in younger patients.",
        ),
        (
            "A post-mortem found the victim was not shot in the chest.",
            "A post-mortem found the victim was shot in the chest.",
            "Police said the victim was not shot in the chest.",
        ),
    ],
)
def test_a_denial_elsewhere_of_something_else_leaves_the_flip(suspect, paired, elsewhere):
    assert "negation" in _negations_against(suspect, paired, elsewhere)


@pytest.mark.parametrize(
    ("suspect", "source", "flipped"),
    [
        # a limit said with "no ... more than" for the source's "only"
        (
            "The prize is awarded every other year, and no author can win it more than once.",
            "An author can only win once. The prize is given once every two years.",
            False,
        ),
        (
            "Patients may not take the drug more than twice a day.",
            "Patients may take the drug only twice a day.",
            False,
        ),
        # ... not where the source allows it
        (
            "The prize is awarded every other year, and no author can win it more than once.",
            "An author can win it more than once. The prize is given once every two years.",
            True,
        ),
    ],
)
def test_a_limit_said_with_a_negation_is_no_flip(suspect, source, flipped):
    assert ("negation" in changes_by_type(suspect, source)) is flipped


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # "non-" on the negated word
        (
            "The trial enrolled adults who were overweight but not diabetic and had high "
            "blood pressure.",
            "The trial enrolled overweight, nondiabetic adults who had high blood pressure.",
        ),
        (
            "The infection can cause fever, fatigue and sores that won't heal.",
            "The infection can cause fever, fatigue and non-healing sores.",
        ),
        # "failing to", "spared", "barred": a negation in one word
        (
            "The two were charged with dodging checks and with not informing officials of "
            "their travel plans.",
            "The two were charged with dodging checks and failing to inform officials of their "
            "travel plans.",
        ),
        (
            "The actor will not go to prison for the driving offences, but must do 200 "
            "hours of community service.",
            "The actor has been spared prison for the driving offences, but must do 200 hours "
            "of community service.",
        ),
        (
            "From next year, landlords will not be allowed to charge tenants letting fees.",
            "Landlords will be barred from next year from charging tenants letting fees.",
        ),
    ],
)
def test_a_negation_said_with_one_negative_word(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)


def test_nonetheless_is_no_negative_word():
    from unspun.audit.negation import _NEGATIVE_WORD

    assert _NEGATIVE_WORD.search("It nonetheless went ahead.") is None


def test_a_person_denied_is_thwarted_not_a_claim_denied():
    assert "negation" not in changes_by_type(
        "Early on, James kept out Damien Duff, Jiri Jarosik and Mateja Kezman, and Paul "
        "Bosvelt cleared a header from William Gallas off the line.",
        "After a quiet opening, James denied Damien Duff, Jiri Jarosik and Mateja Kezman, "
        "while Paul Bosvelt cleared William Gallas' header off the line.",
    )


@pytest.mark.parametrize(
    "source",
    [
        "The court denied Smith bail.",
        "Microsoft denied Google access to the files.",
        "Smith denied the charges.",
        "The minister denied Reuters' report.",
    ],
)
def test_denying_something_to_a_named_party_is_still_a_negation(source):
    from unspun.audit.negation import _THWARTED

    assert _THWARTED.search(source) is None


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "The mice were injected with the bacteria, some with the plant extract and some "
            "without.",
            "The mice got injections containing the bacteria with or without the plant extract.",
        ),
        (
            "Rats were fed the diet with and without the additive.",
            "Rats were fed the diet, some with the additive and some without.",
        ),
    ],
)
def test_with_or_without_denies_nothing(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)


def test_without_a_thing_is_still_a_negation():
    assert "negation" in changes_by_type(
        "The mice were injected with the bacteria and with the plant extract.",
        "The mice were injected with the bacteria but without the plant extract.",
    )


def test_cannot_tell_whether_is_impossible_to_know_whether():
    assert "negation" not in changes_by_type(
        "Testing cannot tell whether a child will have a mild or a severe reaction.",
        "It is impossible to know from testing whether a child will have a mild or severe "
        "reaction.",
    )


def test_not_only_for_not_just_widens_on_both_sides():
    assert "negation" not in changes_by_type(
        "This could help the firm argue that its drug suits broad groups of patients, not "
        "only those with specific biomarkers.",
        "This could help the firm make the case that its drug suits broad patient groups, not "
        "just those with specific biomarkers.",
    )


def test_not_until_is_said_with_only():
    assert "negation" not in changes_by_type(
        "Arsenal committed 24 fouls, six of them by Vieira, who was not booked until the sixth.",
        "There were 24 fouls by Arsenal, six by Vieira, and it was only his sixth foul that got "
        "him booked.",
    )


def test_not_until_against_a_plain_statement_is_still_a_flip():
    assert "negation" in changes_by_type(
        "The shop will not open until Monday.",
        "The shop will open until Monday.",
    )


def test_an_elliptical_negation_kept_is_no_drop():
    assert "negation" not in changes_by_type(
        "Patients who received stents improved by 28 seconds, against nearly 12 seconds for "
        "those who didn't.",
        "Patients receiving stents improved by 28 seconds, while those who didn’t improved by "
        "nearly 12 seconds.",
    )


def test_an_ability_taken_away_is_being_unable():
    assert "negation" not in changes_by_type(
        "A car wreck left him unable to control his hands.",
        "A car wreck took away his ability to control his hands.",
    )


_PINPOINT = "The tool gives links but does not pinpoint when the word was spoken."
_RULE = "He does not rule out a return to the front bench."


@pytest.mark.parametrize(
    ("suspect", "source", "reversed_"),
    [
        ("The tool also pinpoints the moment the word was spoken.", _PINPOINT, True),
        ("He has ruled out going back to the front bench.", _RULE, True),
        ("The tool cannot pinpoint the moment the word was spoken.", _PINPOINT, False),
        ("He has not ruled out going back to the front bench.", _RULE, False),
        ("The tool gives links to clips of the speech.", _PINPOINT, False),
        ("They ate a nut-free control diet.", "They ate a control diet with no nuts.", False),
        (
            "He warns patients against rushing out to take it.",
            "Patients should not rush out to take it.",
            False,
        ),
    ],
)
def test_a_denied_word_asserted_unnegated_reverses_the_denial(suspect, source, reversed_):
    import re

    from unspun.audit.negation import denial_reversed

    cue = re.search(r"\b(?:not|no)\b", source)
    assert denial_reversed(suspect, source, cue.start(), cue.end()) is reversed_


def test_an_elliptical_negation_denies_nothing_after_its_clause():
    # "those who did not, during the follow-up period": the period is not what is denied
    from unspun.audit.negation import denial_reversed

    source = "Only 3 percent of those who had surgery died, compared with 10 percent of those who did not, during the follow-up period."
    suspect = "During the follow-up period, just 3% of those who had surgery died, against one in ten of those who did not."
    cue = source.index("not")
    assert denial_reversed(suspect, source, cue, cue + 3) is False


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("their inability to agree", True),
        ("it is difficult to furnish", True),
        ("it leaves the limit unchanged", True),
        ("a shortage of drivers", True),
        ("the scarcity of drivers", True),
        ("he dispelled rumours", True),
        ("the bill omits any change", True),
        ("he stopped answering", True),
        ("by banning migrants from it", True),
        ("they were shut out of the awards", True),
        ("it deviates from the plan", True),
        ("she declined to walk the carpet", True),
        # "declined" for "fell": no refusal
        ("sales declined to 3% last year", False),
        ("sales declined to a record low", False),
        ("profits declined sharply", False),
    ],
)
def test_negative_words_a_rewrite_says_a_negation_with(text, negative):
    from unspun.audit.negation import _NEGATIVE_NOUN, _NEGATIVE_WORD

    found = _NEGATIVE_WORD.search(text) or _NEGATIVE_NOUN.search(text)
    assert bool(found) is negative


@pytest.mark.parametrize(
    ("source", "suspect"),
    [
        ("It is a lack of drivers for the trucks.", "It is a shortage of drivers for the trucks."),
        (
            "They can't agree on the details.",
            "It drags on through their inability to agree on the details.",
        ),
    ],
)
def test_a_negation_said_with_a_new_negative_word_is_no_flip(source, suspect):
    import re

    from unspun.audit.negation import _said_with_a_word

    cue = re.search(r"\b(?:lack of|n't|not)\b|n't", source)
    assert _said_with_a_word(source, cue.end(), suspect)


_MARS = "As long as we haven't signed up for the trip to Mars, it is fine."


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # a condition, a negation under another, a pair of opposites
        ("He had indeed signed up for the trip to Mars.", _MARS),
        (
            "He told him to denounce his god before he shot him.",
            "He told him that if he didn't denounce his god he would die.",
        ),
        (
            "Sure, we have made some progress along the way.",
            "I'm not saying we haven't made progress along the way.",
        ),
        # a name, a short verb's object, "until", a question
        ("Many Nobel Prizes were awarded this year.", "No Nobel Prize was awarded this year."),
        ("Schools advertise as gun-free zones here.", "We can't have gun-free zones here."),
        (
            "The romance was confirmed later that year.",
            "The romance was not confirmed until later that year.",
        ),
        (
            "Can we blame people for fearing for their lives?",
            "We can't blame people for fearing for their lives.",
        ),
        # a modal, hearsay, a negation later in the clause, a participle for a noun
        (
            "He said Trump should fulfil the campaign promise soon.",
            "Trump has not yet fulfilled the campaign promise soon.",
        ),
        (
            "He was accused of pursuing teenagers in his thirties.",
            "He denies pursuing teenagers in his thirties.",
        ),
        (
            "He said releasing the tax returns would not be wise.",
            "He is refusing to release the tax returns at all.",
        ),
        (
            "He addressed concerns that rivals might paint him badly.",
            "He was not concerned that rivals might paint him badly.",
        ),
        (
            "Fans asked for pictures of the couple together.",
            "The couple were not pictured together.",
        ),
    ],
)
def test_a_denial_a_rewrite_may_assert_the_word_of(suspect, source):

    from unspun.audit.negation import _NEGATION, denial_reversed

    cue = _NEGATION.search(source)
    assert denial_reversed(suspect, source, cue.start(), cue.end()) is False


def test_a_kept_modal_still_flips():
    # "will not accept" for "will accept": the source says the modal too
    from unspun.audit.negation import denial_reversed

    source = "Those keen to use a mobile will not accept any old handset."
    suspect = "People keen to use a mobile will accept any old handset."
    cue = source.index("not")
    assert denial_reversed(suspect, source, cue, cue + 3)


def test_none_said_at_the_end_keeps_the_sources_none():
    assert "negation" not in changes_by_type(
        "The control group had 26 heart attacks, while the treated group had none.",
        "There were 26 heart attacks in the control group but none in the treated group.",
    )


def test_a_negation_put_first_with_the_verb_inverted_keeps_the_denial():
    assert "negation" not in changes_by_type(
        "In none of the groups, not even among the heaviest users, did the researchers find "
        "links to physical or mental health problems, including depression.",
        "The researchers found no links to physical or mental health issues -- including "
        "depression -- in any group, even those with very high use.",
    )


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "He said Moscow and Beijing were behind the cyber attacks.",
            "He denied Moscow and Beijing were behind the cyber attacks.",
        ),
        (
            "The ministry said Israel, the US or Britain had a role in the strike.",
            "The ministry denied Israel, the US or Britain had any role in the strike.",
        ),
    ],
)
def test_denying_a_claim_about_named_parties_is_still_a_negation(suspect, source):
    assert "negation" in changes_by_type(suspect, source)
    assert "negation" in changes_by_type(source, suspect)


def test_a_negation_said_of_another_claim_does_not_keep_a_dropped_one():
    # "not be" kept for spending does not keep the "not be" of the taxes
    assert "negation" in changes_by_type(
        "He said taxes would be raised next year but spending would not be cut.",
        "He said taxes would not be raised next year and spending would not be cut.",
    )


def test_an_elliptical_negation_is_kept_only_in_a_relative_clause():
    assert "negation" in changes_by_type(
        "The minister resigned over the scandal, though aides insist the minister didn't.",
        "The minister didn't resign over the scandal.",
    )


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        ("She took pride in her ability to sing in public.", "She could not sing in public."),
        ("He took advantage of his ability to move freely.", "He was unable to move freely."),
    ],
)
def test_an_ability_used_is_no_ability_taken_away(suspect, source):
    assert "negation" in changes_by_type(suspect, source)


def test_an_ability_robbed_is_being_unable():
    assert "negation" not in changes_by_type(
        "The injury robbed him of the ability to walk unaided.",
        "The injury left him unable to walk unaided.",
    )


@pytest.mark.parametrize(
    "suspect",
    [
        "Smith played for the club until 2015, the only team he joined.",
        "The company paid its workers until March, only to stop in April.",
    ],
)
def test_not_until_against_an_only_of_something_else_is_still_a_flip(suspect):
    source = {
        "S": "Smith did not play for the club until 2015.",
        "T": "The company did not pay its workers until March.",
    }[suspect[0]]
    assert "negation" in changes_by_type(suspect, source)


def test_an_ability_taken_away_from_a_named_person_is_being_unable():
    assert "negation" not in changes_by_type(
        "A car wreck left Nathan Copeland unable to control his hands.",
        "A car wreck took away Nathan Copeland's ability to control his hands.",
    )


def test_none_closing_a_clause_about_others_keeps_no_sources_none():
    got = changes_by_type(
        "All 40 patients given the drug died, while the placebo group had none.",
        "None of the 40 patients given the drug died.",
    )
    assert "negation" in got


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # a name is whole words: "Baldw" before "in" is none
        (
            "Bieber confirms Hailey Baldwin dating rumours.",
            "Bieber denies Hailey Baldwin dating rumours.",
        ),
    ],
)
def test_a_claim_denied_about_a_named_party_is_no_player_thwarted(suspect, source):
    assert "negation" in changes_by_type(suspect, source)


def test_a_title_abbreviated_is_no_player_thwarted():
    from unspun.audit.negation import _thwarted

    assert _thwarted("He vehemently denies Ms. Perrineau's outrageous claims.") == []
    assert _thwarted("James denied Duff in the first half.") != []


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "All games were suspended on Sunday because of the storm.",
            "There were no games on Sunday because of the storm.",
        ),
        (
            "Sunday's games were called off because of the storm.",
            "There were no games on Sunday because of the storm.",
        ),
        (
            "There were no trains on Monday morning because of the strike.",
            "All trains were cancelled on Monday morning because of the strike.",
        ),
    ],
)
def test_an_event_called_off_in_the_passive_is_no_event(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "The games were not cancelled on Sunday despite the storm.",
            "The games were cancelled on Sunday because of the storm.",
        ),
        (
            "All games were cancelled on Sunday because of the storm.",
            "No games were cancelled on Sunday despite the storm.",
        ),
        (
            "All games were played on Sunday despite the storm.",
            "There were no games on Sunday because of the storm.",
        ),
    ],
)
def test_an_event_called_off_or_not_is_still_a_flip(suspect, source):
    assert "negation" in changes_by_type(suspect, source)


def test_a_not_before_the_sources_own_words_flips_them_whatever_follows():
    got = changes_by_type(
        "Marvel said it would not appeal the ruling of the court.", "Marvel said it would appeal."
    )
    assert got["negation"].suspect.text == "not"


def test_a_not_before_other_words_than_the_sources_is_no_flip():
    assert "negation" not in changes_by_type(
        "She said she did not want to be famous.", "She said she wanted to do more with it."
    )


def test_a_not_added_where_both_sentences_deny_something_else_is_still_a_flip():
    got = changes_by_type(
        "Marvel said it would not appeal the ruling and did not expect it to hurt its forecasts.",
        "Marvel said it would appeal and did not expect the decision to hurt its forecasts.",
    )
    assert got["negation"].suspect.text == "not"


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Cancer came back in 43% of men who did not take the drugs, and a third of men who did.",
            "43% of men who didn't take the drugs had a recurrence, against 33% of men who did take them.",
        ),
        (
            "The source admitted that things are not perfect between the couple.",
            "The source admits that doesn't mean things are perfect between them.",
        ),
    ],
)
def test_a_not_the_source_says_too_or_just_before_is_no_flip(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)


def test_a_without_clause_left_out_is_no_negation_dropped():
    # "without" denies the visa; the suspect keeps only what follows the "and"
    source = (
        'He entered without a visa and later told his family he was "accused of treating '
        'dying civilians, which has been classed as an act of terrorism".'
    )
    suspect = (
        'He later told his family he was "accused of treating dying civilians, which has '
        'been classed as an act of terrorism".'
    )
    assert "negation" not in changes_by_type(suspect, source)
    assert "negation" in changes_by_type(
        "He entered with a visa and later told his family.", source
    )


def test_a_denial_of_something_else_is_no_negation_added():
    source = (
        "Antibodies are proteins that help fight off infections and can provide protection "
        "against getting that disease again."
    )
    assert "negation" not in changes_by_type(
        "Antibodies are virus-specific, so having antibodies for one virus does not provide "
        "protection against other viruses.",
        source,
    )
    # the same claim denied is still one
    assert "negation" in changes_by_type(
        "Antibodies do not provide protection against getting that disease again.", source
    )


@pytest.mark.parametrize(
    ("suspect", "source", "flipped"),
    [
        # a claim of one word after the negation, at the end of its sentence
        (
            "The new drug for migraines was approved.",
            "The new drug for migraines was not approved.",
            True,
        ),
        (
            "It has been confirmed that the film will be released in cinemas.",
            "Reports that the film will be released in cinemas have yet to be confirmed.",
            True,
        ),
        # "without" denies a thing, which a comparison names on both sides
        (
            "It worked as well in patients with diabetes as in those without.",
            "It worked as well in patients with diabetes as in patients without diabetes.",
            False,
        ),
    ],
)
def test_a_negation_of_a_one_word_predicate_dropped_is_a_flip(suspect, source, flipped):
    changes = unspun.compare(suspect, source).findings[0].changes
    assert any(c.type == "negation" for c in changes) is flipped


def test_not_stopped_from_winning_is_a_win():
    source = (
        "He then recovered from a poor start in the second race to beat Swede Daniel Persson "
        "and Italy's Luca Verdecchia."
    )
    assert "negation" not in changes_by_type(
        "A poor start in the second race did not stop him beating Sweden's Daniel Persson and "
        "Italy's Luca Verdecchia.",
        source,
    )
    # against a source that says he was stopped, the "not" turns it round
    assert "negation" in changes_by_type(
        "A poor start in the second race stopped him beating Daniel Persson.",
        "A poor start in the second race did not stop him beating Daniel Persson.",
    )


def test_a_claim_rejected_then_conceded_is_a_flipped_negation():
    source = (
        "Mr Sullivan also rejects a suggestion that he had once told board member Bert Roberts "
        "that Mr Ebbers was unaware of the fraud."
    )
    got = changes_by_type(
        "Mr Sullivan also conceded that he had once told board member Bert Roberts that Mr "
        "Ebbers was unaware of the fraud.",
        source,
    )
    assert got["negation"].source.text.startswith("rejects a suggestion that")
    assert "negation" not in changes_by_type(
        "Mr Sullivan also denied that he had once told board member Bert Roberts that Mr "
        "Ebbers was unaware of the fraud.",
        source,
    )


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # idioms built on a "not" that assert
        (
            "Peter Strzok, the FBI agent who couldn't resist sending anti-Trump messages to a "
            "colleague, said he is willing to testify.",
            "Peter Strzok, the FBI agent who sent anti-Trump messages to a colleague, has said "
            "he's willing to testify.",
        ),
        (
            "And just when you thought it couldn't get any worse, these banks have successfully "
            "raised equity capital from private investors.",
            "These repayments follow a period in which many banks have successfully raised "
            "equity capital from private investors.",
        ),
        (
            "He is trying to distract himself with friends, but he can't help but think about "
            "her all the time.",
            "He is trying to distract himself with friends, but he keeps thinking about her all "
            "the time.",
        ),
        # a denial the other side says another way
        (
            "The International Federation of Red Cross has denied any knowledge of the statement "
            "ever being issued by the Syrian branch.",
            "The International Federation of Red Cross is saying they are unaware of such a "
            "statement having ever been issued by the Syrian branch.",
        ),
        (
            "Cheryl prefers to stay at home watching TV instead of attending showbiz parties.",
            "A source said Cheryl would rather stay in watching soaps on TV than go out to "
            "showbiz parties.",
        ),
        (
            "She asserts that our democracy should not be auctioned off to the highest bidder.",
            "Enough is enough: our democracy is too important to be auctioned off to the highest "
            "bidder.",
        ),
        (
            "Several fact-checkers expressed their lack of trust in the social media giant and "
            "their employers.",
            "Several fact-checkers have spoken out to reveal their distrust in the social media "
            "giant and their employers.",
        ),
    ],
)
def test_a_negation_the_other_side_says_without_a_not_is_no_flip(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)


def test_unable_for_not_able_is_one_denial_on_each_side():
    assert "negation" not in changes_by_type(
        "Officials fear that hundreds of tenants could be unable to take part in the vote.",
        "Officials are concerned hundreds of tenants may not be able to vote.",
    )


def test_a_denied_word_against_its_opposite_without_a_prefix_is_still_a_flip():
    assert "negation" in changes_by_type(
        "Several fact-checkers expressed their trust in the social media giant and their "
        "employers.",
        "Several fact-checkers have spoken out to reveal their distrust in the social media "
        "giant and their employers.",
    )


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # the quality the source denies ("new") is not said: that clause was left out
        (
            "It already exists as a website offering advice on recording a demo.",
            "One Music is not new to Radio 1 as it already exists as a website, offering "
            "advice on recording a demo.",
        ),
        (
            "And its findings may be less weighty than you might conclude.",
            "Only this study is not so new -- and its findings may be less weighty than "
            "might be concluded.",
        ),
        # "excluded from" says "will not extend to"
        (
            "People who made their money through drugs trafficking will be excluded from the "
            "amnesty.",
            "The amnesty will not extend to people who made money through drugs trafficking.",
        ),
    ],
)
def test_a_denial_the_suspect_leaves_out_or_says_with_a_word_is_kept(suspect, source):
    assert "negation" not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    "source",
    [
        "The new drug is not safe for children, the agency said.",
        "The new drug isn't safe for children, the agency said.",
    ],
)
def test_a_denied_quality_the_suspect_asserts_is_a_flip(source):
    got = changes_by_type("The new drug is safe for children, the agency said.", source)
    assert "negation" in got
