"""Mechanisms of extractor 0.5.0, written against the realistic AI-deal batches
R1/R2 (tests/articles/tune t107-t126), each checked here on invented companies."""

from alliancekg.graph.articles import parse_text
from alliancekg.graph.extract import extract
from alliancekg.graph.extract.entities import looks_like_person


def facts(body, published="June 14, 2024", header="By the Test Desk"):
    art = parse_text(f"Test Headline\n{header}\n{published}\n\n{body}\n", source="inline.txt")
    return {(f.relation, f.subject, f.object): f for f in extract(art).facts}


def test_names_shaped_like_people_are_no_backers():
    assert looks_like_person("Bill Gates") and looks_like_person("Daniel De Freitas")
    assert looks_like_person("Prince Alwaleed bin Talal")  # a title makes a person
    assert not looks_like_person("Adam Robotics") and not looks_like_person("Jane Street Capital")
    got = facts("Quillmark raised $40 million in a round led by Vostra Capital, with Reid Hoffmann, "
                "Bill Gatesby and Eric Schmitz also taking part.")
    assert ("invests_in", "Vostra Capital", "Quillmark") in got
    assert not any(rel == "invests_in" and s in ("Reid Hoffmann", "Bill Gatesby", "Eric Schmitz") for rel, s, _o in got)


def test_place_after_adjectives_and_in_a_copula_states_the_base():
    got = facts("Keldmoor Analytics, a small Denver firm that builds pipelines, said it welcomed the move. "
                "Sorvane is a Hangzhou research lab that trains models.")
    assert ("based_in", "Keldmoor Analytics", "United States") in got
    assert ("based_in", "Sorvane", "China") in got


def test_based_in_a_town_then_its_state():
    got = facts("Trivelle Systems, based in Secaucus, New Jersey, designs server racks.")
    assert ("based_in", "Trivelle Systems", "United States") in got


def test_each_platform_clause_keeps_its_own_models():
    got = facts("Azure already hosts Kestrel-2 from Vantor Labs, and Amazon Bedrock sells Orrin-7, "
                "a model from Pellam AI.")
    assert ("available_on", "Kestrel-2", "Azure") in got
    assert ("available_on", "Orrin-7", "Amazon Bedrock") in got
    assert ("available_on", "Orrin-7", "Azure") not in got


def test_pair_announces_a_partnership_today():
    got = facts("Halvern Corp. and Quorix AI today announced a multi-year partnership to bring Quorix models to banks.")
    assert ("partners_with", "Halvern Corp", "Quorix AI") in got


def test_buying_a_companys_stock_is_an_investment_not_a_takeover():
    got = facts("Vantor Semiconductor will buy Pellam Systems common stock at $23.28 a share, giving it a small stake.")
    assert ("acquires", "Vantor Semiconductor", "Pellam Systems") not in got
    assert ("invests_in", "Vantor Semiconductor", "Pellam Systems") in got
    assert got[("invests_in", "Vantor Semiconductor", "Pellam Systems")].amount is None


def test_a_company_and_its_product_named_after_it_stay_two_names():
    got = facts("Brellwick, a London-based startup, has raised $18 million in seed funding led by Vostra Capital. "
                "Its first product, Brellwick Review, reads ledgers.")
    assert ("invests_in", "Vostra Capital", "Brellwick") in got
    assert ("based_in", "Brellwick", "United Kingdom") in got
    assert not any(o == "Brellwick Review" for rel, _s, o in got if rel == "invests_in")


def test_strategic_investors_join_the_round_company_not_its_named_investors():
    got = facts("Quorvane raised $6 billion, the company said. The investors include Sequoia Capital, BlackRock "
                "and Fidelity. Nvidia and AMD participated as strategic investors.")
    assert ("invests_in", "Nvidia", "Quorvane") in got and ("invests_in", "AMD", "Quorvane") in got
    assert ("invests_in", "Nvidia", "Sequoia Capital") not in got


def test_a_round_named_in_a_rumour_is_the_round_others_took_part_in():
    got = facts("Pellicor had been in talks to join Orvane's $6.6 billion funding round, but did not invest. "
                "Halvex Labs and Tornia Capital did take part in that round, which was led by Quillstone Capital.")
    assert ("invests_in", "Pellicor", "Orvane") not in got
    for investor in ("Halvex Labs", "Tornia Capital", "Quillstone Capital"):
        assert ("invests_in", investor, "Orvane") in got
    assert ("invests_in", "Quillstone Capital", "Halvex Labs") not in got


def test_one_backer_in_two_companies_rounds():
    got = facts("Marrowgate is a technology investor. It took part in Orvane's $6.6 billion round in October "
                "and in Tessly's December financing.")
    assert ("invests_in", "Marrowgate", "Orvane") in got and ("invests_in", "Marrowgate", "Tessly") in got
    assert ("invests_in", "Tessly", "Orvane") not in got


def test_founders_named_in_a_participle_back_the_company_and_are_no_subjects():
    got = facts("Corvaline is a technology investor. The fund, set up in 2024 by Maruvia Holdings and Tessgate Capital, "
                "also took part in Orvane's $6.6 billion round in October and has invested in Quillon Labs.")
    assert ("invests_in", "Maruvia Holdings", "Corvaline") in got and ("invests_in", "Tessgate Capital", "Corvaline") in got
    assert ("invests_in", "Corvaline", "Orvane") in got
    assert ("invests_in", "Maruvia Holdings", "Orvane") not in got
    assert ("invests_in", "Orvane", "Quillon Labs") not in got and ("invests_in", "Quillon Labs", "Orvane") not in got


def test_the_company_launched_by_a_fund_is_the_one_that_signs():
    got = facts("Halvora, the AI company launched on Monday by Brellmont Capital, signed an agreement with Nvidia.")
    assert ("invests_in", "Brellmont Capital", "Halvora") in got
    assert ("partners_with", "Halvora", "Nvidia") in got
    assert ("partners_with", "Brellmont Capital", "Nvidia") not in got


def test_the_start_up_is_never_a_fund_named_just_before():
    got = facts("Orvane raised money. Earlier rounds in Orvane were led by Tessgate Venture Partners and Brellmont "
                "Capital, and the start-up counts Halvex Labs among its backers.")
    assert ("invests_in", "Halvex Labs", "Orvane") in got
    assert ("invests_in", "Halvex Labs", "Brellmont Capital") not in got


def test_agreements_with_a_list_of_partners():
    got = facts("Halvora signed agreements with Nvidia, AMD and Qualcomm on Tuesday.")
    for other in ("Nvidia", "AMD", "Qualcomm"):
        assert ("partners_with", "Halvora", other) in got


def test_object_relative_clauses_name_maker_and_backer():
    got = facts("The format is the main rival to Quorrel Lake, which Brellwick Data created and donated to the "
                "Linux Foundation. It runs with Halvex Cloud, the provider that Vostra Capital itself backs.")
    assert ("develops", "Brellwick Data", "Quorrel Lake") in got
    assert not any(o == "Linux Foundation" for rel, _s, o in got if rel == "develops")
    assert ("invests_in", "Vostra Capital", "Halvex Cloud") in got


def test_a_syndicate_that_includes_names_the_rounds_investors():
    got = facts("Orvane raised $40 billion in a round led by Tessgate Capital. Tessgate will provide 75 percent "
                "of the money, with the rest coming from a syndicate that includes Halvex Labs and Brellmont Capital.")
    assert ("invests_in", "Halvex Labs", "Orvane") in got and ("invests_in", "Brellmont Capital", "Orvane") in got


def test_backers_by_role_and_by_possessive_round():
    got = facts("Orvane raised money from Menlo Ventures. Tessgate Capital was an early backer. "
                "Halvex Labs joined Quorix's $6.6 billion round in October, putting in $100 million.")
    assert ("invests_in", "Tessgate Capital", "Orvane") in got
    assert ("invests_in", "Halvex Labs", "Quorix") in got


def test_second_verb_of_a_coordination_keeps_the_sentence_subject():
    got = facts("Brellmont Capital has invested $13 billion in Orvane since 2019 and last month took a small stake "
                "in Quorix, the Paris start-up.")
    assert ("invests_in", "Brellmont Capital", "Quorix") in got
    assert ("invests_in", "Orvane", "Quorix") not in got


def test_whose_round_was_led_by():
    got = facts("Halvex Labs has also invested in Wayvora, the London self-driving start-up, whose $1.05 billion "
                "round in May was led by Tessgate Capital.")
    assert ("invests_in", "Tessgate Capital", "Wayvora") in got
    assert ("invests_in", "Tessgate Capital", "Halvex Labs") not in got


def test_made_an_investment_in_and_angels_of_other_companies():
    got = facts("Halvex Labs confirmed it has also made a EUR 15 million investment in Quorix, which will convert "
                "into equity.")
    assert ("invests_in", "Halvex Labs", "Quorix") in got
    got = facts("Brellwick raised $18 million. The round was led by Vostra Capital, with participation from Point "
                "Nine and a group of angels including Jane Roe, the co-founder of Tessgate Labs, and former "
                "executives from Halvex Labs and Orvane Systems.")
    assert ("invests_in", "Vostra Capital", "Brellwick") in got
    assert not any(s in ("Tessgate Labs", "Halvex Labs", "Orvane Systems") for rel, s, _o in got if rel == "invests_in")


def test_the_two_companies_renegotiated_their_partnership_and_a_plug_in():
    got = facts("Halvex Labs, which has invested $13 billion in Orvane since 2019, took part at a smaller scale. "
                "The two companies renegotiated their partnership in January.")
    assert ("partners_with", "Halvex Labs", "Orvane") in got
    got = facts("Brellwick released Tessa OS 2, the update that plugs Orvane's Quill assistant into Tessa Voice.")
    assert ("available_on", "Quill", "Tessa Voice") in got


def test_a_product_named_around_a_known_one_is_one_name():
    got = facts("Brellwick AI raised $45 million led by Vostra Capital. Its flagship product, Brellwick Claims "
                "Copilot, will be listed on AppExchange, Salesforce's marketplace.")
    assert ("available_on", "Brellwick Claims Copilot", "AppExchange") in got
    assert ("available_on", "Copilot", "AppExchange") not in got


def test_titled_people_and_the_two_setting_up_a_joint_venture():
    got = facts("Orvane raised $6 billion from backers including Brellmont Capital and Tessgate Holding, the "
                "investment firm controlled by Saudi Prince Alwaleed bin Talal.")
    assert ("invests_in", "Tessgate Holding", "Orvane") in got
    assert not any(s in ("Saudi Prince Alwaleed", "Talal") for _r, s, _o in got)
    got = facts("In February Halvex Labs agreed to spend $3 billion a year on Quorix's models, and the two set up "
                "a joint venture to sell them in Japan.")
    assert ("partners_with", "Halvex Labs", "Quorix") in got


def test_funded_by_in_a_copula_valued_in_a_round_and_data_sources():
    got = facts("Sorvane is a Hangzhou research lab funded by Tessgate Capital, the Chinese hedge fund.")
    assert ("invests_in", "Tessgate Capital", "Sorvane") in got
    got = facts("Brellwick Data, valued at $43 billion in a September round that included Halvex Labs, may list.")
    assert ("invests_in", "Halvex Labs", "Brellwick Data") in got
    got = facts("Quorix is busy. The chipmaker took part in more than 40 funding rounds this year, according to "
                "data from Dealvane Research.")
    assert ("invests_in", "Dealvane Research", "Quorix") not in got


def test_objectless_participants_with_appositions_and_a_made_investment():
    got = facts("Orvane raised EUR 600 million led by Tessgate Capital. Brellmont, the French state investment bank, "
                "and the shipping group Halvex Lines also took part.")
    assert ("invests_in", "Brellmont", "Orvane") in got and ("invests_in", "Halvex Lines", "Orvane") in got
    got = facts("Orvane raised EUR 600 million led by Tessgate Capital. In February, Quorix Systems made a "
                "EUR 15 million investment as part of a partnership.")
    assert ("invests_in", "Quorix Systems", "Orvane") in got
