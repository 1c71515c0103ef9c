"""Hedging dropped, certainty raised (audit/hedging.py)."""

import pytest
from helpers import changes_by_type

import unspun

# --- words that are no hedge --------------------------------------------------------------


def test_month_may_is_not_a_hedge():
    got = changes_by_type(
        "The law took effect in May after the vote.", "In May the law took effect."
    )
    assert "hedging" not in got


def test_adjective_suspected_is_not_a_hedge():
    got = changes_by_type(
        "Workers with confirmed infection can return after 10 days.",
        "Workers with confirmed or suspected infection can return after 10 days.",
    )
    assert "hedging" not in got


def test_certain_as_some_is_no_word_of_certainty():
    from unspun.audit.hedging import _CERTAIN

    assert _CERTAIN.search("There are certain risks to the drug.") is None
    assert _CERTAIN.search("A recovery is now certain.").group() == "now certain"


def test_may_to_can_keeps_a_modal_and_is_not_hedging():
    got = changes_by_type(
        "The virus can lead to mild or severe breathing problems.",
        "The virus may lead to mild or severe breathing problems.",
    )
    assert "hedging" not in got
    raised = changes_by_type(
        "The virus will lead to severe breathing problems.",
        "The virus may lead to severe breathing problems.",
    )
    assert raised["hedging"].source.text == "may"


# --- a hedge kept, reported or asked is not dropped ---------------------------------------


def test_a_hedge_the_suspect_keeps_is_not_dropped():
    got = changes_by_type(
        "Letterman proved that anyone could make a go of it around midnight.",
        "Letterman signaled to the business that anyone could make a go of it around midnight.",
    )
    assert "hedging" not in got
    assert "hedging" in changes_by_type(
        "Letterman proved that anyone will make a go of it around midnight.",
        "Letterman signaled to the business that anyone could make a go of it around midnight.",
    )


def test_reported_would_is_direct_will():
    got = changes_by_type(
        "Cuellar insists that all protections will remain intact.",
        "Cuellar said all protections would remain intact.",
    )
    assert "hedging" not in got
    got = changes_by_type("The plan will raise the stakes.", "The plan would raise the stakes.")
    assert "hedging" in got  # no speech reported: "would" became "will"


def test_would_of_a_plan_described_is_too_weak_to_become_will():
    got = changes_by_type(
        "A positive TB result will lead to an automatic denial of the visa application.",
        "A positive test for tb would automatically mean visa applications being turned down.",
    )
    assert "hedging" not in got


def test_a_claim_still_attributed_keeps_its_claims_that():
    assert "hedging" not in changes_by_type(
        "According to Mr Sullivan, Mr Ebbers refused to put a stop to the fraud.",
        "Mr Sullivan claims that Mr Ebbers refused to stop the fraud.",
    )


def test_allegedly_after_a_charge_dropped_is_no_hedging_change():
    # the charge already says it is alleged; without one, "allegedly" dropped is a change
    got = changes_by_type(
        "On Monday he was charged with running a $7million Ponzi scheme.",
        "He was charged Monday with allegedly running a $7million Ponzi scheme.",
    )
    assert "hedging" not in got
    got = changes_by_type(
        "He ran a $7million Ponzi scheme, prosecutors said.",
        "Prosecutors said he allegedly ran a $7million Ponzi scheme.",
    )
    assert "hedging" in got
    # nor when words stand between the charge and the hedge, in the same clause
    got = changes_by_type(
        "He was charged with two counts of stealing from the charity last year.",
        "He was charged with two counts of allegedly stealing from the charity last year.",
    )
    assert "hedging" not in got
    # a charge in another clause does not cover the claim "allegedly" qualified
    got = changes_by_type(
        "Smith was arrested for drink-driving and hit a cyclist on the A1 road near Leeds.",
        "Smith was arrested for drink-driving and allegedly hit a cyclist on the A1 road near "
        "Leeds.",
    )
    assert "hedging" in got


def test_a_question_raises_no_certainty():
    got = changes_by_type(
        "Will he wear a jazzy shirt and metallic boots?",
        "He will probably wear a jazzy shirt and metallic boots.",
    )
    assert "hedging" not in got


# --- certainty raised ---------------------------------------------------------------------


def test_a_finding_suggested_then_shown_is_a_hedging_change():
    got = changes_by_type(
        "Some studies, including the new report, show that taking DHA during pregnancy lowers "
        "the risk of premature birth.",
        "Some studies, including the new report, suggest DHA supplementation in pregnancy "
        "reduces the likelihood of premature birth.",
    )
    assert got["hedging"].suspect.text == "studies, including the new report, show"
    assert got["hedging"].source.text == "suggest"


def test_may_seek_become_will_push_for_is_a_hedging_change():
    got = changes_by_type(
        "Standard Life, which holds a 1% stake, will push for a shareholder vote on the matter.",
        "Standard Life, which owns a 1% stake, may seek a shareholder vote on the issue.",
    )
    assert got["hedging"].suspect.text == "will"


def test_a_dropped_modal_is_seen_whatever_the_verb_s_inflection():
    # "faces" for "could face": a four-letter stem keeps its "s"
    got = changes_by_type(
        "Mr Ebbers faces a sentence of 85 years in prison on the charges against him.",
        "Mr Ebbers could face a sentence of 85 years if convicted of the charges he is facing.",
    )
    assert got["hedging"].source.text == "could"


def test_a_hedge_raised_before_a_question_in_the_same_sentence_is_a_change():
    got = changes_by_type(
        "\"It will solve an old problem: if people can't get to us, how can we reach them?",
        '"It could solve an old problem: if people can\'t get to us, how can we reach them?"',
    )
    assert got["hedging"].source.text == "could"
    # a question throughout asserts nothing
    assert "hedging" not in changes_by_type(
        "Will it solve the old problem?", "Could it solve the old problem?"
    )


@pytest.mark.parametrize(
    ("suspect", "source", "change"),
    [
        # a report verb the source has too, or an adjective, hedges nothing
        (
            "A study suggests that coffee will prevent cancer.",
            "A study suggests that coffee may prevent cancer.",
            "hedging",
        ),
        (
            "The expected storm will hit the coast on Friday.",
            "A storm could hit the coast on Friday.",
            "hedging",
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
        # one of two hedges raised
        (
            "The drug may cut deaths and will be approved next month.",
            "The drug may cut deaths and may be approved next month.",
            "hedging",
        ),
        # a hedge dropped
        (
            "12 people were killed, police said.",
            "Reportedly 12 people were killed, police said.",
            "hedging",
        ),
        (
            "Controlling the condition reduces the risk.",
            "controlling the condition may reduce the risk.",
            "hedging",
        ),
    ],
)
def test_real_changes_stay_caught(suspect, source, kind):
    assert kind in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (
            "Officials are certain the virus came from bats.",
            "Officials believe the virus may have come from bats.",
            "hedging",
        ),
    ],
)
def test_changes_the_first_cut_of_this_rule_missed(suspect, source, kind):
    assert kind in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "found"),
    [
        # "will" after an "if" clause with no comma is still raised
        (
            "If the vote passes the law will take effect in May.",
            "If the vote passes the law may take effect in May.",
            "hedging",
            True,
        ),
        # "claimed" keeps a claim, "said" does not
        (
            "Smith said the election was rigged.",
            "Smith claimed that the election was rigged.",
            "hedging",
            True,
        ),
        (
            "Frankel claimed she had photos of Tom at a bar.",
            "Frankel alleged that she had photos of Tom at a bar.",
            "hedging",
            False,
        ),
    ],
)
def test_review_cases_for_the_wider_checks(suspect, source, kind, found):
    assert (kind in changes_by_type(suspect, source)) is found


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "found"),
    [
        # a "may" the suspect never carries, or a name, is no hedge dropped
        (
            "Officials said the drug may reduce joint pain in older patients.",
            "Officials said the drug may reduce joint pain in older patients and may also cut hospital stays.",
            "hedging",
            False,
        ),
        (
            "Mrs May's spokesman said the prime minister thinks Brexit may be delayed.",
            "Mrs May thinks Brexit may be delayed, her spokesman said.",
            "hedging",
            False,
        ),
    ],
)
def test_third_review_cases(suspect, source, kind, found):
    got = changes_by_type(suspect, source)
    assert (kind in got) is found


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # a "will" the suspect itself reports as a suggestion keeps the source's hedge
        (
            "Reports suggest that the plan will provide 150 billion to the health system.",
            "the plan reportedly includes 150 billion for the health system.",
            "hedging",
        ),
        # "may 19" in a lower-case source is the month
        (
            "Controlling the condition reduces the risk.",
            "updated may 19 2020. controlling the condition reduces the risk.",
            "hedging",
        ),
    ],
)
def test_paraphrases_that_are_no_change(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (
            "No one is certain whether the drug works in children.",
            "It is unclear whether the drug may work in children.",
            "hedging",
        ),
    ],
)
def test_faithful_wordings_that_once_looked_like_changes(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "changed"),
    [
        # a finding the source only suggests, shown; the subject named another way
        (
            "The findings are enough to show that vaping does not increase infection rates.",
            "The present results suggest that vaping does not increase infection rates.",
            "hedging",
            True,
        ),
        # nearly the same made the same
        (
            "The test is just as effective as colonoscopy at reducing deaths from cancer.",
            "The test is almost equal to colonoscopy in reducing deaths from cancer.",
            "hedging",
            True,
        ),
        (
            "The test is nearly as effective as colonoscopy at reducing deaths from cancer.",
            "The test is almost equal to colonoscopy in reducing deaths from cancer.",
            "hedging",
            False,
        ),
        # "points to" is said of evidence that suggests
        (
            "The study points to the need for further controlled studies of the approach.",
            "The results suggest further controlled studies of this approach are needed.",
            "hedging",
            False,
        ),
        # "point to" cites as often as it hedges
        (
            "Critics cite the delays as proof that the project is failing.",
            "Critics point to the delays as proof that the project is failing.",
            "hedging",
            False,
        ),
        # evidence that "points to" something, made proof of it
        (
            "The data proves that the economy is recovering.",
            "The data points to an economy that is recovering.",
            "hedging",
            True,
        ),
        # "should deliver" made "will deliver"; advice made a need is not
        (
            "The bank said the schemes will deliver a return of 8% a year.",
            "The bank said the schemes should deliver a return of 8% a year.",
            "hedging",
            True,
        ),
        (
            "Patients will need to avoid red meat for three days.",
            "Patients should avoid red meat for three days.",
            "hedging",
            False,
        ),
    ],
)
def test_forms_that_say_the_same_and_changes_that_do_not(suspect, source, kind, changed):
    assert (kind in changes_by_type(suspect, source)) is changed


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # a tentative finding said with another tentative word
        (
            "The medication appeared to stop small tumors from growing, researchers said.",
            "The medication apparently caused small tumors to stop growing, researchers said.",
            "hedging",
        ),
        (
            "An earlier study showed a similar drug works, but the new trial indicates that "
            "dutasteride works slightly better.",
            "A previous study found a similar drug works, but the new research suggests that "
            "dutasteride is slightly more effective.",
            "hedging",
        ),
        # a certainty only supposed
        (
            "If future research confirms the results, fish oil could offer a safe way to "
            "prevent psychosis.",
            "If future research bears out the findings, fish oil could potentially offer a safe "
            "way to prevent psychosis.",
            "hedging",
        ),
    ],
)
def test_the_same_claim_in_other_words_is_no_change(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Prosecutors allege that Mr Ebbers directed Mr Sullivan to conceal the finances.",
            "Prosecutors have alleged that Mr Ebbers directed Mr Sullivan to hide the finances.",
        ),
        (
            "The pair were suspended over allegations that they missed three drugs tests.",
            "The duo were suspended for allegedly missing three drugs tests.",
        ),
        (
            "The trial built on earlier research suggesting that chemical levels differ.",
            "The trial was based on previous research that suggested chemical levels differ.",
        ),
    ],
)
def test_another_form_of_the_hedge_keeps_it(suspect, source):
    assert "hedging" not in changes_by_type(suspect, source)


def test_a_hedge_dropped_is_still_caught_beside_those_forms():
    got = changes_by_type(
        "The duo were suspended after they missed three drugs tests.",
        "The duo were suspended for allegedly missing three drugs tests.",
    )
    assert got["hedging"].source.text == "allegedly"


def test_less_likely_compares_how_often_and_hedges_nothing():
    got = changes_by_type(
        "Serious side effects were less common in patients on gemcitabine than in those on the "
        "other treatment.",
        "Patients on gemcitabine were less likely to experience serious side effects than "
        "those on the other treatment.",
    )
    assert "hedging" not in got


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "The new drug cuts deaths by half, say researchers responding to allegations of fraud.",
            "The new drug may cut deaths by half, say researchers responding to allegations of fraud.",
        ),
        (
            "Amid speculation over his future, the coach said the team faces relegation.",
            "Amid speculation over his future, the coach said the team may face relegation.",
        ),
        (
            "Critics have raised the allegations before, but the firm stole the money.",
            "Critics have raised the allegations before, but the firm allegedly stole the money.",
        ),
    ],
)
def test_another_form_of_a_hedge_over_other_words_keeps_no_hedge(suspect, source):
    assert "hedging" in changes_by_type(suspect, source)


def test_a_trailing_allege_keeps_the_hedge_on_what_it_follows():
    got = changes_by_type(
        "The man stole the car, prosecutors allege.",
        "The man may have stolen the car, prosecutors said.",
    )
    assert "hedging" not in got


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # a "will" over what the source's "could" governs, though the source says "will" of
        # something else
        (
            "More studies will be needed, but judging by today's research, TMS will be key to "
            "improving the lives of Americans.",
            "More studies will be needed, but if today's research is any indication, TMS could "
            "be a key to improving the lives of Americans.",
        ),
        # results that "prove" what they "strongly suggest"
        (
            "The team stated that their results prove the patient has been cured of HIV.",
            "Our results strongly suggest that cure of HIV has been achieved in this patient, "
            "the team wrote.",
        ),
    ],
)
def test_certainty_put_over_a_hedged_claim(suspect, source):
    assert "hedging" in changes_by_type(suspect, source)


def test_may_prove_keeps_the_hedge():
    got = changes_by_type(
        "Small group sessions with multiple trainers may also prove effective.",
        "Breakout sessions with smaller groups could be effective with multiple trainers.",
    )
    assert "hedging" not in got


def test_more_likely_made_a_will_is_raised_certainty():
    got = changes_by_type(
        "Patients will experience side effects.",
        "Patients were more likely to experience side effects.",
    )
    assert got["hedging"].source.text == "likely"


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "A total of 37 offices across the UK have already closed in the first wave of cuts.",
            "A total of 37 offices across the UK would close in the first wave of cuts.",
        ),
        (
            "McDonald's has already been sponsoring a programme on MTV as part of its promotion.",
            "McDonald's is to sponsor a programme on MTV as part of its promotion.",
        ),
    ],
)
def test_a_plan_reported_as_already_done_is_hedging(suspect, source):
    got = changes_by_type(suspect, source)
    assert "hedging" in got
    assert got["hedging"].suspect.text == "already"


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # a state someone is in already is no plan reported as done
        (
            "Insulin rose only in people who already had memory problems.",
            "Insulin will rise only in people with memory problems.",
        ),
        # the suspect keeps the plan
        (
            "The 37 offices are already set to close in the first wave of cuts.",
            "The 37 offices would close in the first wave of cuts.",
        ),
        (
            "It'll help those who already have health insurance.",
            "It will help those who have health insurance.",
        ),
        # what describes someone, after "who have": no plan reported as done
        (
            "Residents who have already left the town were told not to return to their homes.",
            "Residents who left the town were told they would not be able to return to their homes.",
        ),
        # the source says it is done already; its plan is about something else
        (
            "The council has already closed two libraries to cut costs.",
            "The council, which has already closed two libraries, would close a third branch "
            "to cut costs.",
        ),
    ],
)
def test_already_beside_what_is_still_to_come_is_no_change(suspect, source):
    assert "hedging" not in changes_by_type(suspect, source)


def test_a_claim_kept_as_someone_s_claim_by_another_form_of_the_verb_is_still_hedged():
    source = (
        "Robert Peston's new book has prompted more speculation about the rift with its claims "
        "that the prime minister broke a promise made in 2003 to stand down."
    )
    got = changes_by_type(
        "Robert Peston's new book, claiming the prime minister broke a 2003 promise to stand "
        "down, has fuelled speculation about the rift.",
        source,
    )
    assert "hedging" not in got
    got = changes_by_type(
        "Robert Peston's new book shows the prime minister broke a 2003 promise to stand "
        "down, fuelling speculation about the rift.",
        source,
    )
    assert "hedging" in got


# --- certainty raised in other words, and lowered -------------------------------------------


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # a finding stated as shown, or as a conclusion
        (
            "Falling levels of the hormone have been shown to drive memory loss in old age.",
            "Falling levels of the hormone are suspected to play a role in memory loss in old age.",
        ),
        (
            "Fried food is behind the high rate of strokes in the region, new research shows.",
            "The high rate of strokes in the region may be linked to fried food, new research "
            "suggests.",
        ),
        (
            "The researchers concluded the weak results reflect the power of the other drugs.",
            "The researchers theorized that the weak results may simply reflect the power of the "
            "other drugs.",
        ),
        # "fairly certain", "tipped to", "moderate certainty" made certain
        (
            "The coach said it is certain that the rules are going to change next season.",
            "The coach said it's fairly certain the rules are going to change next season.",
        ),
        (
            "The charity single is also certain to be the Christmas number one.",
            "The charity single is also tipped to be the Christmas number one.",
        ),
        (
            "They found evidence of high certainty that early walking is linked to fewer falls.",
            "They found evidence of moderate certainty that early walking is linked to fewer "
            "falls.",
        ),
        # what those who study it believe, stated as shown
        (
            "The researchers showed this led more often to hearing loss in the older workers.",
            "The researchers believe this led more often to hearing loss in the older workers.",
        ),
    ],
)
def test_certainty_raised_in_other_words_is_hedging(suspect, source):
    # said with a word of certainty, so judged however loosely the rest follows its source
    assert changes_by_type(suspect, source)["hedging"].suspect is not None


def test_a_hedge_that_closes_its_sentence_governs_the_words_before_it():
    got = changes_by_type(
        "Local bans on salt in canteens led to fewer strokes in three counties, a new study "
        "has proven.",
        "Local bans on salt in canteens led to fewer strokes in three counties, a new study "
        "suggests.",
    )
    assert got["hedging"].source.text == "suggests"
    assert "hedging" not in changes_by_type(
        "Local bans on salt in canteens led to fewer strokes in three counties, a new study "
        "indicates.",
        "Local bans on salt in canteens led to fewer strokes in three counties, a new study "
        "suggests.",
    )


def test_will_a_hedge_qualifies_is_no_certainty_of_the_source():
    got = changes_by_type(
        "The team said the new drug will be useful against other kinds of infection.",
        "The team said the new drug will likely be useful against other kinds of infection.",
    )
    assert (got["hedging"].suspect.text, got["hedging"].source.text) == ("will", "likely")
    # "is likely to" overruled by "will", though the source says "will" of something else
    got = changes_by_type(
        "The minister will defend the handling of the budget in a speech on Friday.",
        "The minister will speak on Friday, and she is likely to defend the handling of the "
        "budget in her speech.",
    )
    assert (got["hedging"].suspect.text, got["hedging"].source.text) == ("will", "likely")


def test_a_modal_copied_from_another_clause_keeps_no_dropped_hedge():
    got = changes_by_type(
        "The mayor said that old buses should be sold to pay for new cycle lanes.",
        "The mayor is alleged to have said that old buses should be sold to pay for new cycle "
        "lanes.",
    )
    assert got["hedging"].source.text == "alleged"
    # a modal said with the hedge keeps it: "could potentially offer" to "could offer"
    assert "hedging" not in changes_by_type(
        "The new filter could offer a cheap way to clean river water.",
        "The new filter could potentially offer a cheap way to clean river water.",
    )


def test_can_turned_into_will_of_the_same_verb_is_hedging():
    got = changes_by_type(
        "The court ruled for the airline, but the government will appeal the ruling.",
        "The court ruled for the airline, but the government can appeal the ruling.",
    )
    assert got["hedging"].source.text == "can"
    assert "hedging" not in changes_by_type(
        "Patients can stop the drug after a week, and the rash will fade.",
        "Patients can stop the drug after a week, and the rash fades.",
    )


def test_certainty_lowered_is_hedging():
    got = changes_by_type(
        "The finance minister suggested that exports may have grown 8% last year.",
        "The finance minister confirmed that exports had grown 8% last year.",
    )
    assert got["hedging"].suspect.text == "suggested"
    # the source hedged already, or the same hedge kept
    assert "hedging" not in changes_by_type(
        "The finance minister suggested that exports may have grown 8% last year.",
        "The finance minister said that exports will probably show growth of 8% this year.",
    )
    assert "hedging" not in changes_by_type(
        "The minister said exports might grow 8% next year.",
        "The minister said exports may grow 8% next year.",
    )


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "The drug might cut the risk of stroke in older women.",
            "The drug may cut the risk of stroke in older women.",
        ),
        (
            "The results indicate that the drug cuts the risk of stroke in older women.",
            "The results suggest that the drug cuts the risk of stroke in older women.",
        ),
        (
            "The storm will probably reach the coast by Monday night.",
            "The storm is likely to reach the coast by Monday night.",
        ),
        (
            "I believe it is wrong that the council closed the library in the village.",
            "I think it is wrong that the council closed the library in the village.",
        ),
        (
            "A new study has proven the bans led to fewer strokes in the three counties.",
            "A new study proves the bans led to fewer strokes in the three counties.",
        ),
    ],
)
def test_the_same_certainty_in_other_words_is_no_hedging(suspect, source):
    assert "hedging" not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # a former belief contrasted, no hedge
        (
            "A large trial found fish oil does not appear to help mothers avoid depression.",
            "Fish oil does not appear to help mothers avoid depression as previously believed, "
            "a large trial found.",
        ),
        # other words for a belief or a report
        (
            "Roberts thinks the study could change how nurses treat burns.",
            "Roberts believes that this study could change how nurses treat burns.",
        ),
        (
            "It is also reported that the singer has asked for a new contract with the label.",
            "The singer has reportedly asked for a new contract with the label.",
        ),
        (
            "The envoy asserted that the visas were given as a favour to senior officials.",
            "The envoy alleged that the visas were given as a favour to senior officials.",
        ),
        # some reports suggest it, though the "may" under the suggestion is dropped
        (
            "Some reports suggest that the pair began dating while they were still married.",
            "Some reports suggest the pair may have been dating while they were still married.",
        ),
        # a hedge inside brackets qualifies only what the brackets hold
        (
            "Things you can know about the senator: he voted against the national holiday.",
            "Things you can know about the senator (but probably don't): he voted against the "
            "national holiday.",
        ),
        # "as possible" closing a sentence qualifies nothing before it
        (
            "The protests will have done great damage to the city centre and its shops.",
            "The protesters did damage to the city centre and its shops, as much as possible.",
        ),
    ],
)
def test_no_hedge_dropped_in_other_words(suspect, source):
    assert "hedging" not in changes_by_type(suspect, source)


def test_a_plan_or_an_appearance_in_other_words_keeps_its_hedge():
    assert "hedging" not in changes_by_type(
        "The firm intends to add paid services, and a feature that would let users call landlines.",
        "The firm plans to add paid services, and a feature that would let users call landlines.",
    )
    assert "hedging" not in changes_by_type(
        "That may have angered his cousins, who complained of the apparent snub to the league.",
        "It may have angered his cousins, who complained of the snub apparently given to the "
        "league.",
    )
    # "plans to" made "will" is no plan kept, whatever "hope" the suspect speaks of
    assert "hedging" in changes_by_type(
        "Hope grows as the firm will add paid services for its users.",
        "The firm plans to add paid services for its users.",
    )


def test_could_not_for_was_unable_to_is_what_happened_not_a_hedge():
    assert "hedging" not in changes_by_type(
        "Greene was denied gold when he was unable to catch Lewis-Francis on the final leg.",
        "Greene was denied gold when he could not catch Lewis-Francis on the final leg.",
    )
    assert "hedging" in changes_by_type(
        "Greene will catch Lewis-Francis on the final leg.",
        "Greene could catch Lewis-Francis on the final leg.",
    )


def test_a_suspect_that_keeps_the_may_of_a_reported_finding_keeps_it_tentative():
    # "a survey suggests that X may Y": the claim's own "may", kept, keeps it a maybe,
    # however the suspect orders the claim
    source = (
        "A new survey suggests that long commutes may be putting office workers at greater "
        "risk of burnout."
    )
    assert "hedging" not in changes_by_type(
        "Office workers may be at a higher risk of burnout due to long commutes, according to "
        "a new survey.",
        source,
    )
    # both dropped: the finding is stated as fact
    assert "hedging" in changes_by_type(
        "Office workers are at a higher risk of burnout due to long commutes, according to a "
        "new survey.",
        source,
    )


# --- a hedge kept in another form ---------------------------------------------------------


def test_a_that_clause_keeps_its_hedge_past_an_aside_in_commas():
    # "allege that X, 52, ordered ...": the aside does not end what is alleged
    got = changes_by_type(
        "Police allege that Mr Hart, 52, ordered his driver to hide the stolen paintings "
        "in a barn near the farm.",
        "Police have alleged that Mr Hart, 52, ordered his driver to conceal the stolen "
        "paintings in a barn near the farm.",
    )
    assert "hedging" not in got
    got = changes_by_type(
        "The runner was banned by the federation over allegations that she skipped four "
        "doping tests, one of them in Berlin.",
        "The runner was banned by the federation for allegedly skipping four doping tests, "
        "including one in Berlin.",
    )
    assert "hedging" not in got


def test_a_hedge_before_the_main_clause_keeps_nothing_after_its_comma():
    got = changes_by_type(
        "Amid speculation that the manager is leaving, the club will sell its striker.",
        "The club may sell its striker, amid speculation that the manager is leaving.",
    )
    assert "hedging" in got


def test_suspected_after_an_adverb_is_still_a_hedge():
    got = changes_by_type(
        "These wells are all suspected sources of the oil leaking into the river each spring.",
        "All these wells are suspected sources of the oil leaking into the river each spring.",
    )
    assert "hedging" not in got


def test_fancied_to_is_tipped_to():
    got = changes_by_type(
        "They are the form side of the league and are fancied to win their first title since 1972.",
        "They are the form side of the league and are tipped to win their first title since 1972.",
    )
    assert "hedging" not in got


# --- a "will" or "already" that is no certainty raised over another clause's hedge ---------


def _changes_against(suspect: str, sources: list[str]) -> dict:
    from unspun.audit import EntityTagger, find_changes
    from unspun.documents import Sentence
    from unspun.models import nlp

    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    ts, at = [], 0
    for i, text in enumerate(sources):
        ts.append(Sentence("t", i, at, at + len(text), text, "body"))
        at += len(text) + 1
    joined = " ".join(sources)
    return {c.type: c for c in find_changes(s, ts, tagger=EntityTagger(nlp()), source_text=joined)}


def test_a_will_the_source_says_of_the_same_words_raises_nothing():
    sources = [
        'He said: "The new fund is an excellent initiative that will help create jobs, cut '
        'carbon and keep the lights on."',
        "The bank unveiled plans for a new fund. WWF Scotland director Lang Banks said the "
        "plans could create up to 28,000 jobs in Scotland.",
    ]
    got = _changes_against(
        'WWF Scotland director Lang Banks welcomed the move: "The new fund is an excellent '
        'initiative that will help create jobs, cut carbon and keep the lights on."',
        sources,
    )
    # the "will" is the source's own: not a "could" raised (a "could" dropped is judged
    # where the clause follows its source closely, labels._clause_follows)
    assert "hedging" not in got or got["hedging"].suspect is None
    # without the source's own "will", "could create" made "will help create" is raised
    raised = _changes_against(
        "Lang Banks said the fund will help create jobs in Scotland.", sources[1:]
    )
    assert raised["hedging"].suspect.text == "will"


def test_a_plan_described_by_what_it_will_do_stays_a_plan():
    source = "Plans to store foreign nuclear waste permanently in the UK are irresponsible."
    got = changes_by_type(
        "Plans that will see foreign nuclear waste stored permanently in the UK are irresponsible.",
        source,
    )
    assert "hedging" not in got
    assert "hedging" in changes_by_type(
        "Foreign nuclear waste will be stored permanently in the UK.", source
    )


def test_already_in_a_relative_clause_describes_someone_and_reports_nothing_done():
    source = (
        "That would include younger women whose cancers have not spread in great volume to "
        "other organs, doctors said."
    )
    got = changes_by_type(
        "Doctors treat younger women whose breast cancer has already spread to other organs.",
        source,
    )
    assert "hedging" not in got
    assert "hedging" in changes_by_type(
        "It already includes younger women whose cancers have spread to other organs.",
        source,
    )


def test_a_hedge_of_a_first_statement_does_not_govern_a_second_one():
    source = (
        "Mr Livingstone has said his comments may have been offensive but were not racist, "
        "and said earlier this week he would not apologise even if Mr Blair asked."
    )
    got = changes_by_type(
        "Earlier this week he said he would refuse to apologise even if Mr Blair asked him to.",
        source,
    )
    assert "hedging" not in got
    assert "hedging" in changes_by_type(
        "Mr Livingstone has said his comments were offensive but were not racist.", source
    )


def test_a_hedge_in_a_heading_run_into_the_sentence_hedges_nothing():
    got = changes_by_type(
        "People who need knee replacements can scratch it off their list, says a surgeon.",
        "THE PROCEDURE, AND THE PEOPLE IT MIGHT HELP People who need knee replacements can "
        "scratch this surgery off their list, says a surgeon.",
    )
    assert "hedging" not in got


def test_a_hedge_in_capitals_for_stress_still_counts():
    got = changes_by_type(
        "The new drug will cure the disease, the company said.",
        "The new drug MIGHT cure the disease, the company said.",
    )
    assert "hedging" in got


def test_a_closing_evidential_said_as_according_to_keeps_the_claims_own_hedge():
    source = "MRI brain scans may help predict who will develop dementia, new research suggests."
    kept = "MRI scans may help predict who will develop dementia, according to new research."
    raised = "MRI scans will predict who will develop dementia, according to new research."
    assert "hedging" not in changes_by_type(kept, source)
    assert "hedging" in changes_by_type(raised, source)


def test_not_ruling_out_the_possibility_is_not_ruling_it_out():
    assert "hedging" not in changes_by_type(
        "The firm said it had not ruled out offering a recorder.",
        "The firm said it had not ruled out the possibility of offering a recorder.",
    )


def test_a_sentence_all_in_capitals_is_no_heading():
    got = changes_by_type(
        "Trump will be indicted next week, sources say.",
        "TRUMP MAY BE INDICTED NEXT WEEK, SOURCES SAY.",
    )
    assert "hedging" in got


@pytest.mark.parametrize(
    "suspect",
    [
        # the suspect's "may" hedges another claim
        "Coffee cuts the risk of diabetes, according to research that may change advice.",
        # the source's "may" hedges another clause than the one reported
        "Coffee cuts the risk of diabetes, though it may raise blood pressure, a study found.",
    ],
)
def test_a_closing_evidential_is_not_kept_by_a_hedge_of_another_claim(suspect):
    source = (
        "Coffee may cut the risk of diabetes, research suggests."
        if "advice" in suspect
        else "Coffee cuts the risk of diabetes, though it may raise blood pressure, a study "
        "suggests."
    )
    assert "hedging" in changes_by_type(suspect, source)


def test_a_closing_evidential_is_kept_by_a_hedge_after_a_fronted_phrase():
    assert "hedging" not in changes_by_type(
        "MRI scans of the brain may someday help predict which older people will develop "
        "dementia, according to new research.",
        "One day, MRI brain scans may help predict whether older people will develop dementia, "
        "new research suggests.",
    )


def test_a_possibility_not_ruled_out_stated_as_certain_drops_the_hedge():
    got = changes_by_type(
        "Doctors will operate on his knee next week.",
        "Doctors have not ruled out the possibility of surgery on his knee next week.",
    )
    assert "hedging" in got


@pytest.mark.parametrize(
    "suspect",
    [
        "Smith told the board about the loan, the report said.",
        "Smith did not tell the board about the loan, the report said.",
    ],
)
def test_an_open_question_answered_is_a_hedge_dropped(suspect):
    source = "It is unclear whether Smith told the board about the loan, the report said."
    assert "hedging" in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    "suspect",
    [
        "It is not clear whether Smith told the board about the loan, the report said.",
        "The report did not say whether Smith told the board about the loan.",
    ],
)
def test_an_open_question_kept_open_is_no_hedge_dropped(suspect):
    source = "It is unclear whether Smith told the board about the loan, the report said."
    assert "hedging" not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        ("The album has been released in Europe.", "The album will be released in Europe."),
        (
            "The stadium has been renamed after the club's founder.",
            "The stadium is to be renamed after the club's founder.",
        ),
    ],
)
def test_an_expected_event_said_as_done_with_its_own_verb_is_hedging(suspect, source):
    got = changes_by_type(suspect, source)
    assert "reports it done" in got["hedging"].explanation


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # another event with the same verb
        (
            "She has made it clear that she wants to represent them.",
            "Decisions that affect them are being made without them, she said.",
        ),
        # a denial is no verb, and "has filming commitments" no perfect
        ("She had not watched the interview.", "She will not watch the interview."),
        (
            "Tom has filming commitments on the Gold Coast.",
            "Tom is due to film on the Gold Coast.",
        ),
        # an action under way said as done: the same news
        (
            "Users have been warned about a virus posing as a game.",
            "Users are being warned about a virus posing as a game.",
        ),
        # still to come in the suspect too
        (
            "The album has been finished and will be released in May.",
            "The album will be released in May.",
        ),
    ],
)
def test_the_same_verb_done_elsewhere_or_still_to_come_is_no_change(suspect, source):
    assert "hedging" not in changes_by_type(suspect, source)


def test_a_may_be_said_as_is_over_one_word_is_certainty_raised():
    # "may be worth it": a hedge over one content word, said plainly
    got = changes_by_type(
        "He said that for a young patient who feels bad, the procedure is worth it.",
        "For a young patient, a patient who feels bad, it may be worth it.",
    )
    assert "hedging" in got
    assert got["hedging"].source is not None and got["hedging"].source.text == "may be worth"


@pytest.mark.parametrize(
    "suspect",
    [
        # the hedge kept, or another one in its place
        "For a young patient who feels bad, the procedure may be worth it.",
        "For a young patient who feels bad, it is unclear whether the procedure is worth it.",
    ],
)
def test_a_may_be_kept_or_of_no_state_is_no_hedging_change(suspect):
    source = "For a young patient who feels bad, it may be worth it."
    assert "hedging" not in changes_by_type(suspect, source)


def test_a_hedging_adverb_over_a_one_word_predicate_dropped_raises_certainty():
    finding = unspun.compare(
        "Officials said the bridge over the river was safe.",
        "Officials said the bridge over the river was probably safe.",
    ).findings[0]
    assert [c.type for c in finding.changes] == ["hedging"]


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # what the figures suggest, cited as the figures' own word
        (
            "According to the latest figures, it has now sold over 677,000 copies.",
            "Latest figures suggest it has sold more than 677,000 copies.",
        ),
        # "could" of what a deal made possible, told as what it lets people do
        (
            "Other deals will let people watch and control content on mobile phones.",
            "Other deals announced meant that people could watch and control content over "
            "mobile phones.",
        ),
    ],
)
def test_a_could_made_a_let_or_a_suggest_made_according_to_keeps_its_hedge(suspect, source):
    assert "hedging" not in changes_by_type(suspect, source)


def test_a_could_made_a_will_without_a_let_is_still_raised():
    got = changes_by_type(
        "Other deals mean people will watch and control content on mobile phones.",
        "Other deals announced meant that people could watch and control content over "
        "mobile phones.",
    )
    assert "hedging" in got
