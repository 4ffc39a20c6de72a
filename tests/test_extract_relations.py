"""Relations in the ways journalists write them, and coreference, on invented companies."""

import pytest

from alliancekg.graph.articles import parse_text
from alliancekg.graph.extract import extract


def facts(body, published="June 14, 2024"):
    return article_facts(f"Test Headline\nBy the Test Desk\n{published}\n\n{body}\n")


def article_facts(text):
    """The facts of a whole article (headline, byline and date line included), by (relation, subject, object)."""
    return {(f.relation, f.subject, f.object): f for f in extract(parse_text(text, source="inline.txt")).facts}


@pytest.mark.parametrize(
    "body, key",
    [
        # voice
        ("Brisk Energy was acquired by Tamar Holdings, an Israeli group, for ILS 300 million.", ("acquires", "Tamar Holdings", "Brisk Energy")),
        ("Lanyard Security, the Melbourne maker of threat-detection software, was bought by Branwell Group.", ("acquires", "Branwell Group", "Lanyard Security")),
        ("Oriel Works, whose agents negotiate supplier contracts, was backed by Sequoia Capital.", ("invests_in", "Sequoia Capital", "Oriel Works")),
        ("Meshline Labs was most recently funded by Bessemer Venture Partners.", ("invests_in", "Bessemer Venture Partners", "Meshline Labs")),
        # nominalisations
        ("Harlow Systems' $50 million investment in Corvid Robotics closed in May.", ("invests_in", "Harlow Systems", "Corvid Robotics")),
        ("The deal follows Ostrom Group's acquisition of the Danish freight software firm Fragt Data.", ("acquires", "Ostrom Group", "Fragt Data")),
        ("The regulator is looking at Velmont Capital's stake in the German start-up Quarrel AI.", ("invests_in", "Velmont Capital", "Quarrel AI")),
        # relative clauses and participles
        ("Kalev Compute, the Tallinn group in which Velmont Capital invested $15 million, runs data centres.", ("invests_in", "Velmont Capital", "Kalev Compute")),
        ("Backed by Index Ventures and Norrland Capital, Skyrest AI builds software.", ("invests_in", "Norrland Capital", "Skyrest AI")),
        ("Bought in 2023 by the aerospace group Orbital Dynamics, Skyrest AI now works with airports.", ("acquires", "Orbital Dynamics", "Skyrest AI")),
        ("Ashgrove Labs also counts the Canadian insurer Pellow Mutual among its backers.", ("invests_in", "Pellow Mutual", "Ashgrove Labs")),
        ("Talon Aerial took $45 million from Lockwood Defence in 2022.", ("invests_in", "Lockwood Defence", "Talon Aerial")),
        ("Pensando, which Orvane Chips bought for $1.9 billion in 2022, makes network processors.", ("acquires", "Orvane Chips", "Pensando")),
        ("Tessel Labs was sold to Canyon Bridge Capital, a state-backed fund, in 2017 for £550m.", ("acquires", "Canyon Bridge Capital", "Tessel Labs")),
        ("Kestrel Semiconductor, Orvane Motors and Nimbus Electric hold minority stakes in Tessel Foundry.", ("invests_in", "Nimbus Electric", "Tessel Foundry")),
        ("Tessel Foundry was set up in 2022 by three Japanese companies -- Orvane Motors, Microsoft Corp. and Nimbus Electric.", ("invests_in", "Nimbus Electric", "Tessel Foundry")),
        ("Orvane Motors' robotaxi unit is rebuilding, and Amazon-owned Tessel Robotics only recently began offering rides.", ("acquires", "Amazon", "Tessel Robotics")),
        # partnerships
        ("The launch follows a partnership Velora Labs struck with Quayside Cloud last month.", ("partners_with", "Velora Labs", "Quayside Cloud")),
        ("Calder Motors, the Swedish truck maker, and Veridian AI, a Gothenburg start-up, have set up a joint venture.", ("partners_with", "Calder Motors", "Veridian AI")),
        ("Copperline Systems and Hyundai have worked together since 2022.", ("partners_with", "Copperline Systems", "Hyundai")),
        ("Orvane Audio followed, settling with Tessel Music and signing its own licence with Tessel Music.", ("partners_with", "Orvane Audio", "Tessel Music")),
        ("Kestrel Semi has long co-designed Orvane Cloud's Vela accelerators.", ("partners_with", "Kestrel Semi", "Orvane Cloud")),
        ("Tessel Audio's song generator has been built into Orvane Copilot since December through a partnership with Orvane Labs.", ("partners_with", "Tessel Audio", "Orvane Labs")),
        ("Veridian AI has also licensed its mapping software to Scania.", ("partners_with", "Veridian AI", "Scania")),
        ("Tessel Therapeutics launched in April with more than $1 billion in committed capital, led by Orvane Partners and Kestrel Labs.", ("invests_in", "Kestrel Labs", "Tessel Therapeutics")),
        ("Through Orvane Ventures, its venture arm, Orvane Chips has joined rounds for Tessel Bio, Kestrel Therapeutics and Nimbus Health.", ("invests_in", "Orvane Chips", "Nimbus Health")),
        # founders of a company or a venture
        ("Behind the deals is Tallis, the investment company founded last year by Orvane Capital and Nimbus Compute.", ("invests_in", "Orvane Capital", "Tallis")),
        ("Orvane Robotics, Nimbus Compute and Kestrel Power on Tuesday announced Vesta, a joint venture to build data centres.", ("invests_in", "Kestrel Power", "Vesta")),
        ("Tessary Labs was set up in 2022 by six Swedish companies -- Orvane Capital, Nimbus Compute and Kestrel Power.", ("invests_in", "Nimbus Compute", "Tessary Labs")),
        ("Tessel Labs, the Toronto-based AI processor start-up led by the chip architect Jim Keller, agreed in November 2023 to work with Orvane Chips.", ("partners_with", "Tessel Labs", "Orvane Chips")),
        ("Kestrel Industries and Nimbus Compute said last year that they would work together on AI infrastructure.", ("partners_with", "Kestrel Industries", "Nimbus Compute")),
        ("Orvane Chips has named Tessel Systems, Kestrel Computers and Nimbus Servers as partners shipping its systems.", ("partners_with", "Orvane Chips", "Kestrel Computers")),
        ("The round was led by Orvane Capital, and Japanese banks including Kestrel Bank and Nimbus Trust joined.", ("based_in", "Nimbus Trust", "Japan")),
        ("Tessel Manufacturing becomes a preferred manufacturing partner for Orvane Chips's rack-scale systems.", ("partners_with", "Tessel Manufacturing", "Orvane Chips")),
        ("Orvane Capital is the lead partner in Vesta, the data-centre venture it formed with Nimbus Compute and Kestrel Power in January.", ("partners_with", "Nimbus Compute", "Kestrel Power")),
        ("Tessel Labs's Jais, an Arabic model it built with Kestrel Systems and the Nimbus Institute, is available on Azure.", ("partners_with", "Tessel Labs", "Kestrel Systems")),
        ("Orvane Bio brings its 2021 neuroscience alliance with Kestrel Pharma, and a fibrosis collaboration with Nimbus Therapeutics.", ("partners_with", "Orvane Bio", "Nimbus Therapeutics")),
        ("In January, Tessel Labs signed its first two pharmaceutical collaborations, with Kestrel Pharma and with Nimbus Therapeutics.", ("partners_with", "Tessel Labs", "Nimbus Therapeutics")),
        ("Orvane Bio counts Kestrel Pharma, Tessel Labs and Nimbus Therapeutics among its other data partners.", ("partners_with", "Tessel Labs", "Orvane Bio")),
        ("Kestrel Pharma, Orvane AI and Tessel Bio announced in May that they would work together on drug tools.", ("partners_with", "Kestrel Pharma", "Tessel Bio")),
        ("Earlier in 2024, Orvane Systems agreed with Nimbus Compute to build a $200 million AI factory.", ("partners_with", "Orvane Systems", "Nimbus Compute")),
        ("Vela 3, announced in May, was developed by Orvane Labs together with Tessel Bio, the drug-discovery company.", ("partners_with", "Orvane Labs", "Tessel Bio")),
        ("Orvane Chips also said it was developing a physics engine, Newton, together with Tessel Labs and Kestrel Research.", ("partners_with", "Orvane Chips", "Kestrel Research")),
        ("Orvane Defense and Tessel Technologies, meanwhile, said in December they would form a consortium to bid jointly.", ("partners_with", "Orvane Defense", "Tessel Technologies")),
        ("Tessel Bio, for its part, brings its 2021 oncology alliance with Kestrel Pharma.", ("partners_with", "Tessel Bio", "Kestrel Pharma")),
        # a descriptive relative clause inside a hedged sentence
        ("Reports said Harlow had weighed an approach to Quillon AI, the Paris model developer, whose backers include Orvane Capital and Nimbus Compute.", ("invests_in", "Orvane Capital", "Quillon AI")),
        # a purchase named as a noun after what the buyer did with it
        ("Tessel Data completed the $1.05 billion purchase of Kestrel Monitoring in 2019.", ("acquires", "Tessel Data", "Kestrel Monitoring")),
        ("Tessel Data has grown through acquisitions, most notably the purchase of cloud monitoring company Kestrel Monitoring.",
         ("acquires", "Tessel Data", "Kestrel Monitoring")),
        # a stake disclosed or built is held
        ("Activist investor Kestrel Value disclosed a stake in Tessel Data in 2022.", ("invests_in", "Kestrel Value", "Tessel Data")),
        # a known company's name inside a longer one is not that company
        ("Quarrel AI raised $23 million this year in a round led by Paladin Capital Group.", ("invests_in", "Paladin Capital Group", "Quarrel AI")),
        # an agreement with its value and terms before the noun; a partner by role; two makers of one launch
        ("Tessel Data has signed a $200 million, multi-year agreement with Quillon Labs to bring its models to customers.",
         ("partners_with", "Tessel Data", "Quillon Labs")),
        ("Orvane Cloud, which has committed $8 billion to Quillon Labs, remains Quillon Labs's primary cloud and training partner.",
         ("partners_with", "Quillon Labs", "Orvane Cloud")),
        ("Quillon Labs and Orvane Chips on June 11 announced Quillon Compute, an AI cloud to be built in France.",
         ("partners_with", "Quillon Labs", "Orvane Chips")),
        # holdings described rather than done
        ("Shares of Tessel Chips, in which Orvane Group owns about 90 percent, rose 16 percent.", ("invests_in", "Orvane Group", "Tessel Chips")),
        ("Kestrel Foundry (KF), in which Orvane Chips, the Taiwanese contract chipmaker, holds a majority stake, opened a plant.",
         ("invests_in", "Orvane Chips", "Kestrel Foundry")),
        ("Tessel Data Services, backed by the Hiranandani Group, is building GPU clusters.", ("invests_in", "Hiranandani Group", "Tessel Data Services")),
        ("Orvane Systems has also sold a 51 percent stake in its Tessel programmable-chip unit to the private-equity firm Kestrel Lake.",
         ("acquires", "Kestrel Lake", "Tessel")),  # a majority stake bought is an acquisition (tests/articles/README.md)
        ("Quarrel's shareholders include Orvane Group and Kestrel Capital, both of which were early backers of Tessel Commerce.",
         ("invests_in", "Kestrel Capital", "Tessel Commerce")),
        ("Orvane Group and Kestrel Capital are shareholders in Quillon Discovery.", ("invests_in", "Orvane Group", "Quillon Discovery")),
        ("Quarrel Data, founded in 2019 and a graduate of Y Combinator's winter 2020 batch, sells software.", ("invests_in", "Y Combinator", "Quarrel Data")),
        # a contract to make something for a customer; partners listed with their countries
        ("Orvane Electronics signed a $16.5 billion contract to make chips for Tessel Motors at its new fab.", ("partners_with", "Orvane Electronics", "Tessel Motors")),
        ("Quillon has agreements with Orvane Corp in Japan and Kestrel Telekom in Germany.", ("partners_with", "Quillon", "Kestrel Telekom")),
        # the signer is the clause's subject, not a name in an object or a by-phrase before the verb
        ("Last year Orvane Networks paid $500 million for the assets of Kestrel's QRune business and signed a broad partnership with Kestrel Systems.",
         ("partners_with", "Orvane Networks", "Kestrel Systems")),
        ("Tel Aviv-based Quillon, which makes coding tools, followed its $40 million Series A, led by Orvane Partners in March, by signing "
         "a distribution partnership with Kestrel Software in June.", ("partners_with", "Quillon", "Kestrel Software")),
        # buying verbs and their objects
        ("Kestrel Desk also picked up Tallin, an Estonian quality-assurance start-up, in February.", ("acquires", "Kestrel Desk", "Tallin")),
        ("Orvane Capital agreed in December to take Windmark, the Tel Aviv-based maritime AI company listed on London's AIM market, private.",
         ("acquires", "Orvane Capital", "Windmark")),
        ("Orvane Electric has agreed to buy the roughly 43% of Tessel Technology it does not already own for $265 per share in cash.",
         ("acquires", "Orvane Electric", "Tessel Technology")),
        ("TEL AVIV/FRANKFURT (Reuters) - QUIRA said on Monday it had agreed to acquire Tessgy, a Duesseldorf-based developer of AI agents.",
         ("acquires", "QUIRA", "Tessgy")),
        # owners and holders described in appositions and relative clauses
        ("Last year Tessact signed a partnership with Orvane Robotics, the Augsburg robot maker owned by China's Kestrel Group.",
         ("acquires", "Kestrel Group", "Orvane Robotics")),
        ("Kestrel Electric relies heavily on TESSA, the British industrial software company it has wholly owned since January 2023.",
         ("acquires", "Kestrel Electric", "TESSA")),
        ("Quillite, the Oslo-based company majority owned by Norwegian investment group Orvane, sells data software.", ("invests_in", "Orvane", "Quillite")),
        ("Orvane Retail has been a Tessel Robotics shareholder since 2022.", ("invests_in", "Orvane Retail", "Tessel Robotics")),
        ("Kestrel Value disclosed in November a stake of more than $5 billion in Orvane Industries.", ("invests_in", "Kestrel Value", "Orvane Industries")),
        # "another ..." describes a company; an investment led by an investor is a round
        ("Tessa, another Hyderabad HR and payroll software provider, raised $57 million from Orvane Capital in 2022.", ("invests_in", "Orvane Capital", "Tessa")),
        ("Quillet, which received a $30 million investment led by Orvane Atlantic in 2020, has added study tools.", ("invests_in", "Orvane Atlantic", "Quillet")),
        # a city no gazetteer entry names, in a place's position, says where a company is based
        ("Tessel, the Esslingen-based pneumatics group, and Orvane, the Ditzingen machine-tool maker, run AI labs.", ("based_in", "Orvane", "Germany")),
        ("Tessel, the Esslingen-based pneumatics group, and Orvane, the Ditzingen machine-tool maker, run AI labs.", ("based_in", "Tessel", "Germany")),
        ("Orvane Systems, which is headquartered in Augsburg, raised money from Kestrel Capital.", ("based_in", "Orvane Systems", "Germany")),
        # a product named by an apposition with its maker; the maker's own appositions skipped
        ("Third-party bots plug in through Quayfoundry, the Tessys marketplace, since 2022.", ("develops", "Tessys", "Quayfoundry")),
        ("Quillite, the Oslo-based company majority owned by Norwegian investment group Orvane, sells Quillite Data Fusion, a platform for sensor data.",
         ("develops", "Quillite", "Quillite Data Fusion")),
        # partnerships: a partner of, two companies agreeing to do something, in partnership or collaboration with a list,
        # a supply agreement to buy from, described partners without a determiner, a date after the subject
        ("Tessel Writer has been a technology partner of Orvane Force since last year.", ("partners_with", "Tessel Writer", "Orvane Force")),
        ("Kestrel Industries and Orvane Cloud agreed to connect Orvane's models to the data in Kestrel Forge.", ("partners_with", "Kestrel Industries", "Orvane Cloud")),
        ("In May, Quillon ran a demonstration on a GPU cluster, in partnership with Orvane, the Arizona utility Kestrel River Project and Tessel Research.",
         ("partners_with", "Quillon", "Kestrel River Project")),
        ("Tesspot said it built the integration in collaboration with Orvane Labs.", ("partners_with", "Tesspot", "Orvane Labs")),
        ("Last year, Orvane Soft signed a 20-year agreement to buy power from Kestrel Energy's restarted reactor.", ("partners_with", "Orvane Soft", "Kestrel Energy")),
        ("Quillon AI has also signed partnerships with shipping group Orvane CGM and with defence company Tessing this year.", ("partners_with", "Quillon AI", "Tessing")),
        ("Orvane Petroleum in September extended its agreement with Kestrel Technologies for five years.", ("partners_with", "Orvane Petroleum", "Kestrel Technologies")),
        # availability past a relative clause or a date, models delivered through a platform, a downloaded list
        ("Tessbox raised money. Its AI assistant, Tessbox Copilot, which employees can use to apply for leave or check payslips, "
         "has been available in the Microsoft Teams Store since last year.", ("available_on", "Tessbox Copilot", "Microsoft Teams Store")),
        ("Orvane Labs launched Orvane Max. Orvane Max is available from Tuesday on Apple's iOS in the United States.", ("available_on", "Orvane Max", "iOS")),
        ("Kestrel agreed a partnership with Google Cloud to connect Google's Gemini models, delivered through Google Cloud's Vertex AI, to its data.",
         ("available_on", "Gemini", "Vertex AI")),
        ("Quillwrite released models. The company's domain-specific models, Quill Med and Quill Fin, can be downloaded from Hugging Face.",
         ("available_on", "Quill Med", "Hugging Face")),
        # holdings: shares held, a stake taken, a majority owner, joint ventures' owners, a fund's vintage
        ("Orvane Chips still holds the Tessel shares it bought at the chip designer's 2023 listing.", ("invests_in", "Orvane Chips", "Tessel")),
        ("Orvane Chips kept the Kestrel Bio stake it took in a $50 million investment that July.", ("invests_in", "Orvane Chips", "Kestrel Bio")),
        ("Tessel Works has been majority owned since 2021 by Kestrel Capital Partners, a Munich private equity firm.",
         ("invests_in", "Kestrel Capital Partners", "Tessel Works")),
        ("Orvane Software put about 2.4 billion euros into Quarizon, a joint venture with Tessel Robotics set up in Hangzhou in 2023.",
         ("invests_in", "Tessel Robotics", "Quarizon")),
        ("In the Gulf, Orvane National Oil set up Tessiq in 2020 as a joint venture with Kestrel AI, the Abu Dhabi AI group.",
         ("invests_in", "Kestrel AI", "Tessiq")),
        ("In the Gulf, Orvane National Oil set up Tessiq in 2020 as a joint venture with Kestrel AI, the Abu Dhabi AI group.",
         ("partners_with", "Orvane National Oil", "Kestrel AI")),
        ("Quillfold AI, a talent-intelligence company backed by SoftBank Vision Fund 2, has drawn interest.", ("invests_in", "SoftBank Vision Fund 2", "Quillfold AI")),
        # what a company provides, before its name, is no name
        ("Orvane Systems, which bought Postgres provider Tessel Data in June, sells databases.", ("acquires", "Orvane Systems", "Tessel Data")),
        # supply and commerce are partnerships
        ("Tessel Systems will supply Orvane Robotics with servers for its data centres.", ("partners_with", "Tessel Systems", "Orvane Robotics")),
        ("Orvane Robotics agreed in March to buy $1.9 billion of capacity from Nimbus Compute over five years.", ("partners_with", "Orvane Robotics", "Nimbus Compute")),
        ("Kestrel Power Inc. leases capacity to Nimbus Compute in Texas.", ("partners_with", "Kestrel Power Inc", "Nimbus Compute")),
        ("Orvane Robotics struck a licensing agreement with Quillon Labs in August.", ("partners_with", "Orvane Robotics", "Quillon Labs")),
        ("Tessel Systems is now the main supplier to Orvane Robotics.", ("partners_with", "Tessel Systems", "Orvane Robotics")),
        # ties deepened, arrangements struck, a collaboration under way: told with a possessive or in the perfect progressive
        ("Orvane Robotics has deepened its ties with Quillon Labs.", ("partners_with", "Orvane Robotics", "Quillon Labs")),
        ("Orvane Robotics strengthened its relationship with Quillon Labs in May.", ("partners_with", "Orvane Robotics", "Quillon Labs")),
        ("Orvane Robotics struck a similar arrangement with Berlin-based Quillon Labs in August.", ("partners_with", "Orvane Robotics", "Quillon Labs")),
        ("Orvane Robotics and Quillon Labs have been collaborating since 2022.", ("partners_with", "Orvane Robotics", "Quillon Labs")),
        # a joint body set up by a pair; a role with its kind ("launch partners")
        ("Orvane Robotics and Quillon Labs launched a joint AI lab in Paris.", ("partners_with", "Orvane Robotics", "Quillon Labs")),
        ("Orvane Robotics, one of Quillon Labs' launch partners, raised $5 million.", ("partners_with", "Orvane Robotics", "Quillon Labs")),
        # availability
        ("Orvane Cloud added Tessel's Vela-2 model to its Model Forge platform earlier this month.", ("available_on", "Vela-2", "Model Forge")),
        ("Orvane Labs released Typhoon 2, its latest Thai model, on Hugging Face in December.", ("available_on", "Typhoon 2", "Hugging Face")),
        ("Its Tessel-LM open-source models have been downloaded millions of times from the Hugging Face platform.", ("available_on", "Tessel-LM", "Hugging Face")),
        ("By contrast, Tenkai's Hikari chip is offered by every major cloud provider, including Azure, AWS and Google Cloud.", ("available_on", "Hikari", "Google Cloud")),
        ("Amazon Web Services has offered the first Hikari chips to its cloud customers since 2021.", ("available_on", "Hikari", "Amazon Web Services")),
        ("Corvid Labs said its model, Raven-4, is now available on Microsoft Azure and on Amazon Bedrock.", ("available_on", "Raven-4", "Amazon Bedrock")),
        ("Zaytun is available through Oracle Cloud Infrastructure and, since last year, on Google Cloud's Vertex AI.", ("available_on", "Zaytun", "Vertex AI")),
        ("Kiteline AI's main model, Compass-3, will be offered through Ostrom Group's logistics cloud, PortSuite.", ("available_on", "Compass-3", "PortSuite")),
        # a list of platforms after a class noun, a known name inside a longer one, a date between list items
        ("Raven-4 is also available on Tessel's Forge AI service, Amazon Bedrock and Microsoft Azure AI Studio.", ("available_on", "Raven-4", "Azure AI Studio")),
        ("Raven-4 is also available on Tessel's Forge AI service, Amazon Bedrock and Microsoft Azure AI Studio.", ("available_on", "Raven-4", "Amazon Bedrock")),
        ("Orvane's Vela models are available on Microsoft's Azure Marketplace and, since September, on AWS Marketplace.", ("available_on", "Vela", "AWS Marketplace")),
        ("Orvane Data sells Kite, an AI engine built into its Tessel Data Cloud, which runs on Microsoft Azure, Google Cloud and Amazon Web Services.",
         ("available_on", "Tessel Data Cloud", "Amazon Web Services")),
        # the head of an apposition, and what a possessor owns, is what is offered
        ("Orvane Data makes software. The company's Quarrystone platform, part of its Lakehouse Suite, is offered on AWS, Microsoft Azure and Google Cloud.",
         ("available_on", "Quarrystone", "Google Cloud")),
        # a platform that serves or began offering models; a maker's possessive before a model's code
        ("Orvane also runs an inference platform, Orvane AI Studio, which serves open models including Meta's Llama 3.3 and DeepSeek's R1.",
         ("available_on", "DeepSeek-R1", "Orvane AI Studio")),
        ("Kestrel Cloud began offering Tessel's Vela-2 to business customers in March.", ("available_on", "Vela-2", "Kestrel Cloud")),
        ("Orvane Labs released Vela-3 in early June inside Microsoft Teams.", ("available_on", "Vela-3", "Microsoft Teams")),
        # holdings and purchases told by the holding: shares received, a stake held, a venture's second founder, full ownership
        ("Kestrel Labs also received $350 million worth of stock in Orvane Systems under the contract.", ("invests_in", "Kestrel Labs", "Orvane Systems")),
        ("Last month Tessel Group bought the 25% stake in Orvane Systems held by Kestrel Capital.", ("invests_in", "Kestrel Capital", "Orvane Systems")),
        ("Marlo Mobility, the joint venture Tessel Motors formed with Kestrel Labs in 2020, missed its target.", ("invests_in", "Kestrel Labs", "Marlo Mobility")),
        ("Kestrel Labs took full ownership of Orvane Systems, the Lyon maker of sprayers, earlier this year.", ("acquires", "Kestrel Labs", "Orvane Systems")),
        ("For comparison, Kestrel Labs's biggest acquisition to date, Orvane Systems, cost $6.9 billion in 2020.", ("acquires", "Kestrel Labs", "Orvane Systems")),
    ],
)
def test_relation_forms(body, key):
    assert key in facts(body)


def test_a_deal_nobody_confirmed_is_no_fact():
    got = facts("Orvane Robotics has agreed to rent capacity from Nimbus Compute, according to a person briefed on "
                "the arrangement, though neither company has confirmed a deal.")
    assert ("partners_with", "Orvane Robotics", "Nimbus Compute") not in got
    got = facts("Orvane Robotics has agreed to rent capacity from Nimbus Compute, the companies said on Monday.")
    assert ("partners_with", "Orvane Robotics", "Nimbus Compute") in got


def test_a_press_release_dateline_with_a_state_is_no_company():
    art = parse_text("Lumenfold raises money\nBy the Test Desk\nFeb. 19, 2025\n\nTEMPE, Ariz., Feb. 19, 2025 /PRNewswire/ -- "
                     "Kestrel Photonics, the optical-chip start-up, today announced it has raised $48 million in Series B funding "
                     "co-led by Andra Capital and Orvane Ventures, with participation from Nimbus Capital.\n", source="inline.txt")
    got = {(f.relation, f.subject, f.object): f for f in extract(art).facts}
    assert set(got) == {("invests_in", x, "Kestrel Photonics") for x in ("Andra Capital", "Orvane Ventures", "Nimbus Capital")}
    assert got[("invests_in", "Andra Capital", "Kestrel Photonics")].amount == 48_000_000
    assert got[("invests_in", "Orvane Ventures", "Kestrel Photonics")].amount is None  # a round's amount is its first lead's


def test_a_long_apposition_does_not_hide_who_raised():
    got = facts("Tessel Systems, which sells its Vela accelerators as an alternative to Nvidia's GPUs in many data centres, "
                "raised $69 million in December in a Series C round led by Orvane Capital.")
    assert ("invests_in", "Orvane Capital", "Tessel Systems") in got
    assert not any(k[2] == "Nvidia" for k in got)


@pytest.mark.parametrize("body", [
    "Orvane Energy's Harlow data centre campus sits next to a reactor.",
    "The news came at Nimbus Compute's Skyline developer conference in Seattle.",
    "Quillon AI's founders, Brax Tollund and Mirela Vance, sold earlier companies.",
])
def test_a_possessive_before_a_place_an_event_or_people_makes_no_product(body):
    assert not any(k[0] == "develops" for k in facts(body))


def test_debt_and_grants_are_no_investment():
    got = facts("In May Orvane Capital also led a $7.5 billion debt financing for Nimbus Compute, the GPU cloud provider.")
    assert ("invests_in", "Orvane Capital", "Nimbus Compute") not in got
    got = facts("Tessary Labs has received two federal research grants from Nimbus Foundation Partners.")
    assert ("invests_in", "Nimbus Foundation Partners", "Tessary Labs") not in got


def test_a_funds_region_belongs_to_its_name():
    got = facts("Vertex Ventures Southeast Asia & India and Orvane Partners India also invested in Quillon Labs.")
    assert ("invests_in", "Vertex Ventures Southeast Asia & India", "Quillon Labs") in got
    assert ("invests_in", "Orvane Partners India", "Quillon Labs") in got


def test_people_named_with_their_company_or_title_are_no_parties():
    got = facts("Other investors in Quillon Labs's round include Orvane Capital founder Brax Tollund and Nimbus Capital.")
    assert ("invests_in", "Nimbus Capital", "Quillon Labs") in got
    assert ("invests_in", "Orvane Capital", "Quillon Labs") not in got
    assert not any(k[0] == "develops" for k in got)  # "Quillon Labs's round include ...": no product
    got = facts("The round is led by Orvane Capital and was announced by Economy Minister Brax Tollund in Berlin.")
    assert not any("Minister" in k[1] or "Minister" in k[2] for k in got)


@pytest.mark.parametrize("body", [
    "Kestrel Fusion, the Alameda, California-based start-up, signed a power deal.",
    "Kestrel Fusion, the Alameda, Calif.-based start-up, signed a power deal.",
])
def test_a_city_and_its_state_give_the_country(body):
    got = facts(body)
    assert got[("based_in", "Kestrel Fusion", "United States")]
    assert not any(k[1] == "Alameda" for k in got)


def test_a_company_named_before_its_product_keeps_its_name():
    art = parse_text("Why we back Brellan\nBy the Test Desk\nJune 14, 2024\n\nWe are delighted that Orvane Capital is leading "
                     "Brellan's $20 million Series A, alongside Nimbus Ventures. Brellan was founded in 2021 in Zurich. "
                     "Their product, Brellan Shield, screens prompts in real time. Brellan Shield has been available on "
                     "Microsoft Azure since the spring.\n", source="inline.txt")
    got = {(f.relation, f.subject, f.object) for f in extract(art).facts}
    assert ("invests_in", "Orvane Capital", "Brellan") in got
    assert ("invests_in", "Nimbus Ventures", "Brellan") in got
    assert not any(k[2] == "Brellan Shield" for k in got if k[0] == "invests_in")


def test_a_first_cheque_comes_from_an_investor():
    got = facts("Quillon Labs raised its first round in 2021. The first cheque came from Orvane Capital, which accepted "
                "the pair into its winter batch.")
    assert ("invests_in", "Orvane Capital", "Quillon Labs") in got


def test_no_company_develops_a_place_or_itself():
    got = facts("Orvane Labs builds voice AI for customers across Southeast Asia, its largest market.")
    assert not any(k[0] == "develops" for k in got)


def test_a_semicolon_before_a_new_subject_starts_a_new_deal():
    got = facts("Orvane AI has raised more than $10 billion from Kestrel Systems; Tessel Labs has taken money from Nimbus "
                "Capital and Harlow Partners.")
    assert ("invests_in", "Kestrel Systems", "Orvane AI") in got
    assert not any(k[2] == "Orvane AI" and k[1] in ("Tessel Labs", "Nimbus Capital", "Harlow Partners") for k in got)
    got = facts("Kleiner Perkins and Coatue co-led Quillon Labs's round; existing investors Sequoia Capital and GV also took part.")
    assert ("invests_in", "GV", "Quillon Labs") in got


@pytest.mark.parametrize("body", [
    '"It raised money like a platform company," said Anne-Marie Tremblay, a Montreal-based venture investor.',
    'Quillon Labs raised $8 million in March. "The money is there," said Orit Ben-Ari, a partner at a Tel Aviv venture '
    'fund that invests at seed stage, which took part in the round.',
])
def test_a_person_quoted_with_a_role_is_no_company(body):
    assert not any(k[1] in ("Anne-Marie Tremblay", "Orit Ben-Ari") for k in facts(body))


def test_a_venture_arm_invests_not_its_parent():
    got = facts("Quillon Labs raised $24 million in a round led by Orvane Capital. Catalina Fund and Applied Ventures, the "
                "venture capital arm of Tessel Materials, also took part.")
    assert ("invests_in", "Catalina Fund", "Quillon Labs") in got
    assert ("invests_in", "Applied Ventures", "Quillon Labs") in got
    assert ("invests_in", "Tessel Materials", "Quillon Labs") not in got


def test_a_licence_released_with_a_model_is_not_on_the_platform():
    got = facts("Orvane Labs released Kestrel K2 on Friday under a modified MIT licence, putting the base model on Hugging Face.")
    assert ("available_on", "Kestrel K2", "Hugging Face") in got
    assert not any(k[1] == "MIT" for k in got)


def test_a_model_code_typed_by_its_noun_is_a_product_wherever_it_recurs():
    got = facts("Orvane Labs released its R2 reasoning model in January. Within weeks Tessel Systems added R2 to Yuanlu, its "
                "chatbot app.")
    assert ("develops", "Orvane Labs", "R2") in got
    assert ("available_on", "R2", "Yuanlu") in got
    assert not facts("Tessel Systems reported Q3 results and said H2 would be stronger.")


def test_makers_named_after_their_product_in_a_relative_clause():
    got = facts("It will market Vela, an enterprise system that Orvane Labs and Nimbus Compute are jointly developing.")
    assert ("develops", "Nimbus Compute", "Vela") in got


def test_an_arm_invests_not_its_owner_and_a_described_founder_is_a_person():
    got = facts("Quillon Labs raised $50 million in May. Prosperity Ventures, the venture capital arm of Kestrel Oil, took part in the round.")
    assert ("invests_in", "Kestrel Oil", "Quillon Labs") not in got
    got = facts("Quillon Labs, the search start-up founded in 2022 by Arvind Selvan, an IIT Madras graduate, is growing fast.")
    assert not any(k[0] == "invests_in" for k in got)


def test_a_company_opening_its_sentence_with_a_verb_is_a_name():
    got = facts("Brellwick brings its 2021 neuroscience alliance with Kestrel Pharma to the merger.")
    assert ("partners_with", "Brellwick", "Kestrel Pharma") in got
    got = facts("Brellwick, for its part, signed a supply agreement with Kestrel Pharma.")
    assert ("partners_with", "Brellwick", "Kestrel Pharma") in got


def test_a_company_city_and_country_apposition_gives_the_country():
    got = facts("Orvane Bio has a drug-design agreement with Kessler Pharma KGaA, Darmstadt, Germany, struck in September.")
    assert ("based_in", "Kessler Pharma KGaA", "Germany") in got


def test_a_round_named_before_its_lead_gives_the_lead_its_amount():
    got = facts("Ledgerwise, a London start-up, has raised $18 million in a seed round. The round was led by Orvane Capital, "
                "with participation from Nimbus Ventures.")
    assert got[("invests_in", "Orvane Capital", "Ledgerwise")].amount == 18_000_000
    assert got[("invests_in", "Nimbus Ventures", "Ledgerwise")].amount is None
    got = facts("Ledgerwise is reportedly raising $18 million. The round was led by Orvane Capital.")
    assert all(f.amount is None for f in got.values())


def test_the_chipmaker_is_the_chipmaker_named_before():
    got = facts("Tessel Bio agreed to buy Orvane Therapeutics. The combined group will also lean on Nvidia. The chipmaker "
                "invested $50 million in Tessel Bio in July 2023.")
    assert got[("invests_in", "Nvidia", "Tessel Bio")].amount == 50_000_000


def test_a_person_who_founded_a_firm_is_no_investor():
    got = facts("Sound Harbor Ventures, the venture firm co-founded by the actor Jonah Brightwater, joined the round.")
    assert not any(k[0] == "invests_in" and k[2] == "Sound Harbor Ventures" for k in got)


def test_a_product_named_after_its_maker():
    """"Nimbus Compute AI Studio": a company's name followed by a product's words makes its product."""
    art = parse_text("Test Headline\nBy the Test Desk\nJune 14, 2024\n\nNimbus Compute, a Dutch start-up, runs a data centre "
                     "in Finland. Developers reach open models through Nimbus Compute Harbor, and the Nimbus Compute Research team "
                     "publishes papers.\n", source="inline.txt")
    ex = extract(art)
    got = {(f.relation, f.subject, f.object) for f in ex.facts}
    assert ("develops", "Nimbus Compute", "Nimbus Compute Harbor") in got
    assert {e.name: e.type for e in ex.entities}.get("Nimbus Compute Harbor") == "Product"
    assert not any("Research" in e.name for e in ex.entities)


def test_funding_round_leads_participants_and_amount():
    fs = facts("Havn Robotics, a Copenhagen start-up, landed DKK 60 million, with Seed Fjord leading and Novo Brix joining.")
    lead = fs[("invests_in", "Seed Fjord", "Havn Robotics")]
    assert (lead.amount, lead.currency) == (60e6, "DKK")
    assert ("invests_in", "Novo Brix", "Havn Robotics") in fs
    assert fs[("invests_in", "Novo Brix", "Havn Robotics")].amount is None


def test_round_continues_in_the_next_sentence():
    fs = facts("Gridwise Labs today closed a $40 million Series A led by Energy Orchard. "
               "Additional investors include Harrow Grid Partners and existing investor Congruent Ventures.")
    assert fs[("invests_in", "Energy Orchard", "Gridwise Labs")].amount == 40e6
    assert ("invests_in", "Harrow Grid Partners", "Gridwise Labs") in fs
    assert ("invests_in", "Congruent Ventures", "Gridwise Labs") in fs


def test_list_members_only_not_their_descriptors():
    fs = facts("Oriel Works' later rounds were funded by Velmont Capital, Insight Partners and the Dutch bank ING.")
    assert {k[1] for k in fs if k[0] == "invests_in"} == {"Velmont Capital", "Insight Partners", "ING Group"}  # the gazetteer's name for ING


def test_two_clauses_are_no_list():
    fs = facts("Its chatbot, Wick, runs on Tengu Cloud, and Lantern AI has worked with Huawei since 2022.")
    assert not any(k[0] == "partners_with" and "Tengu Cloud" in k for k in fs)


class TestCoreference:
    def test_the_startup_after_a_fronted_participle_is_the_topic(self):
        fs = facts("Skyrest AI builds software for airports. Bought in 2023 by the aerospace group Orbital Dynamics, "
                   "the Toulouse start-up now works with six airports.")
        assert ("based_in", "Skyrest AI", "France") in fs
        assert ("based_in", "Orbital Dynamics", "France") not in fs

    def test_the_startup_after_a_when_clause_is_its_subject(self):
        fs = facts("When Talon Aerial took $45 million from Lockwood Defence in 2022, the Denver start-up had one drone.")
        assert ("based_in", "Talon Aerial", "United States") in fs
        assert ("based_in", "Lockwood Defence", "United States") not in fs

    def test_a_relative_clause_subject_is_not_its_own_object(self):
        fs = facts("Borealis Silicon landed a C$60 million investment from Telus, which also signed a supply partnership with the company.")
        assert ("partners_with", "Borealis Silicon", "Telus") in fs or ("partners_with", "Telus", "Borealis Silicon") in fs

    def test_the_redmond_company_and_its_stake(self):
        fs = facts("Microsoft has invested EUR 2 billion in Pellan, the Brussels start-up. The Redmond company will take a minority stake.")
        inv = fs[("invests_in", "Microsoft", "Pellan")]
        assert inv.stake == "minority"
        assert ("based_in", "Pellan", "Belgium") in fs

    def test_the_two_companies(self):
        fs = facts("Saffron Voice will train its model on a cluster built with Humain. The two companies signed a partnership in January.")
        assert fs[("partners_with", "Saffron Voice", "Humain")].date == "2024-01"


class TestHedges:
    @pytest.mark.parametrize(
        "body",
        [
            "Galloway Tech is reportedly considering an offer for Sparrowhawk AI, according to people familiar with the matter.",
            "Sources said Birchmount Capital could lead a new round for Sparrowhawk AI.",
            "A previous version of this story said that Redwater Partners had invested in Solace AI.",
            "A report that Solace AI had been bought by Mindwell Group is also wrong; Mindwell denied it.",
            "Redwater Partners has not invested in Solace AI, and the two firms have never worked together.",
            "Moorhen Labs plans to offer its models on Quayside Cloud next year.",
            "Lakestar is in discussions to back the Vienna start-up Donau Robotics.",
        ],
    )
    def test_no_deal_facts(self, body):
        fs = facts(body)
        assert not [k for k in fs if k[0] in ("invests_in", "acquires", "partners_with", "available_on")]

    def test_a_descriptive_fact_in_a_hedged_sentence_stands(self):
        fs = facts("Lakestar is in discussions to back the Vienna start-up Donau Robotics.")
        assert ("based_in", "Donau Robotics", "Austria") in fs


def test_an_investment_in_a_list_reaches_every_member_but_shares_no_amount():
    fs = facts("Orvane Capital has also invested $40 million in Tessel Labs, Kestrel AI and Nimbus Data.")
    assert {k for k in fs if k[0] == "invests_in"} == {
        ("invests_in", "Orvane Capital", "Tessel Labs"), ("invests_in", "Orvane Capital", "Kestrel AI"),
        ("invests_in", "Orvane Capital", "Nimbus Data")}
    assert all(f.amount is None for f in fs.values())
    # a name after "and" that starts a clause of its own is no second investee
    fs = facts("Orvane Capital invested in Tessel Labs and Kestrel Systems signed a supply deal with it.")
    assert ("invests_in", "Orvane Capital", "Kestrel Systems") not in fs
    # an apposition naming the same company is no list: the amount stays
    fs = facts("Orvane Capital invested $10 million in Tessel Labs, the AI search start-up, and the two companies agreed to work together.")
    assert fs[("invests_in", "Orvane Capital", "Tessel Labs")].amount == 10e6


def test_no_stake_is_no_investment():
    assert not [k for k in facts("Orvane Capital had no stake in Tessel Labs, the company said.") if k[0] == "invests_in"]


def test_a_place_that_shortens_a_company_named_before_is_that_company_where_it_acts():
    fs = facts("Menlo Park Robotics agreed to buy Tessel Data in May. Menlo Park signed a broad partnership with Orvane Systems "
               "last year. Tessel Data was founded in Menlo Park.")
    assert ("partners_with", "Menlo Park Robotics", "Orvane Systems") in fs
    assert not [k for k in fs if k[0] == "based_in" and k[1] == "Tessel Data" and k[2] == "Menlo Park Robotics"]


def test_a_majority_owner_named_in_an_apposition_holds_a_majority_and_names_inside_a_relative_clause_are_no_investors():
    fs = facts("Tessel Chips, majority owned by Orvane Group, is working on a server chip.")
    assert fs[("invests_in", "Orvane Group", "Tessel Chips")].stake == "majority"
    fs = facts("Quillon raised $1.05 billion in a Series C led by Orvane Group. Kestrel Systems, which has backed Quillon since "
               "Orvane's previous round, also took part.")
    assert ("invests_in", "Kestrel Systems", "Quillon") in fs
    assert not [k for k in fs if k[0] == "invests_in" and k[2] == "Kestrel Systems"]


def test_the_maker_of_a_known_product_is_its_maker_and_its_place_is_where_it_is_based():
    fs = facts("Tessel Labs and Anthropic both raised money this year. In September the San Francisco maker of the Claude chatbot "
               "closed a $13 billion round led by Orvane Capital.")
    assert ("invests_in", "Orvane Capital", "Anthropic") in fs
    assert ("based_in", "Anthropic", "United States") in fs


def test_a_list_of_investors_with_appositions_shares_the_verb_but_not_a_members_own_round():
    fs = facts("Mekora AI raised $12 million in a Series A. Lotus Reach Capital, a Singapore-based fund focused on Southeast Asian "
               "software, and Antlia, which led Mekora's US$1.6 million seed round in 2023, also took part.")
    assert ("invests_in", "Lotus Reach Capital", "Mekora AI") in fs
    assert fs[("invests_in", "Lotus Reach Capital", "Mekora AI")].amount is None


def test_investors_named_among_the_others_after_the_round():
    fs = facts("Tessary Defense said on Thursday it had raised $2.5 billion in a Series G round led by Orvane Fund. "
               "Kestrel Capital, Quarrel Partners and Nimbus Gifford were among the other investors.")
    assert {("invests_in", n, "Tessary Defense") for n in ("Orvane Fund", "Kestrel Capital", "Quarrel Partners", "Nimbus Gifford")} <= set(fs)


def test_a_model_named_by_its_code_after_its_full_name_is_that_model():
    fs = facts("Orvane Labs released Orvane-R4 in January. Together AI and Fireworks AI both added R4 within days of its release.")
    assert ("available_on", "Orvane-R4", "Together AI") in fs
    assert ("available_on", "Orvane-R4", "Fireworks AI") in fs


def test_a_name_in_an_object_or_a_by_phrase_is_not_the_signer():
    fs = facts("Last year Orvane Networks paid $500 million for the assets of Kestrel's QRune business and signed a broad partnership "
               "with Kestrel Systems.")
    assert not [k for k in fs if k[0] == "partners_with" and "QRune" in (k[1], k[2])]
    fs = facts("Tel Aviv-based Quillon, which makes coding tools, followed its $40 million Series A, led by Orvane Partners in March, "
               "by signing a distribution partnership with Kestrel Software in June.")
    assert ("partners_with", "Orvane Partners", "Kestrel Software") not in fs


def test_an_early_investor_in_other_companies_invests_in_them_not_with_them():
    fs = facts("Tessact raised 25 million euros. The round was led by Kestrel Ventures, the Stockholm-based venture firm that was an "
               "early investor in Orvane Music and Quillpay, the company said on Thursday.")
    assert {("invests_in", "Kestrel Ventures", o) for o in ("Tessact", "Orvane Music", "Quillpay")} <= set(fs)
    assert not [k for k in fs if k[0] == "invests_in" and k[1] in ("Orvane Music", "Quillpay")]
    assert fs[("invests_in", "Kestrel Ventures", "Tessact")].amount is None or fs[("invests_in", "Kestrel Ventures", "Tessact")].amount == 25e6


def test_a_person_in_apposition_with_a_companys_title_is_no_product():
    fs = facts("Tessary Machines has hired researchers. Its co-founders include Jon Schulz, an Orvane co-founder who briefly "
               "worked at Kestrel Labs last year, and Barret Zolt, the company's chief technology officer.")
    assert not [k for k in fs if k[0] == "develops"]


def test_a_second_verb_of_a_clause_belongs_to_its_subject_not_to_the_object_before_it():
    fs = facts("Orvane Industrial paid $2.1 billion for Raventa Industries in 2021 and bought Augmenta, a Greek start-up.")
    assert ("acquires", "Orvane Industrial", "Augmenta") in fs
    assert ("acquires", "Raventa Industries", "Augmenta") not in fs
    fs = facts("Kestrel also owns a majority of Austrian battery maker Tessel Electric, which it acquired in 2022, and bought "
               "Smart Apply, an Ohio-based company.")
    assert ("acquires", "Tessel Electric", "Smart Apply") not in fs


def test_lenders_owners_and_founders_are_no_investors():
    fs = facts("Orvane and Tessel Partners have secured committed debt financing from Kestrel Credit, Quill Owl and other lenders.")
    assert not [k for k in fs if k[0] == "invests_in"]
    fs = facts("Paradix raised $200 million in a Series C round led by Stripewell in 2021, with Tessel Bravo, Kestrel Ventures and Indeeda, "
               "the job site owned by Japan's Orvane Holdings, also investing.")
    assert ("invests_in", "Orvane Holdings", "Paradix") not in fs
    assert ("invests_in", "Stripewell", "Paradix") in fs
    fs = facts("Pavilion Peak, an investment unit of Singapore's Orvane Holdings, led Quillier's $80 million Series D in 2019.")
    assert ("invests_in", "Pavilion Peak", "Quillier") in fs
    assert ("invests_in", "Orvane Holdings", "Quillier") not in fs
    fs = facts("Founded in 2015 by Chennamaneni, Jayant Paleti and Chaitanya Peddi, Tessbox counts 1,000 customers. "
               "Orvane Ventures, the venture capital arm of the US software company, led its $15 million Series C in 2021.")
    assert ("invests_in", "Orvane Ventures", "Tessbox") in fs


def test_the_model_or_it_after_a_release_is_the_product_that_is_offered():
    fs = facts("Orvane Labs released Vela-3 on Monday. The model is available on Hugging Face and Amazon Bedrock.")
    assert {("available_on", "Vela-3", "Hugging Face"), ("available_on", "Vela-3", "Amazon Bedrock")} <= set(fs)
    fs = facts("Orvane Labs released Vela-3 on Monday. It is available on Hugging Face.")
    assert ("available_on", "Vela-3", "Hugging Face") in fs
    # "the model" is the product the text called a model, not a tool named next to it
    fs = facts("Orvane Labs released Vela-3 on Monday, its first reasoning model, alongside a coding tool called Vela Code. "
               "The model was available on day one through Amazon Bedrock.")
    assert ("available_on", "Vela-3", "Amazon Bedrock") in fs
    assert ("available_on", "Vela Code", "Amazon Bedrock") not in fs
    # "the model catalog" names no product
    fs = facts("Orvane Labs released Vela-3 on Monday. Kestrel Cloud said Vela-3 was available in the model catalog on Azure AI Foundry.")
    assert ("available_on", "Vela-3", "Azure AI Foundry") in fs


def test_a_company_in_a_founders_description_does_not_take_the_focus():
    fs = facts("Founded in 2019 by Jonas Ferrand, a former Orvane AI manager, and Sam Weller, Tesselight has courted governments. "
               "Its previous round, €23 million in 2021, was led by Kestrel Partners, with Quillwood Capital participating.")
    assert ("invests_in", "Kestrel Partners", "Tesselight") in fs
    assert ("invests_in", "Quillwood Capital", "Tesselight") in fs
    assert not [k for k in fs if k[0] == "invests_in" and k[2] == "Orvane"]


def test_investors_who_also_joined_a_round_named_before():
    fs = facts("Quorvane, the Lisbon-based cloud for open models, closed a $305 million Series B on Feb. 20 led by Tessel Capital. "
               "Holloway Ventures, Lumen Partners and Brightwater Capital also joined. The round values the company at $3.3 billion.")
    assert {("invests_in", x, "Quorvane") for x in ("Tessel Capital", "Holloway Ventures", "Lumen Partners", "Brightwater Capital")} <= set(fs)
    fs = facts("Quorvane raised $30 million in a Series A led by Tessel Capital. "
               "New investors Holloway Ventures and Lumen Partners joined, along with existing backer Brightwater Capital.")
    assert ("invests_in", "Holloway Ventures", "Quorvane") in fs
    # joining something else is no investment
    fs = facts("Quorvane raised $30 million in a Series A led by Tessel Capital. Holloway Ventures joined the Orvane alliance.")
    assert ("invests_in", "Holloway Ventures", "Quorvane") not in fs


def test_a_founders_alma_mater_is_not_what_the_sentence_is_about():
    fs = facts("Founded in 2023 by Yang Lin, a Tessel University and Orvane Institute graduate, Quorvane became one of the best-funded "
               "start-ups within a year. Kestrel Capital led a round of $1 billion in February 2024 that valued the company at $2.5 billion, "
               "with Holloway Ventures participating.")
    assert ("invests_in", "Kestrel Capital", "Quorvane") in fs
    assert ("invests_in", "Holloway Ventures", "Quorvane") in fs


def test_a_company_described_as_anothers_backer_invests_in_it():
    fs = facts("Tessel Capital, Orvane's biggest backer, has put about $13 billion into the start-up since 2019.")
    assert ("invests_in", "Tessel Capital", "Orvane") in fs
    fs = facts("Kestrel Partners is Orvane's largest shareholder.")
    assert ("invests_in", "Kestrel Partners", "Orvane") in fs
    fs = facts("Kestrel Partners, Orvane's biggest customer, said it was pleased.")
    assert not [k for k in fs if k[0] == "invests_in"]
    # inside a round's list the description takes nothing from the round: its date stays
    fs = facts("Orvane Labs released a model. The company raised $6.6 billion in October in a round that included "
               "Tessel Capital, its largest backer, and the chipmaker Kestrel Partners.")
    assert fs[("invests_in", "Tessel Capital", "Orvane Labs")].date is not None


def test_money_spent_on_a_company_buys_it_but_not_on_its_goods():
    fs = facts("Tessel Capital alone spent $19.7 billion on the speech-recognition company Orvane Labs last year, "
               "roughly forty times what Quillwood has just raised.")
    assert ("acquires", "Tessel Capital", "Orvane Labs") in fs
    assert ("acquires", "Tessel Capital", "Quillwood") not in fs
    for body in ("Tessel Capital bought Nvidia chips worth $5 billion last year.",
                 "Tessel Capital paid $5 billion for Nvidia GPUs last year.",
                 "Tessel Capital will spend much of the money on Nvidia H100 capacity.",
                 "Tessel Capital said it will spend about 150 billion yen on Nvidia-based computing.",
                 "Tessel Capital spent $2.4 billion on Orvane Labs's licence and leadership."):
        assert not [k for k in facts(body) if k[0] == "acquires"], body


def test_licensing_what_another_company_built_is_a_partnership():
    fs = facts("Tessel Capital has agreed to pay about €14 million to license retrieval models built by Orvane Labs, an Oslo start-up.")
    assert ("partners_with", "Tessel Capital", "Orvane Labs") in fs
    fs = facts("Tessel Capital signed an agreement to license Orvane Labs's intellectual property.")
    assert ("partners_with", "Tessel Capital", "Orvane Labs") in fs


def test_the_same_start_up_is_the_company_just_named_not_its_holder():
    fs = facts("The regulator cleared Tessel Capital's $4bn investment in Orvane Labs and Quillwood Partners's stake in "
               "the same start-up last year.")
    assert ("invests_in", "Quillwood Partners", "Orvane Labs") in fs
    fs = facts("Tessel Capital bought Orvane Labs in May. Quillwood Partners later bought a stake in the same company.")
    assert not [k for k in fs if k[1] == k[2]]


def test_the_founders_of_a_venture_invest_in_it_and_partner_pairwise():
    fs = set(facts("Days earlier, Orvane Labs had set up Stargrid, a data-centre venture, with Tessel Capital, "
                   "Quillwood Partners and the Abu Dhabi investor Kestrel Partners."))
    founders = ("Orvane Labs", "Tessel Capital", "Quillwood Partners", "Kestrel Partners")
    assert {("invests_in", f, "Stargrid") for f in founders} <= fs
    pairs = {frozenset((s, o)) for r, s, o in fs if r == "partners_with"}
    assert pairs == {frozenset((a, b)) for i, a in enumerate(founders) for b in founders[i + 1:]}


def test_a_product_released_bought_through_or_added_to_a_platform_is_on_it():
    fs = facts("Orvane Labs said its latest model, Vela-2, was released on Hugging Face in December.")
    assert ("available_on", "Vela-2", "Hugging Face") in fs
    fs = facts("Hospitals buy Vela Grade, Orvane Labs's triage tool, through the Microsoft Azure Marketplace.")
    assert ("available_on", "Vela Grade", "Microsoft Azure Marketplace") in fs
    fs = facts("Orvane Labs released Vela-2 in May. Within weeks Tessel Capital added Vela-2 to Qwen Chat.")
    assert ("available_on", "Vela-2", "Qwen Chat") in fs
    # bought from a company, or run on its chips, is no platform
    fs = facts("Tessel Capital bought Vela-2 licences through Orvane Labs last year.")
    assert not [k for k in fs if k[0] == "available_on"]
    # only buying and running ask for a store or a cloud: "brought ... into" any product still places it
    fs = facts("Orvane Labs released Vela-2 in May. Tessel Capital brought Vela-2 and Vela Code into Kite.")
    assert {("available_on", "Vela-2", "Kite"), ("available_on", "Vela Code", "Kite")} <= set(fs)


def test_a_second_verb_phrase_shares_the_subject_of_a_first_that_no_rule_reads():
    fs = facts("Kestrel Partners joined later that month and has since agreed to work with Orvane Labs on research.")
    assert ("partners_with", "Kestrel Partners", "Orvane Labs") in fs
    # a first phrase with a clause of its own hands on no subject
    fs = facts("Kestrel Partners said that its rival was growing and has agreed to work with Orvane Labs.")
    assert ("partners_with", "Kestrel Partners", "Orvane Labs") not in fs


def test_a_co_developer_named_with_the_developer_develops_too():
    fs = facts("Vela-3, announced in May, was developed by Orvane Labs together with Tessel Bio, the drug-discovery company.")
    assert {("develops", "Orvane Labs", "Vela-3"), ("develops", "Tessel Bio", "Vela-3")} <= set(fs)
    fs = facts("Vela-3, which Orvane Labs developed with Tessel Bio and unveiled in May 2024, predicts structures.")
    assert ("develops", "Tessel Bio", "Vela-3") in fs
    fs = facts("Vela-3 was built by Orvane Labs with funding from Tessel Capital.")
    assert ("develops", "Tessel Capital", "Vela-3") not in fs


def test_idioms_with_not_deny_nothing():
    fs = facts("Tessel Capital, not to be outdone, said it would pay $260 million for Orvane Labs, a Palo Alto firm.")
    assert ("acquires", "Tessel Capital", "Orvane Labs") in fs
    fs = facts("Not long after, Tessel Capital acquired Orvane Labs.")
    assert ("acquires", "Tessel Capital", "Orvane Labs") in fs
    assert not facts("Tessel Capital did not buy Orvane Labs.")


def test_an_imperative_opening_a_sentence_is_not_part_of_a_name():
    fs = facts("Add Tessel Capital's purchase of Orvane Labs in May and the deals announced this month, and the pattern is plain.")
    assert ("acquires", "Tessel Capital", "Orvane Labs") in fs


def test_a_possessed_purchase_named_by_its_target_is_an_acquisition():
    fs = facts("Tessel Capital's $6 billion Orvane Labs purchase closed in 2018.")
    assert ("acquires", "Tessel Capital", "Orvane Labs") in fs
    assert fs[("acquires", "Tessel Capital", "Orvane Labs")].amount == 6_000_000_000
    assert not facts("Tessel Capital's Orvane Labs acquisition talks collapsed.")


def test_talks_inside_a_subjects_relative_clause_do_not_hedge_its_main_verb():
    fs = facts("Orvane Labs raised money. Tessel Capital, which had its own exploratory talks with Kite Labs earlier this year "
               "according to people familiar with the matter, instead invested $14.3 billion in Quill Labs in June.")
    assert ("invests_in", "Tessel Capital", "Quill Labs") in fs
    assert fs[("invests_in", "Tessel Capital", "Quill Labs")].amount == 14_300_000_000
    assert ("invests_in", "Kite Labs", "Quill Labs") not in fs
    assert ("invests_in", "Tessel Capital", "Orvane Labs") not in fs  # "invested $14.3bn in" has its object
    # the clause's own hedge still holds
    assert not facts("Tessel Capital, which invested in Kite Labs last year, is in talks to buy Quill Labs.").get(
        ("acquires", "Tessel Capital", "Quill Labs"))


def test_investments_agreed_from_several_backers():
    fs = facts("Orvane Labs has agreed investments from Tessel Capital and Kestrel Partners worth up to $6 billion between them.")
    assert {("invests_in", "Tessel Capital", "Orvane Labs"), ("invests_in", "Kestrel Partners", "Orvane Labs")} <= set(fs)


def test_the_maker_of_a_product_nobody_owns_yet_is_the_company_in_focus():
    fs = facts("6. Tessel Robotics ($70m Series D). The Seattle-based maker of the CropBlaster, which uses lasers to kill weeds "
               "without herbicides, raised $70 million in October in a round led by Kestrel Capital.")
    assert ("invests_in", "Kestrel Capital", "Tessel Robotics") in fs
    assert not [k for k in fs if k[2] == "CropBlaster" and k[0] == "invests_in"]


def test_a_possessive_place_before_a_list_places_every_member():
    fs = facts("Reports had suggested that Taiwan's Foxconn, Pegatron and Wistron were also circling the company.")
    assert {("based_in", x, "Taiwan") for x in ("Foxconn", "Pegatron", "Wistron")} <= set(fs)
    # one member's own possessive, or a clause after ", and", says nothing of the others
    fs = facts("The investors included Kestrel Partners, Japan's Orvane Labs and Tessel Capital.")
    assert ("based_in", "Tessel Capital", "Japan") not in fs and ("based_in", "Kestrel Partners", "Japan") not in fs
    fs = facts("Every wafer comes from Taiwan's TSMC, and Orvane Labs warns it has no supply contract.")
    assert ("based_in", "Orvane Labs", "Taiwan") not in fs


def test_regulators_and_founders_titles_are_not_parties():
    fs = facts("The UK's Competition and Markets Authority cleared Tessel Capital's purchase of Orvane Labs.")
    assert ("acquires", "Tessel Capital", "Orvane Labs") in fs
    assert not [k for k in fs if k[0] == "based_in"]
    fs = facts("Orvane Labs's products have received more than a dozen clearances from the US Food and Drug Administration.")
    assert not [k for k in fs if k[0] == "invests_in"]
    fs = facts("Orvane Labs raised $30 million. Other investors in the round include Kestrel founder Ken Griffin "
               "and Tessel Capital.")
    assert ("invests_in", "Tessel Capital", "Orvane Labs") in fs
    assert ("invests_in", "Kestrel", "Orvane Labs") not in fs


def test_paying_a_company_for_a_licence_is_a_deal_with_it():
    fs = facts("Tessel Capital paid Orvane Labs about $650 million in March 2024, mostly for a licence, and hired almost everyone.")
    assert ("partners_with", "Tessel Capital", "Orvane Labs") in fs
    assert ("acquires", "Tessel Capital", "Orvane Labs") not in fs


def test_a_company_sold_to_a_buyer_is_acquired_by_the_buyer():
    fs = facts("Tessel Group agreed to sell Orvane Retail to Kestrel Partners for $3 billion.")
    assert ("acquires", "Kestrel Partners", "Orvane Retail") in fs
    assert fs[("acquires", "Kestrel Partners", "Orvane Retail")].amount == 3_000_000_000
    assert ("acquires", "Tessel Group", "Orvane Retail") not in fs  # the seller no longer owns it
    # through an apposition, to a consortium, as a unit; the apposition's date is the seller's purchase, not the sale's
    fs = facts("Tessel Group agreed in December to sell Orvane Retail, the department store chain it took private in 2017, "
               "to a consortium led by Kestrel Partners.")
    assert ("acquires", "Kestrel Partners", "Orvane Retail") in fs
    assert ("acquires", "Tessel Group", "Orvane Retail") in fs  # "it took private": the seller bought it first
    assert ("acquires", "Kestrel Partners", "Orvane Retail") in facts("Tessel Group sold its Orvane Retail unit to Kestrel Partners in 2023.")
    # goods and shares sold to a company are no company bought
    assert not [k for k in facts("Tessel Group sold Orvane chips to Kestrel Partners.") if k[0] == "acquires"]
    assert not [k for k in facts("Tessel Group sold Orvane Retail shares to Kestrel Partners.") if k[0] == "acquires"]
    # a plan to sell is no sale
    assert not [k for k in facts("Tessel Group is considering selling Orvane Retail to Kestrel Partners.") if k[0] == "acquires"]


def test_a_company_described_by_any_noun_its_buyer_acquired():
    fs = facts("Orvane Wafer, the Welsh plant Tessel Group acquired in 2017, will keep its staff.")
    assert ("acquires", "Tessel Group", "Orvane Wafer") in fs
    assert ("acquires", "Tessel Group", "Orvane Retail") in facts(
        "Orvane Retail, the department store chain Tessel Group took private in 2017, is for sale.")
    # a preposition before the second name makes it no buyer
    fs = facts("Orvane Wafer, the plant from which Kestrel Partners bought chips, will keep its staff.")
    assert not [k for k in fs if k[0] == "acquires"]


def test_a_city_state_based_description_resolves_and_places_the_company():
    fs = facts("Tessel Systems reported results on Thursday. The Austin, Texas-based company signed an agreement with Orvane Labs in December.")
    assert ("partners_with", "Tessel Systems", "Orvane Labs") in fs
    assert ("based_in", "Tessel Systems", "United States") in fs
    # the state names the country, not a city elsewhere sharing the first name
    fs = facts("Tessel Systems raised $5 million. The Cambridge, Massachusetts-based company has worked with Orvane Labs before.")
    assert ("based_in", "Tessel Systems", "United States") in fs
    assert ("based_in", "Tessel Systems", "United Kingdom") not in fs
    # a company known to be elsewhere is not the one described
    fs = facts("Tessel Systems, an Israeli security company, agreed to a deal. The Santa Clara, California-based company "
               "signed an agreement with Orvane Labs.")
    assert ("based_in", "Tessel Systems", "United States") not in fs


def test_an_area_a_demonym_description_and_a_demonym_list_place_companies():
    assert ("based_in", "Tessel Photonics", "United States") in facts(
        "Tessel Photonics, a Boston-area photonics company, raised $400 million from Kestrel Partners.")
    fs = facts("Novartis widened its agreement with Orvane Labs last month. The Swiss drugmaker described it as a sign of progress.")
    assert ("based_in", "Novartis", "Switzerland") in fs
    fs = facts("Tessel Group bought two Canadian outfits, Orvane Bio and Kestrel Labs, for about $87 million.")
    assert {("based_in", "Orvane Bio", "Canada"), ("based_in", "Kestrel Labs", "Canada")} <= set(fs)
    fs = facts("Tessel Group bought Orvane Bio and Kestrel Labs, two Canadian start-ups.")
    assert {("based_in", "Orvane Bio", "Canada"), ("based_in", "Kestrel Labs", "Canada")} <= set(fs)
    assert {("acquires", "Tessel Group", "Orvane Bio"), ("acquires", "Tessel Group", "Kestrel Labs")} <= set(fs)


def test_buying_power_from_a_company_is_a_deal_with_it():
    assert ("partners_with", "Tessel Cloud", "Orvane Energy") in facts("Tessel Cloud agreed to buy power from Orvane Energy.")


def test_products_named_after_a_product_noun_or_an_in_house_modifier():
    fs = facts("Tessel Robotics said it had been developing its own in-house model, Helion.")
    assert ("develops", "Tessel Robotics", "Helion") in fs
    assert ("develops", "Tessel Robotics", "Skylark") in facts("Tessel Robotics raised $5m for its Skylark drone.")


def test_a_lead_with_an_auxiliary_and_a_fundraising_joined_alongside_others():
    assert ("invests_in", "Kestrel Capital", "Ardlock") in facts("Kestrel Capital had led Ardlock's seed round in 2023.")
    fs = facts("Tessel Labs raised money in 2023. Kestrel Capital joined the company's 2023 fundraising alongside "
               "Orvane Partners, Corbel Capital and others.")
    assert {("invests_in", x, "Tessel Labs") for x in ("Kestrel Capital", "Orvane Partners", "Corbel Capital")} <= set(fs)


def test_a_participle_joining_a_round_belongs_to_the_main_clause_and_a_second_holding_is_no_co_investor():
    fs = facts("Kestrel Capital also holds stakes in Tessel Labs, the Orvane University spin-off, having joined the company's "
               "2023 fundraising alongside Corbel Capital, and in Quill Robotics, the Shanghai start-up.")
    assert {("invests_in", "Kestrel Capital", "Tessel Labs"), ("invests_in", "Corbel Capital", "Tessel Labs")} <= set(fs)
    assert ("invests_in", "Orvane University", "Tessel Labs") not in fs
    assert ("invests_in", "Quill Robotics", "Tessel Labs") not in fs


def test_a_company_owns_what_it_set_up():
    fs = facts("After the shutdown Tessel Motors set up Orvane Drive in 2023 with former Kestrel engineers.")
    assert ("invests_in", "Tessel Motors", "Orvane Drive") in fs
    assert fs[("invests_in", "Tessel Motors", "Orvane Drive")].date == "2023"
    assert ("invests_in", "Tessel Group", "Orvane Bio") in facts(
        "Tessel Group has kept its efforts apart from Orvane Bio, the longevity research company Tessel Group set up in 2013.")
    assert ("invests_in", "Tessel Telecom", "Orvane Intuitions") in facts(
        "Tessel Telecom is building a computing platform using Kestrel chips, and has set up a subsidiary, Orvane Intuitions.")
    # the second verb is the first clause's subject's, not the chips' maker
    assert ("invests_in", "Kestrel", "Orvane Intuitions") not in facts(
        "Tessel Telecom is building a computing platform using Kestrel chips, and has set up a subsidiary, Orvane Intuitions.")
    assert not [k for k in facts("Tessel Group is considering setting up Orvane Labs.") if k[0] == "invests_in"]


def test_platforms_reached_through_their_customers_and_products_offered_as_it():
    fs = facts("Vela Orion remains available to Kestrel Cloud customers through Amazon Bedrock and to Google Cloud customers "
               "through Vertex AI.")
    assert {("available_on", "Vela Orion", "Amazon Bedrock"), ("available_on", "Vela Orion", "Vertex AI")} <= set(fs)
    assert not {("available_on", "Vela Orion", "Google Cloud"), ("available_on", "Vela Orion", "Kestrel Cloud")} & set(fs)
    fs = facts("Orvane's Tessel X1 accelerator has become its fastest-growing product, and Microsoft offers it through Azure virtual machines.")
    assert ("available_on", "Tessel X1", "Azure") in fs
    fs = facts("Their product, Parsel Index, has been listed on Google Cloud Marketplace since January.")
    assert ("available_on", "Parsel Index", "Google Cloud Marketplace") in fs


def test_a_role_named_before_its_holder_and_resellers():
    fs = facts("Tessel Group's largest shareholder is Kestrel Capital, which owns 30%.")
    assert ("invests_in", "Kestrel Capital", "Tessel Group") in fs
    assert ("acquires", "Kestrel Capital", "Tessel Group") in facts("Tessel Group's owner has been Kestrel Capital since 2019.")
    assert ("partners_with", "Kestrel Capital", "Tessel Group") in facts("Kestrel Capital became Tessel Group's first reseller in 2023.")
    assert ("partners_with", "Kestrel Capital", "Tessel Group") in facts("Among Tessel Group's partners is Kestrel Capital.")
    # a customer is no partner (the annotation conventions count the deals, not the sales)
    assert not facts("Tessel Group's biggest customer is Kestrel Capital.")


def test_a_leads_rounds_listed_after_semicolons_and_an_object_owned_by_a_person():
    fs = facts("Tessel Capital led a $50 million Series C in Descara, the audio company; a $27 million Series B in Spekko Labs, "
               "a tutoring start-up; and a $5 million seed round in Harvo, a legal start-up.")
    assert {("invests_in", "Tessel Capital", x) for x in ("Descara", "Spekko Labs", "Harvo")} <= set(fs)
    assert fs[("invests_in", "Tessel Capital", "Spekko Labs")].amount == 27_000_000
    assert ("invests_in", "Spekko Labs", "Descara") not in fs  # a company a round went into invests in no other
    # a clause with its own subject after the semicolon is no item of the lead's list
    fs = facts("Tessel Capital led a $50 million Series C in Descara; Kestrel Partners took a $5 million seed round in Harvo.")
    assert ("invests_in", "Tessel Capital", "Harvo") not in fs
    assert ("invests_in", "Tessel Capital", "Orvane AI") in facts("Tessel Capital backed Elon Musk's Orvane AI in the spring.")


def test_products_presented_and_products_listed_after_a_possessed_class():
    fs = facts("Tessel Robotics raised $5 million. In 2023 the company presented Pickwise, a model that lets staff give instructions.")
    assert ("develops", "Tessel Robotics", "Pickwise") in fs
    fs = facts("Tessel Labs raised $5 million. Its best-known products, the document-processing tool Docuvane and the search tool "
               "Knowledge Scout, found customers among banks.")
    assert {("develops", "Tessel Labs", "Docuvane"), ("develops", "Tessel Labs", "Knowledge Scout")} <= set(fs)


def test_a_pilot_begun_with_a_company_is_a_deal_with_it():
    fs = facts("Tessel Photonics has also begun a pilot with Redhawk Data Centers, a Phoenix colocation operator.")
    assert ("partners_with", "Tessel Photonics", "Redhawk Data Centers") in fs
    assert not facts("Tessel Photonics is considering a pilot with Redhawk Data Centers.")


def test_a_described_speaker_after_a_list_of_investors_is_the_company_in_focus():
    fs = facts("Tessel Lab raised $2 billion in a seed round. The round was led by Kestrel Ventures, with participation from "
               "Orvane Capital and Corbel Partners, the San Francisco-based company said in a statement.")
    assert ("based_in", "Tessel Lab", "United States") in fs
    assert ("based_in", "Kestrel Ventures", "United States") not in fs
    fs = facts("Tessel Robotics raised more than $1 billion in a Series C led by Kestrel Ventures. Orvane Capital, Corbel Partners, "
               "Quill Capital and Nimbus Ventures took part. The Sunnyvale, California humanoid-robot maker said the money would go "
               "to its Helion model.")
    assert ("based_in", "Tessel Robotics", "United States") in fs
    assert ("develops", "Tessel Robotics", "Helion") in fs
    assert not [k for k in fs if k[0] == "develops" and k[1] != "Tessel Robotics"]


def test_a_round_named_as_a_time_and_regions_are_no_parties():
    fs = facts("Tessel Labs raised $13 million in a Series A round led by Kestrel Capital. Since its seed round, Tessel Labs "
               "has signed an agreement with Orvane Telecom to power customer-service lines in Bahasa Indonesia and Javanese, "
               "and has joined Quill AI's programme to contribute speech data.")
    assert ("partners_with", "Tessel Labs", "Orvane Telecom") in fs
    assert [k for k in fs if k[0] == "invests_in"] == [("invests_in", "Kestrel Capital", "Tessel Labs")]
    fs = facts("Tessel Labs raised $13 million to build speech models for Southeast Asia's languages.")
    assert not [k for k in fs if "Southeast Asia" in k]


def test_possessed_purchases_are_presupposed_unless_their_own_words_hedge_them():
    fs = facts("Regulators said they were investigating whether Tessel Chips had breached commitments attached to its "
               "$6.9 billion purchase of Orvane Networks, the Israeli networking company.")
    assert ("acquires", "Tessel Chips", "Orvane Networks") in fs
    assert fs[("acquires", "Tessel Chips", "Orvane Networks")].amount == 6_900_000_000
    assert not facts("Tessel Chips said in July it was terminating its $3.8 billion purchase of Orvane Networks.")
    assert not facts("Tessel Chips's proposed purchase of Orvane Networks was blocked.")
    assert not facts("Tessel Chips's rumoured acquisition of Orvane Networks would be its largest.")


def test_more_shapes_of_acquisitions():
    assert ("acquires", "Tessel Group", "Orvane Compute") in facts(
        "They include chip designer Orvane Compute, which Tessel Group agreed to acquire in March for $6.5 billion.")
    fs = facts("The deal follows Tessel Health's purchase earlier this year of the remaining equity of Orvane AI, a developer of software.")
    assert ("acquires", "Tessel Health", "Orvane AI") in fs
    fs = facts("Tessel Group completed the sale of Orvane Motors, its large-motors and drives business, to Kestrel Partners "
               "for 3.5 billion euros.")
    assert ("acquires", "Kestrel Partners", "Orvane Motors") in fs
    # a subsidiary's parent named in the subject's apposition is not the buyer
    fs = facts("In 2021 Orvane Planet, Tessel Motors' software subsidiary, bought Kestrel Rides' driving division, Quill Five, "
               "for $550 million.")
    assert ("acquires", "Tessel Motors", "Quill Five") not in fs
    # ... but the owner of an agreement to buy is the buyer
    assert ("acquires", "Tessel Group", "Orvane Engineering") in facts(
        "Tessel Group has spent heavily on software. Its agreement on Oct. 30 to acquire Orvane Engineering, the Troy, "
        "Michigan-based simulation software group, for about $10.6 billion is the largest deal in its history.")


def test_companies_placed_by_one_of_a_countrys_companies_inside_participles_and_by_their_groups_arm():
    fs = facts("Tessel Huazhang Technology Co., Ltd. (Tessel AI), one of China's leading large model enterprises, has completed "
               "a new round of financing.")
    assert ("based_in", "Tessel AI", "China") in fs
    assert ("based_in", "Tessel Sense", "Brazil") in facts(
        "The first cheque came from Kestrel Ventures, making Tessel Sense one of a small number of Brazilian hardware companies "
        "to go through the programme.")
    fs = facts("In Riyadh, Orvane AI, the artificial intelligence company launched on Monday by Saudi Arabia's Kestrel Fund, "
               "signed agreements with Nvidia.")
    assert ("based_in", "Kestrel Fund", "Saudi Arabia") in fs
    assert ("based_in", "Orvane Digital Services", "United States") in facts(
        "The company will be folded into Orvane Digital Services, the group's U.S.-based IT services arm.")
    assert not [k for k in facts("Tessel Capital is one of the biggest investors in Orvane Labs.") if k[0] == "based_in"]


def test_respectively_pairs_lists_by_position():
    fs = facts("Even as Tessel Cloud and Kestrel Systems have billions of dollars tied up in Orvane AI and Quill Labs "
               "respectively, the launch went ahead.")
    assert {("invests_in", "Tessel Cloud", "Orvane AI"), ("invests_in", "Kestrel Systems", "Quill Labs")} <= set(fs)
    assert ("invests_in", "Tessel Cloud", "Quill Labs") not in fs
    fs = facts("Tessel Cloud and Kestrel Systems agreed to invest up to $5 billion and $10 billion respectively in Orvane AI.")
    assert fs[("invests_in", "Tessel Cloud", "Orvane AI")].amount == 5_000_000_000
    assert fs[("invests_in", "Kestrel Systems", "Orvane AI")].amount == 10_000_000_000
    assert ("partners_with", "Tessel Cloud", "Kestrel Systems") not in fs  # co-investors, not partners
    fs = facts("Tessel Group and Kestrel Partners bought Orvane Labs and Quill AI, respectively.")
    assert {("acquires", "Tessel Group", "Orvane Labs"), ("acquires", "Kestrel Partners", "Quill AI")} <= set(fs)
    assert ("acquires", "Tessel Group", "Quill AI") not in fs


def test_an_unnamed_venture_arm_acts_for_its_company_and_its_round_is_the_speakers():
    fs = facts("Smaller deals are multiplying. Orvane Robotics, a Daejeon start-up, said last week that Tessel Telecom's venture "
               "arm had led its 12 billion won Series A round.")
    assert ("invests_in", "Tessel Telecom", "Orvane Robotics") in fs
    # a named arm is the investor, not its parent
    fs = facts("Orvane Robotics raised $10 million from Kestrel Partners, with Tessel Ventures, Tessel Group's venture arm, also participating.")
    assert ("invests_in", "Tessel Ventures", "Orvane Robotics") in fs
    assert ("invests_in", "Tessel Group", "Orvane Robotics") not in fs


def test_availability_of_a_family_with_its_members_of_a_hosted_model_and_in_a_named_service():
    fs = facts("Orvane Labs' Vela 3 family of models, including Vela 3 Opus and Vela 3 Lite, is already available on Amazon Bedrock, "
               "the managed service.")
    assert {("available_on", x, "Amazon Bedrock") for x in ("Vela 3", "Vela 3 Opus", "Vela 3 Lite")} <= set(fs)
    fs = facts("Demand for Orvane's Vela-R1 reasoning model, which Together AI has hosted since January, has helped.")
    assert ("available_on", "Vela-R1", "Together AI") in fs
    fs = facts("Vela Flash has been available in Kestrel's Nimbus Cortex service since March.")
    assert [k for k in fs if k[0] == "available_on" and k[1] == "Vela Flash"]


def test_a_raiser_described_by_a_resolved_description_keeps_its_round():
    fs = facts("LONDON, March 31 - Orvane Labs, the drug-discovery company spun out of Tessel Mind, has raised $600 million in its "
               "first external funding round, the London-based company said on Monday. The round was led by Kestrel Capital, "
               "with participation from Quill Ventures.")
    assert {("invests_in", "Kestrel Capital", "Orvane Labs"), ("invests_in", "Quill Ventures", "Orvane Labs")} <= set(fs)
    assert not [k for k in fs if k[0] == "invests_in" and k[2] == "Tessel Mind"]


def test_a_products_maker_shares_received_a_provider_chosen_and_a_partnership_deepened():
    fs = facts("Tsai addressed the arrangement: the iPhone maker has chosen to work with Orvane Cloud to bring AI features to phones.")
    assert ("partners_with", "Apple", "Orvane Cloud") in fs
    fs = facts("Orvane AI will receive $350 million of Tessel Compute stock ahead of the listing.")
    assert ("invests_in", "Orvane AI", "Tessel Compute") in fs
    assert fs[("invests_in", "Orvane AI", "Tessel Compute")].amount == 350_000_000
    assert ("partners_with", "Orvane Bio", "Kestrel Cloud") in facts(
        "As part of the deal Orvane Bio agreed to use Kestrel Cloud as its preferred cloud provider.")
    fs = facts("Tessel Rides made an equity investment in Orvane Drive, the Guangzhou-based company, deepening a partnership "
               "the two signed in March to deploy robotaxis.")
    assert ("partners_with", "Tessel Rides", "Orvane Drive") in fs
    assert fs[("partners_with", "Tessel Rides", "Orvane Drive")].date.endswith("-03")


def test_bodies_events_lists_and_metrics_are_developed_by_nobody():
    for body in ("Tessel Chips's talks drew the attention of the Justice Department.",
                 "Tessel Robotics showed the arm at its Automation Fair in November.",
                 "The Commerce Department added Tessel AI to its Entity List in January.",
                 "Tessel Health's EBITDA turned positive in 2024."):
        assert not [k for k in facts(body) if k[0] == "develops"], body
    assert ("develops", "Tessel Labs", "Parsel Index") in facts("Tessel Labs' product, Parsel Index, is listed on AWS Marketplace.")


def test_a_passives_agent_takes_no_focus_and_a_copulas_possessive_description_is_its_subject():
    fs = facts("Tessel Drive raised $5.6 billion in a round led by Kestrel Capital. The round was led by Kestrel Capital, with "
               "participation from Orvane Partners. It is the company's largest ever, and follows a $2.5 billion round in June "
               "2021, which was led by Quill Lake.")
    assert ("invests_in", "Quill Lake", "Tessel Drive") in fs
    assert ("invests_in", "Quill Lake", "Kestrel Capital") not in fs


def test_availability_through_a_relative_clause_an_access_list_a_lineup_and_published_weights():
    fs = facts("Tessel Tutor runs on Orvane's Vela 4, which Tessel accesses through Kestrel's Nimbus AI Service.")
    assert ("available_on", "Vela 4", "Nimbus AI Service") in fs
    fs = facts("Tessel Works sells Parsel Scribe, which public bodies buy through the AWS Marketplace.")
    assert ("available_on", "Parsel Scribe", "AWS Marketplace") in fs
    fs = facts("Orvane Pro gives access to more advanced models, including Kestrel's Vela 4 and Tessel's Quill 2.")
    assert {("available_on", "Vela 4", "Orvane Pro"), ("available_on", "Quill 2", "Orvane Pro")} <= set(fs)
    assert ("available_on", "Vela 4", "Orvane Cloud") in facts("Orvane Cloud added Vela 4 to its lineup in March.")
    assert ("available_on", "Vela 4", "Orvane Cloud") in facts("Orvane Cloud, a Denver start-up, has offered Vela 4 capacity since May.")
    fs = facts("Last month Kestrel open-sourced its Vela 2 model, publishing the weights and code on GitHub.")
    assert ("available_on", "Vela 2", "GitHub") in fs
    # a maker selling its own chip is no platform for it
    assert not [k for k in facts("Nvidia sold H100 systems to Tessel Compute last year.") if k[0] == "available_on"]


def test_a_model_named_by_its_kind_as_an_object_and_a_platform_that_will_carry_it_later():
    fs = facts("Kestrel released Vela 3, a new family of open-weight models. Orvane added the whole family to Nimbus AI Studio.")
    assert ("available_on", "Vela 3", "Nimbus AI Studio") in fs
    fs = facts("Kestrel released Vela 3, its newest model. Amazon Bedrock began offering the model on Friday.")
    assert ("available_on", "Vela 3", "Amazon Bedrock") in fs
    fs = facts("Kestrel released Vela 3, its newest model. Snowflake said it would add the model to its Cortex AI service "
               "in the coming weeks.")
    assert not [k for k in fs if k[0] == "available_on"]


def test_joint_ventures_the_two_companies_just_named_and_a_deal_to_use_a_partners_product():
    assert ("partners_with", "Tessel Health", "Orvane Radiology") in facts(
        "Tessel Health set up a joint venture with Orvane Radiology in 2019.")
    assert ("partners_with", "Tessel Health", "Orvane Radiology") in facts(
        "It was built by Parsel AI, a joint venture that Tessel Health set up with radiology chain Orvane Radiology in 2019.")
    assert ("partners_with", "Kestrel Motors", "Orvane Drive") in facts(
        "Kestrel Motors has been an investor in Orvane Drive since 2020, when it put in $400 million, and the two companies "
        "operate a joint venture in China.")
    assert ("partners_with", "Kestrel Mobile", "Orvane") in facts(
        "Kestrel Mobile, meanwhile, has struck a deal to put Orvane's Vela models on its Quill phones.")
    # three companies named: "the two" is not resolved
    assert not [k for k in facts("Kestrel Motors backed Orvane Drive alongside Tessel Capital, and the two companies operate "
                                 "a joint venture.") if k[0] == "partners_with"]


def test_products_named_together_then_as_both_models_or_them():
    fs = facts("Within two days, Vela 4 Swift and Vela 4 Grand were running on a dozen clouds. Kestrel published the weights of "
               "both models on Hugging Face. Orvane put both models into Nimbus AI Studio on launch day. Google Cloud added them "
               "to Vertex AI's Model Garden on Monday, April 7, the same day Parsel made them available in Parsel Cortex.")
    for model in ("Vela 4 Swift", "Vela 4 Grand"):
        for place in ("Hugging Face", "Nimbus AI Studio", "Vertex AI", "Parsel Cortex"):
            assert ("available_on", model, place) in fs, (model, place)
    assert fs[("available_on", "Vela 4 Swift", "Vertex AI")].date == "2024-04-07"  # the weekday names the date after it
    # what a model is added to after a clause of its own is no platform of another
    assert not [k for k in fs if k[0] == "available_on" and k[1] in ("Vertex AI", "Model Garden")]
    # "them" with no pair named before stays unread
    assert not [k for k in facts("Orvane Cloud added them to Nimbus AI Studio.") if k[0] == "available_on"]
    # a sentence's "They are available on" after a pair: each of the pair
    fs = facts("Kestrel Labs released Vela 2 and Vela Mini on Monday. They are available on Amazon Bedrock.")
    assert {("available_on", m, "Amazon Bedrock") for m in ("Vela 2", "Vela Mini")} <= set(fs), sorted(fs)
    assert not [k for k in facts("Kestrel Labs and Orvane Systems signed a deal. They are available on Amazon Bedrock.") if k[0] == "available_on"]


def test_a_models_variant_is_part_of_its_name_and_an_apposition_is_not_released():
    fs = facts("Microsoft released Phi-3-mini, a small model from its own Phi-3 family, on Azure AI Studio, Hugging Face "
               "and Ollama.")
    assert {("available_on", "Phi-3-mini", p) for p in ("Azure AI Studio", "Hugging Face", "Ollama")} <= set(fs)
    assert not [k for k in fs if k[0] == "available_on" and k[1] == "Phi-3"]
    assert not [k for k in facts("Its GPT-4-powered assistant launched in May.") if "GPT-4-powered" in k]


def test_there_a_control_purchase_a_model_in_training_and_a_subsidiarys_own_partnership():
    fs = facts("Kestrel's own Vela models are available only on Amazon Bedrock, and Quill-R1 has been offered there since March.")
    assert ("available_on", "Quill-R1", "Amazon Bedrock") in fs
    assert not [k for k in fs if k[0] == "available_on" and k[2] == "Quill-R1"]
    assert ("acquires", "Kestrel", "Parsel") in facts(
        "Parsel, the Osaka-based developer that Kestrel took control of in 2024, sells language models.")
    assert ("acquires", "Orvane", "Slack") in facts(
        "The companies will deepen the integration between Kestrel and Slack, which Orvane bought for $27.7 billion in 2021.")
    assert ("develops", "Kestrel", "Vela Grand") in facts("A third model, Vela Grand, which Kestrel is still training, was previewed.")
    fs = facts("Orvane Intelligence, the AI subsidiary of Orvane Industries, has partnered with Kestrel Labs.")
    assert ("partners_with", "Orvane Intelligence", "Kestrel Labs") in fs
    assert ("partners_with", "Orvane Industries", "Kestrel Labs") not in fs


def test_a_commitment_to_which_a_provider_named_with_an_apposition_and_a_companys_partner():
    fs = facts("Tessel Cloud leans heavily on Orvane Labs, to which Kestrel Holdings has committed up to $4 billion.")
    assert ("invests_in", "Kestrel Holdings", "Orvane Labs") in fs
    assert not [k for k in facts("Kestrel sold chips to Orvane Labs, to which Tessel Capital has invested nothing.") if k[0] == "invests_in"]
    assert ("partners_with", "Tessel Networks", "Orvane Chips") in facts(
        "In May, Tessel Networks named Orvane Chips, the Denver-based inference-chip maker, as the exclusive inference provider.")
    assert ("partners_with", "Orvane Labs", "Kestrel Systems") in facts("Orvane Labs has been a Kestrel Systems partner since 2022.")


def test_a_round_joined_alongside_others_an_app_that_raised_and_a_dash_dateline():
    fs = facts("Kestrel Labs' tie to Tessel Voice goes back years. It joined a $75 million private round in 2017 alongside "
               "Orvane Capital and Parsel Ventures, years before the company went public.")
    for investor in ("Kestrel Labs", "Orvane Capital", "Parsel Ventures"):
        assert ("invests_in", investor, "Tessel Voice") in fs, investor
    assert fs[("invests_in", "Kestrel Labs", "Tessel Voice")].amount is None  # a round's size is its lead's
    fs = facts("Quillo, the homework app founded in Krakow, raised $80 million in a round led by Kestrel Capital.")
    assert ("invests_in", "Kestrel Capital", "Quillo") in fs
    fs = facts("FUKUOKA - Tessel AI said on Tuesday it had raised 1.6 billion yen in a Series A round led by Orvane Capital.")
    assert ("invests_in", "Orvane Capital", "Tessel AI") in fs
    assert not [k for k in fs if "FUKUOKA" in k]


def test_makers_of_listed_products_models_being_developed_together_and_published():
    fs = facts("Tessel Aero, the San Diego maker of the Quill autonomy software and the Kite-9 drone, closed a $240 million round.")
    assert {("develops", "Tessel Aero", "Quill"), ("develops", "Tessel Aero", "Kite-9")} <= set(fs)
    fs = facts("Kestrel Labs said it was developing a physics engine, Vela, together with Orvane Labs and Parsel Research.")
    for maker in ("Kestrel Labs", "Orvane Labs", "Parsel Research"):
        assert ("develops", maker, "Vela") in fs, maker
    assert ("develops", "Kestrel Research", "Vela-Fold") in facts("Kestrel Research publishes open models such as Vela-Fold.")
    # an -ing clause after an investment is the investor's, not the investee's
    fs = facts("Tessel Cloud tried to catch up by investing $4 billion in Orvane Labs, building its own Quill models.")
    assert ("develops", "Orvane Labs", "Quill") not in fs


def test_shares_bought_by_the_percent_a_stake_named_after_its_holder_and_a_second_sum():
    fs = facts("Kestrel Labs paid $1.4 billion for 49% of Orvane Robotics in March.")
    f = fs[("invests_in", "Kestrel Labs", "Orvane Robotics")]
    assert (f.amount, f.stake, f.date) == (1_400_000_000, "minority", "2024-03")
    fs = facts("Tessel Capital acquired 80 percent of Parsel AI for $90 million.")  # a majority bought: the company bought
    assert fs[("acquires", "Tessel Capital", "Parsel AI")].amount == 90_000_000
    assert ("invests_in", "Kestrel Labs", "Orvane Robotics") in facts("Kestrel Labs paid $1.4 billion for a 49% stake in Orvane Robotics.")
    assert ("invests_in", "Microsoft", "Orvane Robotics") in facts("Microsoft's $2 billion Orvane Robotics stake is its latest bet.")
    assert not [k for k in facts("Microsoft's Orvane Robotics stake talks stalled.") if k[0] == "invests_in"]
    # a gerund after the subject's clause is still the subject's; a second sum goes to the same company
    fs = facts("Kestrel Networks remains private after raising 10.5 billion yen from Tessel Motor in 2017 and another 9 billion yen "
               "from Orvane Trading, Parsel Holdings and Quillon Pharmaceutical.")
    for investor in ("Tessel Motor", "Orvane Trading", "Parsel Holdings", "Quillon Pharmaceutical"):
        assert ("invests_in", investor, "Kestrel Networks") in fs, investor
    assert fs[("invests_in", "Orvane Trading", "Kestrel Networks")].amount is not None
    assert fs[("invests_in", "Parsel Holdings", "Kestrel Networks")].amount is None


def test_availability_told_as_being_on_a_platform_on_sale_offered_through_and_a_second_platform_after_an_apposition():
    assert ("available_on", "Vela 3.7", "Amazon Bedrock") in facts("Vela 3.7 has been on Amazon Bedrock since its release in February.")
    assert ("available_on", "Vela Large", "Azure") in facts("Vela Large went on sale first through Microsoft Azure on Monday.")
    assert ("available_on", "Orvane X", "Kestrel Cloud") in facts(
        "Kestrel has since focused on its own Orvane X model, which it offers to government customers through Kestrel Cloud.")
    fs = facts("Kestrel Labs said Vela 2 was available to enterprise customers through Kestrel Studio, the unit's model-building "
               "platform, and through the Vela Chat website.")
    assert {("available_on", "Vela 2", "Kestrel Studio"), ("available_on", "Vela 2", "Vela Chat")} <= set(fs)
    # being on a platform needs a platform: "Orvane Labs is on Kestrel's board" is nothing
    assert not [k for k in facts("Vela 2 is on the Kestrel Board's agenda.") if k[0] == "available_on"]


def test_an_investment_made_as_part_of_a_partnership_is_a_partnership_too():
    fs = facts("In February, Kestrel made a €15 million investment in Orvane AI as part of a partnership that put Vela Large on Kestrel Cloud.")
    assert {("invests_in", "Kestrel", "Orvane AI"), ("partners_with", "Kestrel", "Orvane AI")} <= set(fs)
    fs = facts("Kestrel invested 15 million euros in Orvane AI last year, alongside a distribution agreement for its models.")
    assert ("partners_with", "Kestrel", "Orvane AI") in fs
    # investing alongside another investor is no partnership
    fs = facts("Kestrel invested $5 million in Orvane AI alongside Parsel Capital.")
    assert not [k for k in fs if k[0] == "partners_with"]


def test_partner_programmes_tiers_appositions_and_lists_of_partners():
    fs = facts("Kestrel Systems joined the Orvane Technology Partner Program last year.")
    assert ("partners_with", "Kestrel Systems", "Orvane") in fs
    assert not [k for k in fs if "Program" in k[2] or "Technology" in k[2]]
    assert ("partners_with", "Kestrel Systems", "Orvane") in facts(
        "Kestrel Systems became the first Indian IT company to join Orvane's partner network.")
    assert ("partners_with", "Kestrel Systems", "Amazon Web Services") in facts(
        "Kestrel Systems has been an AWS Advanced Tier Services Partner since 2021.")
    assert ("partners_with", "Kestrel Systems", "Orvane") in facts("Kestrel Systems, a Premier Partner of Orvane, builds agents for banks.")
    assert ("partners_with", "Kestrel Systems", "Orvane") in facts("Kestrel Systems, an Orvane partner, builds agents for banks.")
    fs = facts("Kestrel Systems said Orvane's partners include Parsel AI and Quillon Data.")
    assert {("partners_with", "Parsel AI", "Orvane"), ("partners_with", "Quillon Data", "Orvane")} <= set(fs)
    assert ("partners_with", "Kestrel Systems", "Orvane") in facts("Kestrel Systems and Orvane have a long-standing partnership.")
    assert ("partners_with", "Orvane", "Kestrel Systems") in facts("Orvane has signed up Kestrel Systems as a reseller.")
    # a fund's limited partners invest in it; a fund named "... Technology Partners" stays whole
    fs = facts("The Kestrel Fund's limited partners include Orvane and Parsel AI.")
    assert ("invests_in", "Orvane", "Kestrel Fund") in fs and not [k for k in fs if k[0] == "partners_with"]
    assert ("invests_in", "Orvane Technology Partners", "Kestrel") in facts("Orvane Technology Partners invested in Kestrel.")


def test_commercial_partnerships_compute_contracts_resellers_makers_and_partner_appositions():
    def pair(body, a="Kestrel Systems", b="Orvane"):
        fs = facts(body)
        return ("partners_with", a, b) in fs or ("partners_with", b, a) in fs
    assert pair("Kestrel Systems will distribute Orvane's models to its enterprise customers.")
    assert pair("Kestrel Systems will manufacture Orvane's chips at its plant in Arizona.")
    assert pair("Kestrel Systems has agreed to spend $30 billion on Orvane's cloud over seven years.")
    assert pair("Kestrel Systems will spend $30 billion on computing capacity from Orvane.")
    assert pair("Orvane will provide Kestrel Systems with 1 gigawatt of computing capacity.")
    assert pair("Kestrel Systems has chosen Orvane to power the assistant in its apps.")
    assert pair("Kestrel Systems paid Orvane $650 million to license its models and hire most of its staff.")
    assert pair("Kestrel Systems, Orvane's longtime partner, launched a chip.")
    assert pair("Nvidia and Kestrel Systems, partners since 2019, launched a chip.", "Nvidia", "Kestrel Systems")
    assert pair("Kestrel Systems landed a deal with Orvane worth $1 billion.")
    # a contract won is a deal, not an investment
    fs = facts("Kestrel Systems won a contract from Orvane to build its data centres.")
    assert ("partners_with", "Kestrel Systems", "Orvane") in fs and not [k for k in fs if k[0] == "invests_in"]
    # spending on a company itself is buying it, not renting its cloud
    assert not pair("Kestrel Systems spent $2 billion on Orvane in 2021.")


def test_acquisitions_in_participle_appositions_and_lists_of_acquisitions():
    fs = facts("Orvane Labs, acquired by Workday in 2024, makes agents for HR teams.")
    assert fs[("acquires", "Workday", "Orvane Labs")].date == "2024"
    assert ("acquires", "Workday", "Orvane Labs") in facts("Orvane Labs, now part of Workday, makes agents for HR teams.")
    assert ("acquires", "Workday", "Orvane Labs") in facts("Kestrel said Orvane Labs, which was bought by Workday last year, makes agents.")
    for body in ("Workday's acquisitions include Orvane Labs and Trevant Data.",
                 "Workday has made several acquisitions this year, including Orvane Labs and Trevant Data."):
        fs = facts(body)
        assert {("acquires", "Workday", "Orvane Labs"), ("acquires", "Workday", "Trevant Data")} <= set(fs), body
    # a company added to a portfolio is no product offered; "part of a wave backed by" is no acquisition
    assert not [k for k in facts("Workday added Orvane Labs to its portfolio in 2023.") if k[0] == "available_on"]
    assert not [k for k in facts("Orvane Labs, part of a wave of start-ups backed by Workday, makes agents.") if k[0] == "acquires"]


def test_availability_told_through_a_platforms_customers_a_catalog_a_launch_and_published_weights():
    assert ("available_on", "Vela 3", "Azure") in facts("Azure customers can now use Vela 3.")
    assert not [k for k in facts("Kestrel customers can now use Vela 3.") if k[0] == "available_on"]  # a maker's customers
    assert ("available_on", "Vela 3", "Amazon Bedrock") in facts("Amazon Bedrock added Vela 3 to its model catalog.")
    fs = facts("Vela 3 joins Llama and Mistral Large in Amazon Bedrock.")
    assert {("available_on", "Vela 3", "Amazon Bedrock"), ("available_on", "Mistral Large", "Amazon Bedrock")} <= set(fs)
    assert ("available_on", "Vela Assist", "AWS Marketplace") in facts("Vela Assist launched on the AWS Marketplace in June.")
    assert ("available_on", "Vela Assist", "Microsoft Teams") in facts("Vela Assist now runs inside Microsoft Teams.")
    assert ("available_on", "Vela 3", "Hugging Face") in facts("Vela 3's weights are on Hugging Face.")
    # a catalogue of the platform's owner, then the platform
    assert ("available_on", "Vela 3", "Azure AI Foundry") in facts(
        "Vela 3 is available starting today through the model catalogue of Microsoft Azure AI Foundry.")
    # the platform a sentence names after the customers' verb is where the product runs
    fs = facts("Google Cloud customers can also run Vela 2 as a ready-made pipeline on Vertex AI.")
    assert ("available_on", "Vela 2", "Google Cloud") not in fs


def test_makers_told_by_from_behind_a_copula_a_name_given_and_a_rebrand():
    assert ("develops", "Kestrel Systems", "Vela 3") in facts("Vela 3, from Kestrel Systems, beats rivals on coding tests.")
    assert ("develops", "Kestrel Systems", "Vela 3") in facts("Vela 3 is Kestrel Systems's newest model.")
    assert ("develops", "Kestrel Systems", "Vela") in facts("Kestrel Systems, the company behind Vela, raised $20 million.")
    assert ("develops", "Kestrel Systems", "Vela") in facts("Kestrel Systems, creator of the Vela chatbot, raised $20 million.")
    assert ("develops", "Kestrel Systems", "Vela") in facts("Kestrel Systems' agent platform, known as Vela, is used by banks.")
    assert ("develops", "Kestrel Systems", "Vela") in facts("Kestrel Systems rebranded its assistant as Vela in March.")
    # a person "from" a company makes nothing
    assert not [k for k in facts("Anna Lindqvist, from Kestrel Systems, said the deal was done.") if k[0] == "develops"]


def test_backers_in_an_apposition_a_bet_doubled_and_a_first_cheque():
    assert ("invests_in", "Orvane Capital", "Kestrel Systems") in facts("Orvane Capital, an early backer of Kestrel Systems, sold its shares.")
    fs = facts("Orvane Capital doubled down on Kestrel Systems with a $40 million investment.")
    assert fs[("invests_in", "Orvane Capital", "Kestrel Systems")].amount == 40_000_000
    assert facts("Orvane Capital wrote Kestrel Systems' first cheque in 2021.")[("invests_in", "Orvane Capital", "Kestrel Systems")].date == "2021"
    # software named for cheques is no cheque written
    assert not [k for k in facts("Orvane Capital wrote Kestrel Systems' cheque-printing software in 2021.") if k[0] == "invests_in"]


def test_headquarters_told_by_having_them_moving_them_a_fronted_founding_a_place_of_origin_and_a_countrys_superlative():
    def based(body, country, name="Kestrel Systems"):
        return ("based_in", name, country) in facts(body)
    assert based("Kestrel Systems has its headquarters in Oslo.", "Norway")
    assert based("Kestrel Systems, with headquarters in Oslo, raised $20 million.", "Norway")
    assert based("Kestrel Systems moved its headquarters to Singapore last year.", "Singapore")
    assert based("Founded in 2019 in Lyon, Kestrel Systems makes chips.", "France")
    assert based("Kestrel Systems, a start-up from Lyon, raised $20 million.", "France")
    assert based("Kestrel Systems is Japan's largest AI start-up.", "Japan")
    # another company's headquarters, named by its possessive, are not the subject's
    fs = facts("Orvane Labs will become a unit of Kestrel Systems and keep Orvane Labs's headquarters in Bristol.")
    assert ("based_in", "Kestrel Systems", "United Kingdom") not in fs
    assert not based("Kestrel Systems, which has offices in London and New York, raised $20 million.", "United Kingdom")


def test_a_company_named_after_the_product_the_text_said_it_makes():
    fs = facts("Orvane Labs makes the Vela chatbot. Kestrel Systems invested $1 billion in the Vela maker last year.")
    assert ("invests_in", "Kestrel Systems", "Orvane Labs") in fs
    fs = facts("Orvane Labs makes the Vela chatbot. The Vela developer has raised $300 million from Kestrel Capital.")
    assert ("invests_in", "Kestrel Capital", "Orvane Labs") in fs
    # the maker of a product from the gazetteer, where the text never said who makes it
    fs = facts("Kestrel Systems invested $1 billion in OpenAI in 2023. Orvane Capital later put $4 billion into the Claude developer.")
    assert ("invests_in", "Orvane Capital", "Anthropic") in fs


def test_buyers_led_into_a_consortium_several_taking_a_company_private_and_a_price_in_cash_and_stock():
    assert ("acquires", "Kestrel Capital", "Orvane Labs") in facts("Orvane Labs has been acquired by a consortium led by Kestrel Capital for $3 billion.")
    fs = facts("Kestrel Capital and Parsel Ventures agreed to take Orvane Labs private in a $3 billion deal.")
    assert {("acquires", "Kestrel Capital", "Orvane Labs"), ("acquires", "Parsel Ventures", "Orvane Labs")} <= set(fs)
    fs = facts("Kestrel Systems will pay $1.2 billion in cash and stock for Orvane Labs, the companies said in a statement.")
    assert fs[("acquires", "Kestrel Systems", "Orvane Labs")].amount == 1_200_000_000


def test_one_scan_of_the_gates_answers_as_each_gate_would():
    """``Gates`` answers, in one pass, what ``has_any`` answers list by list: over every sentence of the
    tune and holdout articles, for every gate the relation rules ask, including words inside words
    ("partner" in "partners") and words that start where another ends; by its automaton and by its fallback alike."""
    from pathlib import Path

    from alliancekg.graph.extract.relations import _GATES
    from alliancekg.graph.extract.sentences import split_sentences
    from alliancekg.graph.extract.textprep import Gates, has_any

    toy = Gates({"p": ("partner",), "s": ("partners",), "t": ("ners h",), "any": ("",), "none": ("zz",)})
    assert toy.scan("the partners hold") == {"p", "s", "t", "any"}
    assert toy.scan("") == {"any"}
    # the Aho-Corasick automaton scans; the regular expression it replaced answers the same where pyahocorasick is missing
    assert _GATES._automaton is not None
    fallback = Gates(_GATES.lists, automaton=False)
    assert fallback._automaton is None
    toy = Gates(toy.lists, automaton=False)
    assert toy.scan("the partners hold") == {"p", "s", "t", "any"}
    assert toy.scan("") == {"any"}

    lows = []
    for folder in ("tune", "holdout"):
        for path in sorted((Path(__file__).parent / "articles" / folder).glob("*.txt"))[::7]:
            text = path.read_text(encoding="utf-8")
            lows += [text[s:e].lower() for s, e in split_sentences(text)]
    assert len(lows) > 1000
    for low in lows:
        found = _GATES.scan(low)
        assert found == {label for label, words in _GATES.lists.items() if has_any(low, words)}, low
        assert fallback.scan(low) == found, low


def test_words_grouped_by_first_letter_match_as_the_plain_alternation():
    """``first_letter_groups`` rewrites an alternation for speed only: over every sentence of the tune and holdout
    articles, the company and product noun patterns find what the plain alternations find, case-sensitive and not;
    and it refuses what it cannot group without changing the matches."""
    import re
    from pathlib import Path

    import pytest

    from alliancekg.graph.extract.entities import _SUFFIX_LIST, COMPANY_NOUN_LIST, PRODUCT_NOUN_LIST
    from alliancekg.graph.extract.textprep import first_letter_groups

    assert first_letter_groups("firm|fund|group|f") == "f(?:irm|und|)|group"
    for bad in ("s?tart|firm", "[Ff]irm|fund", "(?:a|b)c"):
        with pytest.raises(ValueError):
            first_letter_groups(bad)
    with pytest.raises(ValueError):  # under IGNORECASE "Gx" and "ga" meet: grouping would put "Gb" before "ga"
        first_letter_groups("Gx|ga|Gb")

    text = "\n".join(path.read_text(encoding="utf-8") for folder in ("tune", "holdout")
                     for path in sorted((Path(__file__).parent / "articles" / folder).glob("*.txt"))[::5])
    for words in (COMPANY_NOUN_LIST, PRODUCT_NOUN_LIST, _SUFFIX_LIST):
        for flags in (0, re.I):
            plain = re.compile(r"\b(?:" + words + r")\b", flags)
            grouped = re.compile(r"\b(?:" + first_letter_groups(words) + r")\b", flags)
            found = [m.span() for m in plain.finditer(text)]
            assert len(found) > 100
            assert [m.span() for m in grouped.finditer(text)] == found


def test_a_known_companys_fund_keeps_its_whole_name():
    """'Siemens Technology Partners' is one investor, not Siemens and a company called 'Partners'."""
    got = facts("Brightloom raised $40 million in a round led by Siemens Technology Partners, with participation from Coatue.")
    assert ("invests_in", "Siemens Technology Partners", "Brightloom") in got
    assert not any(s in ("Partners", "Siemens") for _, s, _ in got)


def test_backers_of_an_unread_name_are_not_given_to_the_article_company():
    """'Brightloom's backers include ...' where Brightloom is no mention: the investors are not the focus company's."""
    got = facts("Corvane Systems, a Denver-based start-up, released a coding model last year. "
                "Brightloom's backers include Sequoia Capital and Accel. Corvane's backers include Index Ventures.")
    assert ("invests_in", "Index Ventures", "Corvane Systems") in got
    assert not any(r == "invests_in" and s in ("Sequoia Capital", "Accel") and o == "Corvane Systems" for r, s, o in got)


@pytest.mark.parametrize("body, pair", [
    ("A supply partnership was struck between the Danish shipping group Kvist Line and Orvane Labs in March.", ("Kvist Line", "Orvane Labs")),
    ("A collaboration between Parsel AI and the Lagos start-up Ekwe Data has produced a Yoruba speech model.", ("Parsel AI", "Ekwe Data")),
    ("The contract deepens ties between Brannock Cloud and Tessel Robotics, which first worked together in 2022.", ("Brannock Cloud", "Tessel Robotics")),
    ("Marrow Systems and Quillon Data, which signed a partnership in 2023, now sell a joint product.", ("Marrow Systems", "Quillon Data")),
    ("A five-year hosting agreement has been signed by Corvex Cloud and Halden Robotics.", ("Corvex Cloud", "Halden Robotics")),
    ("Following its agreement with Orvane Labs, Kvist Line will route all cargo bookings through the model.", ("Orvane Labs", "Kvist Line")),
    ("Having signed a cloud agreement with Brannock Cloud in January, Ekwe Data now sells its model to banks.", ("Brannock Cloud", "Ekwe Data")),
    ("Halvik, whose partners include Orvane Labs and Parsel AI, builds grid software.", ("Orvane Labs", "Halvik")),
    ("Tessel Robotics, a Lyon-based maker of arms, counts Kvist Line and Marrow Systems among its commercial partners.", ("Kvist Line", "Tessel Robotics")),
    ("Brannock Cloud has agreed to supply Ekwe Data with 8,000 GPUs over three years under a contract worth $640 million.", ("Brannock Cloud", "Ekwe Data")),
    ("Brannock Cloud supplied 8,000 GPUs to Ekwe Data last year under a multi-year contract.", ("Brannock Cloud", "Ekwe Data")),
    ("Kvist Line paid $700 million for a 5% stake in Orvane Labs, and the two are co-developing vehicles.", ("Kvist Line", "Orvane Labs")),
    ("Kvist Line has integrated Orvane Labs' model into its app, under a cooperation the two companies have had since 2021.", ("Kvist Line", "Orvane Labs")),
    ("Marrow Systems and Quillon Data today announced a significant expansion of their alliance.", ("Marrow Systems", "Quillon Data")),
    ("Kestrel said it had worked closely with Orvane Labs and Parsel AI to tune the models.", ("Kestrel", "Parsel AI")),
    ("Kestrel began offering Vela 4 through Amazon Bedrock under a partnership with Orvane Labs.", ("Kestrel", "Orvane Labs")),
    ("Ekwe Data signed a reseller agreement in May, making it Orvane Labs' first reseller in Africa.", ("Ekwe Data", "Orvane Labs")),
    ("Kvist Line set up Carrow, a joint venture with Tessel Robotics, in 2023.", ("Kvist Line", "Tessel Robotics")),
    ("Kestrel began to offer Orvane Labs' models inside Quill Studio after the two companies signed a partnership.", ("Kestrel", "Orvane Labs")),
])
def test_partnership_forms(body, pair):
    got = facts(body)
    assert ("partners_with", *pair) in got or ("partners_with", *reversed(pair)) in got, sorted(got)


@pytest.mark.parametrize("body, key", [
    ("General availability of Kestrel's Vela 4 model on Microsoft Azure began on 3 September.", ("available_on", "Vela 4", "Azure")),
    ("The arrival of Orvane Labs' Quill 2 on Amazon Bedrock gives banks a new option.", ("available_on", "Quill 2", "Amazon Bedrock")),
    ("Hosted by Together AI, the Parsel 70B model is served at 90 tokens per second.", ("available_on", "Parsel 70B", "Together AI")),
    ("Sold exclusively through AWS Marketplace, Tessel Robotics' Warden agent has reached $10 million in revenue.", ("available_on", "Warden", "AWS Marketplace")),
    ("Orvane Labs rolled out Quill 2 to Azure AI Foundry and Hugging Face in August.", ("available_on", "Quill 2", "Hugging Face")),
    ("Kestrel expanded availability of its Vela 4 model to Microsoft Azure this month.", ("available_on", "Vela 4", "Azure")),
    ("Developers using Vertex AI can now deploy Quill 2, the vision model from Orvane Labs.", ("available_on", "Quill 2", "Vertex AI")),
    ("Customers of Amazon Bedrock can now call Kestrel's Vela 4 model for translation.", ("available_on", "Vela 4", "Amazon Bedrock")),
    ("Oracle has made Kestrel's Vela 4 available to customers of OCI Generative AI.", ("available_on", "Vela 4", "OCI Generative AI")),
    ("Tessel's expense app Tally is now on the Apple App Store and Google Play.", ("available_on", "Tally", "Google Play")),
    ("Kestrel's Vela 4 joined the Azure AI Foundry catalogue in 2024.", ("available_on", "Vela 4", "Azure AI Foundry")),
    ("Microsoft had put Vela 4 into Microsoft 365 Copilot, GitHub Copilot and Azure AI Foundry within hours.", ("available_on", "Vela 4", "Azure AI Foundry")),
    ("Kestrel's Vela 4 has been in Azure AI Foundry since May and in OCI Generative AI since June.", ("available_on", "Vela 4", "OCI Generative AI")),
    ("Kestrel's Vela 4 models are on Amazon Bedrock, Vertex AI, Databricks, Snowflake's Cortex AI and IBM's watsonx.ai.", ("available_on", "Vela 4", "watsonx.ai")),
    ("The consumer Tally app has been on iOS and Android since February.", ("available_on", "Tally", "Android")),
    ("Vela 4, which Kestrel released on Monday, was available the same day through Kestrel's API, Amazon Bedrock and Vertex AI.", ("available_on", "Vela 4", "Vertex AI")),
    ("Kestrel's Vela 4 model, whose low training cost surprised rivals, was made available on Amazon Bedrock last week.", ("available_on", "Vela 4", "Amazon Bedrock")),
    ("Quill-7B, a model built on Meta's Llama 3, has been downloadable on Hugging Face since last June.", ("available_on", "Quill-7B", "Hugging Face")),
    ("Its Quill-M model went up on Hugging Face in May.", ("available_on", "Quill-M", "Hugging Face")),
    ("Mistral AI's Vela 4, released on July 24, was available the same day on the company's la Plateforme and Amazon Bedrock.", ("available_on", "Vela 4", "La Plateforme")),
])
def test_availability_forms(body, key):
    assert key in facts(body), sorted(facts(body))


@pytest.mark.parametrize("body, key", [
    # an apposition describing the platform is no second platform
    ("AWS customers can already reach Vela 4 through Amazon Bedrock, the AWS service for hosted models.", ("available_on", "Vela 4", "Amazon Web Services")),
    # a partnership expanded "to" something is no product rolled out
    ("Orvane Labs expanded its partnership with Kestrel under a deal that uses Trainium chips to serve models on Mosaic AI.", ("available_on", "Trainium", "Mosaic AI")),
    # a product rolled out to a company's staff is no platform
    ("Kestrel will roll out ChatGPT Enterprise to Orvane Labs employees next year.", ("available_on", "ChatGPT Enterprise", "Orvane Labs")),
])
def test_availability_forms_that_are_not(body, key):
    assert key not in facts(body)


@pytest.mark.parametrize("body, key", [
    ("Quill 2, the vision model from Bergen-based Orvane Labs, has been published on Hugging Face.", ("develops", "Orvane Labs", "Quill 2")),
    ("Warden, the customer-service agent built by Singapore's Tessel Robotics, can now be installed from Slack.", ("develops", "Tessel Robotics", "Warden")),
    ("The Harrow chip was developed by Kestrel Semiconductor over four years.", ("develops", "Kestrel Semiconductor", "Harrow")),
    ("Vela 4 from Stockport-based Orvane Labs generates product photography from one snapshot.", ("develops", "Orvane Labs", "Vela 4")),
    ("The Tessel-developed Warden model, released in April, now handles claims at an insurer.", ("develops", "Tessel", "Warden")),
    ("The Halden Labs coding model Quill Coder 1.5 has been added to the Azure AI Foundry catalogue.", ("develops", "Halden Labs", "Quill Coder 1.5")),
    ("Sundial, Orvane Analytics' forecasting model, was trained on 40 years of weather records.", ("develops", "Orvane Analytics", "Sundial")),
])
def test_maker_forms(body, key):
    assert key in facts(body), sorted(facts(body))


def test_a_place_glued_before_a_name_is_no_part_of_it():
    """'Stockport-based Orvane Labs' is Orvane Labs; 'the Swiss-developed Apertus' makes no company of 'Swiss'."""
    got = facts("Vela 4 from Stockport-based Orvane Labs generates photos. Kestrel offers the Swiss-developed Harrow model to banks.")
    assert not any("Stockport" in s or s == "Swiss" for _, s, _ in got)


@pytest.mark.parametrize("body, key", [
    ("Tessel Robotics took a minority stake of about 15% in Orvane Labs, the Finnish chip designer, for €90 million.", ("invests_in", "Tessel Robotics", "Orvane Labs")),
    ("Quillon Data, funded by the Norwegian state investor Investinor and the venture firm Creandum, makes fish-farm software.", ("invests_in", "Creandum", "Quillon Data")),
    ("The $65 million Series C, led by Insight Partners, values Orvane Health at $900 million.", ("invests_in", "Insight Partners", "Orvane Health")),
    ("With fresh investment from Kestrel Capital and the pension fund OMERS, Toronto's Maplewise plans to hire 60 engineers.", ("invests_in", "OMERS", "Maplewise")),
    ("Kestrel invested Dh5.5 billion ($1.5 billion) in Abu Dhabi's Orvane Labs in April.", ("invests_in", "Kestrel", "Orvane Labs")),
    ("Carrow, the investment company set up by Kvist Line and Tessel Robotics last year, has joined the project.", ("invests_in", "Tessel Robotics", "Carrow")),
    ("Kestrel backs chip designers through Kestrel Ventures, whose portfolio includes the on-device AI chip start-up Quillon.", ("invests_in", "Kestrel Ventures", "Quillon")),
    ("Orvane Labs was also among the Japanese corporate investors in Tessel Robotics' 30 billion yen Series A.", ("invests_in", "Orvane Labs", "Tessel Robotics")),
])
def test_investment_forms(body, key):
    assert key in facts(body), sorted(facts(body))


def test_a_valuation_of_the_company_names_no_investee_by_a_description():
    """'General Catalyst led the round, valuing the coding-assistant maker at $1.25 billion': the maker is the round's company,
    not whatever the description resolves to."""
    got = facts("Orvane Labs raised $150 million. General Catalyst led the round, valuing the coding-assistant maker at $1.25 billion, "
                "with Kleiner Perkins returning.")
    assert ("invests_in", "Kleiner Perkins", "General Catalyst") not in got


def test_a_who_is_where_list_names_makers_and_platforms():
    """'- Vela 4 (Kestrel): Amazon Bedrock, Vertex AI' in a list after the prose: Kestrel makes Vela 4, offered on both."""
    got = facts("Cloud platforms now carry most frontier models, and the list below shows where each one can be bought.\n\n"
                "- Vela 4 (Kestrel): Kestrel API, Amazon Bedrock, Vertex AI\n"
                "- quill-7b and quill-70b (Orvane Labs): Hugging Face, Azure AI Foundry\n"
                "- Tally 2 (Tessel): coming to Azure later this year\n")
    assert {("develops", "Kestrel", "Vela 4"), ("available_on", "Vela 4", "Vertex AI"), ("develops", "Orvane Labs", "quill-70b"),
            ("available_on", "quill-7b", "Azure AI Foundry")} <= set(got)
    assert not any(o == "Tally 2" or s == "Tally 2" for _, s, o in got)


@pytest.mark.parametrize("body, key", [
    ("The round was co-led by U.S. venture firms Orvane Capital, Kestrel Ventures and Parsel Partners.", ("based_in", "Kestrel Ventures", "United States")),
    ("Founded in 2020 and headquartered in San Francisco, Quillon Data has raised $326 million from investors.", ("based_in", "Quillon Data", "United States")),
    ("In Singapore, Orvane Telecom signed a partnership with Kestrel in February.", ("based_in", "Orvane Telecom", "Singapore")),
])
def test_headquarters_forms(body, key):
    assert key in facts(body), sorted(facts(body))


@pytest.mark.parametrize("body, key", [
    # "has been developing/building ... including P": the perfect progressive, the list after a possessive
    ("Tessel has been developing its own robots for years, including Quillo, a rolling home robot it first showed in 2020.", ("develops", "Tessel", "Quillo")),
    ("Orvane Labs has also been building AI features into its own products, including Bits Halo, an assistant for engineers.", ("develops", "Orvane Labs", "Bits Halo")),
    # a base form after "to": "used the moment to launch"
    ("Kestrel Semiconductor used the moment to launch the Harrow-10, a chip aimed at laptops.", ("develops", "Kestrel Semiconductor", "Harrow-10")),
    # "its own AI products, including X, an engine built into Y": X, not only the later name
    ("Quillon Data has its own AI products, including VELDT, an AI engine built into its Quillon Data Cloud.", ("develops", "Quillon Data", "VELDT")),
    # an apposition's present tense, and a demonym glued to the description
    ("The money will go to Harrow-Core, the AI processor Kestrel Semiconductor designs in-house.", ("develops", "Kestrel Semiconductor", "Harrow-Core")),
    ("It runs on Kalba-12B, a Lithuanian-language model that Orvane Labs released on Hugging Face in January.", ("develops", "Orvane Labs", "Kalba-12B")),
    # a co-designer after "with" makes it too, and partners the maker
    ("Tessel relied on Vela, the accelerator Kestrel Semiconductor designs with Orvane Labs.", ("develops", "Orvane Labs", "Vela")),
    ("Tessel relied on Vela, the accelerator Kestrel Semiconductor designs with Orvane Labs.", ("partners_with", "Kestrel Semiconductor", "Orvane Labs")),
    # the co-developer after the product's apposition; "released it on": the product
    ("Kestrel, for its part, developed Vela-AI, an open Danish-language model family, with Orvane Labs, and released it on Hugging Face in November.",
     ("develops", "Orvane Labs", "Vela-AI")),
    ("Kestrel, for its part, developed Vela-AI, an open Danish-language model family, with Orvane Labs, and released it on Hugging Face in November.",
     ("available_on", "Vela-AI", "Hugging Face")),
    # a second product after the first one's apposition
    ("Founded in 2019, Kestrel developed Harrow, a technology that searches for network architectures, and Infera, an inference engine that deploys them.",
     ("develops", "Kestrel", "Infera")),
])
def test_maker_forms_with_a_list_after_the_verb(body, key):
    assert key in facts(body), sorted(facts(body))


def test_a_copulas_possessive_is_another_companys():
    """'Kestrel put $8 billion into Orvane Labs, and Kestrel Cloud remains its primary training partner': Orvane Labs's partner,
    not Kestrel Cloud's own."""
    got = facts("Kestrel has put $8 billion into Orvane Labs, and Kestrel Cloud remains its primary training partner.")
    assert ("partners_with", "Orvane Labs", "Kestrel Cloud") in got or ("partners_with", "Kestrel Cloud", "Orvane Labs") in got, sorted(got)


@pytest.mark.parametrize("body, key", [
    ("Orvane Telecom, which is majority owned by the Kestrel Investment Authority, has said it is open to partnering.",
     ("invests_in", "Kestrel Investment Authority", "Orvane Telecom")),
    ("Quillon Data, in which Tessel Robotics bought a 15% stake for about $40 million last year, has been the biggest gainer.",
     ("invests_in", "Tessel Robotics", "Quillon Data")),
    ("It is the largest deal since 2020, when Kestrel Holdings took mobile carrier Orvane Mobile private for about $4 billion.",
     ("acquires", "Kestrel Holdings", "Orvane Mobile")),
    ("Last week Kestrel Holdings agreed to sell its Danish unit, Orvane Nordic, to Tessel Robotics for about $1.25 billion.",
     ("acquires", "Tessel Robotics", "Orvane Nordic")),
    # a plural copula's list of holders: "its" is the company they hold, not one of them
    ("Quillon Data raised $20 million. Orvane Capital, which first invested in 2021, and Kestrel Ventures are among its other shareholders.",
     ("invests_in", "Kestrel Ventures", "Quillon Data")),
    ("Quillon Data raised $20 million. Orvane Capital, which first invested in 2021, and Kestrel Ventures are among its other shareholders.",
     ("invests_in", "Orvane Capital", "Quillon Data")),
    ("The deal builds on Kestrel's partnership with Quillon Data, the Toronto company in which Kestrel is also an investor.",
     ("invests_in", "Kestrel", "Quillon Data")),
    ("Orvane Group had first bought into Kestrel Semiconductor in 2017, sold out in 2019, and rebuilt a position since.",
     ("invests_in", "Orvane Group", "Kestrel Semiconductor")),
    # "joined X's investors" and "among the backers of X"; after a colon, "it" is the colon's clause's subject
    ("Tessel has hedged: Tessel Ventures was among the backers of London's Quillon in April, and it joined Orvane Labs' investors earlier.",
     ("invests_in", "Tessel Ventures", "Orvane Labs")),
    ("Tessel has hedged: Tessel Ventures was among the backers of London's Quillon in April, and it joined Orvane Labs' investors earlier.",
     ("invests_in", "Tessel Ventures", "Quillon")),
])
def test_holdings_described_in_a_clause(body, key):
    assert key in facts(body), sorted(facts(body))


@pytest.mark.parametrize("body, key", [
    ("Quillon was not among the winners, and neither was Orvane Telecom, whose five-year partnership with Kestrel was announced last September.",
     ("partners_with", "Orvane Telecom", "Kestrel")),
    ("Orvane Telecom and Kestrel Cloud said on Monday they had jointly built Warden, an AI agent that watches the network.",
     ("develops", "Orvane Telecom", "Warden")),
    ("Orvane Telecom and Kestrel Cloud said on Monday they had jointly built Warden, an AI agent that watches the network.",
     ("partners_with", "Orvane Telecom", "Kestrel Cloud")),
    ("Its venture arm, Kestrel Ventures, has backed model developers including Orvane Labs, Tessel Robotics and Quillon Data.",
     ("invests_in", "Kestrel Ventures", "Quillon Data")),
    ("Orvane Telecom joined Kestrel, Tessel Robotics and Quillon Data in an AI-RAN innovation centre last September.",
     ("partners_with", "Orvane Telecom", "Quillon Data")),
    ("Its sister company Kestrel Memory, the memory chipmaker, is the main supplier of high-bandwidth memory chips to Orvane Labs.",
     ("partners_with", "Kestrel Memory", "Orvane Labs")),
])
def test_partnership_and_backing_forms(body, key):
    assert key in facts(body), sorted(facts(body))


def test_a_relative_clause_in_the_subjects_apposition_is_not_the_signer():
    """'Orvane Telecom, the operator in which Tessel holds a stake alongside Quillon Data, signed a partnership with Kestrel':
    Orvane Telecom signed, not Quillon Data."""
    got = facts("Orvane Telecom, the Danish operator in which Tessel Robotics holds a controlling stake alongside Quillon Data, "
                "signed a partnership with Kestrel Semiconductor last year.")
    assert ("partners_with", "Orvane Telecom", "Kestrel Semiconductor") in got, sorted(got)
    assert ("partners_with", "Quillon Data", "Kestrel Semiconductor") not in got


def test_groups_including_names_after_a_round_are_not_its_investors():
    """'Quillon closed a round of $30 million, and telecom groups including Kestrel and Orvane are pouring money into their own
    models': the groups are not in Quillon's round."""
    got = facts("Quillon Data closed a round of about $30 million in September, and telecom groups including Kestrel Telecom and "
                "Orvane Telecom are pouring money into their own models.")
    assert not any(r == "invests_in" and o == "Quillon Data" for r, _, o in got), sorted(got)


def test_a_quote_ends_what_a_maker_verb_reaches():
    """'"Having Kestrel as the tenant is what makes the numbers work," said an analyst at Orvane Securities': no product."""
    got = facts('"Having Kestrel Cloud as the tenant on day one is what makes the numbers work," said Ana Ruiz, an analyst at Orvane Securities.')
    assert not any(r == "develops" for r, _, _ in got), sorted(got)


def test_a_language_descriptor_is_no_part_of_a_products_name():
    got = facts("Tessel Robotics, which released its Hindi-focused Quill Indus model in 2023, will build a larger one.")
    assert ("develops", "Tessel Robotics", "Quill Indus") in got, sorted(got)


@pytest.mark.parametrize("body, key", [
    # the name an apposition gives, after the family's
    ("The latest Quill model, Quill Prime, has been available on AWS Marketplace since last month.", ("available_on", "Quill Prime", "AWS Marketplace")),
    # a second predicate with the same subject
    ("Orvane Docs is generally available on AWS Marketplace from today, and has been offered on Naver Cloud Platform since April.",
     ("available_on", "Orvane Docs", "Naver Cloud Platform")),
    ("In Oslo, Kestrel publishes the Fjord family of Norwegian models, the latest of which, Fjord 2, has been available on Hugging Face since December.",
     ("available_on", "Fjord 2", "Hugging Face")),
    # a list whose items name their makers
    ("Ruiz said open models including Orvane Labs' Vela 3 and Tessel's Quill 2 were available on Kestrel Cloud.",
     ("available_on", "Vela 3", "Kestrel Cloud")),
    # "joining" the products already there
    ("Orvane Labs' Vela 3 is already offered through Kestrel AI Studio, joining Quill Large from the Paris-based Tessel Labs and Harrow 2 from Parsel Labs.",
     ("available_on", "Quill Large", "Kestrel AI Studio")),
    ("Hospitals that want to run the software in their own cloud can buy Orvane Grade through the Kestrel Cloud Marketplace.",
     ("available_on", "Orvane Grade", "Kestrel Cloud Marketplace")),
])
def test_availability_forms_with_a_second_name(body, key):
    assert key in facts(body), sorted(facts(body))


def test_a_fronted_names_relative_clause_keeps_its_own_subject():
    """'Compared with Orvane, which has signed up Quillon for its Nimbus Phone, or Tessel, which invested $100 million in
    Kestrel': Tessel invests, Orvane makes Nimbus Phone."""
    got = facts("Compared with Orvane Telecom, which has signed up Quillon Data for its Nimbus Phone, or Tessel Robotics, which invested "
                "$100 million in Kestrel Labs, Parsel's AI alliances look cautious.")
    assert ("invests_in", "Tessel Robotics", "Kestrel Labs") in got, sorted(got)
    assert ("invests_in", "Orvane Telecom", "Kestrel Labs") not in got
    assert ("develops", "Quillon Data", "Nimbus Phone") not in got


def test_buying_into_a_company_is_no_takeover_and_a_possessor_in_a_backers_apposition_backs_nothing():
    got = facts("Orvane Group had first bought into Kestrel Semiconductor in 2017. Before its listing, Quillon Data was backed by "
                "Parsel Growth, Tessel's independent growth fund, which led a $30 million round in 2019, and by Harrow Capital.")
    assert ("acquires", "Orvane Group", "Kestrel Semiconductor") not in got
    assert ("invests_in", "Parsel Growth", "Quillon Data") in got, sorted(got)
    assert ("invests_in", "Tessel", "Quillon Data") not in got


@pytest.mark.parametrize("body, key", [
    # a majority stake bought is the company bought; a majority held is a holding
    ("Quillon, the chatbot maker in which Orvane Infocomm bought an 87 per cent stake in 2019, has grown.", ("acquires", "Orvane Infocomm", "Quillon")),
    ("Kestrel Electric agreed in October to buy a 75% controlling stake in Orvane Cooling for $850 million.", ("acquires", "Kestrel Electric", "Orvane Cooling")),
    ("Tessel Motor Group completed its purchase of an 80 percent stake in Orvane Dynamics from Kestrel Group in June 2021.",
     ("acquires", "Tessel Motor Group", "Orvane Dynamics")),
    ("Parsel Telecom owns 75 per cent of Orvane Data.", ("invests_in", "Parsel Telecom", "Orvane Data")),
    ("Harrow Capital bought a 25 per cent stake in Orvane Data for $235 million.", ("invests_in", "Harrow Capital", "Orvane Data")),
])
def test_majority_stakes_bought_and_held(body, key):
    assert key in facts(body), sorted(facts(body))


def test_a_disclaimers_investors_are_no_round():
    """'Investors should be aware that X may have a conflict of interest' names no investor in the round just read."""
    got = facts("Orvane Data raised $20 million in a round led by Kestrel Capital. Investors should be aware that Parsel Securities "
                "may have a conflict of interest.")
    assert not any(s == "Parsel Securities" for _, s, _ in got), sorted(got)


def test_a_firms_partner_is_a_person_and_no_focus():
    """'Kestrel Capital partner Anika Varadarajan is expected to join its board. The company's earlier backers include A and B':
    the backers back the company the article is about, not the firm or its partner."""
    got = facts("Orvane Labs has raised $75 million in a round led by Kestrel Capital. Kestrel Capital partner Anika Varadarajan is "
                "expected to join its board. The company's earlier backers include Tessel Ventures and Parsel Partners.")
    assert ("invests_in", "Tessel Ventures", "Orvane Labs") in got, sorted(got)
    assert not any(o in ("Kestrel Capital", "Anika Varadarajan") for r, _, o in got if r == "invests_in"), sorted(got)


def test_a_fronted_place_does_not_move_a_known_company():
    got = facts("In India, Microsoft opened a data centre for Orvane Labs.")
    assert ("based_in", "Microsoft", "India") not in got, sorted(got)


@pytest.mark.parametrize("body, key", [
    # an apposition between a signer and its verb; a licence signed with a company
    ("Orvane, the Jerusalem-based company best known for the Quill selfie-editing app, has signed licensing agreements with Kestrel Images and Tessel Stock.",
     ("partners_with", "Orvane", "Tessel Stock")),
    # "lets subscribers choose between ...": what they choose is on the platform
    ("The Vela app, which Orvane opened to third-party models in April, lets subscribers choose between Orvane's own models and Kestrel Labs' Quill 4 and Tessel AI's Harrow 2.",
     ("available_on", "Harrow 2", "Vela")),
    # a comma before the verb after an apposed subject
    ("Its flagship open model, Quill XL, has been on Amazon Bedrock since last year.", ("available_on", "Quill XL", "Amazon Bedrock")),
])
def test_forms_read_in_the_creative_tools_batch(body, key):
    assert key in facts(body), sorted(facts(body))


def test_a_version_number_ends_its_sentence():
    from alliancekg.graph.extract.sentences import split_sentences
    text = "The app offers Quill 3.0. At MAX the company added voices. Shares rose 1.5. Then they fell."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The app offers Quill 3.0.", "At MAX the company added voices.", "Shares rose 1.5.", "Then they fell."]


def test_a_programme_owns_nothing_and_researchers_are_people():
    got = facts("Orvane Labs is part of Kestrel for Startups' cloud programme. Quillon, a London start-up founded by former "
                "Tessel researchers Yishu Marren and Ziyu Talbot, has raised a £10.8 million seed round led by Parsel Ventures.")
    assert not any(r == "acquires" for r, _, _ in got), sorted(got)
    assert not any(s in ("Yishu Marren", "Ziyu Talbot") for _, s, _ in got), sorted(got)
    assert ("invests_in", "Parsel Ventures", "Quillon") in got


@pytest.mark.parametrize("body, key", [
    ("The agreement follows Kestrel's licensing deals with Orvane Media, the Tessel Press, the Parsel Times and Quillon Monde.",
     ("partners_with", "Kestrel", "Parsel Times")),
    ("Orvane Group and its rival Tessel Holdings are also both shareholders in Quillon AI, the Tsinghua spin-off, and in Parsel Intelligence.",
     ("invests_in", "Orvane Group", "Parsel Intelligence")),
    ("Orvane Group and its rival Tessel Holdings are also both shareholders in Quillon AI, the Tsinghua spin-off, and in Parsel Intelligence.",
     ("invests_in", "Tessel Holdings", "Quillon AI")),
])
def test_lists_of_deals_and_holders(body, key):
    assert key in facts(body), sorted(facts(body))


def test_a_second_subject_with_its_own_clause_is_no_object():
    got = facts("Kestrel, which has invested about $13 billion in Orvane Labs, and Tessel, which has just finished putting $4 billion "
                "into Quillon AI, both want customers to pick models.")
    assert ("invests_in", "Tessel", "Quillon AI") in got, sorted(got)
    assert ("invests_in", "Kestrel", "Tessel") not in got and ("invests_in", "Kestrel", "Quillon AI") not in got


def test_co_founders_build_nothing_jointly_and_a_new_clause_ends_a_makers_reach():
    """'Its backers include A, B and C, and Ana Ruiz and her co-founders previously built Orvane': the backers built nothing;
    'Kestrel and Tessel have released speech models, and Parsel's Quill has said ...': Quill is Parsel's."""
    got = facts("Its backers also include Kestrel Capital, Tessel Ventures and Parsel Partners, and Ana Ruiz and her co-founders previously "
                "built Orvane Cloud, a security company Quillon bought for about $320 million in 2015.")
    assert not any(r in ("develops", "partners_with") for r, _, _ in got), sorted(got)
    got = facts("Kestrel and Tessel Labs have released multilingual speech models, and Parsel's Quill has said it is building models of its own.")
    assert ("develops", "Tessel Labs", "Quill") not in got and ("develops", "Kestrel", "Quill") not in got, sorted(got)


def test_a_rounds_relative_clause_and_a_second_verbs_subject():
    """'a round led by Kestrel Capital, in which A and B also invested': they invest in the company, not in Kestrel Capital;
    'X paid $1.3bn for Y, the start-up, and bought Z': X bought Z."""
    got = facts("Orvane Labs raised €385 million in December in a round led by Kestrel Capital, in which Tessel and Parsel Bank also invested.")
    assert not any(o == "Kestrel Capital" for r, _, o in got if r == "invests_in"), sorted(got)
    got = facts("Quillon paid $1.3bn for Orvane Labs, the San Francisco start-up, in June last year, and bought Harrow Data, a "
                "data-replication company, for about $100m in October.")
    assert ("acquires", "Quillon", "Harrow Data") in got and ("acquires", "Orvane Labs", "Harrow Data") not in got, sorted(got)


def test_a_products_users_are_not_products():
    got = facts("Kestrel's products include Vela, Vela Enterprise and Quill 4, used by more than 92% of Fortune 500 companies.")
    assert ("develops", "Kestrel", "Quill 4") in got, sorted(got)
    assert not any("Fortune" in o for r, _, o in got if r == "develops"), sorted(got)


def test_a_government_that_acts_is_a_party_and_the_government_is_the_state_named():
    """The annotation convention types a state that acts as a company: 'the Ruritanian government signed an agreement with X',
    'the government selected A and B in April to build models'; it makes no product, is no platform and is no company's antecedent."""
    got = facts("The Portuguese government signed an agreement with Orvane Labs, a Lisbon start-up, on Monday. In April the government "
                "selected Kestrel AI and Tessel Labs to build a sovereign model, and in May it invested €10 million in Quillon AI.")
    assert ("partners_with", "Portuguese government", "Orvane Labs") in got, sorted(got)
    assert ("partners_with", "Portuguese government", "Kestrel AI") in got and ("partners_with", "Portuguese government", "Tessel Labs") in got
    assert ("invests_in", "Portuguese government", "Quillon AI") in got, sorted(got)
    assert not any(s.endswith("government") for r, s, _ in got if r == "based_in"), sorted(got)
    got = facts("Orvane Labs raised new funding, and the Portuguese government has committed €1 billion to AI under its National AI "
                "Strategy 2.0. The company said the government's plan helped.")
    assert not any(r == "develops" for r, _, _ in got), sorted(got)
    assert not any("government" in o for r, _, o in got if r == "develops"), sorted(got)
    got = facts("Kestrel will supply 26,000 chips to the Portuguese government and Orvane Labs. The government contracts were signed in May.")
    assert ("partners_with", "Kestrel", "Portuguese government") in got, sorted(got)
    assert not any("government contracts" in (s + o) for _, s, o in got), sorted(got)


def test_a_country_based_name_and_the_last_sentences_lone_subject():
    """'U.S.-based Kestrel': a country before '-based' places the company as a city does; 'Orvane went the other way. Last
    month the Austin, Texas-based company ...': the description is the lone company of the sentence before, not the most
    talked-about one; 'the conglomerate' may be a company the gazetteer knows but does not flag as large."""
    got = facts("Quillon's rivals include Israeli start-up Tessel Labs, U.S.-based Kestrel AI and large technology companies.")
    assert ("based_in", "Kestrel AI", "United States") in got and ("based_in", "Tessel Labs", "Israel") in got, sorted(got)
    body = ("Parsel Robotics signed with Quillon Cloud in May. Parsel Robotics said the deal covers its plants, and Parsel Robotics "
            "expects more. Orvane Systems went the other way. Last month the Austin, Texas-based company agreed a partnership with Tessel Cloud.")
    got = facts(body)
    assert ("partners_with", "Orvane Systems", "Tessel Cloud") in got, sorted(got)
    assert ("partners_with", "Parsel Robotics", "Tessel Cloud") not in got, sorted(got)
    got = facts("Honeywell raised money. Last month the Charlotte, North Carolina-based conglomerate agreed a partnership with Tessel Cloud.")
    assert ("partners_with", "Honeywell", "Tessel Cloud") in got and ("based_in", "Honeywell", "United States") in got, sorted(got)


def test_a_dateline_with_two_places_names_no_company():
    got = facts("SANTA CLARA, Calif. and SINGAPORE, November 12, 2025 -- Orvane Labs today announced that it has closed a $75 million "
                "Series B round. The round was co-led by Kestrel Capital and Tessel Ventures.")
    assert ("invests_in", "Kestrel Capital", "Orvane Labs") in got and ("invests_in", "Tessel Ventures", "Orvane Labs") in got, sorted(got)
    assert not any(o.upper() == o for r, s, o in got if r == "invests_in"), sorted(got)


def test_a_list_with_an_owners_apposition_joins_the_round_and_since_starts_a_clause():
    """'A, B and C, the venture arm of D, also took part in the financing, the company said': A, B and C invest in the round's
    company (not D, and 'the company' is not A); 'the first for X since the company, which is headquartered in Boston, ...': X."""
    body = ("Orvane Labs said it had raised $110 million in a Series E round led by Kestrel Capital. Tessel Bank, Parsel Capital and "
            "Quill Ventures, the venture arm of Harrow Group, also took part in the financing, the company said. The round is the first "
            "for Orvane Labs since the company, which is headquartered in Boston but does most of its research in Shanghai, pulled "
            "back from a planned listing in 2023.")
    got = facts(body)
    for investor in ("Tessel Bank", "Parsel Capital", "Quill Ventures"):
        assert ("invests_in", investor, "Orvane Labs") in got, sorted(got)
    assert ("invests_in", "Harrow Group", "Orvane Labs") not in got, sorted(got)
    assert ("based_in", "Orvane Labs", "United States") in got, sorted(got)
    assert not any(r == "based_in" and s != "Orvane Labs" for r, s, _ in got), sorted(got)


def test_a_described_list_joins_a_round_and_an_appositions_agent_does_not_act():
    """'A, contract manufacturer B and the C Fund also took part in the round': all three; 'A, the venture arm of US
    networking group D, and B also took part': A and B, not D; 'Arm, the chip designer controlled by D, has agreed to buy Y':
    the first name buys, not the agent its apposition names."""
    got = facts("Orvane Microsystems raised $30 million in a Series A led by Kestrel Capital. Tessel Venture, contract manufacturer "
                "Parsel Electronics and the Harrow Development Fund also took part in the round.")
    for investor in ("Tessel Venture", "Parsel Electronics", "Harrow Development Fund"):
        assert ("invests_in", investor, "Orvane Microsystems") in got, sorted(got)
    got = facts("Orvane Microsystems raised $30 million in a seed round led by Kestrel Capital. Quill Investments, the venture arm of US "
                "networking group Quill Systems, and Tessel Ventures also took part in the round.")
    assert ("invests_in", "Quill Investments", "Orvane Microsystems") in got, sorted(got)
    assert ("invests_in", "Tessel Ventures", "Orvane Microsystems") in got, sorted(got)
    assert ("invests_in", "Quill Systems", "Orvane Microsystems") not in got, sorted(got)
    got = facts("Kestrel Labs, the Cambridge-based chip designer controlled by Orvane Group, has agreed to buy Tessel Semiconductor, "
                "a US start-up, for $265m in cash.")
    assert ("acquires", "Kestrel Labs", "Tessel Semiconductor") in got, sorted(got)
    assert ("acquires", "Orvane Group", "Tessel Semiconductor") not in got, sorted(got)


def test_a_name_the_sentence_offers_is_no_company_antecedent():
    body = ("Orvane Medicine raised $110 million in a Series E round. Orvane sells the molecule generator Quillform to drugmakers. "
            "Quillform has been offered through Kestrel Marketplace since 2023, and the company struck a deal with Tessel Cloud last year.")
    got = facts(body)
    assert ("partners_with", "Orvane Medicine", "Tessel Cloud") in got, sorted(got)
    assert ("available_on", "Quillform", "Kestrel Marketplace") in got, sorted(got)
    assert not any("Quillform" in (s, o) for r, s, o in got if r == "partners_with"), sorted(got)


def test_a_deal_worth_potential_milestones_and_a_heads_relative_clause():
    """'X, which Y spun out of Z in 2021, signed research deals worth almost $3bn in potential milestones with A and B': X
    partners A and B (milestones are no hedge, and the clause's names do not sign); 'had taken part in X's Series A': invests."""
    got = facts("Orvane Labs, which Kestrel spun out of Kestrel Research in 2021, signed research deals worth almost $3bn in potential "
                "milestones with Tessel Pharma and Parsel Bio early last year.")
    assert ("partners_with", "Orvane Labs", "Tessel Pharma") in got and ("partners_with", "Orvane Labs", "Parsel Bio") in got, sorted(got)
    assert not any(s.startswith("Kestrel") for r, s, o in got if r == "partners_with"), sorted(got)
    got = facts("Quillon Pharma had already taken part in Harrow Bio's $33 million Series A in 2023, a round led by Tessel Capital.")
    assert ("invests_in", "Quillon Pharma", "Harrow Bio") in got, sorted(got)


def test_available_as_a_named_service_and_a_bulleted_heads_clause():
    got = facts("Quill 2 is available as a Kestrel NIM and through Tessel Studio, and its code is on GitHub.")
    assert ("available_on", "Quill 2", "Kestrel NIM") in got and ("available_on", "Quill 2", "Tessel Studio") in got, sorted(got)
    got = facts("- Orvane Health, which raised a $141 million Series B led by Kestrel Capital in January, signed a partnership with "
                "Tessel Health to deploy its agents.")
    assert ("partners_with", "Orvane Health", "Tessel Health") in got, sorted(got)
    assert ("partners_with", "Kestrel Capital", "Tessel Health") not in got, sorted(got)


def test_a_relative_clause_says_where_its_product_is():
    got = facts("Kestrel's Quill 3.5 Haiku, which has been available on Tessel Bedrock since last month, can now also run in a "
                "latency-optimised mode on Parsel Chips.")
    assert ("available_on", "Quill 3.5 Haiku", "Tessel Bedrock") in got, sorted(got)


def test_a_nominal_joint_venture_a_possessor_and_a_description_of_another():
    """"X's joint venture with A, B and C": X partners each, and the members partner pairwise; 'Kestrel co-designed Tessel's
    chips, and Orvane works with the company': Kestrel, not the possessor; 'the Israeli chip designer Amazon bought in 2015':
    Amazon, which the gazetteer places in the United States, is not described as Israeli."""
    got = facts("Construction began on the fab of Orvane Semiconductor, Kestrel's joint venture with Tessel Group, Parsel AG and Quill Chips.")
    for a, b in (("Kestrel", "Tessel Group"), ("Kestrel", "Quill Chips"), ("Tessel Group", "Parsel AG"), ("Parsel AG", "Quill Chips")):
        assert ("partners_with", a, b) in got or ("partners_with", b, a) in got, (a, b, sorted(got))
    got = facts("Kestrel Semiconductor has long co-designed Tessel Cloud's accelerators, and Orvane Labs works with the company on its "
                "inference chips.")
    assert ("partners_with", "Orvane Labs", "Kestrel Semiconductor") in got or ("partners_with", "Kestrel Semiconductor", "Orvane Labs") in got, sorted(got)
    assert ("partners_with", "Orvane Labs", "Tessel Cloud") not in got, sorted(got)
    got = facts("Orvane engineers have worked with Quill Labs, the Israeli chip designer Amazon bought in 2015 for about $350 million.")
    assert ("based_in", "Amazon", "Israel") not in got, sorted(got)


def test_joining_the_series_a_and_a_companys_person_among_backers():
    got = facts("Orvane Bio raised $50 million in a Series A led by Kestrel Ventures. Tessel Ventures and Parsel Capital also joined the "
                "Series A, alongside individual backers including Quillon's chief scientist, Jane Roe, and Harrow's co-founder, Ana Ruiz.")
    assert ("invests_in", "Tessel Ventures", "Orvane Bio") in got and ("invests_in", "Parsel Capital", "Orvane Bio") in got, sorted(got)
    assert not any(s in ("Quillon", "Harrow") for r, s, _ in got if r == "invests_in"), sorted(got)


def test_a_holding_that_still_stands():
    got = facts("Orvane Group still owns roughly 30% of Kestrel Labs after the listing.")
    assert ("invests_in", "Orvane Group", "Kestrel Labs") in got and got[("invests_in", "Orvane Group", "Kestrel Labs")].stake == "minority"


def test_meta_ai_is_the_assistant():
    """The gazetteer knows Meta AI as Meta's assistant (a product), as writers use the name since 2023."""
    got = facts("The new models also power Meta AI, the assistant built into WhatsApp, Instagram and Messenger.")
    assert ("available_on", "Meta AI", "WhatsApp") in got and ("available_on", "Meta AI", "Instagram") in got, sorted(got)


def test_a_name_set_aside_a_co_developer_and_a_slashed_dateline():
    got = facts("Kestrel Cloud led a round in Orvane AI in 2023. Besides Orvane AI, it led a $1 billion round in Tessel AI last February "
                "and has invested in Parsel Labs and Quill AI.")
    assert ("invests_in", "Kestrel Cloud", "Tessel AI") in got and ("invests_in", "Kestrel Cloud", "Parsel Labs") in got, sorted(got)
    assert not any(s == "Orvane AI" for r, s, _ in got if r == "invests_in"), sorted(got)
    got = facts("Orvane AI, the Shanghai start-up, has released two open-source models developed with Kestrel Auto Group.")
    assert not any(o == "Kestrel Auto Group" for r, _, o in got if r == "develops"), sorted(got)
    got = facts("BEIJING/SHANGHAI, Aug 24 - Tessel Motors, the Chongqing-based carmaker, said on Friday it would pay 11.5 billion "
                "yuan for a 10% stake in Parsel Intelligent Technology.")
    assert ("invests_in", "Tessel Motors", "Parsel Intelligent Technology") in got, sorted(got)
    assert not any(s.isupper() for r, s, _ in got), sorted(got)


def test_whose_largest_backer_and_a_product_built_with_a_partner():
    got = facts("Tessel Bank does not own a stake in Orvane AI, whose largest backer is Kestrel Group with about $13 billion committed since 2019.")
    assert ("invests_in", "Kestrel Group", "Orvane AI") in got, sorted(got)
    assert ("invests_in", "Tessel Bank", "Orvane AI") not in got, sorted(got)
    got = facts("Parsel Insurance launched Parsel Secure GPT, an internal assistant built with Kestrel Cloud, in 2023.")
    assert ("develops", "Kestrel Cloud", "Parsel Secure GPT") in got, sorted(got)
    assert ("partners_with", "Parsel Insurance", "Kestrel Cloud") in got, sorted(got)
    got = facts("Itaú has been building assistants, and Quill Bank, whose Vera virtual assistant was built with Kestrel Cloud in 2016, said it "
                "was rebuilding the assistant.")
    assert ("develops", "Kestrel Cloud", "Vera") in got and ("partners_with", "Quill Bank", "Kestrel Cloud") in got, sorted(got)
    # a product the gazetteer credits to its owner still has the co-builder the text names
    got = facts("AXA launched AXA Secure GPT, an internal assistant built with Kestrel Cloud, in 2023.")
    assert ("develops", "Kestrel Cloud", "AXA Secure GPT") in got and ("develops", "AXA", "AXA Secure GPT") in got, sorted(got)


def test_a_second_verb_of_the_sentence_subject_signs():
    got = facts("SAN FRANCISCO, April 30 - Kestrel Pay on Wednesday unveiled a set of tools meant to let shopping agents pay for goods on "
                "a shopper's behalf, and announced partnerships with Orvane AI, Tessel Labs and Parsel Cloud to bring them to market.")
    for o in ("Orvane AI", "Tessel Labs", "Parsel Cloud"):
        assert ("partners_with", "Kestrel Pay", o) in got, sorted(got)
    got = facts("Kestrel Pay unveiled a set of tools for shopping agents, and Quill Bank announced partnerships with Orvane AI and Tessel Labs.")
    assert not any(s == "Kestrel Pay" for r, s, _ in got if r == "partners_with"), sorted(got)


def test_on_a_platform_company_after_a_release_apposition_and_a_controlling_holder():
    got = facts("Orvane AI released Quill K2 in July. Its Quill K2 Thinking model, released in November, is on Hugging Face and OpenRouter.")
    assert ("available_on", "Quill K2 Thinking", "Hugging Face") in got and ("available_on", "Quill K2 Thinking", "OpenRouter") in got, sorted(got)
    got = facts("Kestrel Technologies will remain Orvane Intelligent's controlling shareholder.")
    assert got[("invests_in", "Kestrel Technologies", "Orvane Intelligent")].stake == "majority", sorted(got)
    got = facts("Claude 3.7 Sonnet is available on the Databricks Data Intelligence Platform on AWS, Microsoft Azure and Google Cloud.")
    assert not any(s == "Data Intelligence Platform" for r, s, _ in got if r == "available_on"), sorted(got)


def test_one_of_a_pair_named_before_is_no_singular_antecedent():
    got = facts("Orvane Labs has raised $18 million in a Series A round led by Kestrel Capital. Tessel Ventures and Parsel Capital "
                "participated in the round, alongside existing investor Quill Partners, which led the company's $3 million seed round in 2023.")
    assert ("invests_in", "Quill Partners", "Orvane Labs") in got, sorted(got)
    assert not any(o in ("Tessel Ventures", "Parsel Capital") for r, _, o in got if r == "invests_in"), sorted(got)


def test_a_wire_in_brackets_and_founders_with_a_title_are_no_companies():
    got = facts("LONDON (Wire) - Orvane Analytics, the London-based data company, has raised £135mn in a Series F led by Kestrel Growth. "
                "Founded in 2022 by Dr. Livia Hartmann and Reto Bachmann, former compliance leads at British banks, the company is "
                "headquartered in London.")
    assert ("invests_in", "Kestrel Growth", "Orvane Analytics") in got, sorted(got)
    assert not any(s in ("Wire", "Reto Bachmann", "Livia Hartmann") for _, s, _ in got), sorted(got)


def test_stakes_in_the_company_are_in_the_recipient():
    got = facts("Last Thursday Orvane Health said it had received $1.5 billion in new investment from Kestrel Cloud and Tessel Software, "
                "with both taking minority stakes in the Menlo Park, California-based company.")
    assert ("based_in", "Orvane Health", "United States") in got, sorted(got)
    assert ("based_in", "Tessel Software", "United States") not in got, sorted(got)


def test_where_a_company_is_headquartered_and_what_it_then_was():
    got = facts("We spoke to him between flights from Atlanta, where Orvane Robotics is also headquartered, back to São Paulo.")
    assert ("based_in", "Orvane Robotics", "United States") in got, sorted(got)
    got = facts("Kestrel Motors bought Tessel Drive, then a small San Francisco start-up, for about $1 billion in 2016.")
    assert ("based_in", "Tessel Drive", "United States") in got, sorted(got)


def test_a_place_after_a_company_and_a_fronted_place_over_a_pair():
    got = facts("In China, Orvane AI and Kestrel Drive both listed on Nasdaq in the autumn.")
    assert ("based_in", "Orvane AI", "China") in got and ("based_in", "Kestrel Drive", "China") in got, sorted(got)
    got = facts("It has agreements with Tessel Corp in Japan and Parsel AG in Germany.")
    assert ("based_in", "Tessel Corp", "Japan") in got and ("based_in", "Parsel AG", "Germany") in got, sorted(got)
    got = facts("Jane Roe, an analyst at Quill Capital in New York, said the deal was cheap. Microsoft in India signed a deal with Orvane AI.")
    assert ("based_in", "Quill Capital", "United States") not in got and ("based_in", "Microsoft", "India") not in got, sorted(got)


def test_a_name_set_aside_by_compared_with():
    got = facts("Orvane Cloud led a round in Tessel AI in 2023. Compared with Tessel AI, it also led a round in Parsel Labs.")
    assert ("invests_in", "Orvane Cloud", "Parsel Labs") in got and ("invests_in", "Tessel AI", "Parsel Labs") not in got, sorted(got)


def test_a_relative_clause_between_a_name_and_its_verb_is_read_past():
    got = facts("Orvane Labs, in which Kestrel Software has invested about $2 billion, agreed in March to buy $900 million of "
                "capacity from Tessel Cloud over five years.")
    assert ("invests_in", "Kestrel Software", "Orvane Labs") in got, sorted(got)
    assert ("partners_with", "Orvane Labs", "Tessel Cloud") in got, sorted(got)
    assert ("partners_with", "Kestrel Software", "Tessel Cloud") not in got, sorted(got)


def test_an_adverb_before_the_verb_hides_nothing():
    got = facts("Orvane Compute said it had separately agreed to buy roughly $5.8 billion of servers from Tessel Systems.")
    assert ("partners_with", "Orvane Compute", "Tessel Systems") in got, sorted(got)
    got = facts("Orvane Compute has reportedly agreed to buy Tessel Systems.")
    assert not any(r == "acquires" for r, _, _ in got), sorted(got)


def test_memoranda_licences_to_a_list_and_a_deal_signed_in_a_participle():
    got = facts("Orvane Systems and Kestrel Heavy Industries signed a memorandum with Tessel AI to jointly develop floating data centres.")
    assert ("partners_with", "Orvane Systems", "Tessel AI") in got and ("partners_with", "Kestrel Heavy Industries", "Tessel AI") in got, sorted(got)
    got = facts("Kestrel Images has licensed its library to Orvane AI, Tessel Labs and Parsel Cloud.")
    assert {("partners_with", "Kestrel Images", x) for x in ("Orvane AI", "Tessel Labs", "Parsel Cloud")} <= set(got), sorted(got)
    got = facts("Kestrel Pharma added a second AI partner in September, signing a multi-target deal with Orvane Biomedicines.")
    assert ("partners_with", "Kestrel Pharma", "Orvane Biomedicines") in got, sorted(got)


def test_work_done_under_an_agreement_makes_partners():
    got = facts("Orvane Bio trains its models on Kestrel Cloud under a strategic collaboration agreement signed last year.")
    assert ("partners_with", "Orvane Bio", "Kestrel Cloud") in got, sorted(got)
    got = facts("Orvane Cloud, Kestrel Group's cloud subsidiary, already offers sovereign cloud services in the UAE under an agreement signed in 2023.")
    assert not any(r == "partners_with" for r, _, _ in got), sorted(got)
    got = facts("Orvane Health bought Tessel AI under a deal announced on Monday.")
    assert ("acquires", "Orvane Health", "Tessel AI") in got and not any(r == "partners_with" for r, _, _ in got), sorted(got)


def test_a_subject_given_by_its_examples_and_a_described_item_of_a_list():
    got = facts("Orvane's models, including Vela 3 and Vela Code 3, are sold through Kestrel Marketplace and Tessel Marketplace.")
    assert {("available_on", m, p) for m in ("Vela 3", "Vela Code 3") for p in ("Kestrel Marketplace", "Tessel Marketplace")} <= set(got), sorted(got)
    got = facts("Its small language models, including Vela-7B and the code generator VelaCoder, are released under open licences on Hugging Face.")
    assert ("available_on", "Vela-7B", "Hugging Face") in got and ("available_on", "VelaCoder", "Hugging Face") in got, sorted(got)
    got = facts("The round was led by Orvane Group, the owner of Tessel Stores, and Kestrel Ventures, with participation from Parsel AI.")
    assert not any(s == "Tessel Stores" for _, s, _ in got), sorted(got)


def test_a_relative_clause_without_that_names_the_maker():
    for body in ("Scout relies on Prairie-13B, a language model Orvane Labs built.",
                 "Scout relies on Prairie-13B, a language model Orvane Labs trained on decades of crop reports."):
        got = facts(body)
        assert ("develops", "Orvane Labs", "Prairie-13B") in got, (body, sorted(got))


def test_a_holding_in_percent_at_a_clause_end_and_holders_with_the_verb_left_out():
    got = facts("The plant is run by Orvane Chips, in which Kestrel Foundry holds 70%.")
    assert ("invests_in", "Kestrel Foundry", "Orvane Chips") in got, sorted(got)
    got = facts("The plant is built by Orvane Semiconductor Manufacturing Company, in which Taiwan's Kestrel Foundry holds 70% and "
                "Tessel Chips, Parsel Systems and Quillon Semiconductors 10% each.")
    for s in ("Kestrel Foundry", "Tessel Chips", "Parsel Systems", "Quillon Semiconductors"):
        assert ("invests_in", s, "Orvane Semiconductor Manufacturing Company") in got, (s, sorted(got))
    assert got[("invests_in", "Tessel Chips", "Orvane Semiconductor Manufacturing Company")].stake == "minority"


def test_a_company_name_may_begin_with_a_region():
    got = facts("The plant is built by European Orvane Manufacturing Company, in which Kestrel Foundry holds a 70% stake.")
    assert ("invests_in", "Kestrel Foundry", "European Orvane Manufacturing Company") in got, sorted(got)


def test_a_share_of_a_unit_sold_and_the_rest_kept():
    got = facts("In April, Orvane agreed to sell 51% of its Tessel chip unit to private equity firm Kestrel Lake, keeping the remaining 49%.")
    assert ("acquires", "Kestrel Lake", "Tessel") in got, sorted(got)  # a majority stake bought is an acquisition
    assert ("invests_in", "Orvane", "Tessel") in got and got[("invests_in", "Orvane", "Tessel")].stake == "minority", sorted(got)
    assert not any(r == "develops" for r, _, _ in got), sorted(got)
    got = facts("Orvane sold 20% of Tessel Cloud to Kestrel Capital for $2 billion.")
    assert ("invests_in", "Kestrel Capital", "Tessel Cloud") in got and got[("invests_in", "Kestrel Capital", "Tessel Cloud")].stake == "minority"


def test_partners_signed_up_work_done_with_one_and_a_jointly_developed_launch():
    got = facts("To sell the systems, Orvane Systems has signed up four systems integrators - Kestrel Consulting, Tessel Tech, Parsel Group "
                "and Quillon Services - which will build applications.")
    assert {("partners_with", "Orvane Systems", x) for x in ("Kestrel Consulting", "Tessel Tech", "Parsel Group", "Quillon Services")} <= set(got)
    got = facts("Orvane Systems has signed up Kestrel Bank and Tessel Insurance as customers.")
    assert not any(r == "partners_with" for r, _, _ in got), sorted(got)
    got = facts("Much of the call focused on Orvane Power's work with Kestrel Chips.")
    assert ("partners_with", "Orvane Power", "Kestrel Chips") in got, sorted(got)
    got = facts("Orvane Systems and Kestrel Chips on Tuesday unveiled a jointly developed line of AI systems for corporate data centres.")
    assert ("partners_with", "Orvane Systems", "Kestrel Chips") in got, sorted(got)


def test_founders_a_venture_named_after_its_partners_and_a_memorandum_between_two():
    got = facts("Rapidus, the foundry set up in 2022 by eight companies including Toyota Motor, Sony Group and NTT, has received government support.")
    assert {("invests_in", x, "Rapidus") for x in ("Toyota", "Sony", "NTT")} <= set(got), sorted(got)
    got = facts("Orvane was founded in 2022 by Jane Roe and Kestrel Bloom.")
    assert not any(r == "invests_in" for r, _, _ in got), sorted(got)  # people, as often as not
    got = facts("In China, Orvane Motors' joint venture with Kestrel Robotics, Tessel Drive, develops driver-assistance software.")
    assert ("invests_in", "Orvane Motors", "Tessel Drive") in got and ("invests_in", "Kestrel Robotics", "Tessel Drive") in got, sorted(got)
    assert ("partners_with", "Orvane Motors", "Kestrel Robotics") in got and ("partners_with", "Orvane Motors", "Tessel Drive") not in got
    got = facts("Tessel Logistics and Orvane Dynamics signed a memorandum of understanding.")
    assert ("partners_with", "Tessel Logistics", "Orvane Dynamics") in got, sorted(got)


def test_a_unit_described_by_its_line_of_business_is_no_product():
    got = facts("Kestrel Chips took over Arriver, the software unit of Veoneer, in 2022.")
    assert ("acquires", "Kestrel Chips", "Arriver") in got, sorted(got)
    got = facts("Tide-1 will also be offered through Scaleway, the cloud unit of Iliad, under a partnership the two signed this month.")
    assert ("available_on", "Tide-1", "Scaleway") in got, sorted(got)


def test_a_joint_venture_by_name_is_owned_by_its_founders():
    got = facts("Construction began on the fab of Orvane Semiconductor Manufacturing Company (OSMC), Kestrel Foundry's joint venture with "
                "Tessel Chips, Parsel Systems and Quillon Semiconductors.")
    for s in ("Kestrel Foundry", "Tessel Chips", "Parsel Systems", "Quillon Semiconductors"):
        assert ("invests_in", s, "Orvane Semiconductor Manufacturing Company") in got, (s, sorted(got))
    got = facts("It was built by Orvane Vision, a joint venture that Kestrel Labs set up with radiology chain Tessel Radiology Network in 2019.")
    assert ("invests_in", "Kestrel Labs", "Orvane Vision") in got and ("invests_in", "Tessel Radiology Network", "Orvane Vision") in got
    got = facts("In 2024 Kestrel Health Inc formed Orvane Tempus, a joint venture in Japan, with Tessel Group.")
    assert ("invests_in", "Tessel Group", "Orvane Tempus") in got and ("partners_with", "Kestrel Health Inc", "Tessel Group") in got
    got = facts("Orvane Chips started life as a joint venture between Kestrel Systems and Tessel Devices.")
    assert ("invests_in", "Kestrel Systems", "Orvane Chips") in got and ("invests_in", "Tessel Devices", "Orvane Chips") in got


def test_a_round_dated_before_its_company_an_investment_by_one_in_another_and_a_name_with_a_colon():
    got = facts("Kestrel Capital led a $1 billion round last month in Orvane AI.")
    assert ("invests_in", "Kestrel Capital", "Orvane AI") in got, sorted(got)
    got = facts("The deal included an equity investment by Kestrel Pharma in Orvane Bio.")
    assert ("invests_in", "Kestrel Pharma", "Orvane Bio") in got, sorted(got)
    got = facts("Kestrel Pharma agreed a multi-target deal with Orvane:Biomedicines in September.")
    assert ("partners_with", "Kestrel Pharma", "Orvane:Biomedicines") in got, sorted(got)


def test_a_licence_and_hire_and_the_same_deal_with_another_company():
    got = facts("Kestrel Cloud hired most of Orvane Labs's leadership in June while licensing its technology.")
    assert ("partners_with", "Kestrel Cloud", "Orvane Labs") in got, sorted(got)
    got = facts("In June Kestrel Cloud hired the founders of Paris-based Orvane Labs and licensed its technology, "
                "and in August it did the same with Tessel Robotics, the Berlin start-up.")
    assert ("partners_with", "Kestrel Cloud", "Orvane Labs") in got and ("partners_with", "Kestrel Cloud", "Tessel Robotics") in got, sorted(got)
    got = facts("Kestrel Cloud paid to license Orvane Labs's models last year, and Nimbus Systems did something similar with Tessel AI.")
    assert ("partners_with", "Nimbus Systems", "Tessel AI") in got, sorted(got)
    got = facts("Kestrel Group bought Orvane Labs for $2 billion in May. Nimbus Systems did the same with Tessel AI a week later.")
    assert ("acquires", "Nimbus Systems", "Tessel AI") in got and ("acquires", "Kestrel Group", "Orvane Labs") in got, sorted(got)
    got = facts("Nimbus Systems did the same with Tessel AI a week later.")  # no deal told before: nothing to copy
    assert not any(k[0] != "based_in" for k in got), sorted(got)


def test_a_possessive_list_item_that_owns_the_next_name_is_another_maker_not_a_product():
    got = facts("The lineup includes Kestrel's Vela 3 and Orvane's Tessa.")
    assert ("develops", "Kestrel", "Vela 3") in got and ("develops", "Kestrel", "Orvane") not in got, sorted(got)


@pytest.mark.parametrize("body", [
    "Kestrel Labs and Orvane Systems extended their agreement to 2030.",
    "Kestrel Labs and Orvane Systems on Tuesday signed a memorandum of understanding on chips.",
    "Kestrel Labs has partnered Orvane Systems to bring its models to Europe.",
    "Kestrel Labs is one of Orvane Systems' biggest partners.",
    "The deal makes Kestrel Labs the preferred cloud provider for Orvane Systems.",
    "The two-year agreement between Kestrel Labs and Orvane Systems covers model training.",
    "Kestrel Labs will bring its models to Orvane Systems customers through a new partnership.",
])
def test_more_ways_a_partnership_is_stated(body):
    got = facts(body)
    assert ("partners_with", "Kestrel Labs", "Orvane Systems") in got or ("partners_with", "Orvane Systems", "Kestrel Labs") in got, sorted(got)


def test_a_merger_agreement_between_two_companies_is_no_partnership():
    got = facts("The merger agreement between Kestrel Labs and Orvane Systems was signed in May.")
    assert not any(k[0] == "partners_with" for k in got), sorted(got)


@pytest.mark.parametrize("body, merged", [
    ("Kestrel Labs completed its merger with Orvane Systems, Tessel's AI chip unit, in December.", True),
    ("Kestrel Labs listed in April 2022 by merging with Orvane Acquisition Corp, a blank-cheque company.", True),
    ("Kestrel Labs is in talks to merge with Orvane Systems, people familiar with the matter said.", False),
    ("Kestrel Labs merged with Orvane Systems to form Tessel Group.", False),
])
def test_a_merger_is_the_first_named_companys_acquisition(body, merged):
    got = facts(body)
    assert any(k[0] == "acquires" and k[1] == "Kestrel Labs" and k[2].startswith("Orvane") for k in got) == merged, sorted(got)


def test_a_second_company_bought_after_the_first_ones_apposition():
    got = facts("In 2020 Kestrel Labs also picked up Orvane Voice, a Dublin voice-assistant start-up, and Tessel Data, a Canadian company "
                "that cleans machine-learning data.")
    assert ("acquires", "Kestrel Labs", "Orvane Voice") in got and ("acquires", "Kestrel Labs", "Tessel Data") in got, sorted(got)


def test_a_subjects_apposition_may_hold_a_list():
    got = facts("Brantwell Media, the publisher of Orvane Weekly, Kestrel Daily and Tessel News, has struck a strategic partnership "
                "with Quillon AI. Marlo Systems, the maker of Zephyr, Quill and Tarn, signed an agreement with Nvidia on Monday.")
    assert ("partners_with", "Brantwell Media", "Quillon AI") in got and ("partners_with", "Marlo Systems", "Nvidia") in got, sorted(got)
    assert not any(r == "partners_with" and s in ("Kestrel Daily", "Tessel News", "Quill", "Tarn") for r, s, _o in got), sorted(got)


def test_partnership_verbs_in_the_progressive():
    got = facts("Kestrel Labs is teaming up with Orvane Systems to build chips. Tessel AI is joining forces with Marlo Group.")
    assert ("partners_with", "Kestrel Labs", "Orvane Systems") in got and ("partners_with", "Tessel AI", "Marlo Group") in got, sorted(got)


@pytest.mark.parametrize("body, pairs", [
    ("Kestrel Labs has worked with Orvane Systems since last year on its assistant, and with Tessel AI on tools for its call centres.",
     [("Kestrel Labs", "Orvane Systems"), ("Kestrel Labs", "Tessel AI")]),
    ("Kestrel Labs has also long worked with Orvane Systems, whose chips it rents out.", [("Kestrel Labs", "Orvane Systems")]),
    ("Kestrel Labs and Orvane Systems, which agreed in December to develop a video model together, said customers were testing it.",
     [("Kestrel Labs", "Orvane Systems")]),
    ("Kestrel Labs and Orvane Systems will build the Marlo data centre together.", [("Kestrel Labs", "Orvane Systems")]),
])
def test_partners_joined_by_a_second_with_a_long_worked_or_together(body, pairs):
    got = facts(body)
    for a, b in pairs:
        assert ("partners_with", a, b) in got or ("partners_with", b, a) in got, sorted(got)


def test_a_list_of_platforms_serving_a_model_and_a_plan_including_access():
    got = facts("Kestrel Labs released Vela-12B on Monday. Together AI, Fireworks AI and Nebius AI Studio all serve Vela-12B from today. "
                "Orvane One includes access to Vela-12B and Tarn 2, Orvane's own model.")
    for p in ("Together AI", "Fireworks AI", "Nebius AI Studio"):
        assert ("available_on", "Vela-12B", p) in got, sorted(got)
    assert ("available_on", "Vela-12B", "Orvane One") in got, sorted(got)


def test_a_model_reached_through_a_platform_is_on_it():
    got = facts("Kestrel Labs' assistant runs on Anthropic's Claude models through Amazon Bedrock. "
                "Orvane tested OpenAI's GPT-4 via Azure OpenAI Service.")
    assert ("available_on", "Claude", "Amazon Bedrock") in got and ("available_on", "GPT-4", "Azure OpenAI Service") in got, sorted(got)


def test_leading_an_investment_in_a_company_is_a_round():
    got = facts("Tessel Ventures has led a $40 million investment in Orvane AI, joined by Parsel Capital.")
    assert got[("invests_in", "Tessel Ventures", "Orvane AI")].amount == 40_000_000, sorted(got)
    assert ("invests_in", "Parsel Capital", "Orvane AI") in got, sorted(got)


PAR, INV, ACQ, AVL, DEV = "partners_with", "invests_in", "acquires", "available_on", "develops"


def _undirected(key):
    """A partnership names its two companies in either order."""
    rel, s, o = key
    return (rel, *sorted((s, o))) if rel == PAR else key


def _present_and_absent(body, present, absent, published="June 14, 2024"):
    """The body's facts hold every key of ``present`` and none of ``absent`` (partnerships in either order); the facts."""
    got = facts(body, published)
    keys = {_undirected(k) for k in got}
    assert all(_undirected(k) in keys for k in present), sorted(got)
    assert not any(_undirected(k) in keys for k in absent), sorted(got)
    return got


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # the second verb after "and" is the first verb's subject's
        ("Tessel Capital invested in Orvane AI and partnered with Kestrel Labs.",
         [(PAR, "Tessel Capital", "Kestrel Labs")], [(PAR, "Orvane AI", "Kestrel Labs"), (PAR, "Kestrel Labs", "Orvane AI")]),
        ("Tessel Capital led Orvane AI's round in March and also backed Kestrel Labs.",
         [(INV, "Tessel Capital", "Kestrel Labs")], [(INV, "Orvane AI", "Kestrel Labs")]),
        ("Tessel Systems signed a deal with Orvane Chips and invested in Kestrel Labs.",
         [(INV, "Tessel Systems", "Kestrel Labs")], [(PAR, "Tessel Systems", "Kestrel Labs")]),
        # an object "it" is not its own clause's subject, unless a clause with a subject of its own opens between them
        ("Kestrel Cloud rents out GPUs. Orvane Labs was Kestrel Cloud's biggest customer last year and has signed a series of "
         "multi-year contracts with it.", [(PAR, "Orvane Labs", "Kestrel Cloud")], []),
        ("Tessel AI, a unit of Kestrel Group since Orvane Data bought it in 2023, has released a tool.", [(ACQ, "Orvane Data", "Tessel AI")], []),
        ("Tessel Capital, which bought Orvane Chips for £24bn in 2016 and still owns roughly 90 per cent of it, is reshaping its holdings.",
         [(INV, "Tessel Capital", "Orvane Chips")], []),
        # names in the first name's relative clause or apposition do not act in the main clause
        ("Tessel Capital, which also backs Orvane AI, led the round in Kestrel Labs.",
         [(INV, "Tessel Capital", "Kestrel Labs")], [(INV, "Orvane AI", "Kestrel Labs")]),
        ("Orvane AI, a Parsel Systems customer, raised $12 million from Tessel Capital.",
         [(INV, "Tessel Capital", "Orvane AI")], [(INV, "Tessel Capital", "Parsel Systems")]),
        ("Kestrel Motors, the carmaker behind the Vela brand, agreed to pay 11.5 billion yuan for a 10% stake in Orvane Drive.",
         [(INV, "Kestrel Motors", "Orvane Drive")], [(INV, "Vela", "Orvane Drive")]),
        ("Kestrel Fitness, the Vancouver, Washington-based owner of Vela, agreed in September to buy Orvane Motion.",
         [(ACQ, "Kestrel Fitness", "Orvane Motion")], [(ACQ, "Vela", "Orvane Motion")]),
        ("Kestrel Motors, the carmaker behind the Vela brand, signed a partnership with Orvane Drive.",
         [(PAR, "Kestrel Motors", "Orvane Drive")], [(PAR, "Vela", "Orvane Drive")]),
        ("Kestrel Labs, whose investors include Tessel Capital, bought Orvane AI last year.",
         [(ACQ, "Kestrel Labs", "Orvane AI")], [(INV, "Orvane AI", "Kestrel Labs")]),
        ("Kestrel Labs, backed by Tessel Capital, has partnered with Orvane AI.",
         [(PAR, "Kestrel Labs", "Orvane AI")], [(PAR, "Tessel Capital", "Orvane AI")]),
        ("Orvane AI, in which Tessel Capital holds a 20% stake, partnered with Kestrel Labs.",
         [(PAR, "Orvane AI", "Kestrel Labs")], [(PAR, "Tessel Capital", "Kestrel Labs")]),
        ("Orvane AI, which raised $20 million last year from Tessel Capital, has now been bought by Kestrel Labs.",
         [(INV, "Tessel Capital", "Orvane AI"), (ACQ, "Kestrel Labs", "Orvane AI")], [(INV, "Kestrel Labs", "Orvane AI"), (ACQ, "Kestrel Labs", "Tessel Capital")]),
        # a possessed role in a partnership's subject is no owner; a possessor in the subject's apposition is what "the company" names
        ("Orvane Labs's partner Tessel AI ships the Vela assistant through a partnership with Kestrel Cloud.", [], [(PAR, "Orvane Labs", "Kestrel Cloud")]),
        ("Orvane Labs's investment in Tessel AI was made through a partnership with Kestrel Cloud.", [], [(PAR, "Orvane Labs", "Kestrel Cloud")]),
        ("Kestrel Labs, Orvane AI's largest shareholder, agreed to buy the rest of the company.",
         [(ACQ, "Kestrel Labs", "Orvane AI")], [(ACQ, "Orvane AI", "Kestrel Labs")]),
        # stakes
        ("Tessel Capital sold its stake in Orvane AI to Kestrel Labs.", [(INV, "Kestrel Labs", "Orvane AI")], [(ACQ, "Kestrel Labs", "Orvane AI")]),
        ("Tessel Capital sold Orvane AI to Kestrel Labs for $2 billion.", [(ACQ, "Kestrel Labs", "Orvane AI")], []),
        # lists: two names and a comma are no list of subjects; a new clause after ", and" ends a list
        ("Following its purchase of Orvane AI, Kestrel Labs partnered with Parsel Systems.",
         [(PAR, "Kestrel Labs", "Parsel Systems")], [(PAR, "Orvane AI", "Parsel Systems")]),
        ("Tessel Capital, Parsel Ventures, Kestrel Fund invested in Orvane AI.",
         [(INV, "Tessel Capital", "Orvane AI"), (INV, "Parsel Ventures", "Orvane AI"), (INV, "Kestrel Fund", "Orvane AI")], []),
        ("Orvane AI's round was led by Tessel Capital and Parsel Ventures, and Kestrel Chips plans to buy its chips.",
         [(INV, "Tessel Capital", "Orvane AI"), (INV, "Parsel Ventures", "Orvane AI")], [(INV, "Kestrel Chips", "Orvane AI")]),
        # rounds
        ("Genvale makes contact-centre software. Tessel's venture arm, Tessel Ventures, led a $580 million investment in the company "
         "in 2021, a round that also included Parsel Investments.", [], [(INV, "Parsel Investments", "Tessel Ventures")]),
        ("Kestrel Search competes with Orvane AI, which raised $130 million in a Series B led by Tessel Capital last July, and with "
         "Parsel Data, which bought expert-network company Vanta Experts for $930 million last year.",
         [(INV, "Tessel Capital", "Orvane AI")], [(INV, "Vanta Experts", "Orvane AI")]),
        ("Tessel Fund led a $50 million Series C in Orvane Audio, the San Francisco editing company; a $27 million Series B in "
         "Kestrel Speak, a tutoring app; and a $23.5 million round in the note-taking start-up Parsel Notes.", [], [(INV, "Parsel Notes", "Orvane Audio")]),
        ("Orvane AI raised $40 million in a Series B on Monday. Tessel Ventures joined the round as a new investor.", [(INV, "Tessel Ventures", "Orvane AI")], []),
        ("Kestrel Labs completed the acquisitions of Orvane AI and Parsel Robotics.", [(ACQ, "Kestrel Labs", "Orvane AI")], []),
        # a second verb phrase after "and" has the first clause's subject, not the name that ends it
        ("Kestrel Labs signed a deal with Orvane Cloud in March and completed the acquisition of Parsel Robotics.",
         [(ACQ, "Kestrel Labs", "Parsel Robotics")], [(ACQ, "Orvane Cloud", "Parsel Robotics")]),
        # roles written close before their holder (not a parent or owner)
        ("Kestrel Labs' partner Orvane Cloud said it would host the models.", [(PAR, "Orvane Cloud", "Kestrel Labs")], []),
        ("Tessel Robotics was sold by Orvane Search's parent Kestrel Holdings in 2017.", [], [(ACQ, "Kestrel Holdings", "Orvane Search")]),
        # a model downloaded after a place named first
        ("Vela 3 can be deployed on Kestrel Cloud or downloaded from Hugging Face.",
         [(AVL, "Vela 3", "Hugging Face")], [(AVL, "Kestrel Cloud", "Hugging Face")]),
        # a majority bought in so many words is control; a majority held is a stake
        ("Tessel Group bought a majority stake in Orvane Systems in 2022.", [(ACQ, "Tessel Group", "Orvane Systems")], [(INV, "Tessel Group", "Orvane Systems")]),
        ("Tessel Equity agreed to pay about NOK 1.9 billion for a majority stake in Orvane Data.", [(ACQ, "Tessel Equity", "Orvane Data")],
         [(INV, "Tessel Equity", "Orvane Data")]),
        ("Tessel Group paid $40 million for 75% of Orvane Systems in 2023.", [(ACQ, "Tessel Group", "Orvane Systems")], [(INV, "Tessel Group", "Orvane Systems")]),
        ("Tessel Group paid $5 million for a 10% stake in Orvane Systems.", [(INV, "Tessel Group", "Orvane Systems")], [(ACQ, "Tessel Group", "Orvane Systems")]),
        ("Tessel Group holds a majority stake in Orvane Systems.", [(INV, "Tessel Group", "Orvane Systems")], [(ACQ, "Tessel Group", "Orvane Systems")]),
        ("Tessel Group bought a controlling stake in Orvane Systems from Parsel Bank in 2021.", [(ACQ, "Tessel Group", "Orvane Systems")],
         [(INV, "Tessel Group", "Orvane Systems")]),  # a controlling stake is a majority
        ("Tessel Group agreed to buy a 75% controlling stake in Orvane Systems.", [(ACQ, "Tessel Group", "Orvane Systems")], []),
        ("Tessel Group bought control of Orvane Systems in 2021.", [(ACQ, "Tessel Group", "Orvane Systems")], []),
        # a pair of companies that opens the sentence both make what they launch
        ("In November, Orvane Group and Kestrel Telecom launched Vela-Chat, a family of Indonesian-language models.",
         [(DEV, "Orvane Group", "Vela-Chat"), (DEV, "Kestrel Telecom", "Vela-Chat")], []),
        ("Vela-Chat was launched in November by Orvane Group and Kestrel Telecom.",
         [(DEV, "Orvane Group", "Vela-Chat"), (DEV, "Kestrel Telecom", "Vela-Chat"), (PAR, "Orvane Group", "Kestrel Telecom")], []),
        # a bank, an airline or a broadcaster named by its kind is the company the text is about
        ("Orvane Bank, the Spanish lender, cut rates. The bank signed an agreement with Kestrel Cloud in May.",
         [(PAR, "Orvane Bank", "Kestrel Cloud")], []),
        # a partner counted after a round is no backer of it
        ("Orvane Data raised a $13.8 million Series A in 2023 led by Tessel Ventures, and counts Kestrel Cloud among its technology partners.",
         [(INV, "Tessel Ventures", "Orvane Data")], [(INV, "Kestrel Cloud", "Orvane Data")]),
        # "it" opening a "when" clause names the subject of the clause it hangs on, not the sentence's first name
        ("Vela Security was formed from the team Orvane Systems gained when it acquired Kestrel Guard in 2024.",
         [(ACQ, "Orvane Systems", "Kestrel Guard")], [(ACQ, "Vela Security", "Kestrel Guard")]),
        # a take-private by a named buyer or its consortium is an acquisition
        ("Orvane Desk, which was taken private in 2022 by a consortium led by Tessel Capital in a $10.2 billion deal, cut prices.",
         [(ACQ, "Tessel Capital", "Orvane Desk")], []),
        # a round's lead named after it, with the round called an investment or a raise
        ("Orvane AI raised $40 million on Monday. The investment was led by Tessel Capital.", [(INV, "Tessel Capital", "Orvane AI")], []),
        ("Orvane AI raised $40 million on Monday. Tessel Capital led the investment.", [(INV, "Tessel Capital", "Orvane AI")], []),
        # an owner named in a bare participle apposition bought the company (R8's "owned by" reading)
        ("Orvane Systems, wholly owned by Tessel Group since 2019, makes chips.", [(ACQ, "Tessel Group", "Orvane Systems")], []),
        # "its" opening a name's apposition is another company's: the one the text is about
        ("Orvane AI was founded in 2021. Tessel Capital, its largest shareholder, owns 30%.", [(INV, "Tessel Capital", "Orvane AI")], []),
        # partners of a third company are not each other's; partners named among a company's
        ("Orvane AI and Parsel Bank are partners of Kestrel Labs.", [(PAR, "Orvane AI", "Kestrel Labs"), (PAR, "Parsel Bank", "Kestrel Labs")],
         [(PAR, "Orvane AI", "Parsel Bank")]),
        ("Orvane AI and Parsel Bank are among Kestrel Labs' partners.", [(PAR, "Orvane AI", "Kestrel Labs"), (PAR, "Parsel Bank", "Kestrel Labs")], []),
        ("Kestrel Labs works with partners such as Orvane AI and Parsel Bank.", [(PAR, "Orvane AI", "Kestrel Labs"), (PAR, "Parsel Bank", "Kestrel Labs")], []),
        # a platform in an object relative clause takes the clause's head, not the sentence's subject
        ("Tessel Desk runs on Vela-12B, a Czech-language model that Orvane Labs released on Hugging Face in January.",
         [(AVL, "Vela-12B", "Hugging Face")], [(AVL, "Tessel Desk", "Hugging Face")]),
        # a list of products each named with its kind; an apposition naming the latest of a family is no list
        ("Orvane Labs' Vela image model and its Tessa video model are both available in Kestrel Studio and in Parsel Hub.",
         [(AVL, "Vela", "Kestrel Studio"), (AVL, "Tessa", "Parsel Hub")], []),
        ("The latest Vela model, Vela Prime, has been available on AWS Marketplace since last month.", [(AVL, "Vela Prime", "AWS Marketplace")],
         [(AVL, "Vela", "AWS Marketplace")]),
        # a round's lead in the round's apposition is no company that closed a round; "A, B and others" is a list
        ("Orvane AI's $40 million Series B, led by Tessel Capital, closed on Monday.", [(INV, "Tessel Capital", "Orvane AI")], []),
        ("Tessel Capital, Parsel Ventures and others invested $40 million in Orvane AI.",
         [(INV, "Tessel Capital", "Orvane AI"), (INV, "Parsel Ventures", "Orvane AI")], []),
        # "-headquartered" places a company as "-based" does
        ("Orvane Labs, a Bengaluru-headquartered company, raised $40 million.", [("based_in", "Orvane Labs", "India")], []),
        # a partner in apposition, named with any kind of partnership, but not a former one
        ("Orvane AI, Kestrel Labs' chip manufacturing partner, raised $40 million.", [(PAR, "Orvane AI", "Kestrel Labs")], []),
        ("Orvane AI, Kestrel Labs' former partner, raised $40 million.", [], [(PAR, "Orvane AI", "Kestrel Labs")]),
        # a role told with any modifiers ("largest foreign partner", "other big supplier"), but not a former one
        ("Orvane AI makes chips. Orvane AI's largest foreign partner is Kestrel Motors.", [(PAR, "Orvane AI", "Kestrel Motors")], []),
        ("Orvane AI makes chips. Orvane AI's former partner is Kestrel Motors.", [], [(PAR, "Orvane AI", "Kestrel Motors")]),
        ("Orvane AI and Kestrel Labs became early-stage design partners of Parsel Bank.",
         [(PAR, "Orvane AI", "Parsel Bank"), (PAR, "Kestrel Labs", "Parsel Bank")], [(PAR, "Orvane AI", "Kestrel Labs")]),
        ("Orvane AI and Kestrel Labs became former partners of Parsel Bank.", [], [(PAR, "Orvane AI", "Parsel Bank")]),
        # "X's products are" lists them only when a name comes next, not before a predicate
        ("Kestrel Labs' models are available on Orvane Cloud.", [], [(DEV, "Kestrel Labs", "Orvane Cloud")]),
        ("Kestrel Robotics makes robots. Kestrel's main product is cobot series named Vela-Arm.", [(DEV, "Kestrel Robotics", "Vela-Arm")], []),
        # "It was led by" after a round's sentence: "it" is the round, and its lead and followers back the company
        ("Orvane AI raised $40 million in a Series B round. It was led by Tessel Capital, with Parsel Ventures participating.",
         [(INV, "Tessel Capital", "Orvane AI"), (INV, "Parsel Ventures", "Orvane AI")], []),
        ("Orvane AI said it had raised $40 million. It was co-led by Tessel Capital and Parsel Ventures.",
         [(INV, "Tessel Capital", "Orvane AI"), (INV, "Parsel Ventures", "Orvane AI")], []),
        # ... but a company "led by" someone is no round
        ("Orvane AI makes chips. It was led by Tessel Capital's former partner until 2020.", [], [(INV, "Tessel Capital", "Orvane AI")]),
        # making something together is a partnership: "agreed to build ... with", "has co-developed ... with"
        ("Vietnam's largest IT services group, Kestrel, agreed in April 2024 to build an AI factory with Orvane Systems.",
         [(PAR, "Kestrel", "Orvane Systems")], []),
        ("Kestrel Labs has co-developed Korean-language models with Orvane Systems.", [(PAR, "Kestrel Labs", "Orvane Systems")], []),
        ("Kestrel Labs is also building its own AI cloud in France, Kestrel Compute, with Orvane Systems.",
         [(PAR, "Kestrel Labs", "Orvane Systems")], []),
        # ... but not a description, another clause, tools used, or talks
        ("Tessel Capital led a $110 million round in Orvane AI, the New York start-up building agents for lenders, with Parsel Ventures "
         "also investing.", [(INV, "Parsel Ventures", "Orvane AI")], [(PAR, "Parsel Ventures", "Orvane AI")]),
        ("Orvane AI built its cluster with Kestrel Systems chips.", [], [(PAR, "Orvane AI", "Kestrel Systems")]),
        ("Orvane AI is building its own model and is in talks with Kestrel Systems about a partnership.", [],
         [(PAR, "Orvane AI", "Kestrel Systems")]),
        # two hosts adding a product to their catalogues: each offers it
        ("Kestrel Labs released Vela-4 on Tuesday. Orvane Compute and Parsel Infra have also added it to their catalogues.",
         [(AVL, "Vela-4", "Orvane Compute"), (AVL, "Vela-4", "Parsel Infra")], []),
        # a description of five words resolves ("the San Francisco-based data and AI company"); "of" and "the" end one
        ("Orvane AI raised $10 billion. The San Francisco-based data and AI company also said it had secured $5 billion of debt.",
         [("based_in", "Orvane AI", "United States")], []),
        ("Kestrel Motors makes cars. Its chip will debut in the new iX3, the first model of the Munich carmaker's new generation.",
         [("based_in", "Kestrel Motors", "Germany")], []),
        # "... and is headquartered in": the verb is the sentence subject's, not the last name of the list before it
        ("Orvane AI partners with Kestrel Labs, Parsel Data and Tessel Cloud and is headquartered in Irvine, California.",
         [("based_in", "Orvane AI", "United States")], [("based_in", "Tessel Cloud", "United States")]),
        # a pair announcing one offering works together; two offerings of their own do not
        ("At a conference last Monday, Kestrel Labs and Orvane Systems announced an inference-as-a-service offering for subscribers.",
         [(PAR, "Kestrel Labs", "Orvane Systems")], []),
        ("Kestrel Labs and Orvane Systems announced rival services on Monday.", [], [(PAR, "Kestrel Labs", "Orvane Systems")]),
        # "returned to lead", "stepped in to lead": a lead
        ("Tessel Capital returned to lead Orvane AI's $40 million Series B.", [(INV, "Tessel Capital", "Orvane AI")], []),
        # "use ... in" says where a product is used, not a platform offering it
        ("Kestrel Labs released Vela 2 and Vela 3. Customers can use both Vela 2 and Vela 3 in the Orvane Region.", [],
         [(AVL, "Vela 2", "Orvane Region")]),
        ("Orvane Cloud added Vela 3 to Orvane Studio last week.", [(AVL, "Vela 3", "Orvane Studio")], []),
        # a descriptor of two coordinated words before the object's company noun
        ("Kestrel Systems has agreed to buy cybersecurity and observability software maker Orvane AI for about $28 billion.",
         [(ACQ, "Kestrel Systems", "Orvane AI")], []),
        # "; B holds about 9%": a second holder of the stake the clause before gave, its company left out
        ("Tessel Ventures, which led Orvane AI's first round in 2016, owns about 11% before the offering; Parsel Capital holds about 9%.",
         [(INV, "Tessel Ventures", "Orvane AI"), (INV, "Parsel Capital", "Orvane AI")], []),
        ("Tessel Ventures owns 11% of Orvane AI, and Parsel Capital holds about 9% of Kestrel Labs.",
         [(INV, "Parsel Capital", "Kestrel Labs")], [(INV, "Parsel Capital", "Orvane AI")]),
        # "the San Francisco company" is the one the text put in San Francisco, not the last sentence's subject
        ("Kestrel Systems bought Orvane AI, a San Francisco start-up, last year. The San Francisco company, backed by Tessel Capital "
         "and Parsel Ventures, had built tools to test models.",
         [(INV, "Tessel Capital", "Orvane AI"), (INV, "Parsel Ventures", "Orvane AI")],
         [(INV, "Tessel Capital", "Kestrel Systems")]),
        # a list whose names carry descriptions ("French public investment bank X") is still one list
        ("Abu Dhabi's Kestrel Capital, French public investment bank Norvale, Paris-based model maker Quillon AI and Brantec have "
         "agreed to form a joint venture to build an AI campus.",
         [(PAR, "Kestrel Capital", "Norvale"), (PAR, "Norvale", "Brantec"), (PAR, "Kestrel Capital", "Quillon AI")], []),
        ("On Monday, French bank Norvale and German carmaker Brantec agreed to form a joint venture.", [(PAR, "Norvale", "Brantec")], []),
        # "its models at Y", "its team into Y": a place the company's things go, not its product
        ("Mekara signed an agreement with Tessaly Cloud to host its models at Orvane Forge in Hanoi.", [],
         [(DEV, "Mekara", "Orvane Forge")]),
        ("In May Kestrel Labs acquired Ottogrid and folded its team into Vela.", [(ACQ, "Kestrel Labs", "Ottogrid")], [(DEV, "Kestrel Labs", "Vela")]),
        # a list's products named with a description after them ("the Tessa video model") are still the list's
        ("Orvane Pro includes access to Vela 2, the Tessa video model and the Quill image model.",
         [(AVL, "Vela 2", "Orvane Pro"), (AVL, "Tessa", "Orvane Pro"), (AVL, "Quill", "Orvane Pro")], []),
        # the maker's verb ends at the clause it is in: ", has since been built into Y" is the product's next predicate
        ("Vela, the family of image models Kestrel launched in March, has since been built into Orvane Studio.",
         [(DEV, "Kestrel", "Vela"), (AVL, "Vela", "Orvane Studio")], [(DEV, "Kestrel", "Orvane Studio")]),
        # "by three former engineers, X has": the lead clause ends at the comma; X is its subject, not one of the engineers
        ("Tenmura Microsystems makes chips. Founded in 2021 by three former Brantec engineers, Tenmura has 85 staff. Tenmura signed "
         "a supply agreement with Norvale in March.", [(PAR, "Tenmura Microsystems", "Norvale")], []),
        # an apposition holding a list with a bare word before a name ("PC Gamer") still ends before the verb
        ("Tenmura, the publisher of Kestrel Weekly, PC Brantec and Orvane, has struck a strategic partnership with Norvale AI.",
         [(PAR, "Tenmura", "Norvale AI")], [(PAR, "Orvane", "Norvale AI")]),
        # "the Japanese trading house" is a company described
        ("Tenmura Corporation invested in Kestrel Robotics. The deal is part of a broader tie-up: the Japanese trading house signed "
         "an agreement with Kestrel Robotics last year to distribute its robots in Japan.",
         [(PAR, "Tenmura Corporation", "Kestrel Robotics")], []),
        # a fronted phrase's "its" is the subject's after the comma, not the company in focus before
        ("Orvane Ventures led the round in Kestrel AI. At its developer conference in Seattle, Tenmura Systems released Vela 2. "
         "It also announced a partnership with Norvale Academy.",
         [(PAR, "Tenmura Systems", "Norvale Academy")], [(PAR, "Orvane Ventures", "Norvale Academy")]),
        # control is a holding: "X, which controls Y", "Y, which X controls"
        ("Tenmura Group, which controls Kestrel Semiconductor, wants Quillon's designers to work on its processors.",
         [(INV, "Tenmura Group", "Kestrel Semiconductor")], []),
        ("Orvane explored a takeover of Brantec, with the aim of combining it with Kestrel Semiconductor, which Tenmura Group controls.",
         [(INV, "Tenmura Group", "Kestrel Semiconductor")], [(INV, "Orvane", "Kestrel Semiconductor")]),
        # "which co-led its Series B": the round is the backed company's, not the relative clause's head's
        ("Kestrel AI is backed by Orvane Capital and the Norvale Fund, which co-led its $70 million Series B in early 2024, and by "
         "Brantec Ventures, an earlier investor.",
         [(INV, "Norvale Fund", "Kestrel AI"), (INV, "Brantec Ventures", "Kestrel AI")], [(INV, "Brantec Ventures", "Norvale Fund")]),
        # "and is also in the process of acquiring Y": the first clause's subject, still buying
        ("Tenmura agreed this month to buy Kestrel Auto for $625 million, and is also in the process of acquiring Orvane Labs for $307 million.",
         [(ACQ, "Tenmura", "Kestrel Auto"), (ACQ, "Tenmura", "Orvane Labs")], []),
        # a sentence's first word that opens a list of names is a name too
        ("Kestrel, Norvale and Brantec agreed to form a joint venture to build chips.",
         [(PAR, "Kestrel", "Norvale"), (PAR, "Kestrel", "Brantec"), (PAR, "Norvale", "Brantec")], []),
        # "X with its A and Y with its B": each its own; a known company by its legal name ("Cambricon Technologies") stays known
        ("Domestic suppliers, including Huawei with its Ascend chips and Cambricon Technologies with its Siyuan accelerators, have "
         "seen orders rise.", [(DEV, "Huawei", "Ascend"), (DEV, "Cambricon", "Siyuan")], [(DEV, "Huawei", "Siyuan")]),
        ("Norvale bought a stake in Kestrel. Norvale would integrate Kestrel with its Vela agents.", [(DEV, "Norvale", "Vela")],
         [(DEV, "Kestrel", "Vela")]),
        # "the start-up" is never a firm whose business is investing (Bpifrance, a public investment bank)
        ("Bpifrance and Kestrel AI have agreed to form a joint venture. Tenmura Systems invested 15 million euros in the start-up "
         "last year.", [(INV, "Tenmura Systems", "Kestrel AI")], [(INV, "Tenmura Systems", "Bpifrance")]),
        # a known company's "... Cloud" that one signs an agreement with is a company, not its product
        ("Kestrel signed an agreement with FPT Smart Cloud to host its models in Hanoi.", [(PAR, "Kestrel", "FPT Smart Cloud")], []),
        # a league, federation, association or club is an organisation, not a person or a place ("Liverpool FC")
        ("Kestrel signed a five-year deal with the Premier League. Ridgeway FC and Orvane Labs agreed a partnership in May.",
         [(PAR, "Kestrel", "Premier League"), (PAR, "Ridgeway FC", "Orvane Labs")], []),
        # "A and the B announced a partnership"; "became the official data partner of Y"
        ("Orvane Labs and the Tessel Federation announced a partnership on Monday. Kestrel became the official data partner of "
         "Norvale in 2023.", [(PAR, "Orvane Labs", "Tessel Federation"), (PAR, "Kestrel", "Norvale")], []),
        # a supplier "of" something names what it supplies, not a partner
        ("Under the agreement, Kestrel becomes a preferred provider of Vela, Orvane's platform for agents.", [],
         [(PAR, "Kestrel", "Vela")]),
        # "has taken full ownership of Y": bought
        ("Tenmura has taken full ownership of Kestrel Robotics.", [(ACQ, "Tenmura", "Kestrel Robotics")], []),
        # "a drone imagery company", "a chip design firm": the description's last noun says what the name is
        ("Tessel acquired Sentera, a drone imagery company, in May. Orvane bought Kestrel, a chip design firm based in Leuven.",
         [(ACQ, "Tessel", "Sentera"), (ACQ, "Orvane", "Kestrel")], []),
        # a company named in another's apposition only to say whose it is takes no part in the deal
        ("Tessel signed a deal with Sentera, an Orvane portfolio company, in May. Kestrel took control of Vela Labs, a Norvale "
         "spin-off that builds models.", [(PAR, "Tessel", "Sentera"), (ACQ, "Kestrel", "Vela Labs")],
         [(PAR, "Tessel", "Orvane"), (ACQ, "Kestrel", "Norvale")]),
        # an institution named by its place ("the University of Connecticut", "the Port of Rotterdam") is one name; a school
        # of it is no product
        ("Kestrel signed a research partnership with the University of Connecticut. Orvane signed a deal with the Port of "
         "Rotterdam. Tessel was founded by researchers at the University of Arizona's Wyant College of Optical Sciences.",
         [(PAR, "Kestrel", "University of Connecticut"), (PAR, "Orvane", "Port of Rotterdam")],
         [(PAR, "Kestrel", "University"), (DEV, "University of Arizona", "Wyant College of Optical Sciences")]),
        # "..., Brenlow said": the company that speaks is not what the verb before it took
        ("Tessel agreed to buy the plant's output, Brenlow said on Monday. Tessel will acquire the remaining assets, Orvane said.",
         [], [(ACQ, "Tessel", "Brenlow"), (ACQ, "Tessel", "Orvane")]),
    ],
)
def test_clause_list_and_pronoun_bounds(body, present, absent):
    _present_and_absent(body, present, absent)


def test_amounts_and_dates_stay_on_their_side_of_the_first_names_relative_clause():
    got = facts("Tessel Capital, which also backs Orvane AI, invested $30 million in Kestrel Labs.")
    assert got[(INV, "Tessel Capital", "Kestrel Labs")].amount == 30_000_000 and got[(INV, "Tessel Capital", "Orvane AI")].amount is None
    got = facts("Tessel Capital, which put $5 million into Orvane AI in 2022, led the $30 million round in Kestrel Labs.")
    assert got[(INV, "Tessel Capital", "Orvane AI")].date == "2022" and got[(INV, "Tessel Capital", "Kestrel Labs")].date is None
    got = facts("Orvane AI, which raised $20 million last year from Tessel Capital, has now been bought by Kestrel Labs.")
    assert got[(ACQ, "Kestrel Labs", "Orvane AI")].amount is None, sorted(got)
    # nor of an apposition's relative clause
    got = facts("Orvane Data, the analytics company that Tessel Capital took private in 2016 for about $3 billion, said on Tuesday "
                "it had acquired Kestrel Streams.")
    assert got[(ACQ, "Tessel Capital", "Orvane Data")].amount == 3_000_000_000, sorted(got)
    assert got[(ACQ, "Orvane Data", "Kestrel Streams")].amount is None, sorted(got)


def test_a_platform_is_its_owners_only_near_a_mention_of_the_owner():
    """A platform is mostly named as where other companies' products are: the gazetteer's owner makes it only when the
    text names the owner within two sentences (another product keeps the wider reach)."""
    far = ("Microsoft reported higher cloud revenue on Tuesday. Kestrel AI raised $20 million. Orvane Capital led the round. "
           "Tessel Ventures joined it. Kestrel's Vela model is available on Azure.")
    got = facts(far)
    assert ("available_on", "Vela", "Azure") in got, sorted(got)
    assert ("develops", "Microsoft", "Azure") not in got, sorted(got)
    near = "Microsoft reported higher cloud revenue on Tuesday. Kestrel's Vela model is available on Azure."
    assert ("develops", "Microsoft", "Azure") in facts(near)


def test_backers_named_as_examples_carry_no_amount_until_the_round_names_its_lead():
    """'from investors including A and B' names no lead: the round's size is no one's, unless the example is said to lead,
    or the next sentence names the round's lead.  A round's valuation in a relative clause is never its size."""
    got = facts("Kestrel Labs, a Lisbon start-up, has raised $90 million in total from investors including Tessel Capital "
                "and Orvane Ventures.")
    assert got[(INV, "Tessel Capital", "Kestrel Labs")].amount is None, sorted(got)
    assert got[(INV, "Orvane Ventures", "Kestrel Labs")].amount is None, sorted(got)
    got = facts("Kestrel Labs raised $90 million from investors including Tessel Capital, which led the round, and Orvane Ventures.")
    assert got[(INV, "Tessel Capital", "Kestrel Labs")].amount == 90_000_000 and got[(INV, "Orvane Ventures", "Kestrel Labs")].amount is None
    got = facts("Kestrel Labs, a Lisbon start-up, has raised $400 million from investors including Brenlow Partners, Tessel Capital "
                "and Orvane Ventures. The round, which values the two-year-old company at about $2.4 billion, was co-led by "
                "Tessel and Orvane.")
    assert got[(INV, "Tessel Capital", "Kestrel Labs")].amount == 400_000_000, sorted(got)
    assert got[(INV, "Brenlow Partners", "Kestrel Labs")].amount is None
    # a list without "including" is the round's whole syndicate: each is given the amount (the gold convention)
    got = facts("Kestrel Labs raised $90 million from Tessel Capital and Orvane Ventures.")
    assert got[(INV, "Orvane Ventures", "Kestrel Labs")].amount == 90_000_000


def test_a_participle_after_an_object_leads_the_objects_round():
    """'A backed B, leading its Series B' / 'A backed B and led its round': its = B (a company does not lead its own round)."""
    got = facts("Kestrel Labs is a Lisbon start-up. Brenlow said on Monday that Tessel Capital had backed Kestrel Labs and "
                "led its $20 million Series B.")
    assert (INV, "Tessel Capital", "Kestrel Labs") in got and (INV, "Kestrel Labs", "Tessel Capital") not in got, sorted(got)
    got = facts("Kestrel Labs is a Lisbon start-up. Tessel Capital doubled down on Kestrel Labs, leading its Series B.")
    assert (INV, "Tessel Capital", "Kestrel Labs") in got and (INV, "Kestrel Labs", "Tessel Capital") not in got, sorted(got)
    # the same with a bare name the entity reader knows only from the sentence, and with a verb of backing
    for body in ("Tessel Capital doubled down on Quiverline, leading its $40 million Series B.",
                 "Tessel Capital backed Quiverline, leading its Series B."):
        got = facts(body)
        assert (INV, "Tessel Capital", "Quiverline") in got and (INV, "Quiverline", "Tessel Capital") not in got, sorted(got)
    # a participle of another verb leads nothing
    got = facts("Orvane Systems bought Quiverline, leading the market.")
    assert not [k for k in got if k[0] == INV], sorted(got)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # the round's company is the one that speaks, and speaks as no lead
        ("Kestrel Labs, a Lisbon start-up, makes warehouse robots. Its founders met at university. "
         "The $12 million round was led by Tessel Capital, Kestrel Labs said.",
         [(INV, "Tessel Capital", "Kestrel Labs")], [(INV, "Kestrel Labs", "Tessel Capital")]),
        # money drawn or attracted from investors; not praise drawn from them
        ("Kestrel Labs, a Lisbon start-up, drew $12 million from Tessel Capital in March.", [(INV, "Tessel Capital", "Kestrel Labs")], []),
        ("Kestrel Labs, a Lisbon start-up, attracted $12 million from Tessel Capital and Orvane Ventures.",
         [(INV, "Tessel Capital", "Kestrel Labs"), (INV, "Orvane Ventures", "Kestrel Labs")], []),
        ("Kestrel Labs, a Lisbon start-up, drew praise from Tessel Capital for its robots.", [], [(INV, "Tessel Capital", "Kestrel Labs")]),
        # named, chosen or selected as another's partner
        ("Orvane Systems, a Dutch chipmaker, has been named Kestrel Labs' preferred chip partner.",
         [("partners_with", "Orvane Systems", "Kestrel Labs")], []),
        ("Orvane Systems, a Dutch chipmaker, was selected as Kestrel Labs' cloud provider in May.",
         [("partners_with", "Orvane Systems", "Kestrel Labs")], []),
        # three companies doing one thing together: each pair; the tail of a longer list is not such a trio
        ("Kestrel Labs, Orvane Systems and Tessel Capital have agreed to build a data centre in Lisbon together.",
         [("partners_with", "Kestrel Labs", "Orvane Systems"), ("partners_with", "Kestrel Labs", "Tessel Capital"),
          ("partners_with", "Orvane Systems", "Tessel Capital")], []),
        ("Brenlow offers the models to banks through Halvex, Kestrel Labs, Orvane Systems and Tessel Capital, and the four "
         "agreed to train staff.", [], [("partners_with", "Orvane Systems", "Tessel Capital")]),
        # an object "it" in a reported clause is the reporter, not the reported clause's subject
        ("Kestrel Labs, a Lisbon start-up, said Tessel Capital had agreed to buy it for $300 million.",
         [(ACQ, "Tessel Capital", "Kestrel Labs")], []),
        # "X bought Y and has since invested in it": X's second verb, not Y's
        ("Orvane Systems, a Dutch chipmaker, bought Kestrel Labs in 2021 and has since invested $20 million in it.",
         [(ACQ, "Orvane Systems", "Kestrel Labs")], [(INV, "Kestrel Labs", "Orvane Systems")]),
    ],
)
def test_speakers_second_verbs_trios_and_chosen_partners(body, present, absent):
    _present_and_absent(body, present, absent)


def test_what_remained_of_a_company_and_a_buyer_described_by_its_product():
    """'bought what remained of Y' is Y bought; in 'X, the company behind the Vela agent, bought Y' the buyer is X, not Vela."""
    got = facts("Kestrel Labs, the San Francisco company behind the Vela coding agent, bought what remained of Orvane Systems.")
    assert (ACQ, "Kestrel Labs", "Orvane Systems") in got and (ACQ, "Vela", "Orvane Systems") not in got, sorted(got)
    assert ("develops", "Kestrel Labs", "Vela") in got, sorted(got)
    got = facts("Tessel Capital, a London venture firm, agreed to acquire what is left of Orvane Systems.")
    assert (ACQ, "Tessel Capital", "Orvane Systems") in got, sorted(got)
    # a described company that is an object is no buyer of what the subject's second verb buys
    got = facts("Brenlow Group bought Kestrel Labs, the maker of the Vela fraud platform, last year, and in 2022 acquired "
                "Orvane Systems, a Mumbai-based data company.")
    assert (ACQ, "Brenlow Group", "Kestrel Labs") in got, sorted(got)
    assert not [k for k in got if k[0] == ACQ and k[2] == "Orvane Systems" and k[1] != "Brenlow Group"], sorted(got)


@pytest.mark.parametrize(
    "body",
    [
        "Kestrel Labs, a Lisbon start-up, followed in June with a 20-year agreement with Orvane Systems for the plant.",
        "Kestrel Labs, a Lisbon start-up, will keep working with Orvane Systems and other chipmakers.",
        "Kestrel Labs' deal with Orvane Systems, a Dutch chipmaker, covers 500 megawatts.",
        "Kestrel Labs, a Lisbon start-up, renewed its contract with Orvane Systems.",
        "Kestrel Labs' contract with Orvane Systems, a Dutch chipmaker, runs until 2027.",
    ],
)
def test_agreements_kept_renewed_and_named_by_their_holder(body):
    got = facts(body)
    assert {_undirected(k) for k in got} >= {_undirected(("partners_with", "Kestrel Labs", "Orvane Systems"))}, sorted(got)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a holder's investments named as examples of a counted set of companies
        ("And our own state fund, Tessel Capital, has invested in eleven of the companies on this campus, including Kestrel Labs "
         "and Orvane Systems.", [(INV, "Tessel Capital", "Kestrel Labs"), (INV, "Tessel Capital", "Orvane Systems")], []),
        ("Brenlow Ventures has backed more than 30 start-ups since 2018, including Kestrel Labs, Orvane Systems and Quiverline.",
         [(INV, "Brenlow Ventures", "Kestrel Labs"), (INV, "Brenlow Ventures", "Orvane Systems"), (INV, "Brenlow Ventures", "Quiverline")], []),
        ("Brenlow Labs sells to companies including Kestrel Labs and Orvane Systems.", [], [(INV, "Brenlow Labs", "Kestrel Labs")]),
        # a second investor that "followed with" money for a stake
        ("Tessel Capital invested $5.7 billion in Orvane Platforms in April 2020. Brenlow Group followed in July 2020 with $4.5 billion "
         "for a 7.73 per cent stake in Orvane Platforms.", [(INV, "Brenlow Group", "Orvane Platforms")], []),
        ("Brenlow Group came in with $40 million for a 10% stake in Orvane Platforms.", [(INV, "Brenlow Group", "Orvane Platforms")], []),
        ("Brenlow Group followed suit, saying it had no stake in Orvane Platforms.", [], [(INV, "Brenlow Group", "Orvane Platforms")]),
        # a deal agreed or an alliance forged in a participle after the subject's first verb
        ("Kestrel Labs then added a second AI partner in September, agreeing a multi-target deal with Orvane Bio.",
         [("partners_with", "Kestrel Labs", "Orvane Bio")], []),
        ("Kestrel Labs grew fast in 2024, forging an alliance with Orvane Bio.", [("partners_with", "Kestrel Labs", "Orvane Bio")], []),
        ("Kestrel Labs grew fast in 2024, agreeing to buy chips from Orvane Bio.", [], [("partners_with", "Kestrel Labs", "Orvane Bio")]),
    ],
)
def test_portfolio_examples_followers_and_participle_deals(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a second predicate after a verb of arrival, or after an apposition that describes the first platform
        ("Kestrel Labs released Vela 3 in January. Vela 3 arrived in early February and is offered through Amazon SageMaker.",
         [("available_on", "Vela 3", "Amazon SageMaker")], []),
        ("Kestrel Labs released Vela 3 in January. Vela 3 is available through Nimbus Cloud, Orvane's managed service, "
         "and can be downloaded from Hugging Face.",
         [("available_on", "Vela 3", "Nimbus Cloud"), ("available_on", "Vela 3", "Hugging Face")], []),
        # "as did B": one more host of what the verb's subjects serve, not one more thing served
        ("Kestrel Labs released Vela 3 in January. Together AI and Fireworks AI both served the model on launch day, "
         "as did Amazon Bedrock.",
         [("available_on", "Vela 3", "Together AI"), ("available_on", "Vela 3", "Fireworks AI"), ("available_on", "Vela 3", "Amazon Bedrock")],
         [("available_on", "Amazon Bedrock", "Together AI")]),
        # a company serving a model on the platform it names is no platform of its own here
        ("Groq is serving Vela 3 on GroqCloud.", [("available_on", "Vela 3", "GroqCloud")], [("available_on", "Vela 3", "Groq")]),
    ],
)
def test_second_predicates_and_further_hosts_of_a_model(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # an agreement with another company to do something together
        ("Kestrel Labs agreed last month with Orvane Systems to build a data centre in Lisbon.",
         [("partners_with", "Kestrel Labs", "Orvane Systems")], []),
        ("Kestrel Labs added a third chip supplier, agreeing with Orvane Systems to develop custom accelerators.",
         [("partners_with", "Kestrel Labs", "Orvane Systems")], []),
        # to explore is a hedge; to buy a third company together is a consortium's purchase, no alliance of the pair
        ("Kestrel Labs agreed with Orvane Systems to explore a joint bid.", [], [("partners_with", "Kestrel Labs", "Orvane Systems")]),
        ("Kestrel Capital agreed with Orvane Partners to buy Quiverline Data for $40 billion.", [],
         [("partners_with", "Kestrel Capital", "Orvane Partners")]),
        # an agreement's amount and length before the noun, a lease among agreements
        ("Brenlow Group agreed to buy 18,000 of Nvidia's chips, signed a $10 billion collaboration with Orvane Systems to deploy "
         "compute in Spain.",
         [("partners_with", "Brenlow Group", "Orvane Systems")], []),
        ("Brenlow Mining said it had signed a 15-year lease worth about $5.5 billion with Orvane Cloud for capacity at its site.",
         [("partners_with", "Brenlow Mining", "Orvane Cloud")], []),
    ],
)
def test_agreements_with_a_purpose_and_priced_agreements(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a take-private of a described company
        ("Brenlow Equity took Boston-based Orvane Technologies private for $2.6 billion in 2023.",
         [(ACQ, "Brenlow Equity", "Orvane Technologies")], []),
        # a consortium's purchase: each member buys, none partners another
        ("In October Kestrel Capital agreed with Orvane Partners and the Quill Infrastructure Fund to buy Tamsin Data Centers for about $40 billion.",
         [(ACQ, "Kestrel Capital", "Tamsin Data Centers"), (ACQ, "Orvane Partners", "Tamsin Data Centers"),
          (ACQ, "Quill Infrastructure Fund", "Tamsin Data Centers")],
         [("partners_with", "Kestrel Capital", "Orvane Partners"), ("partners_with", "Kestrel Capital", "Quill Infrastructure Fund")]),
    ],
)
def test_take_privates_of_described_companies_and_consortium_purchases(body, present, absent):
    _present_and_absent(body, present, absent)


def test_each_clause_with_its_own_subject_keeps_its_own_date():
    got = facts("Brenlow Equity took Orvane Technologies private for $2.6 billion in 2023, and Tessel Capital paid $594 million "
                "for Quill Systems in 2020.")
    assert got[(ACQ, "Brenlow Equity", "Orvane Technologies")].date == "2023", sorted(got)
    assert got[(ACQ, "Tessel Capital", "Quill Systems")].date == "2020", sorted(got)
    assert got[(ACQ, "Tessel Capital", "Quill Systems")].amount == 594_000_000, sorted(got)


def test_the_subjects_next_deal_after_and_keeps_its_own_date_and_a_possessed_description_names_the_partner():
    got = facts("Kestrel Underwriting raised GBP 9 million led by Orvane Ventures in February, with Quill Partners participating, "
                "and signed a data agreement with Lloyd's market consultancy Brenlow Partners in May.")
    assert got[(INV, "Orvane Ventures", "Kestrel Underwriting")].date == "2024-02", sorted(got)
    assert got[(PAR, "Kestrel Underwriting", "Brenlow Partners")].date == "2024-05", sorted(got)
    assert (INV, "Brenlow Partners", "Kestrel Underwriting") not in got, sorted(got)
    assert not [k for k in got if "Lloyd" in k[1] or "Lloyd" in k[2]], sorted(got)
    got = facts("Kestrel Capital, Orvane Partners and Quill Investments bought $700 million of Brenlow shares in a private placement "
                "in December 2024. Tessel Group bought $50 million of Marrow Labs stock in 2023.")
    for s in ("Kestrel Capital", "Orvane Partners", "Quill Investments"):
        assert got[(INV, s, "Brenlow")].amount is None, sorted(got)
        assert got[(INV, s, "Brenlow")].date == "2024-12", sorted(got)
    assert got[(INV, "Tessel Group", "Marrow Labs")].amount == 50_000_000, sorted(got)
    assert (ACQ, "Tessel Group", "Marrow Labs") not in got, sorted(got)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # gapping: the second investor keeps the verb and the object of the clause before, with its own amount
        ("Kestrel Capital invested $40 million in Orvane Labs in 2023, and Brenlow Group $10 million.",
         [(INV, "Kestrel Capital", "Orvane Labs"), (INV, "Brenlow Group", "Orvane Labs")], []),
        # the preposition repeated for each object, some described
        ("Tessel Ventures has invested in Orvane Labs, the Lisbon maker of the Vela chatbot, in Toronto-based Quill Systems, and in "
         "Marrow AI, the Oslo video start-up.",
         [(INV, "Tessel Ventures", "Orvane Labs"), (INV, "Tessel Ventures", "Quill Systems"), (INV, "Tessel Ventures", "Marrow AI")], []),
        # "whose shareholders include" after a description the reader took for the company itself
        ("Among them is Kestrel Quantum, the Sydney-based company founded by physicist Jane Doe, whose shareholders include "
         "Brenlow Bank and Orvane Telecom.",
         [(INV, "Brenlow Bank", "Kestrel Quantum"), (INV, "Orvane Telecom", "Kestrel Quantum")], []),
        # among the investors in a round the company raised
        ("Tessel Capital and Brenlow Group were also among the investors in the $1.3 billion round that Orvane AI, another chatbot "
         "company, raised in June.",
         [(INV, "Tessel Capital", "Orvane AI"), (INV, "Brenlow Group", "Orvane AI")], []),
    ],
)
def test_gapped_investors_repeated_prepositions_and_round_members(body, present, absent):
    _present_and_absent(body, present, absent)


def test_a_gapped_investor_has_its_own_amount():
    got = facts("Kestrel Capital invested $40 million in Orvane Labs in 2023, and Brenlow Group $10 million.")
    assert got[(INV, "Kestrel Capital", "Orvane Labs")].amount == 40_000_000, sorted(got)
    assert got[(INV, "Brenlow Group", "Orvane Labs")].amount == 10_000_000, sorted(got)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # "which it released": the maker the text is about, not the product the clause hangs on
        ("Kestrel Health raised $20 million in March. Kestrel Evidence, which it released in June, answers clinical questions.",
         [("develops", "Kestrel Health", "Kestrel Evidence")], []),
        # a pair's launch of what the two built together
        ("Orvane AI and Brenlow Systems on Thursday released Vela NeMo, a 12-billion-parameter model the two companies built together.",
         [("develops", "Orvane AI", "Vela NeMo"), ("develops", "Brenlow Systems", "Vela NeMo")], []),
        # a maker the gazetteer knows inside the owner's family (Annapurna Labs is Amazon Web Services')
        ("AWS's Trainium chips are designed by Annapurna Labs, the Israeli chip designer.", [("develops", "Annapurna Labs", "Trainium")], []),
    ],
)
def test_makers_in_relative_clauses_pairs_and_families(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize(
    "body, absent",
    [
        # a loan's lender named again by an apposition is still a lender
        ("Kestrel Labs also secured a €1.5 million participatory loan from Orvane, the state lender for young companies.",
         [(INV, "Orvane", "Kestrel Labs")]),
        # investing in what one owns
        ("Kestrel Labs signed a deal with Brenlow Consulting. Brenlow Consulting has invested in its AI capabilities for a decade.",
         [(INV, "Brenlow Consulting", "Kestrel Labs")]),
        # a maker's portfolio of brands is no portfolio of holdings
        ("The Orvane Beverage Company signed a deal with Kestrel Labs. Its portfolio includes Quillfizz, Tamsin Cola and Marrow Water.",
         [(INV, "Orvane Beverage Company", "Quillfizz"), (INV, "Orvane Beverage Company", "Tamsin Cola")]),
        # "the company" is never a state body the text named before it
        ("Kestrel Labs raised money in 2023. The US Treasury Department is reviewing the deal. Earlier backers include Orvane Capital, "
         "which put more than $10 million into the company in 2022.",
         [(INV, "Orvane Capital", "US Treasury Department")]),
    ],
)
def test_lenders_own_capabilities_brands_and_state_bodies_are_no_holdings(body, absent):
    _present_and_absent(body, [], absent)


def test_a_backers_portfolio_is_its_holdings():
    _present_and_absent("Tessel Ventures' portfolio includes Kestrel Labs and Orvane Systems.",
                        [(INV, "Tessel Ventures", "Kestrel Labs"), (INV, "Tessel Ventures", "Orvane Systems")], [])


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a new name its apposition calls a service, offering models
        ("Kestrel Compute rents GPUs. Kestrel Serve, an inference service, has offered Vela 3, from Paris-based Orvane AI, and "
         "Quill 2 since April.",
         [("available_on", "Vela 3", "Kestrel Serve"), ("available_on", "Quill 2", "Kestrel Serve")], []),
        # "made it available the same day in ..."
        ("Orvane AI released Vela 3 on Tuesday and made it available the same day in Vertex AI.",
         [("available_on", "Vela 3", "Vertex AI")], []),
        # further places, each after its own "from"
        ("Orvane AI released Vela 3. Vela 3 can be downloaded from Hugging Face, from Alibaba's own ModelScope community and from Kaggle.",
         [("available_on", "Vela 3", "Hugging Face"), ("available_on", "Vela 3", "ModelScope"), ("available_on", "Vela 3", "Kaggle")], []),
    ],
)
def test_new_services_same_day_availability_and_places_each_with_a_preposition(body, present, absent):
    _present_and_absent(body, present, absent)


def test_a_part_of_a_company_bought_is_not_the_company():
    got = facts("Qualcomm's purchase of Orvane AI's generative AI unit told the world that Vietnamese teams are worth buying. "
                "Kestrel Group agreed to buy Brenlow Systems' NAND business for $9 billion.")
    assert (ACQ, "Qualcomm", "Orvane AI") not in got, sorted(got)
    assert (ACQ, "Kestrel Group", "Brenlow Systems") not in got, sorted(got)


@pytest.mark.parametrize(
    "body, absent",
    [
        # the paper of a sale or a loan is no alliance
        ("In a filing, Quillon Analytics said it had signed a binding share sale agreement on Tuesday with Tamsin Minerals.",
         ("partners_with", "Quillon Analytics", "Tamsin Minerals")),
        ("Kestrel Labs signed a share purchase agreement with Orvane Systems to buy its unit.", ("partners_with", "Kestrel Labs", "Orvane Systems")),
        # a regulator's licence is no partnership
        ("Kestrel Fission has yet to win a construction licence from the Nuclear Regulatory Commission, which rejected its first "
         "application in 2022.", ("partners_with", "Kestrel Fission", "Nuclear Regulatory Commission")),
    ],
)
def test_transaction_papers_and_regulators_licences_are_no_alliances(body, absent):
    _present_and_absent(body, [], [absent])


def test_a_power_purchase_agreement_is_an_alliance():
    _present_and_absent("Kestrel Compute signed a power purchase agreement with Orvane Energy for 200 megawatts.",
                        [("partners_with", "Kestrel Compute", "Orvane Energy")], [])


@pytest.mark.parametrize(
    "body, present",
    [
        ("Tessel Capital, which led the round, was also an investor in Kestrel Labs and Orvane Systems.",
         [(INV, "Tessel Capital", "Kestrel Labs"), (INV, "Tessel Capital", "Orvane Systems")]),
        # a share of a company sold, with the seller's description of it in between
        ("Brenlow Telecom agreed on Monday to sell 50% of Quill Data, its data-centre operator, to Tessel Capital Partners.",
         [(INV, "Tessel Capital Partners", "Quill Data")]),
    ],
)
def test_backers_of_lists_and_shares_sold_past_a_description(body, present):
    _present_and_absent(body, present, [])


def test_a_round_of_an_amount_in_a_company():
    got = facts("In February Kestrel Capital led a round of about $1 billion in Orvane Labs, the maker of the Vela chatbot.")
    assert got[(INV, "Kestrel Capital", "Orvane Labs")].amount == 1_000_000_000, sorted(got)


def test_a_companys_unnamed_investors_are_no_holding_of_it():
    got = facts("Kestrel Labs was founded in 2023. Its founder had been a researcher at Orvane Systems. Kestrel's investors backed it early.")
    assert not [k for k in got if k[0] == INV and k[1] == "Kestrel Labs"], sorted(got)


def test_a_passive_purchase_past_an_apposition_with_a_city_and_its_state():
    got = facts("Kestrel Audio, the Stamford, Connecticut-based maker of car systems and Vela speakers, was bought by South Korea's "
                "Orvane Electronics in 2017 for $8 billion.")
    assert (ACQ, "Orvane Electronics", "Kestrel Audio") in got, sorted(got)
    assert not [k for k in got if k[0] == ACQ and k[2] != "Kestrel Audio"], sorted(got)


@pytest.mark.parametrize(
    "body, present",
    [
        # a list of described parties opening the sentence, and their alliance
        ("The Pittsburgh-based Kestrel Trucks, chipmaker Orvane and German auto supplier Quill Parts announced a long-term strategic "
         "partnership on Monday.",
         [("partners_with", "Kestrel Trucks", "Orvane"), ("partners_with", "Kestrel Trucks", "Quill Parts"), ("partners_with", "Orvane", "Quill Parts")]),
        ("Kestrel Labs and Orvane said on Wednesday they had partnered to run Vela Small on phones.", [("partners_with", "Kestrel Labs", "Orvane")]),
        # an alliance signed with the company just backed, no other party named
        ("Last November, Tessel Health, the San Diego-based maker of monitors, invested $75 million in Orvane Rings and signed a "
         "partnership under which readings flow into the Orvane app.", [(INV, "Tessel Health", "Orvane Rings"), ("partners_with", "Tessel Health", "Orvane Rings")]),
        # a member of a company's partner programme
        ("Tamsin Fleet has been part of Orvane's cloud partner programme since February.", [("partners_with", "Tamsin Fleet", "Orvane")]),
    ],
)
def test_described_lists_bare_alliances_after_a_deal_and_programme_members(body, present):
    _present_and_absent(body, present, [])


def test_a_list_that_plans_an_alliance_forms_none():
    _present_and_absent("Kestrel Labs and Orvane said they would form a partnership next year.", [], [("partners_with", "Kestrel Labs", "Orvane")])


@pytest.mark.parametrize(
    "body, present, absent",
    [
        ("Orvane Data, a Singapore company that runs a music platform, has added AI features including SongQuill, which generates ideas.",
         [("develops", "Orvane Data", "SongQuill")], []),
        ("OpenQuill is growing. In recent months the company has added DeepQuill, a research agent.", [("develops", "OpenQuill", "DeepQuill")], []),
        # added to a place: the place's shelf, not the adder's own product
        ("Orvane Cloud added Vela 3 to Amazon Bedrock.", [], [("develops", "Orvane Cloud", "Vela 3")]),
    ],
)
def test_products_a_company_added_to_its_own_line(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # "them" after a plural noun of its own clause is that noun's, not an earlier list's
        ("Kestrel Motors sells cars under brands including Quillo, Tamsa and Vorno. Orvane AI is a Paris model maker. The company "
         "develops open-weight and commercial models and makes them available to enterprises.", [],
         [("develops", "Orvane AI", "Quillo"), ("develops", "Orvane AI", "Tamsa")]),
        # a relative clause on a host ends before its head's own (negated) verb
        ("Orvane Cloud, which hosts Kestrel's models through the Orvane Model Service, does not offer Vela 3.", [],
         [("available_on", "Vela 3", "Orvane Cloud")]),
        # "on the service": the service named before, not the company that offers it
        ("Amazon Bedrock launched in 2023. AWS also offers Vela 3 and its own Titan models on the service.", [],
         [("available_on", "Vela 3", "Amazon Web Services")]),
    ],
)
def test_them_after_a_plural_noun_relative_clauses_on_hosts_and_the_service(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a participle apposition between the company and its "raised"
        ("Kestrel Code, founded by former Orvane engineer Jane Doe and Eiso Marrow, raised $500 million led by Tessel Ventures, with "
         "Quill Capital among the participants.",
         [(INV, "Tessel Ventures", "Kestrel Code"), (INV, "Quill Capital", "Kestrel Code")], []),
        ("Kestrel Cloud, spun out of Orvane Energy, raised its Series A this month in a round led by Tessel Capital Partners.",
         [(INV, "Tessel Capital Partners", "Kestrel Cloud")], [(INV, "Tessel Capital Partners", "Orvane Energy")]),
        # a company's seed, named as its owner, and the investors it "came from"
        ("Orvane Translate raised $300 million in May. Kestrel Agents' record seed came from investors including Tessel Ventures and "
         "Quill Capital.",
         [(INV, "Tessel Ventures", "Kestrel Agents"), (INV, "Quill Capital", "Kestrel Agents")],
         [(INV, "Tessel Ventures", "Orvane Translate")]),
    ],
)
def test_rounds_past_participle_appositions_and_a_seed_named_by_its_owner(body, present, absent):
    _present_and_absent(body, present, absent)


def test_rounds_for_a_list_are_the_subjects_holdings():
    got = facts("Kestrel Chips is a big chipmaker. The chipmaker has taken part in funding rounds for Orvane AI, Quill Labs and Tamsin Systems.")
    for o in ("Orvane AI", "Quill Labs", "Tamsin Systems"):
        assert (INV, "Kestrel Chips", o) in got, sorted(got)
        assert (INV, o, "Kestrel Chips") not in got, sorted(got)


def test_a_backers_list_leading_the_latters_round():
    got = facts("Orvane Ventures has backed Kestrel Labs, Quill AI and Tamsin Data, leading the latter's $235 million Series D in 2023.")
    assert got[(INV, "Orvane Ventures", "Tamsin Data")].amount == 235_000_000, sorted(got)
    assert got[(INV, "Orvane Ventures", "Kestrel Labs")].amount is None, sorted(got)
    assert (INV, "Kestrel Labs", "Tamsin Data") not in got and (INV, "Quill AI", "Tamsin Data") not in got, sorted(got)


def test_a_name_set_aside_without_a_comma_is_not_the_pronouns():
    got = facts("Kestrel Games Group bought Orvane Mobile for $4.9 billion in 2023. Besides Orvane Mobile it paid a combined $1.5 billion "
                "in 2022 for esports companies Quill Gaming and Tamsin Play.")
    assert (ACQ, "Kestrel Games Group", "Quill Gaming") in got, sorted(got)
    assert (ACQ, "Orvane Mobile", "Quill Gaming") not in got, sorted(got)


def test_a_spun_out_company_raising_money_is_the_rounds_company_not_its_parent():
    got = facts("Niantic makes games. Niantic was spun out of Google in 2015 and raised its first outside money that year from Google, "
                "Nintendo and Tessel Capital. Brenlow Ventures led a $245 million round in 2019.")
    for s in ("Nintendo", "Tessel Capital", "Brenlow Ventures"):
        assert (INV, s, "Niantic") in got and (INV, s, "Google") not in got, sorted(got)


def test_a_bulleted_list_of_platforms_under_a_models_heading():
    got = article_facts("Where to run the new models\nBy the Test Desk\nMarch 3, 2025\n\nOrvane AI released two models this quarter.\n\n"
                        "Vela 3\n\nOrvane's first reasoning model, released on February 24, can think at length. It is available:\n\n"
                        "- in the Orvane apps and the Anthropic API;\n- on Amazon Bedrock, from launch day;\n- on Google Cloud's Vertex AI, from launch day;\n"
                        "- Microsoft added it to Azure AI Foundry on March 1.\n\nQuill 2\n\nKestrel's model is still experimental.\n\n"
                        "- Hugging Face\n- Kaggle (weights only)\n")
    for place in ("Amazon Bedrock", "Vertex AI"):
        assert ("available_on", "Vela 3", place) in got, sorted(got)
    for place in ("Hugging Face", "Kaggle"):
        assert ("available_on", "Quill 2", place) in got and ("available_on", "Vela 3", place) not in got, sorted(got)


def test_a_deal_lists_item_heading_names_the_round_below_it():
    got = article_facts("The Cap Table: May's AI money\nBy the Test Desk\n31 May 2024\n\nTHE BIG ONES\n\n"
                        "• Orvane Compute, $6bn Series B. Its chief said on Sunday it had raised $6 billion. The backers it named were "
                        "Tessel Capital and Quill Ventures.\n\n"
                        "• Kestrel Cloud, $1.1bn of equity. Brenlow Partners led the GPU cloud's $1.1 billion Series C, with Marrow Capital "
                        "participating.\n")
    for s in ("Tessel Capital", "Quill Ventures"):
        assert (INV, s, "Orvane Compute") in got, sorted(got)
    for s in ("Brenlow Partners", "Marrow Capital"):
        assert (INV, s, "Kestrel Cloud") in got and (INV, s, "Orvane Compute") not in got, sorted(got)


def test_a_company_named_by_its_role_towards_a_possessor():
    got = facts("For Tessel Group, which has put $8 billion into Kestrel AI's rival Orvane Labs, it is a useful hedge.")
    assert (INV, "Tessel Group", "Orvane Labs") in got and (INV, "Tessel Group", "Kestrel AI") not in got, sorted(got)


def test_a_second_purchase_with_its_own_price_and_date_and_a_take_private_by_noun():
    got = facts("Tessel Shop bought Kestrel Labs, the maker of the Quillo tool, for $375 million in 2014, and Orvane Video, known for "
                "scanning, for about $547 million in 2017. And in October the private equity firm Brenlow Bravo completed its $5.3 billion "
                "take-private of Marrow Security, the Cambridge company.")
    assert got[(ACQ, "Tessel Shop", "Orvane Video")].amount == 547_000_000, sorted(got)
    assert got[(ACQ, "Tessel Shop", "Orvane Video")].date == "2017", sorted(got)
    assert (ACQ, "Brenlow Bravo", "Marrow Security") in got, sorted(got)


def test_earlier_deals_include_a_described_list():
    got = facts("Kestrel Labs is a design firm. Earlier deals include Quillo Systems, the Vienna-based maker of a background tool, "
                "in 2021, and Tamsin Charts, a London start-up, in 2022.")
    assert got[(ACQ, "Kestrel Labs", "Quillo Systems")].date == "2021", sorted(got)
    assert got[(ACQ, "Kestrel Labs", "Tamsin Charts")].date == "2022", sorted(got)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        ("Orvane Chips is growing. This month it added Brium Labs, a small compiler start-up focused on software.",
         [(ACQ, "Orvane Chips", "Brium Labs")], []),
        ("Orvane Ventures added Brium Labs, a small compiler start-up, to its accelerator programme.", [], [(ACQ, "Orvane Ventures", "Brium Labs")]),
    ],
)
def test_a_company_added_is_a_company_taken_in(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        ("Tessel Group paid $1.5 billion for 80% of Orvane Irrigation in 2018; the founders retain the remaining 20%.",
         [(ACQ, "Tessel Group", "Orvane Irrigation")], [(INV, "Tessel Group", "Orvane Irrigation")]),
        ("In 2020 Kestrel Group paid HK$28.8 billion for a 72 per cent stake in the hypermarket operator Orvane Retail.",
         [(ACQ, "Kestrel Group", "Orvane Retail")], []),
        # a majority held is an investment with a majority stake
        ("Tessel Group owns 75% of Scalewise Labs.", [(INV, "Tessel Group", "Scalewise Labs")], [(ACQ, "Tessel Group", "Scalewise Labs")]),
    ],
)
def test_a_majority_bought_in_per_cent_is_an_acquisition(body, present, absent):
    _present_and_absent(body, present, absent)


def test_as_did_a_list_and_no_possessor_of_a_participant():
    got = facts("Kestrel Labs raised $70 million in a round led by Orvane Ventures. M12, Tessel Group's venture fund, took part, as did "
                "Sinewave Ventures, Quill Ventures and Archerman Capital.")
    for s in ("M12", "Sinewave Ventures", "Quill Ventures", "Archerman Capital"):
        assert (INV, s, "Kestrel Labs") in got, sorted(got)
    assert (INV, "Tessel Group", "Kestrel Labs") not in got, sorted(got)


@pytest.mark.parametrize(
    "body, present",
    [
        # a date between the agreement and its partner
        ("The deal builds on a partnership Kestrel Labs signed in September with Orvane Digital to build a data centre.",
         [(PAR, "Kestrel Labs", "Orvane Digital")]),
        ("Kestrel Labs also has a reseller agreement, signed in June, with Orvane Digital, a Tampere IT consultancy.",
         [(PAR, "Kestrel Labs", "Orvane Digital")]),
        # a second platform with its own date
        ("Kestrel Shield has been available on AWS Marketplace since 2024 and on Google Cloud Marketplace since March.",
         [(AVL, "Kestrel Shield", "AWS Marketplace"), (AVL, "Kestrel Shield", "Google Cloud Marketplace")]),
    ],
)
def test_a_date_between_the_deal_and_its_party(body, present):
    _present_and_absent(body, present, [])


@pytest.mark.parametrize(
    "body, present, absent",
    [
        ("Kestrel AI, a Chicago start-up, raised $16 million in a Series A led by Orvane Ventures. Tessel Capital took part, as did "
         "Brenlow Partners. Its Kestrel Intake product has been available on Guidewire Marketplace since June.",
         [(DEV, "Kestrel AI", "Kestrel Intake")], [(DEV, "Tessel Capital", "Kestrel Intake")]),
        ("Mexico City's Ocelo AI closed a US$22 million Series A in July. Orvane Investors led, with Tessel Capital participating. "
         "Its Ocelo Score API has been sold through Google Cloud Marketplace since May.",
         [(DEV, "Ocelo AI", "Ocelo Score API")], [(DEV, "Orvane Investors", "Ocelo Score API")]),
    ],
)
def test_an_investor_who_only_joins_the_round_leaves_the_text_on_the_company(body, present, absent):
    _present_and_absent(body, present, absent)


def test_an_investor_described_by_the_round_it_led_before_invests_again():
    got = facts("Kestrel AI said the Series A was led by Orvane Capital, with Tessel Ventures taking part. Brenlow Labs, the Calgary "
                "venture firm that led Kestrel's seed round in 2023, also invested again.")
    assert (INV, "Brenlow Labs", "Kestrel AI") in got, sorted(got)


def test_a_storefront_named_after_its_owner_is_not_said_to_be_made_by_it():
    got = facts("Kestrel Inspect has been available on Google Cloud Marketplace since January. Kestrel AI signed a partnership "
                "with Google Cloud last autumn.")
    assert (AVL, "Kestrel Inspect", "Google Cloud Marketplace") in got, sorted(got)
    assert (DEV, "Google Cloud", "Google Cloud Marketplace") not in got, sorted(got)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a holding of all of a company is an investment with a majority stake, as the conventions say
        ("Kestrel Investments, wholly owned by the Orvane Fund, said it had committed to four new venture funds.",
         [(INV, "Orvane Fund", "Kestrel Investments")], [(ACQ, "Orvane Fund", "Kestrel Investments")]),
        ("Kestrel Data Centres is wholly owned by Orvane Technologies.",
         [(INV, "Orvane Technologies", "Kestrel Data Centres")], [(ACQ, "Orvane Technologies", "Kestrel Data Centres")]),
        # a majority held since the holder bought control is the purchase
        ("Kestrel Payroll has been majority owned by London-based investor Orvane Capital since Orvane Capital bought a controlling "
         "stake in 2021.", [(ACQ, "Orvane Capital", "Kestrel Payroll")], [(INV, "Orvane Capital", "Kestrel Payroll")]),
        ("Kestrel Data has been majority owned by Orvane Realty since the U.S. data-centre group bought control of it in 2022.",
         [(ACQ, "Orvane Realty", "Kestrel Data")], [(INV, "Orvane Realty", "Kestrel Data")]),
    ],
)
def test_wholly_owned_is_a_holding_and_a_majority_since_a_control_purchase_is_the_purchase(body, present, absent):
    _present_and_absent(body, present, absent)
    if present[0][0] == INV:
        assert facts(body)[present[0]].stake == "majority"


def test_a_product_named_after_its_maker_without_the_makers_last_word_is_no_partner():
    got = facts("Kestrel AI raised EUR 9 million from Orvane Ventures. Kestrel Triage sorts claims by urgency. We also signed a "
                "partnership with Google Cloud last autumn.")
    assert (DEV, "Kestrel AI", "Kestrel Triage") in got, sorted(got)  # "Kestrel AI" makes "Kestrel Triage"
    assert not [k for k in got if k[0] == PAR and "Kestrel Triage" in k], sorted(got)  # a product signs nothing


@pytest.mark.parametrize(
    "body, company, country",
    [
        ("Kestrel, a non-profit research lab in Paris, launched on Friday with money from Orvane.", "Kestrel", "France"),
        ("Anna Roe is chief executive of Kestrel AI, a 28-person Oulu start-up whose model runs on phones.", "Kestrel AI", "Finland"),
        ("In 2023 Orvane Group set up Kestrel AI in Tokyo with a former researcher.", "Kestrel AI", "Japan"),
        # 0.38.0: a demonym before "partner", a town and its country after any name, a fronted participle with an aside,
        # a town and its state before a company noun, a drugmaker
        ("Orvane is building the data centre with Kenyan partner Ecovane Cloud.", "Ecovane Cloud", "Kenya"),
        ("Kestrel Optik in Oberkochen, Germany, makes mirrors for Vela Systems in Veldhoven, Netherlands.", "Kestrel Optik", "Germany"),
        ("Kestrel Optik in Oberkochen, Germany, makes mirrors for Vela Systems in Veldhoven, Netherlands.", "Vela Systems", "Netherlands"),
        ("Headquartered in Paris, France, with teams in the United States and Singapore, Vestra AI develops frontier models.", "Vestra AI", "France"),
        ("Orvane Systems grew out of Quillon Innovation, the North Billerica, Massachusetts, developer of the Alphabot.", "Quillon Innovation", "United States"),
        ("Its Series C was co-led by Orvane Health Fund, the venture arm of the US drugmaker Kestrel Pharma.", "Kestrel Pharma", "United States"),
    ],
)
def test_where_a_company_is_said_to_be_in_or_set_up(body, company, country):
    got = facts(body)
    assert ("based_in", company, country) in got, sorted(got)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # founders named after a passive "set up"/"formed" invest in what they set up (the conventions' participle reading)
        ("In the Philippines, Kestrel Philippines was formed in 2022 by Orvane Data Centres, Tessel Telecom and Brenlow Corporation.",
         [(INV, "Orvane Data Centres", "Kestrel Philippines"), (INV, "Brenlow Corporation", "Kestrel Philippines")], []),
        # people are no founders that invest
        ("Kestrel Labs was set up in 2022 by Agnieszka Kowalczyk and Michal Duda, two former researchers.", [],
         [(INV, "Agnieszka Kowalczyk", "Kestrel Labs")]),
        ("Tessel Group has acquired Kestrel Semantics, a UK start-up founded in 2017 by three Orvane University computer scientists.",
         [(ACQ, "Tessel Group", "Kestrel Semantics")], [(INV, "Orvane University", "Kestrel Semantics")]),
    ],
)
def test_companies_that_set_a_company_up_in_the_passive_invest_in_it_and_people_do_not(body, present, absent):
    _present_and_absent(body, present, absent)


def test_a_new_name_a_description_before_it_calls_a_service_hosts_what_it_offers():
    got = facts("Kestrel Compute rents out GPUs. That service, Kestrel Inference, has offered Orvane's Fjord 3 70B and Tessel's Brisk 2 "
                "since its launch in September.")
    assert (AVL, "Fjord 3 70B", "Kestrel Inference") in got, sorted(got)
    assert (AVL, "Brisk 2", "Kestrel Inference") in got, sorted(got)


def test_a_product_revealed_is_the_revealers():
    got = facts("On Thursday, Kestrel Web Services revealed Ocelot, a prototype chip that uses cat qubits.")
    assert (DEV, "Kestrel Web Services", "Ocelot") in got, sorted(got)


def test_a_purchase_in_a_gerund_after_the_main_clause_is_its_subjects():
    got = facts("Kestrel has also been buying: last year it acquired Orvane Lab, a Spanish start-up, after buying the automation "
                "company Tessel Systems in 2020.")
    assert (ACQ, "Kestrel", "Orvane Lab") in got, sorted(got)
    assert (ACQ, "Kestrel", "Tessel Systems") in got and got[(ACQ, "Kestrel", "Tessel Systems")].date == "2020", sorted(got)


@pytest.mark.parametrize(
    "body, key",
    [
        ("Rao, who sold his previous company, Kestrel Systems, to Orvane in 2016, told this newsletter the decision came down to data.",
         (ACQ, "Orvane", "Kestrel Systems")),
        ("Jacob Jackson previously built Kestrel Nine, one of the first AI code-completion tools, which he sold to Orvane Labs in 2019.",
         (ACQ, "Orvane Labs", "Kestrel Nine")),
    ],
)
def test_a_company_a_founder_sold(body, key):
    got = facts(body)
    assert key in got, sorted(got)


@pytest.mark.parametrize(
    "body, present",
    [
        ("Kestrel is a partner of both Orvane and Tessel Labs, relationships Brenlow said it would keep.",
         [(PAR, "Kestrel", "Orvane"), (PAR, "Kestrel", "Tessel Labs")]),
        ("Kestrel Air's assistant is being rebuilt on Orvane's models under a partnership the two companies announced last November.",
         [(PAR, "Kestrel Air", "Orvane")]),
    ],
)
def test_a_partner_of_both_and_a_partnership_the_two_companies_announced(body, present):
    _present_and_absent(body, present, [])


@pytest.mark.parametrize(
    "body",
    [
        "People familiar with the matter said Kestrel had discussed taking a stake in Orvane as part of the talks.",
        "Kestrel has discussed buying Orvane Labs, two people said.",
    ],
)
def test_a_deal_discussed_is_no_deal(body):
    got = facts(body)
    assert not [k for k in got if k[0] in (INV, ACQ)], sorted(got)


def test_we_in_an_interviews_answers_is_the_company_the_interview_is_with():
    text = ("Q&A: Kestrel Analytics' finance chief on the float and what comes next\nBy A Writer\n10 Oct 2025\n\n"
            "Kestrel Analytics, a Sydney-based maker of forecasting software, listed on Wednesday. We asked its finance chief, "
            "Priya Natarajan, how the float came together.\n\n"
            "What have you bought?\n\n"
            "In 2023 we bought Orvane Insights, an Auckland-based forecasting company, for NZ$18 million.\n\n"
            "Who are your partners?\n\n"
            "We have had a data-sharing agreement with Tessel Retail Group since 2024.\n")
    got = article_facts(text)
    assert (ACQ, "Kestrel Analytics", "Orvane Insights") in got, sorted(got)
    assert (PAR, "Kestrel Analytics", "Tessel Retail Group") in got or (PAR, "Tessel Retail Group", "Kestrel Analytics") in got, sorted(got)
    # the person who opens an interview is not its company
    text = ("Brenlow's chief on life in a continuation fund\nBy A Writer\nWednesday 9 July 2025\n\n"
            "Martina Egli has run Brenlow Software for six years.\n\nWhy a continuation fund?\n\n"
            "\"We bought Quillet Data, a Stuttgart-based claims company, in 2023.\"\n\nWhat next?\n\n\"More of the same.\"\n")
    got = article_facts(text)
    assert (ACQ, "Brenlow Software", "Quillet Data") in got, sorted(got)
    assert not [k for k in got if "Egli" in k[1]], sorted(got)


@pytest.mark.parametrize("body", [
    "Kestrel AI makes Kestrel Capture. In 2024 Kestrel AI signed a distribution agreement with Orvane Bank, the Stockholm-based "
    "lender, which now offers Kestrel Capture to its business customers.",
    "Kestrel AI makes Kestrel Capture. In 2024 Kestrel AI signed a reseller agreement with Orvane Bank, which offers Kestrel Capture "
    "to its customers.",
    "Kestrel AI makes Kestrel Capture. In November Kestrel AI signed a distribution agreement with Orvane Group, the Lithuanian "
    "agricultural group, whose dealers now sell Kestrel Capture across the Baltic states.",
])
def test_a_distributor_that_sells_a_product_is_its_partner_not_its_maker(body):
    got = facts(body)
    assert ("develops", "Kestrel AI", "Kestrel Capture") in got, sorted(got)
    assert not [k for k in got if k[0] == "develops" and k[1].startswith("Orvane")], sorted(got)
    assert not [k for k in got if k[0] == "partners_with" and "Kestrel Capture" in k], sorted(got)


def test_a_round_led_by_a_described_fund_keeps_the_company_in_focus_and_a_small_letter_name_opens_a_sentence():
    text = ("Kestrel AI closes Series A\nBy A Writer\nJune 14, 2024\n\n"
            "- Kestrel AI, a Warsaw start-up that transcribes meetings, closed a PLN 36 million Series A on Tuesday.\n"
            "- The round was led by Warsaw-based Orvane Ventures, with Tessel Capital and Quill Partners joining. bMarrow, which led "
            "the company's PLN 5 million seed round in 2022, put in more money.\n"
            "- Kestrel Notes, its main product, runs on a version of OpenAI's Whisper.\n")
    got = article_facts(text)
    for investor in ("Orvane Ventures", "Tessel Capital", "Quill Partners", "bMarrow"):
        assert (INV, investor, "Kestrel AI") in got, sorted(got)
    assert ("develops", "Kestrel AI", "Kestrel Notes") in got, sorted(got)
    assert not [k for k in got if k[0] == INV and k[2] != "Kestrel AI"], sorted(got)


@pytest.mark.parametrize("body", [
    "Orvane Data, which Kestrel Partners and Tessel Capital took private in 2021 for $5.3 billion, bought Quill Labs this week.",
    "Orvane Data was taken private by a group led by Kestrel Partners and Tessel Capital in 2021 for $5.3 billion.",
])
def test_each_of_two_buyers_named_together_buys_and_the_price_is_the_first_named(body):
    got = facts(body)
    assert got[(ACQ, "Kestrel Partners", "Orvane Data")].amount == 5_300_000_000, sorted(got)
    assert got[(ACQ, "Tessel Capital", "Orvane Data")].amount is None, sorted(got)


def test_a_second_price_and_company_after_a_paid_for_purchase_is_a_second_purchase():
    got = facts("Kestrel Design paid $875 million for Orvane Plans and $275 million for Tessel Bids in 2018.")
    assert got[(ACQ, "Kestrel Design", "Orvane Plans")].amount == 875_000_000, sorted(got)
    assert got[(ACQ, "Kestrel Design", "Tessel Bids")].amount == 275_000_000, sorted(got)
    assert got[(ACQ, "Kestrel Design", "Tessel Bids")].date == "2018", sorted(got)


def test_a_sum_one_company_put_into_another_and_a_lab_launched_with_money_from_backers():
    got = facts("Kestrel Soft's roughly $13 billion in Orvane AI came partly in the form of cloud credits.")
    assert got[(INV, "Kestrel Soft", "Orvane AI")].amount == 13_000_000_000, sorted(got)
    got = facts("Quill Lab, a non-profit research lab in Paris, launched on Friday with close to €300 million from Kestrel Group, "
                "Orvane Shipping and Tessel Sciences.")
    for backer in ("Kestrel Group", "Orvane Shipping", "Tessel Sciences"):
        assert (INV, backer, "Quill Lab") in got, sorted(got)


@pytest.mark.parametrize("body, country", [
    ("Kestrel AI is a Ghent, Belgium-based company founded in 2021.", "Belgium"),
    ("The global leader, the Netherlands' Kestrel Industries, gained a powerful backer.", "Netherlands"),
])
def test_a_city_and_country_before_based_and_a_countrys_plain_apostrophe_place_a_company(body, country):
    got = facts(body)
    name = "Kestrel AI" if "Kestrel AI" in body else "Kestrel Industries"
    assert ("based_in", name, country) in got, sorted(got)


def test_a_products_first_word_that_the_text_makes_a_company_stays_the_company():
    got = facts("Quill Concierge has been listed since January on the Kestrel Marketplace, the app store run by Kestrel, the "
                "Amsterdam-based hospitality software company. Kestrel has itself become one of Europe's better-funded software "
                "companies: it raised $110m in a round led by Orvane Capital in 2024.")
    assert (INV, "Orvane Capital", "Kestrel") in got, sorted(got)
    assert ("based_in", "Kestrel", "Netherlands") in got, sorted(got)


def test_a_participle_working_with_and_an_agreement_the_clause_says_who_signed():
    got = facts("Tessel Trucks, Kestrel Motor's truck arm, has taken a looser approach, working with Orvane Drive, whose software "
                "is being fitted to its trucks.")
    assert (PAR, "Tessel Trucks", "Orvane Drive") in got or (PAR, "Orvane Drive", "Tessel Trucks") in got, sorted(got)
    assert not [k for k in got if k[0] == PAR and "Kestrel Motor" in k], sorted(got)
    got = facts("Kestrel Air makes Kestrel Pricer. Kestrel Pricer uses Orvane's models under the partnership Kestrel Air signed "
                "with Tessel Cloud last year.")
    assert (PAR, "Kestrel Air", "Tessel Cloud") in got or (PAR, "Tessel Cloud", "Kestrel Air") in got, sorted(got)
    assert not [k for k in got if k[0] == PAR and "Kestrel Pricer" in k], sorted(got)


@pytest.mark.parametrize("backer_sentence", [
    "Orvane Fonden joined the round, as did Helsinki's Tessel Partners.",
    "Orvane Fonden led the round, with Tessel Partners joining.",
])
def test_a_backer_that_joined_or_led_the_round_leaves_the_company_in_focus(backer_sentence):
    got = facts("- Kestrel AI, a Stockholm start-up, raised SEK 180 million in a Series A round in February. "
                + backer_sentence + "\n- The company's product, Kestrel Assist, has been listed on Microsoft's Azure Marketplace since December.")
    assert ("develops", "Kestrel AI", "Kestrel Assist") in got, sorted(got)
    assert not [k for k in got if k[0] == "develops" and k[1] not in ("Kestrel AI", "Microsoft")], sorted(got)


@pytest.mark.parametrize("body, present, absent", [
    # a three-way alliance after an opening phrase; a partnership "on top of" a deal; a second backer with its own amount
    ("At the same show, Pittsburgh-based Tessel Trucks, German supplier Kestrel Parts and Orvane Chips announced a three-way partnership.",
     [(PAR, "Tessel Trucks", "Kestrel Parts"), (PAR, "Kestrel Parts", "Orvane Chips"), (PAR, "Tessel Trucks", "Orvane Chips")], []),
    ("Orvane Motors put $100 million into Guangzhou-based Tessel Drive in May, on top of a partnership the two signed in September last year.",
     [(INV, "Orvane Motors", "Tessel Drive"), (PAR, "Orvane Motors", "Tessel Drive")], []),
    ("Tessel Labs has received $8 billion from Kestrel Cloud and about $3 billion from Orvane Search.",
     [(INV, "Kestrel Cloud", "Tessel Labs"), (INV, "Orvane Search", "Tessel Labs")], []),
    ("Among the deals are Kestrel Cloud's and Orvane Search's investments in Tessel Labs.",
     [(INV, "Kestrel Cloud", "Tessel Labs"), (INV, "Orvane Search", "Tessel Labs")], []),
    # a seed round without "round"; a backer after a date; a backer inside a description naming another company
    ("- Tessel Bio: $142m seed led by Kestrel Capital, with Orvane Ventures participating.",
     [(INV, "Kestrel Capital", "Tessel Bio"), (INV, "Orvane Ventures", "Tessel Bio")], []),
    ("Tessel Data Centers, set up by Kestrel Holding and backed since 2021 by Orvane Asset Management, bought two sites.",
     [(INV, "Orvane Asset Management", "Tessel Data Centers")], []),
    ("Tessel Pipe, a Kestrel Accelerator graduate backed by Orvane Ventures, makes training tools.",
     [(INV, "Orvane Ventures", "Tessel Pipe")], []),
    ("Tessel Invest, the Abu Dhabi technology investor that Kestrel Fund and Orvane Group set up last year, said it would help.",
     [(INV, "Kestrel Fund", "Tessel Invest"), (INV, "Orvane Group", "Tessel Invest")], []),
    ("Kestrel Labs raised money. Tessel Imaging was rescued in June by a group of investors including Orvane Capital and Parsel Ventures.",
     [(INV, "Orvane Capital", "Tessel Imaging"), (INV, "Parsel Ventures", "Tessel Imaging")], [(INV, "Orvane Capital", "Kestrel Labs")]),
    # a role opening the sentence; buyers in a list with descriptions; control bought and a stake kept
    ("Its closest rival, New York-based Kestrel Ad Science, paid $220 million in 2021 for Tessel Media, a TV ad platform.",
     [(ACQ, "Kestrel Ad Science", "Tessel Media")], []),
    ("Swedish investment firm Kestrel Equity and Canada's Orvane Pension bought control of Tessel Claims from Parsel Capital in 2019, "
     "and Parsel Capital kept a minority stake.",
     [(ACQ, "Kestrel Equity", "Tessel Claims"), (ACQ, "Orvane Pension", "Tessel Claims"), (INV, "Parsel Capital", "Tessel Claims")], []),
    ("Kestrel Equity bought a majority of Tessel Claims in 2021.", [(ACQ, "Kestrel Equity", "Tessel Claims")], []),
    ("Kestrel Partners and Orvane Capital completed their $8.9 billion take-private of Tessel Billing in November.",
     [(ACQ, "Kestrel Partners", "Tessel Billing"), (ACQ, "Orvane Capital", "Tessel Billing")], []),
    # partners: a date between verb and article; a dateline before a described pair; "an X cloud partner"
    ("Kestrel Chips and Tessel AI announced on Monday a multi-year agreement under which Tessel AI will deploy its processors.",
     [(PAR, "Kestrel Chips", "Tessel AI")], []),
    ("ABU DHABI/PARIS, Feb 10 - Abu Dhabi artificial intelligence group Kestrel Group and French start-up Tessel AI have signed "
     "a strategic partnership, the two companies said on Monday.", [(PAR, "Kestrel Group", "Tessel AI")], []),
    ("Tessel Data, which became an Nvidia cloud partner in 2023, runs a GPU rental service.", [(PAR, "Tessel Data", "Nvidia")], []),
    # products: a long apposition's maker; makers named together; co-workers' chips are not co-developers
    ("Kestrel Medical offers software to users of Tessel Scope, the intelligent endoscopy module developed by Dublin-based Orvane Pharma.",
     [(DEV, "Orvane Pharma", "Tessel Scope")], [(DEV, "Kestrel Medical", "Tessel Scope")]),
    ("Checkout runs on the Tessel Protocol, the open standard developed by Kestrel AI and Orvane Payments for purchases.",
     [(DEV, "Kestrel AI", "Tessel Protocol"), (DEV, "Orvane Payments", "Tessel Protocol")], []),
    ("The lab runs Tessel Frontier, a machine built by Kestrel Enterprise with Orvane Micro chips.",
     [(DEV, "Kestrel Enterprise", "Tessel Frontier")], [(DEV, "Orvane Micro", "Tessel Frontier")]),
    # platforms: a list on one copula and a second place; "as is" a second product
    ("Tessel AI released Vela R+ in April. Its Nimbus and Embra models have been on Amazon Bedrock since last year, and on OCI "
     "Generative AI, Oracle's model service, since January.",
     [(AVL, "Nimbus", "Amazon Bedrock"), (AVL, "Embra", "Amazon Bedrock"), (AVL, "Nimbus", "OCI Generative AI")], []),
    ("Kestrel's Falcon is available on AWS Marketplace, as is Tessel's Singularity platform.",
     [(AVL, "Falcon", "AWS Marketplace"), (AVL, "Singularity", "AWS Marketplace")], []),
    # a month that opens a fund's name
    ("Last April, March Capital, the Santa Monica-based venture firm, led a $40 million Series C in Lexara Labs.",
     [(INV, "March Capital", "Lexara Labs")], []),
])
def test_forms_read_in_round_032(body, present, absent):
    _present_and_absent(body, present, absent, published="March 3, 2025")


def test_a_co_subject_is_not_the_company_its_own_clause_bought_and_an_apposition_names_the_role():
    got = facts("Tessel Claims has a private-equity history. Swedish firm Kestrel Equity and Canada's Orvane Pension bought control of "
                "the company in 2019.")
    assert (ACQ, "Kestrel Equity", "Tessel Claims") in got, sorted(got)
    assert not [k for k in got if k[0] == ACQ and k[2] == "Kestrel Equity"], sorted(got)
    got = facts("Parsel Group bought Quill Labs in May. The Kestrel Infrastructure Partnership, the lead buyer, was set up last year "
                "by Orvane Capital and Tessel Fund.")
    assert not [k for k in got if k[0] == INV and k[2] == "Parsel Group"], sorted(got)
    got = facts("Innovo Health raised $275m. Its chief executive said most of the money would fund acquisitions; the company bought "
                "Tessel Cure, a marketing start-up, last year.")
    assert (ACQ, "Innovo Health", "Tessel Cure") in got, sorted(got)


@pytest.mark.parametrize("body, present, absent", [
    # "controlled by": a holding (a majority stake), unless the controller is said to have bought it
    ("In Austria, Tessel Telekom is controlled by Mexico's Orvane Movil, which holds about 60 per cent.",
     [(INV, "Orvane Movil", "Tessel Telekom")], [(ACQ, "Orvane Movil", "Tessel Telekom")]),
    ("Tessel Robotics is controlled by Kestrel Equity Partners, the New York-based private-equity firm, which bought a majority of it in 2024.",
     [(ACQ, "Kestrel Equity Partners", "Tessel Robotics")], [(INV, "Kestrel Equity Partners", "Tessel Robotics")]),
    ("Tessel Rack, another Lagos operator, has been controlled by London-based private-equity firm Kestrel Capital since the firm "
     "bought a majority stake in 2021.", [(ACQ, "Kestrel Capital", "Tessel Rack")], []),
    ("Tessel Data is controlled by the private-equity firm Kestrel Partners and the Orvane Pension Board, which took it private in 2015.",
     [(ACQ, "Kestrel Partners", "Tessel Data"), (ACQ, "Orvane Pension Board", "Tessel Data")], []),
    # a share of the company and the rest of it
    ("Tessel Venture Capital, the Italian state-backed venture firm, is 70 per cent owned by Kestrel Depositi, with the remainder "
     "held by Orvane Holding.", [(INV, "Kestrel Depositi", "Tessel Venture Capital"), (INV, "Orvane Holding", "Tessel Venture Capital")], []),
    # a backer that "followed on"; a round "announced", then its lead
    ("Tessel AI closed a €14 million Series A on Tuesday. Kestrel Ventures joined; Orvane Capital, which led the €2 million seed "
     "in 2023, followed on.", [(INV, "Kestrel Ventures", "Tessel AI"), (INV, "Orvane Capital", "Tessel AI")], []),
    ("Parsel Robotics bought a plant in May. Tessel Mill, a Stuttgart start-up whose software writes milling programmes, announced "
     "a €16 million Series A this morning. The round is led by Kestrel Capital, with Orvane Ventures also investing.",
     [(INV, "Kestrel Capital", "Tessel Mill"), (INV, "Orvane Ventures", "Tessel Mill")], [(INV, "Kestrel Capital", "Parsel Robotics")]),
])
def test_holdings_and_rounds_read_in_round_032(body, present, absent):
    got = _present_and_absent(body, present, absent, published="March 3, 2025")
    if (INV, "Kestrel Depositi", "Tessel Venture Capital") in got:
        assert got[(INV, "Kestrel Depositi", "Tessel Venture Capital")].stake == "majority"
        assert got[(INV, "Orvane Holding", "Tessel Venture Capital")].stake == "minority"
    if (INV, "Orvane Movil", "Tessel Telekom") in got:
        assert got[(INV, "Orvane Movil", "Tessel Telekom")].stake == "majority"


def test_a_district_is_no_company_a_name_after_based_and_the_round_a_backer_led_earlier():
    got = facts("Tessel Therapeutics occupies two floors in Tokyo's Hongo district. Last month the Tokyo start-up raised ¥4.5 billion "
                "in a Series B led by Tokyo-based Global Brain.")
    assert (INV, "Global Brain", "Tessel Therapeutics") in got, sorted(got)
    assert not [k for k in got if "Hongo" in k], sorted(got)
    got = facts("Chicago's Tessel Notes announced a $31 million Series B this morning led by Kestrel Ventures. Orvane Partners joined, "
                "as did Parsel Ventures, which led the company's $6 million seed round in 2022.")
    assert (INV, "Parsel Ventures", "Tessel Notes") in got, sorted(got)
    assert not [k for k in got if k[0] == INV and k[2] == "Orvane Partners"], sorted(got)
    got = facts("Maren Lindahl has just closed a $40 million round. Tessel Labs, a Boston-based lab, said on Tuesday it had raised a "
                "Series A led by Kestrel Capital, with participation from Orvane Ventures, which led the company's $9 million seed round last year.")
    assert (INV, "Orvane Ventures", "Tessel Labs") in got, sorted(got)
    assert not [k for k in got if k[0] == INV and "Lindahl" in k[2]], sorted(got)


def test_a_description_or_it_after_a_sentence_that_named_one_company():
    # (the company just named is where the description puts it: the gazetteer knows Sakana AI is in Tokyo)
    got = facts("Kestrel Bank, a Tokyo lender, built an assistant. The banks' most visible bet on a domestic alternative is Sakana AI. "
                "The Tokyo-based lab raised ¥30 billion in September in a Series A led by Orvane Associates.")
    assert (INV, "Orvane Associates", "Sakana AI") in got, sorted(got)
    assert not [k for k in got if k[0] == INV and k[2] == "Kestrel Bank"], sorted(got)
    got = facts("Orvane Pay looked at Tessel Fraud last year but did not make an offer. Orvane Pay declined to comment. "
                "The purchase extends a run of AI deals at Mastercard. In December it completed its acquisition of Parsel Risk.")
    assert (ACQ, "Mastercard", "Parsel Risk") in got, sorted(got)
    assert (ACQ, "Orvane Pay", "Parsel Risk") not in got, sorted(got)
    got = facts("Tessel Labs raised a seed round led by Kestrel Ventures. Tawa Capital, which led a pre-seed round in 2023, did not invest "
                "this time. The company's product, Tessel Roto, automates rotoscoping.")
    assert ("develops", "Tessel Labs", "Tessel Roto") in got, sorted(got)
    assert ("develops", "Tawa Capital", "Tessel Roto") not in got, sorted(got)


@pytest.mark.parametrize("body, present, absent", [
    # a second partner after its own time keeps that date (checked below)
    ("Tessel Media has worked with Kestrel Desk and Orvane Ads as programmatic partners since 2024, and since April with Parsel Retail, "
     "under an agreement that lets advertisers buy Tessel Media inventory through Parsel Retail's platform.",
     [(PAR, "Tessel Media", "Parsel Retail"), (PAR, "Tessel Media", "Kestrel Desk")], [(ACQ, "Parsel Retail", "Tessel Media")]),
    # "Y, which bought it": it is the company owned, not Y; the holding read from "owned by" is the purchase
    ("Tessel Photo has been owned since 2020 by Kestrel Media Group, the London-based news agency group, which bought it that year.",
     [(ACQ, "Kestrel Media Group", "Tessel Photo")], [(INV, "Kestrel Media Group", "Tessel Photo")]),
    ("Orvane Capital agreed last year to buy Tessel Homes, the Madrid-based portal, for about 2.9 billion euros from Kestrel Partners, "
     "which had bought it in 2020.", [(ACQ, "Kestrel Partners", "Tessel Homes")], [(ACQ, "Kestrel Partners", "Orvane Capital")]),
    ("Tessel Data is controlled by the private-equity firm Kestrel Partners and the Orvane Pension Board, which took it private in 2015.",
     [], [(ACQ, "Orvane Pension Board", "Kestrel Partners")]),
    # a majority said and a purchase: both stay
    ("Tessel Vision is majority owned by Kestrel Chips, which bought the company for $15.3 billion in 2017 and floated a minority stake in 2022.",
     [(INV, "Kestrel Chips", "Tessel Vision")], []),
    # the founders of a venture named first
    ("Orvane leased the campus to Kestrel AI, making it the anchor site for Tessel Grid, the joint venture set up in January by Kestrel AI, "
     "Parsel Group, Orvane Cloud and Nimbus Capital with the stated aim of spending up to $500 billion.",
     [(INV, "Nimbus Capital", "Tessel Grid"), (PAR, "Kestrel AI", "Nimbus Capital"), (PAR, "Parsel Group", "Orvane Cloud")], []),
    # a count before a colon's list
    ("Kestrel Software said in July that it had invested in three model developers: Heidelberg-based Tessel Alpha, US lab Orvane Labs "
     "and Toronto's Parsel AI.", [(INV, "Kestrel Software", "Tessel Alpha"), (INV, "Kestrel Software", "Parsel AI")], []),
    # a fronted source is not "it"
    ("Tessel Labs, a Dublin start-up, builds testing tools for AI agents. According to filings at the Kestrel Registry, it raised "
     "15 million euros in a Series A round in 2024 led by Orvane Bridge.",
     [(INV, "Orvane Bridge", "Tessel Labs")], [(INV, "Orvane Bridge", "Kestrel Registry")]),
])
def test_partners_owners_and_sources_read_in_round_033(body, present, absent):
    got = _present_and_absent(body, present, absent, published="October 22, 2025")
    if (PAR, "Tessel Media", "Parsel Retail") in got:
        assert got[(PAR, "Tessel Media", "Parsel Retail")].date == "2025-04"
        assert got[(PAR, "Tessel Media", "Kestrel Desk")].date == "2024"


def test_a_model_called_through_two_platforms_and_a_round_code_after_series():
    got = facts("Tessel Labs released Tessel-2 in March. Enterprise customers can call Tessel-2 through Kestrel's Bedrock service and "
                "Orvane Cloud's Vertex AI.")
    assert ("available_on", "Tessel-2", "Vertex AI") in got and ("available_on", "Tessel-2", "Amazon Bedrock") in got, sorted(got)
    got = facts("Tessel Chips, a Santa Clara chip start-up, said on Tuesday it had raised more than $250 million in a Series A-3 round "
                "led by Kestrel Capital Management, the Boston-based hedge fund.")
    assert (INV, "Kestrel Capital Management", "Tessel Chips") in got, sorted(got)
    assert not [k for k in got if "A-3" in k[1] or "A-3" in k[2]], sorted(got)


@pytest.mark.parametrize("body, present, absent", [
    # partners named after "with partners including", "with A and B as partners", "signing A and B as the first partners"
    ("In April Tessel Pay launched Tessel Checkout, a programme that lets AI agents pay for goods, with partners including Kestrel AI, "
     "Orvane Labs and Brisa Systems.", [(PAR, "Tessel Pay", "Kestrel AI"), (PAR, "Tessel Pay", "Brisa Systems")], [(PAR, "Kestrel AI", "Orvane Labs")]),
    ("The cluster will be built by Tessel Group with Kestrel AI, Orvane Cloud and Japan's Brisa Holdings as partners.",
     [(PAR, "Tessel Group", "Kestrel AI"), (PAR, "Tessel Group", "Brisa Holdings")], []),
    ("In September Tessel Works set up an Agent Partner Network, signing Kestrel Consulting, Orvane Advisory and Brisa Cloud as the first partners.",
     [(PAR, "Tessel Works", "Kestrel Consulting"), (PAR, "Tessel Works", "Brisa Cloud")], [(PAR, "Agent", "Kestrel Consulting")]),
    # a list opening the sentence after a short fronted phrase
    ("Days later, Tessel Labs, Orvane Systems and Kestrel Cloud announced a partnership that gives agencies access to models.",
     [(PAR, "Tessel Labs", "Orvane Systems"), (PAR, "Orvane Systems", "Kestrel Cloud")], []),
    # a preliminary agreement is no alliance; a share acquisition contract is the paper of a purchase
    # a state named by its demonym holds a stake ("the Swedish state", not "the Swedish state broadcaster")
    ("The Swedish state, which holds about 39.5 per cent of Tessel Telecom, has backed the plan.",
     [(INV, "Swedish state", "Tessel Telecom")], []),
    # "which X took private" after an apposition that ends in a product; "X bought a majority of it": "it" is not X
    ("Tessel Learning, the Denver-based maker of Slate, which Kestrel Partners took private last year for about $4.8 billion, signed "
     "with Orvane AI in July.", [(ACQ, "Kestrel Partners", "Tessel Learning")], []),
    ("Tessel Legal, the Paris legal-information company, is a good company, and since Kestrel Partners bought a majority of it in 2023 "
     "it has more means.", [(ACQ, "Kestrel Partners", "Tessel Legal")], []),
    ("Tessel Motors signed only a preliminary agreement with Orvane Drive in April to explore working together on robotaxis.",
     [], [(PAR, "Tessel Motors", "Orvane Drive")]),
    ("Tessel Mobis secures a 35% stake in Orvane AI, a driving-perception start-up, for 42 billion won. Tessel Mobis signed a share "
     "acquisition contract with Orvane AI on the same day.", [(INV, "Tessel Mobis", "Orvane AI")], [(PAR, "Tessel Mobis", "Orvane AI")]),
])
def test_partners_named_as_partners_and_papers_that_are_no_alliance(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # the signer of a deal joined by ", and signed" is the sentence's subject, not the last company of a list before it
    ("Tessel Software has also invested in Kestrel AI, Orvane Labs and Brisa Alpha, and signed a partnership with Parsel AI last year.",
     [(PAR, "Tessel Software", "Parsel AI"), (INV, "Tessel Software", "Brisa Alpha")], [(PAR, "Brisa Alpha", "Parsel AI")]),
    ("Tessel Tech has a long-standing partnership with Kestrel Cloud, covering Kestrel's Orvane models, and signed a strategic "
     "collaboration agreement with Brisa Web Services last year.",
     [(PAR, "Tessel Tech", "Brisa Web Services"), (PAR, "Tessel Tech", "Kestrel Cloud")], [(PAR, "Kestrel Cloud", "Brisa Web Services")]),
    # a second partner "and with Y", after a relative clause, a descriptor or its own time (dates checked below)
    ("Tessel Search has been buying distribution all year: it signed with Kestrel Mobile in April and with Orvane Pay in May.",
     [(PAR, "Tessel Search", "Kestrel Mobile"), (PAR, "Tessel Search", "Orvane Pay")], []),
    ("Tessel Consulting also works with Kestrel Cloud, whose Orvane models it resells, and with Brisa AI.",
     [(PAR, "Tessel Consulting", "Kestrel Cloud"), (PAR, "Tessel Consulting", "Brisa AI")], []),
    ("Tessel Voice signed agreements with Kestrel Rights, which represents independent labels, and with publisher Orvane Music Group "
     "in August to license music.", [(PAR, "Tessel Voice", "Kestrel Rights"), (PAR, "Tessel Voice", "Orvane Music Group")], []),
])
def test_a_signer_after_a_list_and_a_second_partner_with_its_own_time(body, present, absent):
    got = _present_and_absent(body, present, absent, published="October 22, 2025")
    if (PAR, "Tessel Search", "Orvane Pay") in got:
        assert got[(PAR, "Tessel Search", "Orvane Pay")].date == "2025-05"
        assert got[(PAR, "Tessel Search", "Kestrel Mobile")].date == "2025-04"


def test_a_backer_as_did_with_the_round_it_led_before_and_the_date_of_that_round():
    got = facts("Tessel Grip, a Munich robotics start-up, said on Tuesday it had raised €12 million in a Series A round led by Kestrel Ventures. "
                "Orvane Capital invested, as did Brisa Invest, which led Tessel Grip's €2 million pre-seed in 2023. "
                "Almi Fonden and Parsel Ventures also took part, as did Nimbus Holding, the university's investment company, which led "
                "Tessel Grip's SEK 6 million seed round in 2022.", published="June 24, 2025")
    for backer in ("Brisa Invest", "Nimbus Holding", "Orvane Capital", "Almi Fonden"):
        assert (INV, backer, "Tessel Grip") in got, sorted(got)
    assert got[(INV, "Brisa Invest", "Tessel Grip")].date == "2023"  # the round it led
    assert got[(INV, "Orvane Capital", "Tessel Grip")].date != "2023"  # not another backer's earlier round


def test_a_share_paid_for_with_its_date_between_is_a_purchase_or_a_stake_by_its_size():
    got = facts("Kestrel Tractors paid $2 billion in 2024 for 85% of Tessel Precision, a farm-software business. "
                "Orvane Foods paid $50 million last year for 20% of Brisa Labs.")
    assert (ACQ, "Kestrel Tractors", "Tessel Precision") in got, sorted(got)
    assert got[(ACQ, "Kestrel Tractors", "Tessel Precision")].amount == 2e9
    assert (INV, "Orvane Foods", "Brisa Labs") in got and got[(INV, "Orvane Foods", "Brisa Labs")].stake == "minority", sorted(got)


def test_it_after_a_place_clause_is_the_speaker_and_a_backer_that_took_part_is_no_focus():
    got = facts("18:05 - The one funding announcement of the day came from Kestrel Park, where Tessel Labs, a Lausanne start-up that puts "
                "sensors into running insoles, said this afternoon it had raised an 11 million Swiss franc seed round led by Orvane Ventures. "
                "Brisa Ventures also took part. Its product, Tessel Stride, has been available on Apple's App Store since October.")
    assert (INV, "Orvane Ventures", "Tessel Labs") in got and (INV, "Brisa Ventures", "Tessel Labs") in got, sorted(got)
    assert not [k for k in got if k[2] == "Kestrel Park"], sorted(got)
    assert ("develops", "Brisa Ventures", "Tessel Stride") not in got, sorted(got)


@pytest.mark.parametrize("body, present, absent", [
    # "it" after a possessor's record "since"/"after" is the possessor
    ("The Kestrel deal is Tessel Group's biggest acquisition since it bought bike-sharing operator Orvane Bikes for $2.7 billion in 2018.",
     [(ACQ, "Tessel Group", "Orvane Bikes")], [(ACQ, "Kestrel", "Orvane Bikes")]),
    ("The Kestrel purchase is Tessel Networks' biggest move outside the data centre since 2020, when it bought Orvane Switch.",
     [(ACQ, "Tessel Networks", "Orvane Switch")], []),
    # ... but not a role the possessor gives another
    ("Kestrel Partners, the Evanston-based hedge fund, has been Tessel Cloud's most important backer since it led the company's "
     "$221 million Series B in 2023.", [(INV, "Kestrel Partners", "Tessel Cloud")], [(INV, "Tessel Cloud", "Kestrel Partners")]),
    # the company described by what it owns buys, not the last company it owns
    ("Tessel Holdings, the Norwalk, Connecticut-based group that owns Orvane Travel, Kestrel Stays and Brisa Rides, bought Parsel "
     "Tables for $2.6 billion in 2014.", [(ACQ, "Tessel Holdings", "Parsel Tables")], [(ACQ, "Brisa Rides", "Parsel Tables")]),
])
def test_it_after_a_possessors_record_and_a_buyer_described_by_what_it_owns(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # the maker described after a city and its state, or by a region's demonym, makes the product named with its noun
    ("Kestrel Capital made a $150 million growth investment in Tessel Defense, the Arlington, Virginia-based maker of the Orvane platform, "
     "which the Pentagon uses.", [("develops", "Tessel Defense", "Orvane"), ("based_in", "Tessel Defense", "United States")],
     [("develops", "Tessel Defense", "Pentagon")]),
    ("Tessel Systems, the Bavarian maker of the Orvane reconnaissance drone, closed a €160 million Series C.",
     [("develops", "Tessel Systems", "Orvane"), ("based_in", "Tessel Systems", "Germany")], []),
    # an apposition after the bought company describes it, even where the gazetteer names its new owner as the maker
    ("Japan's Sega bought Tessel Games, the Espoo maker of Angry Birds, for €706 million in 2023.",
     [(ACQ, "Sega", "Tessel Games"), ("based_in", "Tessel Games", "Finland")], [("based_in", "Sega", "Finland")]),
])
def test_makers_described_by_place_and_an_apposition_after_the_bought_company(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # 0.39.0
    # research carried out with a university or an institute is a partnership; an institute named by what it is for is one name
    ("Kestrel Labs, an Oslo start-up, builds AI for vets. Kestrel Labs has carried out research with the University of Oslo since 2022.",
     [(PAR, "Kestrel Labs", "University of Oslo")], []),
    ("Since 2022, Kestrel Labs carries out joint research with the National Institute for Materials Science (NIMS) in Tsukuba.",
     [(PAR, "Kestrel Labs", "National Institute for Materials Science")], [(PAR, "Kestrel Labs", "Institute")]),
    ("Tessel Robotics has run joint research with the Max Planck Institute for Intelligent Systems since 2021.",
     [(PAR, "Tessel Robotics", "Max Planck Institute for Intelligent Systems")], []),
    ("Kestrel Labs works with the Fraunhofer Institute for Machine Tools and Forming Technology IWU on presses.",
     [(PAR, "Kestrel Labs", "Fraunhofer Institute for Machine Tools and Forming Technology IWU")], [(PAR, "Kestrel Labs", "Fraunhofer Institute")]),
    # "the two companies concluded" an agreement; a share of a company's shares
    ("In March, Orvane Cosmetics acquired 12% of the shares of Kestrel Labs for 1.2 billion won, and the two companies concluded a "
     "strategic business agreement.", [(INV, "Orvane Cosmetics", "Kestrel Labs"), (PAR, "Orvane Cosmetics", "Kestrel Labs")], []),
    # a quoted name after a product's noun is a product, never "the company"
    ("Kestrel Care, a Sapporo start-up, builds sensors for care homes. In addition, the smartphone application for family members "
     "\"Kestrel Family\" is offered on App Store since last year. In June, the company concluded a business alliance with Orvane Drug.",
     [(AVL, "Kestrel Family", "App Store")], [(PAR, "Kestrel Family", "Orvane Drug"), (PAR, "Orvane Drug", "Kestrel Family")]),
    # backers: of a list, "one of X's earliest backers"; holders: a majority "since", a 13G's common stock, an apposition's "that owns"
    ("Orvane Capital, an early backer of Kestrel Labs and Tessel Robotics, has been active this year.",
     [(INV, "Orvane Capital", "Kestrel Labs"), (INV, "Orvane Capital", "Tessel Robotics")], []),
    ("Orvane Ventures, best known as one of Kestrel Systems' earliest backers, has now invested in Tessel Robotics.",
     [(INV, "Orvane Ventures", "Kestrel Systems")], []),
    ("Oslo-based Tessel Software, majority owned by British private equity firm Orvane Capital since 2006, has been acquisitive.",
     [(INV, "Orvane Capital", "Tessel Software")], []),
    ("Orvane Asset Management reported on Monday that it holds 9.6 per cent of Kestrel Systems' common stock.",
     [(INV, "Orvane Asset Management", "Kestrel Systems")], []),
    ("Orvane Holdings, the holding company that owns about 20 per cent of Kestrel Systems, has risen this year.",
     [(INV, "Orvane Holdings", "Kestrel Systems")], []),
    # owners: "the X-owned" apposition, "which X has owned since", "owned since 2021 by"
    ("Tessel Code, the Kestrel Systems-owned code-hosting service, added the model on Monday.", [(ACQ, "Kestrel Systems", "Tessel Code")], []),
    ("Its Italian business Tessel Web, which Kestrel Telecom has owned since 2007, built Vela.", [(ACQ, "Kestrel Telecom", "Tessel Web")], []),
    ("Tessel Stores, owned since 2021 by Orvane Capital, has spent much of its energy on new systems.", [(ACQ, "Orvane Capital", "Tessel Stores")], []),
])
def test_research_with_institutes_concluded_agreements_holders_and_owners(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # 0.40.0
    # appositions: "one of X's largest banks", a bare "maker of", a closed one whose hedge is its own
    ("Kestrelia, one of Peru's largest banks, signed a commercial agreement with Tessel Labs.",
     [(PAR, "Kestrelia", "Tessel Labs")], []),
    ("Xavane, maker of the Kestrel chatbot, raised $60 million in May from investors including Orvane Capital and Tessel Partners.",
     [(INV, "Orvane Capital", "Xavane"), (INV, "Tessel Partners", "Xavane")], []),
    ("Kestrel Vane, a start-up that builds foundation models for tables rather than text, has raised €9 million in a pre-seed round "
     "led by Orvane Capital.", [(INV, "Orvane Capital", "Kestrel Vane")], []),
    ("Mayvane, the Qatari fund that still owns 70 per cent of Tessel Fashion, declined to comment.",
     [(INV, "Mayvane", "Tessel Fashion")], [(DEV, "Mayvane", "Tessel Fashion")]),
    ("Humvane Inc, founded by two former Apple designers in 2018, took in more than $230 million from investors including Orvane Capital.",
     [(INV, "Orvane Capital", "Humvane Inc")], [(INV, "Orvane Capital", "Apple")]),
    # partnerships: chosen as a partner, won an agreement, among the first to sign, a dedicated unit, a named lab
    ("The site is being developed with Dunmore Power, which Kestrel Labs selected as its partner last year.",
     [(PAR, "Kestrel Labs", "Dunmore Power")], []),
    ("Tessel Systems won an enterprise agreement with Orvane Bank in March.", [(PAR, "Tessel Systems", "Orvane Bank")], []),
    ("Tessel Tech became one of the first Indian IT companies to sign an enterprise agreement with Orvane Labs.",
     [(PAR, "Tessel Tech", "Orvane Labs")], []),
    ("Kestrel Consulting Inc and Tessel Labs formed a dedicated business group to sell agents.",
     [(PAR, "Kestrel Consulting Inc", "Tessel Labs")], []),
    ("Orvane Foods set up an AI Innovation Lab with Kestrel Labs.", [(PAR, "Orvane Foods", "Kestrel Labs")], []),
    ("Workvane Inc set up an Agent Partner Network in September with Kestrel Labs and Tessel Systems.",
     [(PAR, "Workvane Inc", "Kestrel Labs"), (PAR, "Workvane Inc", "Tessel Systems")], []),
    ("Holme Motor Group has not signed any agreement with Longwood Labs.", [], [(PAR, "Holme Motor Group", "Longwood Labs")]),
    # holdings: a stake bought with its date in between, the holders named after "among the investors in"
    ("Orvane Schmuck took a 15 per cent stake last month in Facette Labs.", [(INV, "Orvane Schmuck", "Facette Labs")], []),
    ("Among the investors in Tessel Labs are Orvane Capital and Kestrel Partners.",
     [(INV, "Orvane Capital", "Tessel Labs"), (INV, "Kestrel Partners", "Tessel Labs")], []),
    ("Sussex Founders Fund also invested in Tipsmith Ltd.", [(INV, "Sussex Founders Fund", "Tipsmith Ltd")], [(INV, "Founders Fund", "Tipsmith Ltd")]),
    # availability: sold through a marketplace, a second predicate after any verb; running on a cloud is no availability
    ("Kestrel Security has also sold its Taegon platform through the AWS Marketplace since 2023.", [(AVL, "Taegon", "AWS Marketplace")], []),
    ("Kestrel Copilot writes protocols for pipetting robots from a plain-language description, and has been available on Azure Marketplace.",
     [(AVL, "Kestrel Copilot", "Azure Marketplace")], []),
    ("Tessel Cyto, the pathology model of Kestrel Labs, runs on Google Cloud.", [], [(AVL, "Tessel Cyto", "Google Cloud")]),
    # makers: a designer of, is building, maintains
    ("Rebellvane Inc, the Seoul-based designer of the Atomo chip, merged with Sapvane.", [(DEV, "Rebellvane Inc", "Atomo")], []),
    ("Muon Orbital Inc is building FireSat, a constellation of satellites.", [(DEV, "Muon Orbital Inc", "FireSat")], []),
    ("Deepvane Inc maintains Haystack, an open-source framework.", [(DEV, "Deepvane Inc", "Haystack")], []),
    # places: a town of 5,000, a city before "AI" and a noun, a city and its country before the noun, "Halle (Saale)"
    ("Firnvane AG, a Davos company, raised 6 million francs from Orvane Capital.", [("based_in", "Firnvane AG", "Switzerland")], []),
    ("Isartal Bau bought the Augsburg AI start-up Wertach Planung.",
     [(ACQ, "Isartal Bau", "Wertach Planung"), ("based_in", "Wertach Planung", "Germany")], [(ACQ, "Isartal Bau", "Augsburg AI")]),
    ("Granta Memory Systems, a Cambridge, England, start-up founded in 2022, raised $10m from Orvane Capital.",
     [("based_in", "Granta Memory Systems", "United Kingdom")], []),
    ("The Halle AI start-up Peißnitz Analytics raised 11 million euros from Orvane Capital.",
     [("based_in", "Peißnitz Analytics", "Germany")], [("based_in", "Peißnitz Analytics", "Belgium")]),
    # a parent's short name is the parent's, not its venture arm's
    ("Kestonridge Cargo Group, the Sigtuna-based cargo handler, reported results on Thursday. Kestonridge Ventures, the company's venture "
     "arm, invested in Tessel Labs. In September Kestonridge signed an agreement with Orvane Systems.",
     [(PAR, "Kestonridge Cargo Group", "Orvane Systems")], [(PAR, "Kestonridge Ventures", "Orvane Systems")]),
    ("Grupo Huasteca Financiero, the Puebla lender, reported results on Thursday. Huasteca Ventures, its venture arm, invested in Tessel Labs. "
     "In December, Huasteca signed an agreement with Tiendas Orvane.",
     [(PAR, "Grupo Huasteca Financiero", "Tiendas Orvane")], [(PAR, "Huasteca Ventures", "Tiendas Orvane")]),
    # a person after a company noun, when a relative clause follows ("the start-up Mehrotra co-founded"), is no company
    ("Tessmail's chief executive will report to Kestrel Labs CEO Shishir Mehrotra. "
     "The deal follows Kestrel Labs's purchase of Coda, the workspace start-up Mehrotra co-founded, which was announced in December. "
     "Mehrotra argued on Tuesday that users spend more time in email than anywhere else. "
     "The company raised a $33 million Series B led by Orvane Capital in 2019.",
     [(INV, "Orvane Capital", "Kestrel Labs")], [(INV, "Orvane Capital", "Mehrotra")]),
    # a company bought, whatever its apposition calls it ("the premium email app")
    ("Kestrel Labs has agreed to acquire Tessmail, the premium email app that built a devoted following among founders.",
     [(ACQ, "Kestrel Labs", "Tessmail")], []),
    # the deal a sentence opens with is between its subject and the company it acts for
    ("Under an agreement announced in January, the German supplier Kelvar Inc will build the next generation of Orlent Inc's hardware.",
     [(PAR, "Kelvar Inc", "Orlent Inc")], []),
    ("Under the deal, Kelvar Inc will acquire Orlent Inc.", [(ACQ, "Kelvar Inc", "Orlent Inc")], [(PAR, "Kelvar Inc", "Orlent Inc")]),
    # a capital named with "City", a founder in a relative clause
    ("In June, Orvane Money signed an agreement with Pacaya Labs, a Guatemala City start-up.",
     [(PAR, "Orvane Money", "Pacaya Labs"), ("based_in", "Pacaya Labs", "Guatemala")], [(PAR, "Orvane Money", "Guatemala City")]),
    ("Kestrel Health, which Flagship Pioneering founded in 2019, raised $300 million.", [(INV, "Flagship Pioneering", "Kestrel Health")], []),
    # a city and its province or state, a trade's noun after a town, a Japanese "(head office: X City)", a firm "of Seoul"
    ("Kestrel Labs, based in London, Ontario, raised $5m from Orvane Capital.", [("based_in", "Kestrel Labs", "Canada")],
     [("based_in", "Kestrel Labs", "United Kingdom")]),
    ("In February Tessel Vision signed a joint development agreement with Escaut Étiquettes, the Valenciennes label converter.",
     [("based_in", "Escaut Étiquettes", "France")], []),
    ("Last year Nukumori Tech acquired Otaru Sensing (head office: Otaru City), a maker of radio-wave sensors.",
     [("based_in", "Otaru Sensing", "Japan")], []),
    ("This investment was led by Bukhan Partners of Seoul, and Yeouido Investment also participated.",
     [("based_in", "Bukhan Partners", "South Korea")], []),
    # a product's second predicate "has been on" a marketplace; a new company's name before a product word the gazetteer knows
    ("Tisza's product, Tisza Risk, scores sportsbook customers for sharp betting, and has been on AWS Marketplace since last year.",
     [(AVL, "Tisza Risk", "AWS Marketplace")], []),
    ("Laborwerk AI, a Martinsried start-up, raised 11 million euros. Laborwerk's main product, Laborwerk Copilot, writes protocols for "
     "pipetting robots, and has been available on Azure Marketplace since last year.",
     [(DEV, "Laborwerk AI", "Laborwerk Copilot"), (AVL, "Laborwerk Copilot", "Azure Marketplace")], []),
    # a holder named after the copula; a stake in a class of a company's common stock
    ("The largest shareholder of Hijiyama Seiki is the investment company Setouchi Holdings, which holds 34% of the shares.",
     [(INV, "Setouchi Holdings", "Hijiyama Seiki")], []),
    ("Bastrop Asset Management reported on Monday that it holds 7.3 per cent of Bellbird Inc's class A common stock.",
     [(INV, "Bastrop Asset Management", "Bellbird Inc")], []),
    # German and Nordic word order kept in translation: the verb before its subject, the participle last
    ("In March concluded Fahrwerk Analytics a cooperation agreement with Murrtal Leasing.", [(PAR, "Fahrwerk Analytics", "Murrtal Leasing")], []),
    ("Last year acquired Kestrel Group the Munich start-up Tessel Labs for 20 million euros.", [(ACQ, "Kestrel Group", "Tessel Labs")], []),
    ("Kestrel Labs has in a financing round 11 million euros collected. Leading investor is Orvane Capital. Participated has also "
     "Tessel Ventures.", [(INV, "Orvane Capital", "Kestrel Labs"), (INV, "Tessel Ventures", "Kestrel Labs")], []),
    # a firm's town and province between it and its verb; a pair's short name in brackets; a joint research lab
    ("Assiniboine Analytics, of Winnipeg, Manitoba, signed a research agreement with the University of Manitoba on Wednesday.",
     [(PAR, "Assiniboine Analytics", "University of Manitoba")], [(PAR, "Manitoba", "University of Manitoba")]),
    ("Since 2021 Tingjian Technology and Southern University of Science and Technology (SUSTech) have jointly built a laboratory of speech.",
     [(PAR, "Tingjian Technology", "Southern University of Science and Technology")], []),
    ("Gandria Robotics also runs a joint research lab with IDSIA.", [(PAR, "Gandria Robotics", "IDSIA")], []),
    # a deal its own clause says failed is no deal ("was abandoned", "collapsed"); not when the failure is another clause's
    ("Kestrel Pay's attempt to buy Plaidvane Inc for $5.3 billion was abandoned in 2021.", [], [(ACQ, "Kestrel Pay", "Plaidvane Inc")]),
    ("Kestrel Insurance bought car insurer Metrovane in 2022 in an all-share deal after Metrovane's shares had collapsed.",
     [(ACQ, "Kestrel Insurance", "Metrovane")], []),
    # a founder named after the company that owns ("owned by Amazon founder Jeff Bezos"): the person owns, not the company
    ("The Post, owned by Amazon founder Jeff Bezos, has been experimenting with AI tools.", [], [(ACQ, "Amazon", "Post"), (DEV, "Amazon", "Post")]),
    # a count at a sentence's start is no name
    ("Lumenfold Inc ran a tender offer led by Orvane Capital. About 140 current and former employees took part.",
     [], [(INV, "About 140", "Lumenfold Inc")]),
])
def test_appositions_arms_places_and_marketplaces_of_the_0_40_round(body, present, absent):
    _present_and_absent(body, present, absent)


def test_a_name_given_as_the_companys_product_is_never_the_company():
    got = facts("Tessel Labs, the Bengaluru-based company, said on Wednesday it had raised Rs 125 crore in a Series A round led by "
                "Kestrel Partners. The company's main product, Tessel Migrate, uses a team of AI agents to read legacy code. Tessel Migrate "
                "has been listed on AWS Marketplace since March. In May, the company also signed a go-to-market agreement with Orvane Systems.")
    assert ("develops", "Tessel Labs", "Tessel Migrate") in got, sorted(got)
    assert ("available_on", "Tessel Migrate", "AWS Marketplace") in got, sorted(got)
    assert (PAR, "Tessel Migrate", "Orvane Systems") not in got and (PAR, "Orvane Systems", "Tessel Migrate") not in got, sorted(got)


@pytest.mark.parametrize("body, maker, product, fund", [
    ("Tessel Robotics, a London start-up, raised $40 million in a Series A led by Kestrel Partners. Orvane Capital and the Brisa "
     "Innovation Fund joined, as did Nimbus Capital, which led Tessel's $4 million pre-seed in 2024. Its first model, Tessel-0, is "
     "trained on teleoperation data.", "Tessel Robotics", "Tessel-0", "Orvane Capital"),
    ("Tessel Labs, a Lyon start-up, raised 8 million euros. Kaarna Ventures led the round. Kaarna Ventures has backed 14 companies "
     "since 2021. Its Tessel Inspect software is sold through the AWS Marketplace, the company said.", "Tessel Labs", "Tessel Inspect",
     "Kaarna Ventures"),
])
def test_a_funds_sentence_before_its_product_leaves_the_product_to_the_company_backed(body, maker, product, fund):
    got = facts(body)
    assert ("develops", maker, product) in got, sorted(got)
    assert ("develops", fund, product) not in got, sorted(got)


def test_a_sum_paid_for_it_in_a_relative_clause_and_a_founded_by_demonym_before_the_bought_company():
    got = facts("But Tessel Code belongs to Kestrel Soft, which paid $7.5 billion for it in 2018.")
    assert (ACQ, "Kestrel Soft", "Tessel Code") in got, sorted(got)
    got = facts("Paris has a deep pool of engineers, largely thanks to Orvane, the Paris-based retargeting group, which itself bought "
                "the Russian-founded trading platform Tesselweb for $380 million last year.")
    assert (ACQ, "Orvane", "Tesselweb") in got, sorted(got)


def test_a_releases_bulleted_deals_are_the_companys_own():
    got = facts("Tessel Grid, an Austin start-up, raised $48 million in a Series B round led by Kestrel Capital. The company also announced:\n\n"
                "- An integration agreement with Orvane Energy, the Fremont, California-based maker of microinverters, signed in February, "
                "under which installers can enrol batteries.\n- A distribution agreement with Brisa Bank, Nigeria's largest lender by "
                "assets, signed in January.\n- Tessel Bid, the company's second product.", published="March 3, 2025")
    assert (PAR, "Tessel Grid", "Orvane Energy") in got and (PAR, "Tessel Grid", "Brisa Bank") in got, sorted(got)
    assert got[(PAR, "Tessel Grid", "Brisa Bank")].date == "2025-01"
    assert (PAR, "Orvane Energy", "Brisa Bank") not in got and ("develops", "Orvane Energy", "Tessel Bid") not in got, sorted(got)


def test_founders_named_with_bare_descriptors_or_before_a_date_set_up_the_company_and_its_deals_are_its_own():
    got = facts("Kestrel Invest, set up last year by sovereign investor Tessel Fund and the AI company Orvane Group, has taken part in "
                "funding rounds for Brisa AI and Nimbus Labs.")
    assert (INV, "Tessel Fund", "Kestrel Invest") in got and (INV, "Orvane Group", "Kestrel Invest") in got, sorted(got)
    assert (INV, "Kestrel Invest", "Brisa AI") in got and (INV, "Orvane Group", "Brisa AI") not in got, sorted(got)
    got = facts("Kestrel Games Group, set up by Saudi Arabia's Tessel Investment Fund in 2021, has become one of gaming's most aggressive buyers.")
    assert (INV, "Tessel Investment Fund", "Kestrel Games Group") in got, sorted(got)


def test_a_backer_told_in_an_apposition_holds_in_a_hedged_sentence():
    got = facts("Kestrel is also reported to be in talks to invest in Tessel AI, a Shanghai start-up backed by Orvane; neither company would "
                "comment. Brisa Data, which is backed by Nimbus Bridge and Parsel Lake, has not confirmed its tenant.")
    assert (INV, "Orvane", "Tessel AI") in got and (INV, "Kestrel", "Tessel AI") not in got, sorted(got)
    assert (INV, "Nimbus Bridge", "Brisa Data") in got and (INV, "Parsel Lake", "Brisa Data") in got, sorted(got)


@pytest.mark.parametrize("body, present", [
    # "developed with B" and no object between: the two build it together, and the thing named before the clause is both makers'
    ("Tessel Large, the Japanese-language model that Kestrel Systems developed with Toronto's Orvane under a partnership signed in 2024, "
     "is now sold to banks.", [(PAR, "Kestrel Systems", "Orvane"), ("develops", "Kestrel Systems", "Tessel Large"),
                               ("develops", "Orvane", "Tessel Large")]),
    ("Kestrel Consulting has built its own family of agents, Tessel Agents, which it developed with Orvane Chips.",
     [(PAR, "Kestrel Consulting", "Orvane Chips"), ("develops", "Orvane Chips", "Tessel Agents")]),
])
def test_a_thing_developed_with_a_partner_is_both_makers(body, present):
    got = facts(body)
    for f in present:
        assert f in got or (f[0], f[2], f[1]) in got, (f, sorted(got))


def test_a_model_that_became_selectable_or_an_option_inside_a_product_is_available_on_it():
    got = facts("Orvane Systems sells Orvane Agents, an agent platform. In October Kestrel AI's Kestrel-5 model and Tessel Labs' Tessel 4 "
                "model became selectable inside Orvane Agents. Since last month the Tessel 4 model has also been an option inside Brisa "
                "Copilot, Brisa's assistant.")
    for f in (("available_on", "Kestrel-5", "Orvane Agents"), ("available_on", "Tessel 4", "Orvane Agents"),
              ("available_on", "Tessel 4", "Brisa Copilot")):
        assert f in got, (f, sorted(got))


@pytest.mark.parametrize("body, present, date", [
    # a partner named before ", with which": the relative clause's subject has an agreement, a programme or a collaboration with it
    ("Tessel Grid, a Gothenburg start-up, was spun out of Kestrel University, with which it has had a research agreement since 2020.",
     (PAR, "Tessel Grid", "Kestrel University"), "2020"),
    ("Orvane Maps draws on research carried out with the Brisa Institute, with which Orvane Maps has had a research partnership since 2022.",
     (PAR, "Orvane Maps", "Brisa Institute"), "2022"),
    ("Parsel Robotics, a Lund start-up, was spun out of Nimbus University, with which it still runs a joint research programme started "
     "in 2021.", (PAR, "Parsel Robotics", "Nimbus University"), "2021"),
])
def test_a_partner_before_with_which_has_the_clauses_agreement_or_programme(body, present, date):
    got = _present_and_absent(body, [present], [])
    found = got.get(present) or got[(present[0], present[2], present[1])]
    assert found.date == date


def test_a_backer_that_led_a_companys_seed_backs_it_with_that_seeds_sum_and_year():
    got = facts("Tessel Grip, a Munich robotics start-up, raised €12 million in a Series A round led by Kestrel Ventures on Tuesday. "
                "Orvane Capital joined, and Brisa Invest, which led Tessel Grip's €2 million seed in 2023, put in more. "
                "Nimbus Partners led Tessel Grip's €500,000 pre-seed in 2022.", published="June 26, 2025")
    for backer, amount, year in (("Brisa Invest", 2e6, "2023"), ("Nimbus Partners", 5e5, "2022")):
        f = got.get((INV, backer, "Tessel Grip"))
        assert f is not None and f.amount == amount and f.date == year, (backer, sorted(got))
    assert (INV, "Orvane Capital", "Tessel Grip") in got
    assert (INV, "Brisa Invest", "Orvane Capital") not in got  # the round is the possessor's, never the company named before
    # a possessor the text does not name as a company gives the round to no one named before it
    got = facts("Kestrel Ventures joined, and Orvane Capital, which led żaba's €3 million seed in 2023, put in more.")
    assert (INV, "Orvane Capital", "Kestrel Ventures") not in got, sorted(got)


@pytest.mark.parametrize("body, present", [
    # "di", "do", "de", "dos" inside a name, and an institution named "of" its place in the Romance languages
    ("Brisa Grid, a Monza start-up, signed a research agreement with the Politecnico di Torino in 2022.", (PAR, "Brisa Grid", "Politecnico di Torino")),
    ("Tessel Wind signed a power agreement with Casa dos Ventos in 2024.", (PAR, "Tessel Wind", "Casa dos Ventos")),
    ("Kestrel Vision, a Braga start-up, has worked with the Universidade do Porto since 2021.", (PAR, "Kestrel Vision", "Universidade do Porto")),
    ("Orvane Pay, a Lisbon start-up, signed a data agreement with Banco de Portugal in 2023.", (PAR, "Orvane Pay", "Banco de Portugal")),
    ("Parsel Motion, a Lille start-up, has worked with the Universidad Politécnica de Madrid since 2020.",
     (PAR, "Parsel Motion", "Universidad Politécnica de Madrid")),
])
def test_names_joined_by_a_romance_of_stay_whole(body, present):
    _present_and_absent(body, [present], [])


@pytest.mark.parametrize("body, present", [
    # a pair that announced, agreed or widened a partnership, with a sum or a descriptor between
    ("Kestrel Fund and Tessel Capital agreed a $3 billion partnership in April to invest in data centres.", (PAR, "Kestrel Fund", "Tessel Capital")),
    ("Orvane Group and Brisa Partners announced a $50 billion strategic partnership in October to build power plants.",
     (PAR, "Orvane Group", "Brisa Partners")),
    ("Last week Parsel Media and Nimbus Cloud widened their partnership, putting Nimbus models inside Parsel Studio.",
     (PAR, "Parsel Media", "Nimbus Cloud")),
    ("On Monday Tessel AI and Kestrel Defence, the Munich-based defence company, announced a partnership to develop vision models.",
     (PAR, "Tessel AI", "Kestrel Defence")),
])
def test_a_pair_that_announced_agreed_or_widened_a_partnership(body, present):
    _present_and_absent(body, [present], [])


def test_a_partner_described_by_its_product_and_a_named_business_of_another_company():
    got = facts("In May Orvane Telecom signed an agreement with Kestrel Springs Analytics, a Dallas start-up whose FieldWise software "
                "predicts which fibre faults can be fixed remotely. Tessel Electric in July completed its $2.1 billion purchase of "
                "Brisa Scope's Outdoor Wireless Networks business, the antenna unit.")
    assert (PAR, "Orvane Telecom", "Kestrel Springs Analytics") in got, sorted(got)
    assert ("develops", "Kestrel Springs Analytics", "FieldWise") in got  # whose product, not a second partner
    assert (PAR, "Orvane Telecom", "FieldWise") not in got
    assert (ACQ, "Tessel Electric", "Brisa Scope") not in got  # a business of Brisa Scope's, not the company


def test_a_holders_share_is_no_part_of_its_name():
    got = facts("Kestrel Group owns 51 per cent of Tessel Three and Orvane Hutchison 49 per cent.")
    assert not any(k[1].endswith(" 49") or k[2].endswith(" 49") for k in got), sorted(got)


def test_the_company_a_backer_led_a_round_of_or_invested_in_is_the_company_backed():
    got = facts("Tessel Orbital, a Glasgow start-up, announced a £10 million Series A round led by Kestrel Space. Orvane Equity, the "
                "Edinburgh-based venture firm that led the company's £1.6 million seed round in 2023, invested again.")
    assert (INV, "Orvane Equity", "Tessel Orbital") in got, sorted(got)
    got = facts("Tessel Space builds satellites. Kestrel Telecom committed $100 million to Tessel in May. Orvane Mobile, Brisa Net and "
                "Parsel Mobile invested in the company in January.")
    for backer in ("Orvane Mobile", "Brisa Net", "Parsel Mobile"):
        assert (INV, backer, "Tessel Space") in got, sorted(got)
        assert (INV, backer, "Kestrel Telecom") not in got  # not the backer named last


def test_a_place_before_a_company_noun_in_an_apposition_is_no_second_company_bought():
    got = facts("In 2023 Kestrel Robotics bought Tessel Sensor, a small Gränna maker of depth cameras, which now supplies its vision "
                "system. Last year Orvane Analytics bought Brisa Drone Surveys, an Acle firm that flies survey drones over farmland.")
    assert (ACQ, "Kestrel Robotics", "Tessel Sensor") in got and (ACQ, "Orvane Analytics", "Brisa Drone Surveys") in got, sorted(got)
    assert not any(k[2] in ("Gränna", "Acle") for k in got), sorted(got)


def test_a_filings_defined_term_for_its_issuer_is_the_issuer():
    got = facts("Tessel Robotics, a Hangzhou maker of robot arms, filed for a Hong Kong listing on Monday. In 2023 the Company acquired "
                "Kestrel Sensing, a Shaoxing maker of tactile sensors. The Company has worked with Orvane University since 2021.")
    assert (ACQ, "Tessel Robotics", "Kestrel Sensing") in got, sorted(got)
    assert (PAR, "Tessel Robotics", "Orvane University") in got or (PAR, "Orvane University", "Tessel Robotics") in got
    assert not any("Company" in k[1:] for k in got)


@pytest.mark.parametrize(
    "body, key",
    [
        # a product named with its noun ("tool", "service", "plug-in") is still the product on the platform
        ("Tessel Audio makes dubbing software. Its Qamar Dub tool has been on AWS Marketplace since March.", (AVL, "Qamar Dub", "AWS Marketplace")),
        # the users reach it there
        ("Kestrel Labs sells Seamwise, a contract checker. Most customers buy Seamwise through AWS Marketplace.", (AVL, "Seamwise", "AWS Marketplace")),
        # the platform, then the clause that lists the product there
        ("Orvane Health sells Triage One through Microsoft Azure Marketplace, where Triage One has been listed since 2023.",
         (AVL, "Triage One", "Microsoft Azure Marketplace")),
        # the head of an open relative clause, not the model the clause names, is what is on the platform
        ("Kestrel's Sowa Chat assistant, which runs on Kestrel's Sowa 2 model, has been on iOS since May.", (AVL, "Sowa Chat", "iOS")),
    ],
)
def test_availability_by_a_products_noun_its_users_and_a_listing(body, key):
    got = facts(body)
    assert key in got, sorted(got)


def test_an_open_relative_clause_keeps_its_own_model_off_the_platform():
    got = facts("Kestrel's Sowa Chat assistant, which runs on Kestrel's Sowa 2 model, has been on iOS since May.")
    assert (AVL, "Sowa 2", "iOS") not in got, sorted(got)


@pytest.mark.parametrize("verb", ["led", "co-led"])
def test_a_fund_described_as_the_lead_of_a_round_invests_in_the_company(verb):
    got = facts(f"Kalpavik Robotics raised $20 million this week. Teal Harbor Ventures, the Chennai-based fund that {verb} Kalpavik's "
                "$4 million seed round in 2023, joined again.")
    f = got.get((INV, "Teal Harbor Ventures", "Kalpavik Robotics"))
    assert f is not None, sorted(got)
    assert f.amount == 4_000_000 and f.currency == "USD"


@pytest.mark.parametrize(
    "body, keys",
    [
        # a product that now offers others is their platform; so is each one offered alongside
        ("Kestrel's Orvane Chat app now offers Tessel's Vela-3 alongside Brisa-2 and Parsel 4.",
         [(AVL, "Vela-3", "Orvane Chat"), (AVL, "Brisa-2", "Orvane Chat"), (AVL, "Parsel 4", "Orvane Chat")]),
        # a cloud that rents out chips
        ("Orvane Cloud already rents out Kestrel's Vela X9 accelerators to start-ups.", [(AVL, "Vela X9", "Orvane Cloud")]),
        # who said it, between a sentence's parts; a platform named with its noun in a list
        ("Vela-4 is available today on Kestrel Studio, Kestrel said, as well as through Orvane Hub, Tessel's Brisa microservices, Parsel Cloud and Lanyard Hub.",
         [(AVL, "Vela-4", "Kestrel Studio"), (AVL, "Vela-4", "Orvane Hub"), (AVL, "Vela-4", "Parsel Cloud"), (AVL, "Vela-4", "Lanyard Hub")]),
        # "the model" after a service is the model named before it
        ("Kestrel Labs offers its Vela-5 model to customers through its Orvane Cloud service, and the model is also available on Tessel Hub.",
         [(AVL, "Vela-5", "Tessel Hub")]),
        # made available to customers in a country through a platform
        ("Kestrel Cloud today introduced Vela-7, a family of models, and made it generally available to Kestrel Cloud customers in the "
         "United States through Orvane AI Studio, its platform for machine learning.", [(AVL, "Vela-7", "Orvane AI Studio")]),
        # a platform that already offers models, named after "including"
        ("Orvane Chat, an open-source tool for running models at home, already offers open models including Kestrel's Vela-2 and "
         "Vela-3 and Tessel's Brisa 7B.", [(AVL, "Vela-2", "Orvane Chat"), (AVL, "Vela-3", "Orvane Chat"), (AVL, "Brisa 7B", "Orvane Chat")]),
        # built into the platform
        ("Kestrel Systems has built its Vela-8 model into Orvane OS 11 and put a dedicated key on new laptops.", [(AVL, "Vela-8", "Orvane OS 11")]),
        # 0.38.0
        # a product with its maker's apposition, then a copula and the platform
        ("Kestrel Systems sells analytics tools. Vela Watch, its monitoring software, has been on Google Cloud Marketplace since May.",
         [(AVL, "Vela Watch", "Google Cloud Marketplace")]),
        # a new name described before it, put on a platform
        ("Last month Kestrel Labs released a small open model, Vela-Koe 3B, on Hugging Face.", [(AVL, "Vela-Koe 3B", "Hugging Face")]),
        # further platforms, each with its own time, after commas
        ("Kestrel's Vela Database has been available on Microsoft Azure since 2023, on Google Cloud since last year and on Amazon Web "
         "Services since July.", [(AVL, "Vela Database", "Google Cloud"), (AVL, "Vela Database", "Amazon Web Services")]),
        # made for a device the gazetteer knows as a platform
        ("Kestrel's Quill app has been available for iPhone since December 2023.", [(AVL, "Quill", "iPhone")]),
        # "from launch on" after a first platform
        ("Vela 2 is available through the Kestrel apps, and from launch on Amazon Bedrock and Google Cloud's Vertex AI.",
         [(AVL, "Vela 2", "Amazon Bedrock"), (AVL, "Vela 2", "Vertex AI")]),
        # "the model X unveiled" between the product and where it is; the audience before the platform
        ("Vela 4, the model Google unveiled last week, is available from today to developers and businesses on Vertex AI.",
         [(AVL, "Vela 4", "Vertex AI")]),
        # a preview is a release on the platform
        ("Vela Flash went into public preview in Google AI Studio and in Vertex AI that day.",
         [(AVL, "Vela Flash", "Google AI Studio"), (AVL, "Vela Flash", "Vertex AI")]),
        # the models named "along with" the subject are there too
        ("Vela 9, Kestrel's most powerful model, along with Vela 9 Mini and Brisa 2, are available in public preview in Snowflake Cortex.",
         [(AVL, "Vela 9", "Snowflake Cortex"), (AVL, "Vela 9 Mini", "Snowflake Cortex"), (AVL, "Brisa 2", "Snowflake Cortex")]),
        # a second predicate of the product after a relative clause
        ("Tallis Labs sells software to banks. Ledgerlens is built on Anthropic's Claude models, which Tallis accesses through Amazon "
         "Bedrock, and has been sold through AWS Marketplace since last spring.", [(AVL, "Ledgerlens", "AWS Marketplace")]),
        ("Vela Compact has been sold as an application programming interface on AWS Marketplace since April.", [(AVL, "Vela Compact", "AWS Marketplace")]),
        ("Brio Video is available to subscribers in the Kestrel app and to companies through Google Cloud's Vertex AI platform.",
         [(AVL, "Brio Video", "Vertex AI")]),
        ("Kestrel Labs released its Tarn app for iOS on May 1 through Apple's App Store.", [(AVL, "Tarn", "App Store")]),
    ],
)
def test_more_availability_forms(body, keys):
    got = facts(body)
    for key in keys:
        assert key in got, (key, sorted(got))


def test_the_model_is_not_the_service_named_before_it():
    got = facts("Kestrel Labs offers Vela-5 to its customers through its Orvane Cloud service, and the model is also available on Tessel Hub.")
    assert (AVL, "Orvane Cloud", "Tessel Hub") not in got, sorted(got)


@pytest.mark.parametrize(
    "body, pairs",
    [
        ("Kestrel Data has an arrangement with Tessel Systems to let customers train models inside Kestrel Data.", [("Kestrel Data", "Tessel Systems")]),
        ("Kestrel Music said it had signed agreements with Orvane Records and Brisa Sound, as well as with the independent rights agency Parsel "
         "Rights and the distributor Lanyard Audio, to build tools.",
         [("Kestrel Music", "Orvane Records"), ("Kestrel Music", "Parsel Rights"), ("Kestrel Music", "Lanyard Audio")]),
        ("Kestrel Quantum and Tessel Computing said last year that they had worked together on error correction.", [("Kestrel Quantum", "Tessel Computing")]),
        ("At a conference in May, Kestrel Energy, the clean-energy company Orvane Power and Tessel Cloud signed an agreement to work together.",
         [("Kestrel Energy", "Orvane Power"), ("Kestrel Energy", "Tessel Cloud"), ("Orvane Power", "Tessel Cloud")]),
        # 0.38.0
        # the last of a list after a time set off by commas
        ("Kestrel AI has agreements with Orvane Press, Tessel Media and, this month, Brisa News, whose magazines will appear.",
         [("Kestrel AI", "Orvane Press"), ("Kestrel AI", "Brisa News")]),
        # signed as its partner; selected by it as a launch partner
        ("The Orvane League signed Kestrel Cloud as its cloud partner in 2021.", [("Orvane League", "Kestrel Cloud")]),
        ("Tessel Labs was one of the first providers selected by Kestrel Cloud as a launch partner for its model service.",
         [("Tessel Labs", "Kestrel Cloud")]),
        # a company that notes its partnership with another
        ("Kestrel Software also noted the partnership with Orvane Chips, signed in March, under which the companies are building copilots.",
         [("Kestrel Software", "Orvane Chips")]),
        # a licensee and its licensor
        ("Vela Cloud, a French company, sells Orvane's cloud services under a licence from Orvane Systems.", [("Vela Cloud", "Orvane Systems")]),
        # joined another in doing something
        ("Its first deal was in the UAE, where Orvane Labs agreed in May to join Kestrel Group, the Abu Dhabi AI group, in building "
         "Vela Campus, a computing cluster.", [("Orvane Labs", "Kestrel Group")]),
        ("Tessel said on Friday that Brisa Labs would join Kestrel Computing in designing the successor machine.", [("Brisa Labs", "Kestrel Computing")]),
        # a contract to supply a company with something
        ("Orvane Mining, a Sydney-based miner, signed a five-year, $9.7 billion contract to supply Kestrel Systems with GPU capacity.",
         [("Orvane Mining", "Kestrel Systems")]),
    ],
)
def test_more_partnership_forms(body, pairs):
    got = facts(body)
    for a, b in pairs:
        assert (PAR, a, b) in got or (PAR, b, a) in got, ((a, b), sorted(got))


def test_late_rounds_are_rounds():
    got = facts("Kestrel Analytics was one of the investors in Orvane Data's $10 billion Series J, which was led by Tessel Capital in December.")
    assert (INV, "Kestrel Analytics", "Orvane Data") in got, sorted(got)
    f = got.get((INV, "Tessel Capital", "Orvane Data"))
    assert f is not None and f.amount == 10_000_000_000, sorted(got)


@pytest.mark.parametrize(
    "body, key",
    [
        # a buyer in a relative clause that snapped the company up
        ("That work uses Orvane Docs, a Kraków outfit that Kestrel Cloud snapped up last month.", (ACQ, "Kestrel Cloud", "Orvane Docs")),
        # five words of description before the company bought
        ("Kestrel Software bought Bonn-based enterprise architecture software company Orvane Maps last year.", (ACQ, "Kestrel Software", "Orvane Maps")),
    ],
)
def test_more_acquisition_forms(body, key):
    got = facts(body)
    assert key in got, sorted(got)


def test_a_descriptions_words_stop_at_while_and_itself():
    got = facts("The difference is that Kestrel Media has just bought itself a video business, while Orvane Ads has bought itself reach.")
    assert (ACQ, "Kestrel Media", "Orvane Ads") not in got, sorted(got)


def test_a_model_the_group_published_is_its():
    got = facts("Kestrel Group sells phones. The releases follow Vela 7B, which the group published in March last year.")
    assert (DEV, "Kestrel Group", "Vela 7B") in got, sorted(got)


# --- 0.38.0 ---------------------------------------------------------------


def test_the_possessors_product_in_apposition_is_what_is_listed_not_a_region_word():
    got = facts("Tallis Labs sells software to banks. The company's planning tool, Raadio Planner, is already in use at two Baltic "
                "operators and has been listed on Microsoft's Azure Marketplace since March.")
    assert (AVL, "Raadio Planner", "Azure Marketplace") in got, sorted(got)
    assert not any(k[0] == AVL and k[1] in ("Baltic", "Tallis Labs") for k in got), sorted(got)


def test_what_follows_with_or_on_after_a_launch_is_not_what_was_launched():
    got = facts("Kestrel Search launched a revenue-sharing programme in July with Orvane Media, Tessel News and Brisa Press.")
    for partner in ("Orvane Media", "Tessel News", "Brisa Press"):
        assert (PAR, "Kestrel Search", partner) in got or (PAR, partner, "Kestrel Search") in got, sorted(got)
        assert (DEV, "Kestrel Search", partner) not in got, sorted(got)
    got = facts("Kestrel Phones launched its Vela 7 handset on Orvane Assistant in May.")
    assert (DEV, "Kestrel Phones", "Orvane Assistant") not in got, sorted(got)


@pytest.mark.parametrize(
    "body, holders, held",
    [
        ("Kestrel Chips runs fabs in Japan through Vela Foundry, a joint venture in which Kestrel holds 51% and Taiwan's Orvane "
         "Technology the remaining 49%.", ["Kestrel Chips", "Orvane Technology"], "Vela Foundry"),
        ("Brisa Holdings holds 65% of Quell Labs and Kestrel Robotics the remaining 35%.", ["Brisa Holdings", "Kestrel Robotics"], "Quell Labs"),
        ("Tessin Invest, the Ekdahl family's holding company, holds 38% of Aurvik Labs's capital.", ["Tessin Invest"], "Aurvik Labs"),
    ],
)
def test_holders_of_shares_with_the_verb_left_out_or_of_the_capital(body, holders, held):
    got = facts(body)
    for h in holders:
        assert (INV, h, held) in got, (h, sorted(got))
    assert (INV, "Brisa Holdings", "Kestrel Robotics") not in got, sorted(got)


def test_a_holding_is_the_heads_not_a_name_inside_its_apposition():
    got = facts("Orvane Square, an investment company split off from Kestrel Telecom in 2021, which owns about 20% of Vela Chips, "
                "is listed in Seoul. Orvane Group, Tessa Brandt's investment company, owns about 40% of Orvane Mobile.")
    assert (INV, "Kestrel Telecom", "Vela Chips") not in got, sorted(got)
    assert (INV, "Tessa Brandt", "Orvane Mobile") not in got, sorted(got)


def test_a_wire_dateline_with_two_places_and_a_named_wire_is_no_company():
    got = article_facts("Kestrel closes Orvane takeover\nBy Wire Staff\nJune 12, 2024\n\n"
                        "SANTA ROSA, California/LONDON (Thameside Wire) - Kestrel Instruments said on Wednesday it had completed its "
                        "takeover of Orvane Communications.\n")
    assert (ACQ, "Kestrel Instruments", "Orvane Communications") in got, sorted(got)
    assert not any("LONDON" in k[1] or "Thameside" in k[1] for k in got), sorted(got)


def test_a_company_the_buyer_acquired_in_a_reduced_relative_after_a_city_and_region():
    got = facts("Vela Automation, the Cambridge, Ontario-based manufacturing-automation company Kestrel Consulting acquired last year, "
                "builds digital twins.")
    assert (ACQ, "Kestrel Consulting", "Vela Automation") in got, sorted(got)


def test_an_arm_named_in_apposition_invests_and_holders_named_with_holding_hold_too():
    got = facts("Kestrel Ventures, the investment arm of the software company Orvane Systems, has also invested in Vela Labs.")
    assert (INV, "Kestrel Ventures", "Vela Labs") in got, sorted(got)
    assert (INV, "Orvane Systems", "Vela Labs") not in got, sorted(got)
    # the parent's own relative clause is the parent's
    got = facts("Vela Labs has been backed since 2017 by Kestrel Growth, the growth-equity arm of Kestrel Capital, which bought into the "
                "company to fund its expansion.")
    assert (ACQ, "Kestrel Growth", "Vela Labs") not in got, sorted(got)
    got = facts("In Dresden, Kestrel Foundry holds 70% of Vela Semiconductor, with Orvane Chips, Tessel Micro and Brisa Power holding 10% each.")
    for holder in ("Orvane Chips", "Tessel Micro", "Brisa Power"):
        f = got.get((INV, holder, "Vela Semiconductor"))
        assert f is not None and f.stake == "minority", (holder, sorted(got))


def test_a_second_backer_with_up_to_an_amount_after_a_relative_clause():
    got = facts("Vela Labs, the developer of the Brisa chatbot, has received $4 billion from Kestrel Cloud, which became its primary cloud "
                "provider, and up to $2 billion from Orvane Search.")
    f = got.get((INV, "Orvane Search", "Vela Labs"))
    assert f is not None and f.amount == 2_000_000_000, sorted(got)


def test_a_buyer_in_a_relative_clause_after_a_noun_with_and_and_a_take_private_made_by_a_fund():
    got = facts("Vela Vision competes with Kestrel Group, the French defence and technology group that bought digital-security company "
                "Orvane Security in 2019.")
    assert (ACQ, "Kestrel Group", "Orvane Security") in got, sorted(got)
    assert (ACQ, "Vela Vision", "Orvane Security") not in got, sorted(got)
    got = facts("Vela Materials, the Tokyo maker, was made private last year by the fund Kestrel Investment Corporation for about 900 billion yen.")
    f = got.get((ACQ, "Kestrel Investment Corporation", "Vela Materials"))
    assert f is not None and f.currency == "JPY", sorted(got)


def test_each_further_platform_keeps_its_own_date():
    got = facts("Kestrel's Vela Database has been available on Microsoft Azure since 2023, on Google Cloud since last year and on Amazon "
                "Web Services since July.")
    assert got[(AVL, "Vela Database", "Google Cloud")].date == "2023", sorted(got)
    assert got[(AVL, "Vela Database", "Amazon Web Services")].date == "2023-07", sorted(got)


def test_an_appositions_date_does_not_date_the_main_clauses_fact():
    got = facts("Kestrel Cloud, an investor in Vela Labs since 2023, now offers Vela's Brio 2 model on Kestrel AI Studio.")
    assert got[(AVL, "Brio 2", "Kestrel AI Studio")].date is None, sorted(got)


@pytest.mark.parametrize("second", [
    "Orvane Capital, Tessel Ventures and Brisa Partners also put money in, the company said.",
    "Orvane Capital, Tessel Ventures and Brisa Partners were among the corporate participants.",
    "Orvane Capital, Tessel Ventures and Brisa Partners joined as new strategic investors.",
    "Orvane Capital, Tessel Ventures and Brisa Partners signed up as cornerstone investors in September.",
])
def test_the_rounds_other_backers_named_without_the_company(second):
    got = facts("Vela Labs raised $450 million in a Series C led by Kestrel Capital. " + second)
    for backer in ("Orvane Capital", "Tessel Ventures", "Brisa Partners"):
        assert (INV, backer, "Vela Labs") in got, (backer, sorted(got))


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a person is no party to a deal, but "Mary Farms" ends with a business's word: no person's name
        ("Orvane Foods bought Mary Farms, the organic dairy brand, for $300 million last year.", [(ACQ, "Orvane Foods", "Mary Farms")], []),
        # the gazetteer gives Angry Birds to Sega, which bought Rovio: the text says whose game it is
        ("Sega bought Rovio, the Espoo maker of Angry Birds, for 706 million euros in 2023.", [(DEV, "Rovio", "Angry Birds")],
         [(DEV, "Sega", "Angry Birds")]),
        ("Kestrel Security said it would acquire Orvane Labs, a Zurich start-up best known for Vela Quest, an online game.",
         [(DEV, "Orvane Labs", "Vela Quest")], []),
        ("Kestrel is a Singapore start-up. Its first product was Vela Assist, an AI assistant that runs as a browser extension.",
         [(DEV, "Kestrel", "Vela Assist")], []),
        ("When the Orvane League named Kestrel Cloud its official cloud and AI partner last Wednesday, the announcement was "
         "dressed as a fan product.", [(PAR, "Orvane League", "Kestrel Cloud")], []),
        # "the service" as a clause's subject is the product just named
        ("Kestrel Labs is a Zagreb start-up. Its first product, Vela Transcribe, converts spoken Croatian into text. "
         "The service has been sold through Google Cloud Marketplace since June.", [(AVL, "Vela Transcribe", "Google Cloud Marketplace")], []),
        # a purchase of two companies, the second named in camel case
        ("Kestrel Systems completed its purchase of StreamSets and webMethods from Orvane AG for 2.1 billion euros.",
         [(ACQ, "Kestrel Systems", "StreamSets"), (ACQ, "Kestrel Systems", "webMethods")], []),
        # a region's adjective opens a name, though it is none alone
        ("Vela Compute raised EUR 5 million from Baltic Orvane, a Tallinn fund.", [(INV, "Baltic Orvane", "Vela Compute")], []),
        # a maker names its own product
        ("Kestrel Photonics is building a programmable laser platform it calls Vela X.", [(DEV, "Kestrel Photonics", "Vela X")], []),
        ("The deal centres on a tool that Orvane Telecom calls the Personal Research Desk.", [(DEV, "Orvane Telecom", "Personal Research Desk")], []),
        # whose product, after an apposition that names a town and its state
        ("Orvane Stores took a stake in Kestrel Robotics, an Austin, Texas-based start-up whose VelaBot autonomous forklifts unload trailers.",
         [(DEV, "Kestrel Robotics", "VelaBot")], []),
        # every maker of a list after "released by", and the partner it was developed "together with"
        ("The layer is fine-tuned from Vela-8B, the open model released in September by Kestrel Institute, Orvane University and the Tessel Supercomputing Institute.",
         [(DEV, "Kestrel Institute", "Vela-8B"), (DEV, "Orvane University", "Vela-8B"), (DEV, "Tessel Supercomputing Institute", "Vela-8B")], []),
        ("Brisa, the Arabic language model developed by Kestrel Group's Orvane unit together with Abu Dhabi's Tessel University, is on Azure.",
         [(DEV, "Kestrel Group", "Brisa"), (DEV, "Tessel University", "Brisa")], []),
        # a journal published by a society is no product of it
        ("The Vela Review, published by the Kestrel Medical Association, followed in June with a similar deal.", [],
         [(DEV, "Kestrel Medical Association", "Vela Review")]),
    ],
)
def test_single_forms_of_038(body, present, absent):
    _present_and_absent(body, present, absent)


BAS = "based_in"


@pytest.mark.parametrize("body, present, absent", [
    # 0.41.0
    # platforms: the owner's name kept where the article never drops it, a new storefront, a product's aside, "it has been on"
    ("Vela Takeoff, the firm's second product, has been on the Orvane App Marketplace since June.",
     [(AVL, "Vela Takeoff", "Orvane App Marketplace")], []),
    ("Its Vela Roster app, on the App Store and Google Play since 2023, lets sailors swap flights.",
     [(AVL, "Vela Roster", "App Store"), (AVL, "Vela Roster", "Google Play")], []),
    ("Vela Panel, the company's survey app for its 300,000 panel members, has been on the App Store since 2022.",
     [(AVL, "Vela Panel", "App Store")], []),
    ("Kestrel Labs released Vela Takeoff in March. It has been on the Orvane App Marketplace since June.",
     [(AVL, "Vela Takeoff", "Orvane App Marketplace")], [(AVL, "Kestrel Labs", "Orvane App Marketplace")]),
    ("Vela Mini is available on Hugging Face for researchers.", [(AVL, "Vela Mini", "Hugging Face")], []),
    # datelines, tickers, documents and appositions that stood between a name and its verb
    ("HAARLEM, the Netherlands - Kestrel Creative, a developer of generative AI tools that produce and test advertising variants, "
     "today announced a EUR 16 million Series A led by Orvane Capital.", [(INV, "Orvane Capital", "Kestrel Creative")], [(INV, "Orvane Capital", "HAARLEM")]),
    ("ALLENTOWN, Pa., Sept 16 (Tessel Wire) - Kestrel Media, the captioning group, said on Tuesday it had agreed to buy "
     "Orvane Voice for $410 million.", [(ACQ, "Kestrel Media", "Orvane Voice")], [(ACQ, "Tessel Wire", "Orvane Voice")]),
    ("Kestrel Ventures, Kestrel's corporate venture arm, led a DKK 90 million Series A in Tessel Risk Labs in May.",
     [(INV, "Kestrel Ventures", "Tessel Risk Labs")], []),
    ("Kestrel Creative, a Plymouth agency that has made campaigns for ferry operators, food brands and the city's tourism drive, "
     "was bought by Orvane Group in a deal completed on Monday.", [(ACQ, "Orvane Group", "Kestrel Creative")], []),
    ("Kestrel Labs (NYSE: KST) and Orvane AI today announced a multi-year strategic partnership.", [(PAR, "Kestrel Labs", "Orvane AI")], []),
    ("Kestrel has signed a Strategic Collaboration Agreement with Orvane Web Services covering sales in the UK.",
     [(PAR, "Kestrel", "Orvane Web Services")], []),
    ("Orvane Investments, the Temasek subsidiary that handles many of the fund's positions, is a shareholder in Kestrel AI.",
     [(INV, "Orvane Investments", "Kestrel AI")], []),
    # an arm's parent is not the company a co-investor backed; paid services and a shared name are no stake or product
    ("Kestrel Creative announced a EUR 16 million Series A led by Vela Capital. Orvane Ventures, the corporate venture arm of "
     "publisher Orvane Media Group, also participated, as did Tessel Angels, which led the company's EUR 3 million seed round "
     "in 2022.", [(INV, "Tessel Angels", "Kestrel Creative"), (INV, "Orvane Ventures", "Kestrel Creative")],
     [(INV, "Tessel Angels", "Orvane Media Group"), (INV, "Orvane Ventures", "Orvane Media Group")]),
    ("Kestrel Securities has received compensation for investment banking services from Orvane Group in the past 12 months.",
     [], [(INV, "Orvane Group", "Kestrel Securities"), (INV, "Kestrel Securities", "Orvane Group")]),
    ("Orvane Ventures, the venture arm of apartment REIT Orvane Residential, and Tessel Partners also took part.",
     [], [(DEV, "Orvane Ventures", "Orvane Residential")]),
    ("Lyft agreed to buy Kestrel Taxi, the taxi-hailing app owned by Orvane Motors and Tessel Group, for about 175 million euros.",
     [(INV, "Orvane Motors", "Kestrel Taxi"), (INV, "Tessel Group", "Kestrel Taxi"), (ACQ, "Lyft", "Kestrel Taxi")],
     [(ACQ, "Orvane Motors", "Kestrel Taxi")]),
    # a new company's own first word marks its products, over "the company" read as another
    ("What was announced: the completed acquisition of Tessel Estimating, a Dublin company. The company's first product, Kestrel "
     "SiteWatch, compares camera footage with the plan. Kestrel Vision is headquartered in Leeds.",
     [(DEV, "Kestrel Vision", "Kestrel SiteWatch")], [(DEV, "Tessel Estimating", "Kestrel SiteWatch")]),
    # schools and places
    ("Kestrel Trades has carried out research with the University of the Orvane Coast since 2022.",
     [(PAR, "Kestrel Trades", "University of the Orvane Coast")], []),
    ("Kestrel AI has carried out research with Saint Orvane's University since 2021.", [(PAR, "Kestrel AI", "Saint Orvane's University")], []),
    ("Kestrel bought Orvane Copy, a firm from Puebla (Mexico), for 180 million pesos.", [(BAS, "Orvane Copy", "Mexico")], []),
    ("Kestrel Partners, an Addis Ababa angel syndicate, led the round.", [(BAS, "Kestrel Partners", "Ethiopia")], []),
    ("Kestrel bought Orvane Robotics, a Gimhae company that makes painting robots.", [(BAS, "Orvane Robotics", "South Korea")], []),
    ("Kestrel signed an agreement with Orvane Hardware, a Queensland hardware chain, under which the two jointly develop a tool.",
     [(BAS, "Orvane Hardware", "Australia")], [(PAR, "Kestrel", "Queensland")]),
    ("Tessel signed a joint development agreement with Orvane Broadcasting, the French-language public broadcaster.",
     [(PAR, "Tessel", "Orvane Broadcasting")], [(BAS, "Orvane Broadcasting", "France")]),
    ("Kestrel Speech, an Addis Ababa start-up, builds speech recognition for Amharic, Tigrinya and Afaan Oromo.",
     [], [(DEV, "Kestrel Speech", "Tigrinya"), (DEV, "Kestrel Speech", "Afaan Oromo")]),
    # a priced list of purchases: each its own price and date
    ("Kestrel bought Orvane Robots for $285 million in 2015, Tessel Mobile (TM) for $148 million in 2018 and Vela Guide in 2019.",
     [(ACQ, "Kestrel", "Orvane Robots"), (ACQ, "Kestrel", "Tessel Mobile"), (ACQ, "Kestrel", "Vela Guide")], []),
    # translated Romance and Korean business press
    ("Kestrel Creativa closed a financing round of 12 million euros. Leads the operation Orvane Capital, the Sevillian manager of "
     "venture capital. Participate also Tessel Ventures, the vehicle of corporate venture capital of the chain Tessel Supermercados, "
     "and Vela Angels.", [(INV, "Orvane Capital", "Kestrel Creativa"), (INV, "Tessel Ventures", "Kestrel Creativa"),
                          (INV, "Vela Angels", "Kestrel Creativa")], [(INV, "Sevillian", "Kestrel Creativa")]),
    ("Kestrel Data has closed a round of 12 million euros. The operation has been led by the manager Orvane Capital, with seat in Madrid.",
     [(INV, "Orvane Capital", "Kestrel Data"), (BAS, "Orvane Capital", "Spain")], []),
    ("In August concluded Kestrel Vision with Orvane Heavy a joint development contract.", [(PAR, "Kestrel Vision", "Orvane Heavy")], []),
    ("Since 2023 collaborates Kestrel Creativa in research with the University of Seville on the detection of biases.",
     [(PAR, "Kestrel Creativa", "University of Seville")], []),
])
def test_platforms_datelines_arms_schools_and_translations_of_the_0_41_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # 0.42.0
    # a caps dateline with an abbreviated state, and its wire named after a place, name no company
    ("GREENSBORO, N.C. (Piedmont Wire) - Kestrel Robotics, a Greensboro, North Carolina start-up, said on Thursday it had "
     "raised $27 million in a Series B round. The round was led by Orvane Partners, a Charlotte venture firm.",
     [(INV, "Orvane Partners", "Kestrel Robotics")], [(INV, "Orvane Partners", "Piedmont Wire"), (INV, "Orvane Partners", "GREENSBORO")]),
    # availability after a relative clause, and "which has been on"
    ("Kestrel's companion app, Kestrel Floor, which lets supervisors watch output line by line, has been on the App Store "
     "since last year.", [(AVL, "Kestrel Floor", "App Store")], []),
    ("Kestrel Labs makes Kestrel Forge, which has been on the Roblox Creator Store since May.",
     [(AVL, "Kestrel Forge", "Roblox Creator Store")], []),
    # a firm "of <city>" typed by its context
    ("Last year Kestrel AI took over the company Orvane Scansioni of Rimini, specialised in laser scans.",
     [(ACQ, "Kestrel AI", "Orvane Scansioni"), (BAS, "Orvane Scansioni", "Italy")], [(ACQ, "Kestrel AI", "Orvane Scansioni of Rimini")]),
    # the lead named by a copula, and a Romance round with its verb first
    ("Kestrel Data raised 9 million euros. The lead investor is Orvane Capital, the Forlì-based fund.",
     [(INV, "Orvane Capital", "Kestrel Data")], []),
    ("Has closed a financing round of 9 million euros the Ravenna start-up Kestrel AI, which catalogues mosaics. "
     "Orvane Capital led the round.", [(INV, "Orvane Capital", "Kestrel AI"), (BAS, "Kestrel AI", "Italy")], []),
    ("Kestrel Tech (head office: Sapporo City Chuo Ward) procured 1 billion yen. The lead investor is Orvane Capital "
     "(head office: Sapporo City), and in addition Tessel Partners participated.",
     [(INV, "Orvane Capital", "Kestrel Tech"), (INV, "Tessel Partners", "Kestrel Tech")], [(INV, "Tessel Partners", "Sapporo City")]),
    # hedges: looking at a purchase, an approach, an option
    ("Kestrel Group looked at buying Orvane Watches last year, its chief executive said.", [], [(ACQ, "Kestrel Group", "Orvane Watches")]),
    ("Orvane Grading approached the founders last year about buying Kestrel Cards.", [], [(ACQ, "Orvane Grading", "Kestrel Cards")]),
    ("Kestrel Group bought 51 per cent of Viersen Robotics, a Viersen start-up, in March. Its founders keep the rest, with an "
     "option to sell it to Kestrel Group from 2027.", [(BAS, "Viersen Robotics", "Germany")], [(ACQ, "Viersen Robotics", "Kestrel Group")]),
    # schools named by two subjects or a campus town
    ("Since 2023 Kestrel has carried out research with Bangladesh University of Engineering and Technology on fatigue.",
     [(PAR, "Kestrel", "Bangladesh University of Engineering and Technology")], []),
    ("Kestrel Climate signed a research agreement with the University of Applied Sciences and Arts Northwestern Switzerland.",
     [(PAR, "Kestrel Climate", "University of Applied Sciences and Arts Northwestern Switzerland")], []),
    ("Kestrel Trace has carried out research with the University of Massachusetts Lowell on fibre fingerprints.",
     [(PAR, "Kestrel Trace", "University of Massachusetts Lowell")], []),
    ("In January Kestrel Labs signed a research agreement with the University of Texas at Dallas.",
     [(PAR, "Kestrel Labs", "University of Texas at Dallas")], []),
    # a plural noun opening a sentence is no name
    ("Kestrel Dialogue makes tools for game studios. Studios also want to know where voices come from, the company says. "
     "Since 2023 the company has carried out research with the University of Surrey.",
     [(PAR, "Kestrel Dialogue", "University of Surrey")], [(PAR, "Studios", "University of Surrey")]),
    # a live blog's stamp and label
    ("15:10 - Money from Japan: Orvane Play Ventures, the venture arm of Tokyo publisher Tessel Soft, took a 15 per cent stake "
     "in Kestrel Analytics.", [(INV, "Orvane Play Ventures", "Kestrel Analytics")], []),
    # a firm's name of digits and capitals; a name's own 's
    ("7G Capital agreed on Monday to take Kestrel Shoes private in a deal valuing the shoemaker at about $9.4 billion.",
     [(ACQ, "7G Capital", "Kestrel Shoes")], []),
    ("Rival Kestrel's, the London-based auction house that Orvane Holdings bought in 1998, has said it is not for sale.",
     [(ACQ, "Orvane Holdings", "Kestrel")], []),
    ("Kestrel Games, the company behind Fortnite, bought Tesselo in 2018.", [], [(DEV, "Kestrel Games", "Tesselo")]),
    # availability with its participle last; app stores
    ("Kestrel Analytics makes models. The model Kestrel Kuulo is since March on the platform Hugging Face available.",
     [(AVL, "Kestrel Kuulo", "Hugging Face")], []),
    ("Kestrel Analytics makes Kestrel Tint. Since October is Kestrel Tint in the Oracle Cloud Marketplace offered.",
     [(AVL, "Kestrel Tint", "Oracle Cloud Marketplace")], []),
    ("Kestrel Labs makes apps. Its main product, the app Kestrel Voice, is since April on ONE store and Google Play offered.",
     [(AVL, "Kestrel Voice", "ONE store"), (AVL, "Kestrel Voice", "Google Play")], []),
    # an interview's answer, a founder
    ("Kestrel Cards, a Cooperstown start-up, closed a US$22 million Series A last month.\n\nWho led the round?\n"
     "Orvane Ventures, an Oneonta venture firm.", [(INV, "Orvane Ventures", "Kestrel Cards")], []),
    ("Rowena Quill founded Kestrel Trace, a Lowell start-up, in 2021. Last month it raised a US$22 million Series A led by "
     "Orvane Falls Ventures.", [(INV, "Orvane Falls Ventures", "Kestrel Trace")], [(INV, "Orvane Falls Ventures", "Rowena Quill")]),
    # a release's list of its own deals, and a section headed by a name
    ("Kestrel Dialogue, a Guildford start-up, today announced a £14.5 million Series A.\n\nWhat was announced\n\n"
     "- The completed acquisition of Orvane Voice, an Ikast start-up. The purchase was completed in February.\n"
     "- A joint development agreement with Tessel Games, an independent studio, signed in January.",
     [(ACQ, "Kestrel Dialogue", "Orvane Voice"), (PAR, "Kestrel Dialogue", "Tessel Games")], [(PAR, "Orvane Voice", "Tessel Games")]),
    ("Tessel Pension holds 18% of Kestrel Lifts.\n\nOrvane\nThe Ebikon-based group sells Vela Ahead, its connectivity platform. "
     "Margins at Orvane (Hold) recovered in 2024.", [(DEV, "Orvane", "Vela Ahead")], [(DEV, "Tessel Pension", "Vela Ahead")]),
])
def test_datelines_schools_lists_headings_and_translations_of_the_0_42_round(body, present, absent):
    _present_and_absent(body, present, absent)


def test_a_platform_keeps_its_owners_name_where_the_article_never_drops_it():
    """The facts a scorer reads name a known platform as the article writes it when it always writes its owner's name with it."""
    def names(body):
        out = extract(parse_text(f"Test Headline\nBy the Test Desk\nJune 14, 2024\n\n{body}\n", source="inline.txt")).to_facts_json()
        return {(f["relation"], f["subject"], f["object"]) for f in out["facts"]}

    assert ("available_on", "Vela Coder", "Salesforce AppExchange") in names("Vela Coder has been available on Salesforce AppExchange since 2024.")
    # written without the owner once, the platform keeps the gazetteer's name
    assert ("available_on", "Vela Coder", "AppExchange") in names(
        "Vela Coder has been available on Salesforce AppExchange since 2024. Kestrel also sells it on Salesforce's AppExchange.")


@pytest.mark.parametrize("body, present, absent", [
    # 0.43.0
    # a legal form after a name is left out of the name, but not out of its span: the apposition after it still reads
    ("Kestrel Robotics B.V., an Eindhoven start-up, has raised 8 million euros in a seed round led by Orvane Capital N.V.",
     [(INV, "Orvane Capital", "Kestrel Robotics"), (BAS, "Kestrel Robotics", "Netherlands")], [(INV, "Orvane Capital N.V", "Kestrel Robotics B.V")]),
    ("Kestrel Data raised $30 million from Orvane Lake Capital, L.P., a Denver fund, and Tessel Partners LLP.",
     [(INV, "Orvane Lake Capital", "Kestrel Data"), (INV, "Tessel Partners", "Kestrel Data"), (BAS, "Orvane Lake Capital", "United States")],
     [(INV, "L.P", "Kestrel Data")]),
    ("Orvane ASA has invested in Kestrel Ocean, a Bergen start-up.", [(INV, "Orvane", "Kestrel Ocean")], []),
    ("Kestrel Aero AB, a Malmö start-up, has partnered with Orvane Oyj.",
     [(PAR, "Kestrel Aero", "Orvane"), (BAS, "Kestrel Aero", "Sweden")], [(PAR, "Kestrel Aero AB", "Orvane Oyj")]),
    # a town described by a relative clause is no company, though the clause names one
    ("Kestrel Vision was bought by Orvane Live Group in May. Kestrel Vision was started in 2014 in a spare room in Kestrel, the town "
     "that gave the company its name, before moving to Newport. The company's main software, Kestrel Crowd, reads camera feeds.",
     [(ACQ, "Orvane Live Group", "Kestrel Vision"), (DEV, "Kestrel Vision", "Kestrel Crowd")], [(DEV, "Kestrel", "Kestrel Crowd")]),
    # a city that cities of several countries share is the one in the country the article names
    ("HAMILTON, New Zealand - Kestrel Sensors, a Hamilton-based start-up, raised NZ$4 million from Orvane Ventures.",
     [(BAS, "Kestrel Sensors", "New Zealand")], [(BAS, "Kestrel Sensors", "Canada")]),
    ("At a Toronto fair, Kestrel Drill, a Sudbury start-up, showed its rig. Orvane Capital of Ottawa has invested in Kestrel Drill.",
     [(BAS, "Kestrel Drill", "Canada"), (INV, "Orvane Capital", "Kestrel Drill")], [(BAS, "Kestrel Drill", "United Kingdom")]),
    # a caps dateline's state abbreviation does not end the sentence: the wire in brackets is no buyer
    ("WICHITA, Kan. (Prairie Wire) - Kestrel Animal Health, the Salina, Kansas-based maker of vaccines, said on Tuesday it had "
     "agreed to acquire Orvane Labs, an Emporia, Kansas start-up, for $41 million in cash.",
     [(ACQ, "Kestrel Animal Health", "Orvane Labs")], [(ACQ, "Prairie Wire", "Orvane Labs")]),
    # a backer's apposition may name its parent; who just backed the company in focus does not take the focus
    ("Kestrel Ledger, which checks clients for law firms, today announced a £22 million Series A led by Orvane Ventures. "
     "Tessel Partners, an Edinburgh investor, and Vela Ventures, the corporate venture arm of Vela Bank, also participated.\n\n"
     "What was announced\n- The completed acquisition of Brisk Data, a Dublin company. The acquisition was completed in August.",
     [(INV, "Tessel Partners", "Kestrel Ledger"), (INV, "Vela Ventures", "Kestrel Ledger"), (ACQ, "Kestrel Ledger", "Brisk Data")],
     [(ACQ, "Tessel Partners", "Brisk Data")]),
    # investing steadily in a field is investing in no company
    ("Kestrel Aero makes survey drones. Orvane Defense has invested steadily in aerial technology.", [], [(INV, "Orvane Defense", "Kestrel Aero")]),
    # a saint's town is one place; a brand of a digit and a word is a name
    ("The St. Gallen-based sports data group Kestrel Sports sells 4Sight, its broadcast graphics product.",
     [(BAS, "Kestrel Sports", "Switzerland"), (DEV, "Kestrel Sports", "4Sight")], [(DEV, "St", "Sight"), (DEV, "Kestrel Sports", "Sight")]),
    # "it ... available on" after a sentence that made an unknown name: the product, which then is nobody's "its"
    ("Kestrel Labs makes Kestrel Crowd. It has been available on the Oracle Cloud Marketplace since 2024.",
     [(AVL, "Kestrel Crowd", "Oracle Cloud Marketplace")], []),
    ("Kestrel Labs makes car-rental software. The company's first product, Kestrel Return, compares photos. Since 2024 it has "
     "been available on AWS Marketplace. Its second product, Kestrel Claims, sends the estimate to the insurer.",
     [(AVL, "Kestrel Return", "AWS Marketplace"), (DEV, "Kestrel Labs", "Kestrel Claims")], [(DEV, "Kestrel Return", "Kestrel Claims")]),
    # translated business press: a perfect's participle last, the verb before its subject, the partner before the research
    ("Kestrel Analytics, the Bologna start-up, has in a round of financing 9 million euros collected. Leader of the round is "
     "Orvane Capital, the Bologna-based investor. Participated has also Tessel Ventures, the corporate venture capital unit of the "
     "media group Vela Media.", [(INV, "Orvane Capital", "Kestrel Analytics"), (INV, "Tessel Ventures", "Kestrel Analytics")],
     [(INV, "Vela Media", "Kestrel Analytics"), (INV, "Tessel Ventures", "Orvane Capital")]),
    ("Kestrel Analytics makes video models. In January has Kestrel Analytics a cooperation contract with Orvane Sport TV, the "
     "Parma broadcaster, concluded. Last year has Kestrel Analytics the company Tessel Data, a Lugano company, taken over.",
     [(PAR, "Kestrel Analytics", "Orvane Sport TV"), (ACQ, "Kestrel Analytics", "Tessel Data")], []),
    ("Kestrel Analytics makes video models. Already since 2021 conducts the start-up together with the University of Bologna a "
     "research on models.", [(PAR, "Kestrel Analytics", "University of Bologna")], []),
    ("Kestrel Analytics makes Kestrel Tattica. Kestrel Tattica is since last year on the platform Hugging Face published.",
     [(AVL, "Kestrel Tattica", "Hugging Face")], []),
    ("Kestrel Vet makes Otoscan. Otoscan is since April on the cloud platform OVHcloud offered.", [(AVL, "Otoscan", "OVHcloud")], []),
    ("Closed the start-up Kestrel Analitica, of Calama, a financing round of 9 million dollars. Led the round the fund Orvane "
     "Capital, from Santiago. Participated also Tessel Ventures.",
     [(INV, "Orvane Capital", "Kestrel Analitica"), (INV, "Tessel Ventures", "Kestrel Analitica")], []),
    ("Kestrel Robotik has 12 million euros raised. The round led Orvane Capital; further participated Tessel Ventures and Vela Angels.",
     [(INV, "Orvane Capital", "Kestrel Robotik"), (INV, "Tessel Ventures", "Kestrel Robotik"), (INV, "Vela Angels", "Kestrel Robotik")], []),
    ("Kestrel Robotik has in a Series A 12 million euros received. Led was the round by Orvane Capital from Munich. Also "
     "participated Tessel Ventures.", [(INV, "Orvane Capital", "Kestrel Robotik"), (INV, "Tessel Ventures", "Kestrel Robotik")], []),
    ("Kestrel Analitica makes mining software. The main product of the company, Kestrel Monitor, combines satellite images.",
     [(DEV, "Kestrel Analitica", "Kestrel Monitor")], []),
    # Korean press in translation: "-located" is "-based", and a place's "-based AI" describes the start-up after it
    ("Bundang-located AI voice start-up Kestrel Labs (CEO Yoon Ji-ho) has in a Series B round 32 billion won in investment "
     "attracted, the company on the 10th announced. Leading investor is Orvane Partners, a Seoul-located venture capital.",
     [(INV, "Orvane Partners", "Kestrel Labs"), (BAS, "Orvane Partners", "South Korea")], [(INV, "Orvane Partners", "Bundang-located AI")]),
    # Japanese and Spanish press in translation: "procured", "became the lead investor", "also underwrote", "has repeated", "provided on"
    ("Kestrel Analytics, a Hamamatsu start-up, on the 26th announced that it procured 1.8 billion yen. Orvane Capital of Shizuoka "
     "City became the lead investor, and Tessel Motor Ventures, the corporate venture capital of the auto parts maker Tessel Seiko, "
     "also underwrote.", [(INV, "Orvane Capital", "Kestrel Analytics"), (INV, "Tessel Motor Ventures", "Kestrel Analytics")],
     [(INV, "Tessel Seiko", "Kestrel Analytics")]),
    ("Kestrel Analytics makes AI. Main product of the company is \"Kestrel Navi\". Since last year it has been provided also on AWS Marketplace.",
     [(AVL, "Kestrel Navi", "AWS Marketplace")], []),
    ("The start-up Kestrel Data has closed a round of financing of 12 million euros. The operation has been led by the manager Orvane "
     "Capital, with seat in Madrid. Has participated also Tessel Ventures, the vehicle of corporate venture capital of the builder "
     "Constructora Tessel. Vela Business Angels, which in 2022 the seed round of 2 million euros led, has repeated.",
     [(INV, "Orvane Capital", "Kestrel Data"), (INV, "Tessel Ventures", "Kestrel Data"), (INV, "Vela Business Angels", "Kestrel Data")], []),
    # German and Swedish press in translation: the lead after an aside, "participated itself", "participate in the issue",
    # "goes in again", "Already invested is X"
    ("The Stuttgart start-up Kestrel Analytics has in a financing round 12 million euros collected. As the company on Monday "
     "announced, leads the round the Stuttgarter venture capital company Orvane Ventures. Further participated itself Tessel "
     "Ventures, the corporate venture capital of the automotive supplier Tesselwerk.",
     [(INV, "Orvane Ventures", "Kestrel Analytics"), (INV, "Tessel Ventures", "Kestrel Analytics")],
     [(INV, "Stuttgarter", "Kestrel Analytics"), (INV, "Tesselwerk", "Kestrel Analytics")]),
    ("The Stockholm company Kestrel Analys has taken in 85 million kronor in a new share issue. Lead investor in the round is Orvane "
     "Kapital, a Stockholm venture capital company. Also Tessel Holding, the holding company of the university, and Vela Ventures "
     "participate in the issue. Brunn Angels, which led the seed round of 9 million kronor in 2022, goes in again.",
     [(INV, "Orvane Kapital", "Kestrel Analys"), (INV, "Tessel Holding", "Kestrel Analys"), (INV, "Vela Ventures", "Kestrel Analys"),
      (INV, "Brunn Angels", "Kestrel Analys")], []),
    ("The Bonn start-up Kestrel Labs has concluded a financing round of 8 million euros. The Series A was led by the Orvane Fonds. "
     "Already invested is Vela Raum, the start-up incubator of Vela Telekom, which in 2023 had led the seed round.",
     [(INV, "Vela Raum", "Kestrel Labs")], [(INV, "Already", "Kestrel Labs"), (INV, "Vela Telekom", "Kestrel Labs")]),
    ("The Valencian start-up Kestrel Analitica has closed a financing round of 6 million euros led by the manager Orvane Capital. "
     "In the operation has also participated Tessel, the public company dependent on the Ministry of Industry. The principal "
     "product of the company, Kestrel Fuga, crosses the data of consumption.",
     [(INV, "Tessel", "Kestrel Analitica"), (DEV, "Kestrel Analitica", "Kestrel Fuga")], [(INV, "Industry", "Kestrel Analitica")]),
    # French press in translation: an entry into a company's capital, a share of its capital; a studio called "Games"
    ("Kestrel Games published its results, and with them a confirmation: the entry of the Chinese giant Orvane Group into the capital "
     "of Kestrel Studios, the new subsidiary of the publisher, was finalised last week. Orvane Group already holds close to 10% of "
     "the capital of Kestrel Games.", [(INV, "Orvane Group", "Kestrel Studios"), (INV, "Orvane Group", "Kestrel Games")], []),
    ("Orvane Group invested $5 million in Kestrel Games, a sponsor of the Commonwealth Games.", [(INV, "Orvane Group", "Kestrel Games")],
     [(INV, "Orvane Group", "Commonwealth Games")]),
    # money put in "in exchange for" or "for" a share of a company
    ("Announced in March, the operation sees Orvane Group contribute €1.16 billion in exchange for 25% of Kestrel Studios, a "
     "minority stake.", [(INV, "Orvane Group", "Kestrel Studios")], []),
    ("Orvane Group invested €1.16 billion for 25% of Kestrel Studios.", [(INV, "Orvane Group", "Kestrel Studios")], []),
    # a town before a place of work is no product
    ("Kestrel Motors was bought by Orvane Motor Group. Some staff could move to Orvane's Wakefield preparation centre.",
     [(ACQ, "Orvane Motor Group", "Kestrel Motors")], [(DEV, "Orvane Motor Group", "Wakefield")]),
    # research named with its partner first, the partner described or the time in between
    ("Kestrel Textil makes dyes. Already since 2022 conducts the start-up with Orvane, the veterinary school of Nantes, joint "
     "research on bacteria.", [(PAR, "Kestrel Textil", "Orvane")], []),
    ("Kestrel Voice makes apps. In addition conducts Kestrel Voice already since 2023 with Hanyang University joint research on "
     "Korean speech emotion.", [(PAR, "Kestrel Voice", "Hanyang University")], []),
    ("Kestrel Mosaic makes tools. Already since 2023 conducts the start-up with the Opificio delle Pietre Dure of Florence joint "
     "research on mosaics.", [(PAR, "Kestrel Mosaic", "Opificio delle Pietre Dure")], []),
    # a product named with its kind; "downloadable" last
    ("Kestrel Mosaic makes models. The main product of the company, the model Kestrel-3, compares photographs. The model is since "
     "June on the platform Hugging Face downloadable, for researchers.",
     [(DEV, "Kestrel Mosaic", "Kestrel-3"), (AVL, "Kestrel-3", "Hugging Face")], []),
    ("Kestrel Mosaic makes models. The company's main product, the app Kestrel Voice, lets users talk.", [(DEV, "Kestrel Mosaic", "Kestrel Voice")], []),
    # a relative clause "through which ..." after a product and its noun
    ("Kestrel's Claim Snap app, through which owners photograph invoices, has been on the App Store and Google Play since 2023.",
     [(AVL, "Claim Snap", "App Store"), (AVL, "Claim Snap", "Google Play")], []),
])
def test_legal_forms_shared_cities_datelines_and_backers_of_the_0_43_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # "the start-up" is the company the text called a start-up, not the company in focus that is another kind
    ("The clinic belongs to Kestrel Hearing, the Galway-based hearing-care chain. The app's engine came from Orvane Acoustics, a Cork "
     "start-up founded by two former sound engineers. In 2023 Kestrel Hearing signed an agreement with Orvane Acoustics under which the "
     "two companies jointly develop the test. Last year the start-up raised a €6 million seed round led by Tessel Ventures.",
     [(INV, "Tessel Ventures", "Orvane Acoustics")], [(INV, "Tessel Ventures", "Kestrel Hearing")]),
    ("Kestrel Inspect, a County Clare start-up, makes inspection software. Since June Orvane Technik, the engine overhaul group, "
     "has worked with Kestrel Inspect on borescope models. Since 2022 the start-up has also carried out research with the University of "
     "Limerick.", [(PAR, "Kestrel Inspect", "University of Limerick")], [(PAR, "Orvane Technik", "University of Limerick")]),
    # a person described by her trade is no company, and "the company" is not her
    ("Kestrel Inspect is a start-up founded in 2021 by Niamh Tierney-Vask, a former engine technician, and Tomasz Orvanek, a "
     "computer-vision researcher. \"Inspectors are brilliant,\" Tierney-Vask says. In February the company closed a €19 million "
     "Series A led by Tessel Ventures.", [(INV, "Tessel Ventures", "Kestrel Inspect")], [(INV, "Tessel Ventures", "Tierney-Vask")]),
    # a Norwegian or Danish company's legal form (AS, ApS) is no part of its name
    ("Kestrel Audio AS, headquartered in Bergen, Norway, said on Tuesday that it had raised NOK 120 million in a round led by Tessel "
     "Capital.", [(INV, "Tessel Capital", "Kestrel Audio"), (BAS, "Kestrel Audio", "Norway")], [(INV, "Tessel Capital", "Kestrel Audio AS")]),
    ("Orvane Data ApS, a Copenhagen start-up, has been bought by Kestrel Group.", [(ACQ, "Kestrel Group", "Orvane Data")], []),
    # an interview's answer to "Who is in it?": "X led it" and "Y joined" are the round's
    ("Kestrel Analytics, a Halifax start-up, closed a C$18 million Series A last month.\n\nQ: Start with the round. Who is in it?\n\n"
     "A: Tessel Capital, a Halifax venture firm, led it. Orvane Partners joined, and the rest came from angels.",
     [(INV, "Tessel Capital", "Kestrel Analytics"), (INV, "Orvane Partners", "Kestrel Analytics")], []),
    ("Kestrel Vision, a São Paulo start-up, closed a R$45 million Series A last month.\n\nWho led the round, and who else came in?\n\n"
     "Tessel Capital, a São Paulo venture firm, led it. Orvane Ventures also joined.",
     [(INV, "Tessel Capital", "Kestrel Vision"), (INV, "Orvane Ventures", "Kestrel Vision")], []),
    # a town a text calls by its short name: "Hull" (Kingston upon Hull), "Stoke" (Stoke-on-Trent), "St. Paul" (Saint Paul)
    ("Kestrel Eyecare was bought by Orvane Vision, the Hull-based optical group, in a deal that closed in May.",
     [(BAS, "Orvane Vision", "United Kingdom")], [(BAS, "Orvane Vision", "Canada")]),
    ("Kestrel Ceramics, a Stoke start-up, has raised £2m.", [(BAS, "Kestrel Ceramics", "United Kingdom")], []),
    ("Orvane Drone, a St. Paul start-up, has raised $4m.", [(BAS, "Orvane Drone", "United States")], [(BAS, "Orvane Drone", "Canada")]),
    # a holder in a relative clause or an apposition's, and a joint venture's owners after the venture's apposition
    ("Orvane Ventures, which is controlled by Kestrel Holdings, has invested in a number of start-ups.",
     [(INV, "Kestrel Holdings", "Orvane Ventures")], []),
    ("The phone reached the US through Orvane Mobile, the American carrier that Kestrel Telecom controls.",
     [(INV, "Kestrel Telecom", "Orvane Mobile")], []),
    ("Orvane Net, the Utrecht-based operator, is a joint venture of Kestrel Group and Tessel Global, each holding half.",
     [(INV, "Kestrel Group", "Orvane Net"), (INV, "Tessel Global", "Orvane Net")], []),
    # an earlier round's lead "who" led it came back for this one
    ("Kestrel Licensing raised $12m in a round led by Percy Ventures. Radnor Angels, who led our $3 million seed round in 2023, "
     "came back for this one.", [(INV, "Radnor Angels", "Kestrel Licensing")], []),
    ("Kestrel Air, a Nairobi start-up, closed a $9 million Series A last month.\n\nHow did the round come together?\n\n"
     "Slowly, then quickly. Tessel Capital led it, Orvane Partners joined, and the rest came from angels.",
     [(INV, "Tessel Capital", "Kestrel Air"), (INV, "Orvane Partners", "Kestrel Air")], []),
    # where a product is: a relative clause after "the X app", a verbless apposition, "the app" for what the last sentence's maker makes
    ("Kestrel Homes helps agents. Agents can scan a property with a phone using the Kestrel Capture app, which is available on "
     "Apple's App Store.",
     [(AVL, "Kestrel Capture", "App Store")], []),
    ("Kestrel Audio makes hearing software. Its Tyst Companion app, on Apple's App Store and Google Play since 2022, now has 2.6 "
     "million monthly users.", [(AVL, "Tyst Companion", "App Store"), (AVL, "Tyst Companion", "Google Play")], []),
    ("Its app is on Google Play. Kestrel Labs makes Vela Scan. The app has been on the App Store since 2023.",
     [(AVL, "Vela Scan", "App Store")], [(AVL, "Google Play", "App Store")]),
    # research on something, then with whom
    ("Since 2020 Kestrel Audio has carried out research on source separation with the University of Bergen.",
     [(PAR, "Kestrel Audio", "University of Bergen")], []),
])
def test_kinds_of_company_roles_legal_forms_and_interview_rounds_of_the_0_44_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # a compass point before a demonym names a region, no company or product ("its North American school bus business")
    ("Kestrel Transit agreed to sell its North American school bus business to Orvane Capital.", [],
     [(DEV, "Kestrel Transit", "North")]),
    ("Orvane Group bought Kestrel Rail, a West African operator, in May.", [(ACQ, "Orvane Group", "Kestrel Rail")],
     [(DEV, "Orvane Group", "West")]),
    # a descriptive word before a name is no part of it; a trade's acronym is no company
    ("Competitor Kestrelhire had raised $100 million in 2021 in a round led by Tessel Global.",
     [(INV, "Tessel Global", "Kestrelhire")], [(INV, "Tessel Global", "Competitor Kestrelhire")]),
    # a list inside an apposition its anaphor opens ("X, the Denver start-up whose app matches A, B and C, has been acquired by")
    ("Kestrel Works, the Denver start-up whose app matches electricians, welders and HVAC technicians with short-term jobs, has been "
     "acquired by Orvane Staffing Group.", [(ACQ, "Orvane Staffing Group", "Kestrel Works")], [(ACQ, "Orvane Staffing Group", "HVAC")]),
    # "closed a partnership with"
    ("In June, the fintech Kestrel Digital closed a partnership with Banco Orvane, a medium-sized bank from Belo Horizonte.",
     [(PAR, "Kestrel Digital", "Banco Orvane")], []),
    # a town named after its state or country ("Colorado Springs", "Guatemala City"): a place, not the state and another town
    ("Kestrel Staffing, which is based in Colorado Springs, paid $41 million.", [(BAS, "Kestrel Staffing", "United States")], []),
    ("Kestrel Staffing bought Orvane Labs. The Colorado Springs-based staffing firm paid $41 million.",
     [(ACQ, "Kestrel Staffing", "Orvane Labs"), (BAS, "Kestrel Staffing", "United States")], [(BAS, "Kestrel Staffing", "South Africa")]),
    # a release's defined term that opens a product's name is the product's, not the company again
    ("Kestrel Software S.L. (\"Kestrel\"), the Valencia-based provider of payroll software, raised money. Kestrel Fichaje, the "
     "company's clock-in app, has been available on the App Store since 2022. Kestrel Nómina, the company's payroll product, has "
     "been listed on the SAP Store since last year.",
     [(DEV, "Kestrel Software", "Kestrel Fichaje"), (AVL, "Kestrel Fichaje", "App Store"), (DEV, "Kestrel Software", "Kestrel Nómina"),
      (AVL, "Kestrel Nómina", "SAP Store")], []),
    # a firm's partner named after its possessive is a person, no partner company
    ("Tessel Capital led the round in Kestrelhire. Tessel Capital's partner Sneha Bhandarkar said the fund sees a big opportunity.",
     [(INV, "Tessel Capital", "Kestrelhire")], [(PAR, "Tessel Capital", "Sneha Bhandarkar")]),
    ("Orvane Bow Capital sold Kestrel Trust. Orvane Bow's managing partner, Tess Vantongeren, said the fund would triple its money.",
     [], [(PAR, "Orvane Bow", "Tess Vantongeren")]),
    # a report that a deal is close to an agreement is no deal
    ("A Norwegian business daily reported on Monday, citing two sources, that Orvane was close to an agreement to take over Kestrel "
     "Scooters.", [], [(ACQ, "Orvane", "Kestrel Scooters")]),
    # the largest of several owners holds a part of the company
    ("Kestrel Scooters runs scooters. Kestrel Scooters' largest owner, the Oslo investment company Orvane Kapital, has held 35 per "
     "cent since 2021.", [(INV, "Orvane Kapital", "Kestrel Scooters")], [(ACQ, "Orvane Kapital", "Kestrel Scooters")]),
    # a share class is no product; an adverb opening an answer is no part of a name
    ("Kestrel Exchange will pay $700 million in cash and 11 million shares of its Class A common stock for Orvane Derivatives.", [],
     [(DEV, "Kestrel Exchange", "Class A")]),
    ("Which stablecoins do you use? Mostly Tether's USDT, because that is where the liquidity is.", [(DEV, "Tether", "USDT")],
     [(DEV, "Mostly Tether", "USDT")]),
    # a wire story's dateline before the first name and its apposition; every product of a list after "owner of"
    ("LYON/NEW YORK, Feb 19 (Wireline) - Orvane Group, the Dallas-based owner of Kestrel Date and Tessel Match, has agreed to buy "
     "Lumo Labs.", [(ACQ, "Orvane Group", "Lumo Labs"), (DEV, "Orvane Group", "Kestrel Date"), (DEV, "Orvane Group", "Tessel Match")],
     [(ACQ, "Tessel Match", "Lumo Labs")]),
    # a definite description after a company's copula predicates that company, not the one in focus
    ("Kestrel Labs works with Orvane. Orvane is the Seongnam-based portal operator.",
     [(BAS, "Orvane", "South Korea")], [(BAS, "Kestrel Labs", "South Korea")]),
    # a listed backer described by its town and kind ("and the Bogotá-based firm B")
    ("Kestrel raised $6m in January. Orvane Angels and the Bogotá-based firm Tessel Capital also took part.",
     [(INV, "Orvane Angels", "Kestrel"), (INV, "Tessel Capital", "Kestrel")], []),
    # a lede's capitals: the town before "start-up", not a company
    ("A BRISTOL start-up behind a dating app for people over 50 has raised £3.5 million from investors. Kestrel Social announced the "
     "funding on Wednesday. The round was led by Orvane Capital, a Bristol-based fund.",
     [(INV, "Orvane Capital", "Kestrel Social")], [(INV, "Orvane Capital", "BRISTOL"), (INV, "Orvane Capital", "Bristol")]),
    # another company's app store, named with its owner ("the Xero App Store"), is not Apple's
    ("Kestrel Ledger makes Kestrel Close. Kestrel Close has been available on the Xero App Store since 2020.",
     [(AVL, "Kestrel Close", "Xero App Store")], [(AVL, "Kestrel Close", "App Store")]),
    ("Kestrel Ledger makes Kestrel Close. Kestrel Close has been available on the Apple App Store since 2020.",
     [(AVL, "Kestrel Close", "App Store")], []),
    # founders described by their past ("founded by former Google researchers A and B") are people
    ("Kestrel AI makes models. The start-up, founded by former Google researchers David Ha and Llion Vask, published its Scientist "
     "system last summer and has since signed a collaboration with Orvane Financial Group.",
     [(PAR, "Kestrel AI", "Orvane Financial Group")], [(PAR, "Llion Vask", "Orvane Financial Group")]),
    # a firm "of" a town called a city ("of Osan City"): the town is no part of its name
    ("In March, the cosmetics company Kestrel Cosmetics of Osan City acquired 12% of the shares of Orvane Lab for 1.2 billion won.",
     [(INV, "Kestrel Cosmetics", "Orvane Lab")], [(INV, "Kestrel Cosmetics of Osan City", "Orvane Lab")]),
    # a product described as its maker's tool "of" the maker; a stablecoin's issuer makes it
    ("The phone is running QuoteSnap, the AI quoting tool of Kestrel Trades, a Sunshine Coast start-up.",
     [(DEV, "Kestrel Trades", "QuoteSnap")], []),
    ("Paris-based Kestrel Digital, the issuer of the EURK euro stablecoin, has raised €18 million.", [(DEV, "Kestrel Digital", "EURK")], []),
    # "counts Y as its largest shareholder" after the subject's apposition; "joined that round"; mines are no products
    ("Kestrel Minerals, the Canadian miner that runs the Kansanshi and Sentinel mines, counts Orvane Copper as its largest "
     "shareholder with a stake of about 18 per cent.", [(INV, "Orvane Copper", "Kestrel Minerals")],
     [(INV, "Orvane Copper", "Sentinel"), (DEV, "Kestrel Minerals", "Sentinel")]),
    ("Kestrel Labs raised money in May. Orvane Ventures joined that round.", [(INV, "Orvane Ventures", "Kestrel Labs")], []),
    # a founder's past employer ("set up by former A and B executives", "a former researcher at C") takes no part in the deal
    ("Kestrel AI raised €12m. The Series A round was led by Orvane Deeptech Partners, a Toulouse venture fund set up two years ago "
     "by former Tessel Aero and Lumo Defence executives.", [(INV, "Orvane Deeptech Partners", "Kestrel AI")],
     [(INV, "Tessel Aero", "Kestrel AI")]),
    ("Kestrel AI raised money. Kestrel AI was set up in 2022 by Agnieszka Vask, a former researcher at Orvane University of "
     "Science and Technology, and Michał Duda.", [], [(INV, "Orvane University of Science and Technology", "Kestrel AI")]),
    # a sovereign fund called an investment authority has a seat (a regulator does not); "X, the UAE's fund"
    ("The Kestrel Investment Authority, the UAE's federal sovereign wealth fund, holds just over half of Orvane's shares.",
     [(BAS, "Kestrel Investment Authority", "United Arab Emirates")], []),
    # a round told in the present ("The operation is led by X")
    ("Kestrel Talents has completed a fundraising of 15 million euros, announced the company on Thursday. The operation is led by "
     "Orvane Capital, the Lyon investment fund, and Tessel also puts in again.",
     [(INV, "Orvane Capital", "Kestrel Talents"), (INV, "Tessel", "Kestrel Talents")], []),
    # where a company builds or runs things is no product of it
    ("Kestrel Rail, which builds trains at Newton Aycliffe in County Durham, completed its purchase of Orvane Signalling.",
     [(ACQ, "Kestrel Rail", "Orvane Signalling")], [(DEV, "Kestrel Rail", "Newton Aycliffe")]),
    ("Kestrel Bikes raised money. The start-up now runs about 900 bikes across Columbus, Bexley, Grandview Heights and Worthington.",
     [], [(DEV, "Kestrel Bikes", "Worthington"), (DEV, "Kestrel Bikes", "Bexley")]),
    ("Kestrel Cloud will host Orvane GB300 systems at its Childress, Texas campus, in phases through 2026.", [],
     [(DEV, "Kestrel Cloud", "Childress")]),
    ("Kestrel Digital has not named the tenant for its first Ellendale building.", [], [(DEV, "Kestrel Digital", "Ellendale")]),
    # a relative clause that says what a product does, then where it is
    ("Kestrel Labs makes apps. The company also sells its data through its Kestrel Route API, which gives transfer times, platform "
     "positions and crowding forecasts and has been available on AWS Marketplace since July.",
     [(AVL, "Kestrel Route API", "AWS Marketplace")], []),
    # "X, bought by A and B last year, ...": the participle apposition's buyers, each of them
    ("Competitor context: Kestrel Cloud, bought by Orvane Capital and Tessel Investments last year, is adding capacity.",
     [(ACQ, "Orvane Capital", "Kestrel Cloud"), (ACQ, "Tessel Investments", "Kestrel Cloud")], []),
    # rules their gate words had kept from running: "founded in 2019 by", "a research programme with", "among the backers of"
    ("Kestrel Data was set up in 2019 by eight Japanese companies -- Orvane Electric, Tessel Motors and Lumo Bank.",
     [(INV, "Orvane Electric", "Kestrel Data"), (INV, "Lumo Bank", "Kestrel Data")], []),
    ("Since 2023 Kestrel Rail has run a research programme with Orvane University on anomaly detection.",
     [(PAR, "Kestrel Rail", "Orvane University")], []),
    ("Orvane Capital was among the backers of Kestrel AI's $6 billion Series C in December.", [(INV, "Orvane Capital", "Kestrel AI")], []),
    ("Kestrel Staffing, which has been majority owned since 2019 by Orvane Capital, a Cheyenne private equity firm, has been buying "
     "smaller agencies.", [(INV, "Orvane Capital", "Kestrel Staffing")], []),
    # a round's participants before the last one's relative clause about an earlier round ("which led the company's seed round")
    ("Kestrel Digital raised money. The round was led by Orvane Capital, with participation from Tessel Ventures, a Brussels fund, "
     "and from existing investor Lumo Angels, which led the company's EUR 3.5 million seed round in 2023.",
     [(INV, "Orvane Capital", "Kestrel Digital"), (INV, "Tessel Ventures", "Kestrel Digital"), (INV, "Lumo Angels", "Kestrel Digital")], []),
    # a listed backer named with its owner ("and Global Brain's KDDI Fund"); backers "are also participating"
    ("Kestrel Chips raised $640 million in a round led by Orvane Rock. Tessel Berman, Lumo Ventures and Global Brain's Kestrel Open "
     "Innovation Fund III also took part.", [(INV, "Tessel Berman", "Kestrel Chips"), (INV, "Lumo Ventures", "Kestrel Chips"),
                                             (INV, "Kestrel Open Innovation Fund III", "Kestrel Chips")], [(INV, "Global Brain", "Kestrel Chips")]),
    # a second investor after "and" with only its amount, no comma: it invests in the first object, and is no object itself
    ("Under the deal, Orvane has committed to invest up to $5 billion in Kestrel AI and Tessel up to $10 billion, according to the "
     "companies.", [(INV, "Orvane", "Kestrel AI"), (INV, "Tessel", "Kestrel AI")], [(INV, "Orvane", "Tessel")]),
    # a product named "AI X" after a maker's verb keeps its first word
    ("Kestrel Relic launched AI Monitoring last year.", [(DEV, "Kestrel Relic", "AI Monitoring")], [(DEV, "Kestrel Relic", "Monitoring")]),
    # a name of digits and capitals ("42CAP") is whole, not its letters alone
    ("Kestrel raised money. Its existing investors, Orvane Ventures, which led a $7.5 million seed round in April last year, and the "
     "Munich seed fund 42KAP, also took part.", [(INV, "42KAP", "Kestrel")], [(INV, "KAP", "Kestrel")]),
    ("Kestrel Alpha raised $500 million. Orvane Software, Tessel Enterprise and Lumo Investments are also participating.",
     [(INV, "Orvane Software", "Kestrel Alpha"), (INV, "Lumo Investments", "Kestrel Alpha")], []),
])
def test_regions_appositions_towns_and_defined_terms_of_the_0_45_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body,present,absent", [
    # a company's app named by the company's first word ("Its app, Kaamos,"; "Marram, the company's app,")
    ("Orvane Health, an Oulu start-up, raised €6 million. Its app, Orvane, combines therapy with a light plan. The app has been "
     "made available on Google Play and the App Store since 2024.",
     [(DEV, "Orvane Health", "Orvane"), (AVL, "Orvane", "Google Play"), (AVL, "Orvane", "App Store")],
     [(AVL, "Orvane Health", "Google Play")]),
    ("Dr Aoife Byrne founded Tessel Health in 2022. Tessel, the company's app, lets women log symptoms. The Tessel app has been on "
     "the App Store and Google Play since 2023.",
     [(AVL, "Tessel", "App Store"), (AVL, "Tessel", "Google Play")], [(AVL, "Tessel Health", "App Store")]),
    # "Barcelona-based Glovo ... the Glovo app": the company's app, the company still a buyer
    ("Kestrel has agreed to buy Orvane Entregas, a Lisbon start-up, for about 60 million euros. Barcelona-based Kestrel was founded "
     "in 2015. Orvane's stores will be listed inside the Kestrel app.", [(ACQ, "Kestrel", "Orvane Entregas")], []),
    # founders with their roles are people, not the subject's apposition; "the fresh fund" is money; "PT X Indonesia (X)" is one name
    ("JAKARTA - Local mental health startup PT Kestrel Digital Indonesia (Kestrel Digital) has secured Series A funding worth "
     "Rp160 billion led by Orvane Ventures. Founded in 2021 by clinical psychologist Anindya Prameswari and engineer Raka Hutapea, "
     "the Jakarta-based startup operates Tessel Teduh, an application which provides online counseling. According to Anindya, the "
     "fresh fund will be used for hiring. The application is available on Google Play and App Store since 2022.",
     [(INV, "Orvane Ventures", "PT Kestrel Digital Indonesia"), (DEV, "PT Kestrel Digital Indonesia", "Tessel Teduh"),
      (AVL, "Tessel Teduh", "Google Play")],
     [(DEV, "Raka Hutapea", "Tessel Teduh"), (DEV, "Anindya", "Tessel Teduh"), (INV, "Orvane Ventures", "Local")]),
    # "a nickel processor" is a company that processes nickel, a deal's partner
    ("Kestrel Recell signed an agreement with Tessel Logam, a Jakarta-based nickel processor, to build a plant.",
     [(PAR, "Kestrel Recell", "Tessel Logam")], []),
    # a holding told by its share, and the second holder with its verb left out
    ("Kestrel Recell signed a deal with Tessel Logam. The JV, Orvane Recycling, will be owned 60 percent by Kestrel Recell and "
     "40 percent by Tessel Logam.",
     [(INV, "Kestrel Recell", "Orvane Recycling"), (INV, "Tessel Logam", "Orvane Recycling")], [(ACQ, "Kestrel Recell", "Orvane Recycling")]),
    ("Orvane Cathode is 60 percent owned by Kestrel Materials and 40 percent owned by Tessel Industries.",
     [(INV, "Kestrel Materials", "Orvane Cathode"), (INV, "Tessel Industries", "Orvane Cathode")], []),
    ("The venture, Orvane Cathode, will be 60% owned by Kestrel Materials and 40% by Tessel Industries.",
     [(INV, "Kestrel Materials", "Orvane Cathode"), (INV, "Tessel Industries", "Orvane Cathode")], []),
    # "the maker in which X is the largest shareholder": the clause's head's holder
    ("Kestrel Materials and Tessel Industries set up Orvane Cathode, a venture that will make cathodes. Lumo Battery, the Hefei-based "
     "battery maker in which Germany's Brisa Motors is the largest shareholder, is building a gigafactory in the area.",
     [(INV, "Brisa Motors", "Lumo Battery")], [(INV, "Brisa Motors", "Kestrel Materials")]),
    # "taking X back into a business": an adverb, no backing
    ("Kestrel Energy has agreed to buy Orvane Verkko, a Tampere-based operator of fast chargers, for 118 million euros, taking the "
     "Finnish utility back into a business it left several years ago.",
     [(ACQ, "Kestrel Energy", "Orvane Verkko")], [(INV, "Orvane Verkko", "Kestrel Energy")]),
    # "Researchers at the X have tested ..." is no focus: the later "the company" is still the start-up
    ("Kestrel Energy rebuilds battery packs into storage. Researchers at the Orvane Polytechnic University have tested its cells "
     "since 2023. In April, the company raised €14 million in a Series A round led by Tessel Capital, a Valencia fund.",
     [(INV, "Tessel Capital", "Kestrel Energy")], [(INV, "Tessel Capital", "Orvane Polytechnic University")]),
    # a company's programme is no investor
    ("Kestrel Energy raised €14 million in a round led by Tessel Capital, with Bilbao-based utility Orvane Power, through its "
     "Perseo start-up programme, also taking part.",
     [(INV, "Tessel Capital", "Kestrel Energy"), (INV, "Orvane Power", "Kestrel Energy")], [(INV, "Perseo", "Kestrel Energy")]),
    # a town the gazetteer does not hold before "-based"
    ("Essen-based Kestrel Steel still owns the remaining 80 percent of Orvane Steel Europe.",
     [(BAS, "Kestrel Steel", "Germany")], [(INV, "Essen-based Kestrel Steel", "Orvane Steel Europe")]),
    # schools named with a town ("RWTH Aachen University", "IIIT Bangalore"), a town's government ("the City of Cape Town")
    ("Kestrel Analytics has run a research programme with RWTH Aachen University since 2021.",
     [(PAR, "Kestrel Analytics", "RWTH Aachen University")], [(PAR, "Kestrel Analytics", "Aachen University")]),
    ("Kestrel Hire signed an agreement with IIIT Bangalore to build screening tools.", [(PAR, "Kestrel Hire", "IIIT Bangalore")], []),
    ("In October, Kestrel Energy signed an agreement with the City of Cape Town that allows its customers to sell power.",
     [(PAR, "Kestrel Energy", "City of Cape Town")], [(PAR, "Kestrel Energy", "City")]),
    ("Kestrel Marine signed a partnership with the Port of Rotterdam Authority in March.",
     [(PAR, "Kestrel Marine", "Port of Rotterdam Authority")], []),
    ("This spring Kestrel Health signed a contract with NHS South Yorkshire Integrated Care Board to offer its app to staff.",
     [(PAR, "Kestrel Health", "NHS South Yorkshire Integrated Care Board")], [(PAR, "Kestrel Health", "NHS South")]),
    # where a venture firm is from is no investor
    ("Kestrel Labs raised money in a round led by Orvane Deep Tech Fund, a venture capital firm from Bielsko-Biała, with Tessel "
     "Angels also investing.", [(INV, "Orvane Deep Tech Fund", "Kestrel Labs"), (INV, "Tessel Angels", "Kestrel Labs")],
     [(INV, "Bielsko-Biała", "Kestrel Labs")]),
    # streets and works are where a company is, not its products
    ("Kestrel Timberworks has raised $14 million to add a line at its plant off Highway 126.", [],
     [(DEV, "Kestrel Timberworks", "Highway 126")]),
    ("Kestrel Stahl began working with Orvane Analytics under an agreement covering the furnace at its Voelklingen melt shop.",
     [(PAR, "Kestrel Stahl", "Orvane Analytics")], [(DEV, "Kestrel Stahl", "Voelklingen")]),
    # a deal's partner described at length
    ("In June, Kestrel Energy signed an MoU with the state-run oil marketing company Orvane Petroleum to set up swap stations.",
     [(PAR, "Kestrel Energy", "Orvane Petroleum")], []),
    # "The company's app, X,"; "It has also been available on"; "it" is not the host a clause names
    ("Kestrel Health raised £2.8 million. The company's app, Kestrel Pulse, asks users to check in on their mood. It has been on the "
     "App Store and Google Play since 2022.", [(AVL, "Kestrel Pulse", "App Store"), (AVL, "Kestrel Pulse", "Google Play")], []),
    ("The company's software, Kestrel Forge, produces ads. Kestrel Forge has been listed on Salesforce's AppExchange since March, "
     "letting marketers who run campaigns through Salesforce's Marketing Cloud install it. It has also been available on Google "
     "Cloud Marketplace since last year.", [(AVL, "Kestrel Forge", "Google Cloud Marketplace")], []),
    ("Kestrel Systems released Kestrel Lens. Kestrel Lens is available on Microsoft Azure Marketplace as of today. It has been listed "
     "on AWS Marketplace since 2023.", [(AVL, "Kestrel Lens", "AWS Marketplace")],
     [(AVL, "Microsoft Azure Marketplace", "AWS Marketplace")]),
    # a second platform the product "arrived on"
    ("Kestrel Labs makes Waymark. Waymark has been available on the App Store since Jan. 6 and arrived on Google Play on Jan. 15.",
     [(AVL, "Waymark", "App Store"), (AVL, "Waymark", "Google Play")], []),
    ("Kestrel Labs makes Waymark, an app. In March it arrived on the Xero App Store.", [(AVL, "Waymark", "Xero App Store")], []),
    # a pair that agreed to build something
    ("Kestrel Labs and Chile's state-owned Orvane Systems agreed last year to build Humboldt, a submarine cable.",
     [(PAR, "Kestrel Labs", "Orvane Systems")], []),
    # a relative clause's holding
    ("Orvane Power, which is 51 percent owned by Kestrel Holdings, has refocused on the Nordic countries.",
     [(INV, "Kestrel Holdings", "Orvane Power")], []),
    # what the money is for ("to win more contracts with X") names no backer
    ("Kestrel Health has raised £2.8 million to hire staff and win more contracts with the Orvane Trust and big employers.", [],
     [(INV, "Orvane Trust", "Kestrel Health")]),
])
def test_apps_holdings_towns_bodies_and_platforms_of_the_0_46_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # a product's name before its maker's, as a title
    ("Angry Birds maker Rovio, the Espoo-based company, was bought in 2023 by Japan's Sega.",
     [(DEV, "Rovio", "Angry Birds"), (ACQ, "Sega", "Rovio")], [(DEV, "Sega", "Angry Birds")]),
    # "d'" inside a name
    ("In 2022 Kestrel Bebe raised 15 million euros from Lyon investment firm Orvane d'Or Partenaires, which took a minority stake.",
     [(INV, "Orvane d'Or Partenaires", "Kestrel Bebe")], [(INV, "Orvane", "Kestrel Bebe"), (INV, "Partenaires", "Kestrel Bebe")]),
    ("Kestrel Bank signed a partnership with Caisse d'Epargne Orvane, the French lender.",
     [(PAR, "Kestrel Bank", "Caisse d'Epargne Orvane")], [(PAR, "Kestrel Bank", "Caisse")]),
    # a place before a name with a description that holds no company noun
    ("Kestrel Cells signed a supply deal with Tokyo-based refiner Orvane Kosan.", [(BAS, "Orvane Kosan", "Japan")], []),
    ("Kestrel Energy raised $9 million. Norway's development finance institution Orvanfund also took part.",
     [(INV, "Orvanfund", "Kestrel Energy"), (BAS, "Orvanfund", "Norway")], []),
    ("Kestrel Parkir raised $9 million in a Series A round. The round was led by Jakarta-based venture capital Orvane Ventures.",
     [(INV, "Orvane Ventures", "Kestrel Parkir"), (BAS, "Orvane Ventures", "Indonesia")], []),
    # ... but not a body's capitalised words
    ("The deal needs approval by Germany's Federal Cartel Office.", [], [(BAS, "Cartel Office", "Germany")]),
    # a country after "from" that ends the name's phrase; a town the gazetteer does not hold, in its country
    ("Kestrel Pay raised $9 million in a round led by Orvane Ventures, with participation from Tessel Capital from Singapore.",
     [(BAS, "Tessel Capital", "Singapore")], []),
    ("Kestrel Systems acquired Orvane Flow, a start-up from Radbuzov in the Czech Republic, for $5 million.",
     [(BAS, "Orvane Flow", "Czech Republic")], []),
    # "supplied through" a marketplace
    ("Kestrel Labs makes Kestrel Filter, a content-moderation tool. Kestrel Filter is supplied through AWS Marketplace since last year.",
     [(AVL, "Kestrel Filter", "AWS Marketplace")], []),
    # "the software" is not the marketplace named before
    ("Kestrel Roads makes Kestrel Count, which is sold on AWS Marketplace. The software is also available on the ArcGIS Marketplace, "
     "where agencies buy tools.", [(AVL, "Kestrel Count", "ArcGIS Marketplace")], [(AVL, "AWS Marketplace", "ArcGIS Marketplace")]),
    # a possessor inside the head's apposition is no party, unless the apposition says the head holds it
    ("Orvane Traffico, once Kestrel's closest domestic competitor, was acquired in 2023 by Munich-based Tessel.",
     [(ACQ, "Tessel", "Orvane Traffico")], [(ACQ, "Tessel", "Kestrel")]),
    ("Orvane Group, Kestrel Health's largest shareholder, has agreed to vote its shares in favour.",
     [(INV, "Orvane Group", "Kestrel Health")], []),
    # the founders' school in an apposition does not make the product
    ("Kestrel, founded in 2019 by a group of researchers from the University of Orvane, develops Kestrel Flow, software that "
     "combines camera data.", [(DEV, "Kestrel", "Kestrel Flow")], [(DEV, "University of Orvane", "Kestrel Flow")]),
    # a dateline's second town after a spaced slash
    ("TOKYO / OSAKA - Kestrel Parking, the Tokyo operator, said on Tuesday it had invested ¥800 million in Orvane Vision.",
     [(INV, "Kestrel Parking", "Orvane Vision")], [(INV, "OSAKA", "Orvane Vision")]),
    # Kenyan shillings ("Sh1.3 billion") are money, not a name
    ("Nairobi-based soft drinks maker Kestrel Beverages has received Sh1.3 billion ($10 million) from Mauritius-based private equity "
     "firm Orvane Partners in exchange for a minority stake.", [(INV, "Orvane Partners", "Kestrel Beverages")], []),
    # a person's title at a firm is no partner company; a founding family is no product
    ("Orvane Capital led the round. The firm's managing partner, Tessa Quisenby, joined the board.", [],
     [(PAR, "Orvane Capital", "Tessa Quisenby")]),
    ("Kestrel's shareholders also include its founding Wachura family.", [], [(DEV, "Kestrel", "Wachura")]),
    # an abbreviation of the small words before it is no name
    ("Kestrel Electrolysers raised money from Orvane. Kestrel makes anion exchange membrane (AEM) electrolysers, which need no "
     "iridium.", [], [(DEV, "Kestrel Electrolysers", "AEM")]),
    # a town before "shop" is where the shop is, not a second purchase
    ("HICKORY - Kestrel Furniture Co. has bought Orvane Upholstery, the Lenoir shop that has built custom sofas for Kestrel "
     "since 2010.", [(ACQ, "Kestrel Furniture Co", "Orvane Upholstery")], [(ACQ, "Kestrel Furniture Co", "Lenoir")]),
    # an app's apposition that names its users by another possessive
    ("Kestrel Research makes Kestrel Panel. Kestrel Panel, the company's survey app for its 300,000 panel members, has been on "
     "the App Store and Google Play since 2022.", [(AVL, "Kestrel Panel", "App Store"), (AVL, "Kestrel Panel", "Google Play")], []),
    # a holding told after "itself" or after a relative clause holding a list
    ("Kestrel Media bought Orvane. Kestrel itself is majority-owned by Tessel Partners, a Luxembourg private equity firm.",
     [(INV, "Tessel Partners", "Kestrel Media")], []),
    ("Kestrel Live Group, which runs festivals, arenas and ticket sales in the South West, is majority owned by Orvane Hill Capital, "
     "a London private equity firm.", [(INV, "Orvane Hill Capital", "Kestrel Live Group")], []),
    # a name's abbreviation in brackets before its relative clause
    ("The Orvane Football League (OFL), which has worked together with Amazon Web Services since 2020, distributes statistics.",
     [(PAR, "Orvane Football League", "Amazon Web Services")], []),
    # "both apps": the pair named before
    ("Kestrel Learning makes two apps, Kestrel Numbers and Kestrel Letters. Both apps are available on the App Store and Google Play.",
     [(AVL, "Kestrel Numbers", "App Store"), (AVL, "Kestrel Letters", "App Store"), (AVL, "Kestrel Numbers", "Google Play"),
      (AVL, "Kestrel Letters", "Google Play")], []),
    # a second company word stays in a suffixed name
    ("Orvane Group and fuel cell maker Kestrel Energy Tech on Wednesday denied a report. Kestrel makes the Kestrel S-90 stack.",
     [(DEV, "Kestrel Energy Tech", "Kestrel S-90")], [(DEV, "Kestrel Energy", "Kestrel Energy Tech")]),
    # a sentence adverb opens no name
    ("PARIS - Barely a week after signing with Orvane Cloud, Kestrel AI has found another American partner.",
     [], [(PAR, "Barely", "Orvane Cloud"), (PAR, "Barely", "Kestrel AI")]),
    # "added a second app, X"
    ("In March Kestrel Social added a second app, Kestrelrunde, which organises small events.", [(DEV, "Kestrel Social", "Kestrelrunde")], []),
    # a list inside the buyer's or partner's apposition
    ("Kestrel, the Belgian maker of prams, car seats and nursery furniture, has agreed to buy Dutch start-up Orvane Cot for 46 million euros.",
     [(ACQ, "Kestrel", "Orvane Cot")], []),
    ("Kestrel Baby, the Belgian maker of prams, car seats, cots and nursery furniture for hospitals, has signed a partnership with Orvane Health.",
     [(PAR, "Kestrel Baby", "Orvane Health")], []),
])
def test_makers_titles_places_pairs_and_lists_of_the_0_47_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body,present,absent", [
    # "-headquartered" glued before a name is where the company is, and "of Japan" after the second of a pair signing
    ("Surat-headquartered Kestrel Fine Chemicals and Orvane Chemical of Japan on Monday (25/8) signed a definitive agreement to set "
     "up a joint venture.", [(PAR, "Kestrel Fine Chemicals", "Orvane Chemical"), (BAS, "Kestrel Fine Chemicals", "India"),
                             (BAS, "Orvane Chemical", "Japan")], []),
    # a venture "to be called" its name, owned by one founder "with" the other "holding the remaining" share
    ("The venture, to be called Kestrel Orvane Materials, will be 51 per cent owned by Kestrel Fine Chemicals, with Orvane Chemical "
     "holding the remaining 49 per cent.", [(INV, "Kestrel Fine Chemicals", "Kestrel Orvane Materials"),
                                            (INV, "Orvane Chemical", "Kestrel Orvane Materials")], []),
    # a city's possessive before a firm's three-word name is where the firm is, not a partner
    ("Kestrel Heavy Industries has run a joint venture since 2021 with Nagpur's Orvane Infra Equipment to build crawler cranes.",
     [(PAR, "Kestrel Heavy Industries", "Orvane Infra Equipment"), (BAS, "Orvane Infra Equipment", "India")],
     [(PAR, "Kestrel Heavy Industries", "Nagpur")]),
    # (but not a word of a longer name before it: "the European Union's Foreign Subsidies Regulation")
    ("Kestrel's offer needs clearance under the European Union's Foreign Subsidies Regulation, which lets the Commission examine "
     "state support.", [], [(BAS, "Foreign Subsidies Regulation", "United States")]),
    # "one of the largest ... companies in Texas": where the company is
    ("Kestrel Heavy Industries agreed to buy Orvane Crane & Rigging, one of the largest crane rental companies in Texas, for "
     "$1.2 billion.", [(ACQ, "Kestrel Heavy Industries", "Orvane Crane & Rigging"), (BAS, "Orvane Crane & Rigging", "United States")], []),
    # a product's relative clause, closed by its comma, before "runs on"
    ("Kestrel Heavy Industries makes cranes. Its Kestrel Sight fleet-monitoring portal, which tracks the location, load history and "
     "maintenance of connected cranes, runs on Microsoft Azure.", [(AVL, "Kestrel Sight", "Azure")], []),
    # a stake taken "as part of the round"; "which backed the company at seed stage" is the round's company, not the backer before
    ("Kestrel Automation has raised A$26 million in a Series B round led by Orvane Capital. Japanese trading house Tessel "
     "Corporation took a minority stake as part of the round, and Quillon Angels, which backed the company at seed stage, also "
     "participated.", [(INV, "Tessel Corporation", "Kestrel Automation"), (INV, "Quillon Angels", "Kestrel Automation")],
     [(INV, "Quillon Angels", "Tessel Corporation")]),
    # a region of a state, or "the Midwest", is no company a fund backs
    ("Kestrel Coatings closed a seed round led by Orvane Ventures, a Cleveland-based fund that backs Northeast Ohio hardware and "
     "materials companies.", [(INV, "Orvane Ventures", "Kestrel Coatings")], [(INV, "Orvane Ventures", "Northeast")]),
    ("Orvane Capital, which manages about $900 million, invests in family-owned industrial companies in the Midwest.", [],
     [(INV, "Orvane Capital", "Midwest")]),
    # (but a company's short name may be one: "Southwest" for Southwest Airlines)
    ("Kestrel Fuels signed an offtake deal with Southwest Airlines. Southwest has also bought Orvane Renewables, a developer of "
     "fuel made from corn stover.", [(ACQ, "Southwest Airlines", "Orvane Renewables")], []),
    # a product named after its noun and "called"; a company "formed from" another buys
    ("Kestrel Coatings' first product, a water-based primer called RustVeil, slows corrosion.", [(DEV, "Kestrel Coatings", "RustVeil")], []),
    ("Avon Lake-based Kestrel Polymers, formed from the old Orvane Chemical, bought Tessel Fibers for about $1.5 billion in 2022.",
     [(ACQ, "Kestrel Polymers", "Tessel Fibers")], [(ACQ, "Orvane Chemical", "Tessel Fibers")]),
    # a town and its state, each followed by a comma, inside the acquired company's apposition
    ("Orvane Couplers, a small Rosendale, Wis., maker of pin-grabber couplers for backhoes, was acquired by Kestrel Attachments in "
     "2022.", [(ACQ, "Kestrel Attachments", "Orvane Couplers"), (BAS, "Orvane Couplers", "United States")], []),
    # a firm "of" a town the gazetteer does not hold, then its province; an agreement's comma before "with"
    ("Kestrel Attachments signed its first Canadian distribution agreement, with Orvane Iron Sales of Moose Jaw, Saskatchewan, "
     "which now stocks its buckets.", [(PAR, "Kestrel Attachments", "Orvane Iron Sales"), (BAS, "Orvane Iron Sales", "Canada")], []),
    # "the Leeds company" is not the fund the same sentence puts in Bristol, but the company the text put in Leeds
    ("Bernadette Quill lost track of her first pension. She now runs Kestrel Pensions, a Leeds start-up whose app finds lost pots. "
     "Users give permission, the company queries providers, and the app shows what it has found. Kestrel Finder has been on the "
     "App Store since March. The problem is large. Industry estimates put the value of lost pots at £30 "
     "billion. Investors have noticed. Orvane Ventures, a Bristol fund, led a £9 million seed round in the Leeds company in April "
     "last year.", [(INV, "Orvane Ventures", "Kestrel Pensions")], []),
    # "invested customers" are a company's customers, not an investment
    ("Kestrel Pensions raised money. Orvane Pensions, the London-based company that pioneered consolidation apps, now has more than "
     "260,000 invested customers.", [], [(INV, "Orvane Pensions", "Kestrel Pensions")]),
    # a region's demonym ("a Swabian angel network") is where the company is
    ("Kestrel raised EUR 18 million in a Series A round led by Orvane Ventures, with Tessel Seed, a Swabian angel network, also "
     "participating.", [(INV, "Tessel Seed", "Kestrel"), (BAS, "Tessel Seed", "Germany")], []),
    # a seller's object is no signer: the sentence's subject signs
    ("Kestrel Infotech sells Orvane, a set of AI services and tools built on models from several providers, and has signed "
     "partnerships with Nvidia and Microsoft to train staff.", [(PAR, "Kestrel Infotech", "Nvidia"), (PAR, "Kestrel Infotech", "Microsoft")],
     [(PAR, "Orvane", "Nvidia")]),
    # a school named by its town in its own language; an "integration with" a custodian; a dealer "appointed ... to sell"
    ("Since 2023 Kestrel Toets has worked with Hogeschool Utrecht on a proctoring system.", [(PAR, "Kestrel Toets", "Hogeschool Utrecht")], []),
    ("Kestrel Wealth also today announced a custody integration with Orvane Clearing, under which advisers will see positions.",
     [(PAR, "Kestrel Wealth", "Orvane Clearing")], []),
    ("South Korean excavator maker Kestrel Heavy Industries has appointed Orvane Máquinas, a dealer based in Contagem, to sell and "
     "service its machines in Brazil.", [(PAR, "Kestrel Heavy Industries", "Orvane Máquinas")], []),
    # a bank that signed with a start-up "and in June bought 9 per cent of the start-up": the start-up, not the bank
    ("Kestrel Digital is a Stuttgart start-up. Orvane Privatbank signed a cooperation agreement with Kestrel Digital in April and "
     "in June bought 9 per cent of the start-up for an undisclosed sum.", [(INV, "Orvane Privatbank", "Kestrel Digital")],
     [(INV, "Kestrel Digital", "Orvane Privatbank")]),
    # a share bought after a long apposition
    ("Orvane Group, the Prague-based holding company of Czech billionaire Tomas Kestrel, bought 20 percent of Tessel Steel Europe "
     "last year.", [(INV, "Orvane Group", "Tessel Steel Europe")], []),
    # an app's long apposition before "is available on"
    ("Kestrel makes Orvane Professor. Orvane Professor, an app that helps teachers plan lessons aligned with Brazil's national "
     "curriculum and record attendance and grades, is available on Google Play and is used by about 140,000 teachers.",
     [(AVL, "Orvane Professor", "Google Play")], []),
    # "order through the X application, which can be downloaded in App Store": X, though a preposition comes before it
    ("Kestrel Foods makes Orvane Pasar. Consumers order through the Orvane Pasar application, which can be downloaded in App Store "
     "and Google Play since 2021.", [(AVL, "Orvane Pasar", "App Store"), (AVL, "Orvane Pasar", "Google Play")], []),
    # the device an app is for is not the app
    ("Kestrel makes Orvane Line. The Orvane Line iPad app has been available on the App Store since 2022.",
     [(AVL, "Orvane Line", "App Store")], [(AVL, "iPad", "App Store")]),
    # a second verb's subject after a list of places: the product, not the list's last place
    ("Kestrel makes Orvane Go. Orvane Go has run in Apple CarPlay and Android Auto since last year and has also been available in "
     "Google Maps since June.", [(AVL, "Orvane Go", "Google Maps")], [(AVL, "Android Auto", "Google Maps")]),
    # an app "made by" a town's start-up
    ("Kestrel Rostering raised money. Orvane Pad, the rostering app made by Auckland start-up Kestrel Rostering, has been available "
     "on the Xero App Store since Wednesday.", [(DEV, "Kestrel Rostering", "Orvane Pad")], []),
    # a company noun that opens a product's description is no company's ("a laboratory information management system")
    ("Kestrel raised money. Kestrel's second product, Orvane Weave, a laboratory information management system (LIMS) for sample "
     "tracking, is sold through Google Cloud Marketplace.", [(DEV, "Kestrel", "Orvane Weave"), (AVL, "Orvane Weave", "Google Cloud Marketplace")], []),
    # a compass point before a demonym ("a West Australian fund"); "one of Belgium's larger independent PET recyclers"
    ("Orvane Capital, a West Australian fund that invests in resources technology, led the round.",
     [(BAS, "Orvane Capital", "Australia")], []),
    ("Kestrel Polymers has completed its acquisition of Orvane Flake, one of Belgium's larger independent PET recyclers, in a deal "
     "worth 85 million euros.", [(ACQ, "Kestrel Polymers", "Orvane Flake"), (BAS, "Orvane Flake", "Belgium")], [(BAS, "PET", "Belgium")]),
    # a purchase's object described by two nouns joined by "and"; a price in two currencies before "acquisition"
    ("Atlanta-based Kestrel Materials completed its $11.5 billion acquisition of Denver-based aggregates and cement group Orvane "
     "Summit last month.", [(ACQ, "Kestrel Materials", "Orvane Summit")], []),
    ("Kestrel Electronics said it had completed its A$9.1 billion ($5.9 billion) acquisition of Orvane Design.",
     [(ACQ, "Kestrel Electronics", "Orvane Design")], []),
    # "its purchase of 77% of Y": a majority bought; "its purchase of 20 per cent of Y": a stake
    ("Kestrel Mining completed its purchase of 77% of Orvane Coal, the coal business of Tessel Resources, in July last year for "
     "$6.9 billion.", [(ACQ, "Kestrel Mining", "Orvane Coal")], []),
    ("Kestrel Media's purchase of 20 per cent of Orvane Sports closed in March.", [(INV, "Kestrel Media", "Orvane Sports")],
     [(ACQ, "Kestrel Media", "Orvane Sports")]),
    # the buyer's own "its" inside its apposition
    ("Kestrel Banque, the Geneva private bank owned by its five managing partners, has agreed to acquire Orvane, a Lausanne-based "
     "developer of software, for CHF 85 million.", [(ACQ, "Kestrel Banque", "Orvane")], []),
    # a noun's "purchase" then "came ... after": no object of a purchase
    ("Kestrel's purchase came barely a month after Orvane Groupe completed its acquisition of Tessel in March.", [],
     [(ACQ, "Kestrel", "Orvane Groupe")]),
    # "the two have since cooperated" after a stake: the two just named
    ("Orvane Chemical, the group's chemicals affiliate, bought an 8 percent stake in Kestrel Energy in 2023, and the two have since "
     "cooperated on membrane materials.", [(PAR, "Orvane Chemical", "Kestrel Energy")], []),
    # a release's issuer with its short names in brackets and a long apposition; "the completion of a round and the acquisition of Y";
    # a town whose last word is a company's name ("Long Eaton")
    ("Kestrel Hydrogen Ltd (\"Kestrel\" or \"the Company\"), a Derbyshire manufacturer of generators for construction sites, live "
     "events and data-centre backup, today announced the completion of an £18 million growth investment and the acquisition of Orvane "
     "Diagnostics, a fuel-cell analytics specialist based in Long Eaton, Derbyshire.",
     [(ACQ, "Kestrel Hydrogen Ltd", "Orvane Diagnostics"), (BAS, "Orvane Diagnostics", "United Kingdom")], [(BAS, "Orvane Diagnostics", "Thailand")]),
    # "in X, the company's app, which is available on": X, not the product the sentence began with
    ("Kestrel makes Kestrel Fleet. Orvane Scope's models will also power alerts in Kestrel Fleet, the company's remote-monitoring "
     "app, which is available on the App Store.", [(AVL, "Kestrel Fleet", "App Store")], [(AVL, "Orvane Scope", "App Store")]),
    # a name its owner writes small, after where it is based and used again (not a common noun: "the forecaster")
    ("Düsseldorf-based kestrelbox, which makes the Orvane audio player, said on Thursday it had signed a licensing agreement with "
     "Danish animation studio Tessel Animation. kestrelbox sells in 12 countries.",
     [(PAR, "kestrelbox", "Tessel Animation"), (BAS, "kestrelbox", "Germany")], [(PAR, "Orvane", "Tessel Animation")]),
    ("Exeter-based forecaster said it had signed a deal with Kestrel Cloud. The forecaster runs a supercomputer.", [],
     [(BAS, "forecaster", "United Kingdom")]),
    # "X, a family office, owns 60 per cent of the company": the company the text is about, not the holder itself
    ("Kestrel Distillers makes whisky in Dufftown. Orvane Holdings, an Aberdeen family office, owns 60 per cent of the company.",
     [(INV, "Orvane Holdings", "Kestrel Distillers")], []),
    # an acronym after "an" is a kind of thing, not a company ("an ISA they look at"); "It" after "the start-up's app, X," is X
    ("\"Most people have a pension they never look at and an ISA they look at every day,\" said Saoirse Quill, Kestrel's chief "
     "executive. The start-up's app, Kestrel Autopilot, builds portfolios from index funds. It is available on the App Store and "
     "Google Play.", [(AVL, "Kestrel Autopilot", "App Store"), (AVL, "Kestrel Autopilot", "Google Play")], [(AVL, "ISA", "App Store")]),
])
def test_ventures_holders_and_places_of_the_0_48_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body,present,absent", [
    # a backer's apposition before "also invested in the round"
    ("Pindlow Nutrition raised A$20 million in a Series B round led by Orvane Capital. Karrivale Capital, a Western Australian "
     "venture firm, also invested in the round.", [(INV, "Karrivale Capital", "Pindlow Nutrition")], []),
    # "returned for the new round, as did Y, a network that first backed the company": the company the text is about
    ("Quillmere raised £20m in a Series B round led by Orvane Capital. Thistlevane Capital, the Dublin-based firm that led "
     "Quillmere's £7.5 million Series A in 2023, returned for the new round, as did Peverstone Angels, a Manchester angel network "
     "that first backed the company at seed stage.",
     [(INV, "Thistlevane Capital", "Quillmere"), (INV, "Peverstone Angels", "Quillmere")], [(INV, "Peverstone Angels", "Thistlevane Capital")]),
    # "X of Thailand" before "in a transaction"
    ("Acuícola Tessel has been acquired by Rattavane Marine Foods of Thailand in a transaction valued at $118 million.",
     [(ACQ, "Rattavane Marine Foods", "Acuícola Tessel"), (BAS, "Rattavane Marine Foods", "Thailand")], []),
    # a processor "of herring" is a company, not a chip
    ("Nordvane Seafood, the Cuxhaven-based processor of herring, was bought by Havenlin Visgroep.",
     [(ACQ, "Havenlin Visgroep", "Nordvane Seafood")], []),
    # a city-based app or delivery app is the company that runs it
    ("Tollvane, the Seattle-based app that has grown fastest in the US-Mexico corridor, bought Rewick, an Israeli start-up, in 2022.",
     [(ACQ, "Tollvane", "Rewick")], []),
    ("Uber bought Boston-based delivery app Drizzet for about $1.1 billion in 2021.", [(ACQ, "Uber", "Drizzet")], []),
    # ... but "a chat-based assistant" is a product
    ("Last year Tinsel Labs launched Workbrook, a chat-based assistant that lets analysts ask questions.",
     [(DEV, "Tinsel Labs", "Workbrook")], [(ACQ, "Tinsel Labs", "Workbrook")]),
    # product appositions, with their own relative clauses, before "is available on"
    ("Jarrow's FlightLedger Pro, the electronic chart app that many airline pilots open before every departure, is available on the "
     "App Store.", [(AVL, "FlightLedger Pro", "App Store")], []),
    ("ColdKestrel, Quayvane's cold-chain monitoring service, which reads temperature sensors in trucks, reefer containers and freezer "
     "stores, is available on Google Cloud Marketplace.", [(AVL, "ColdKestrel", "Google Cloud Marketplace")], []),
    ("Kestrel Lens, a dashboard for fund administrators, is sold on AWS Marketplace.", [(AVL, "Kestrel Lens", "AWS Marketplace")], []),
    # "launched X, its app, on P"; "and was added to P"; "and is also on P"; "the X app, available on P"
    ("Tanvane Labs, a Seoul start-up, launched Chronokest, its marketplace app for pre-owned watches, on the App Store and Google "
     "Play on Thursday.", [(AVL, "Chronokest", "App Store"), (AVL, "Chronokest", "Google Play")], []),
    ("Renderkest has been sold on AWS Marketplace since 2023 and was added to Google Cloud Marketplace in August.",
     [(AVL, "Renderkest", "AWS Marketplace"), (AVL, "Renderkest", "Google Cloud Marketplace")], []),
    ("Vihvane Class has been available on Microsoft Azure Marketplace since 2023 and is also on Google Play, where parents use it.",
     [(AVL, "Vihvane Class", "Google Play")], []),
    ("Site staff order through the Yardkest Hire app, available on the App Store and Google Play.",
     [(AVL, "Yardkest Hire", "App Store"), (AVL, "Yardkest Hire", "Google Play")], []),
    # a device that works with a known platform
    ("Kovane Glow bulbs work with Amazon Alexa and Google Home, and the company says more than 1.8 million units are in use.",
     [(AVL, "Kovane Glow", "Alexa"), (AVL, "Kovane Glow", "Google Home")], []),
    # "is itself 61% owned by"; "under its X brand"
    ("Kurovane Securities is itself 61% owned by Tamakest Holdings, the Japanese trading house.",
     [(INV, "Tamakest Holdings", "Kurovane Securities")], []),
    ("Noordkest Polymers sells most of its output as pellets under its Havenvane brand.", [(DEV, "Noordkest Polymers", "Havenvane")], []),
    # a fund's remit is no investee: "invests in software companies in the Nordic countries"
    ("Skeppvane Ventures invests in early-stage software companies in the Nordic countries and manages SEK 2.4 billion. It invested "
     "in Kestrel Labs in 2023.", [(INV, "Skeppvane Ventures", "Kestrel Labs")], [(INV, "Skeppvane Ventures", "Nordic")]),
    # a region a company works in is no product of it
    ("Holmvane Motor Group runs 14 franchised dealerships across West and South Yorkshire. It bought Kestrel Cars in May.",
     [(ACQ, "Holmvane Motor Group", "Kestrel Cars")], [(DEV, "Holmvane Motor Group", "South"), (DEV, "Holmvane Motor Group", "West")]),
    # "bought A, a Fleetwood installer": the apposition's town is no second purchase
    ("Last month Neepvane Charging bought Wyrekest Plugs, a Fleetwood installer with a team of nine, in a move that gives it a base on "
     "the coast.", [(ACQ, "Neepvane Charging", "Wyrekest Plugs")], [(ACQ, "Neepvane Charging", "Fleetwood")]),
    # "in which X holds the majority", "just over half of the shares"
    ("Kestrel Labs, the Covington-based maker in which South Korea's Orvane Chemical holds the majority, won the order.",
     [(INV, "Orvane Chemical", "Kestrel Labs")], []),
    ("Szeptvane signed a reseller agreement with Kestrel Polska, the operator in which Orvane Telecom holds just over half of the "
     "shares.", [(INV, "Orvane Telecom", "Kestrel Polska"), (PAR, "Szeptvane", "Kestrel Polska")], []),
    # a backer in a list named with its country's possessive
    ("Sinvane AI raised $6 million in a round led by Orvane Capital. Foxvane Capital Partners and Singapore's Integra Partners also "
     "invested.", [(INV, "Foxvane Capital Partners", "Sinvane AI"), (INV, "Integra Partners", "Sinvane AI")], []),
    # "a Golden, Colorado, company backed by"; "which began a feeding partnership with"
    ("Kestrel Freight, a Golden, Colorado, company backed by Orvane Ventures, has raised more than $180 million.",
     [(INV, "Orvane Ventures", "Kestrel Freight")], []),
    ("Its biggest customer is Tallvane Aquaculture, a Queensland prawn farmer, which began a feeding partnership with Pindvane in March.",
     [(PAR, "Tallvane Aquaculture", "Pindvane")], []),
    ("Quillvane's flagship product, Quillvane Score, which other lenders have been able to buy through Google Cloud Marketplace "
     "since 2023, will continue to be sold.", [(AVL, "Quillvane Score", "Google Cloud Marketplace")], []),
])
def test_rounds_appositions_and_platforms_of_the_0_49_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # the holder of the rest of a company a stake was bought in, this sentence's or the deal's before
    ("Korvane Holdings has agreed to buy 60 per cent of Teslow Metals, a Lyon maker of valves, for EUR 30 million. The remaining 40 "
     "per cent will stay with Brisk Invest, the holding company of Teslow's founder.",
     [(INV, "Brisk Invest", "Teslow Metals"), (ACQ, "Korvane Holdings", "Teslow Metals")], []),
    ("Korvane Holdings has bought 60 per cent of Teslow Metals. Brisk Invest, the investment company of the founding family, will "
     "keep the remaining 40 per cent.", [(INV, "Brisk Invest", "Teslow Metals")], []),
    ("Korvane Holdings has bought 75 per cent of Teslow Metals. The founding family keeps the remaining 25 per cent through "
     "Wendel Beteiligungs GmbH, which is controlled by Anna Wendel.", [(INV, "Wendel Beteiligungs GmbH", "Teslow Metals")], []),
    ("Korvane owns 35 per cent of Teslow Metals, a valve maker, while Brisk Invest holds the remaining 65 per cent.",
     [(INV, "Brisk Invest", "Teslow Metals"), (INV, "Korvane", "Teslow Metals")], []),
    ("Orvane Insurance agreed last month to buy 70 per cent of Teslow General for about $670 million, with Brisk Invest keeping the "
     "remaining 30 per cent.", [(INV, "Brisk Invest", "Teslow General")], []),
    # a legal form names a company, never a product ("its holding company, Marvo Srl")
    ("Korvane Holdings has agreed to buy 65 per cent of Teslow Metals, a Lyon maker of valves. The Teslow family will keep the "
     "remaining 35 per cent through its holding company, Marvo Srl.", [(INV, "Marvo", "Teslow Metals")], [(DEV, "Teslow Metals", "Marvo")]),
    # a company the sentence names but could not read is no licence to reach back for the deal before
    ("Korvane bought Kestrel Labs in May. Orvane owns 35 per cent of Paris, the largest operator, while Brisk Invest holds the "
     "remaining 65 per cent.", [], [(INV, "Brisk Invest", "Kestrel Labs")]),
    # the supplier and the company supplied "under a supply agreement", the company named by a possessive, as a subject or by "its"
    ("Most of Korvane's ripstop nylon comes from Teslow Textile, a South Korean mill, under a supply agreement signed in 2023.",
     [(PAR, "Korvane", "Teslow Textile")], []),
    ("Korvane Outdoor makes backpacks. Its technical fabrics come mainly from Teslow Textil, the Dornbirn weaver, under a long-term "
     "supply contract that the companies extended this spring.", [(PAR, "Korvane Outdoor", "Teslow Textil")], []),
    ("Korvane Akoestiek makes speakers. The company makes its cabinets in Zwolle but has bought its compression drivers since 2020 "
     "from Teslow Audio, the Brescia manufacturer, under a supply agreement that both sides said would continue.",
     [(PAR, "Korvane Akoestiek", "Teslow Audio")], []),
    ("The vegetables on Korvane's menus come mainly from Teslow Farms, a group of family farms north of the city, under a supply "
     "agreement the two signed in 2023.", [(PAR, "Korvane", "Teslow Farms")], []),
    # an owner "backed by" in a supplier's apposition is no supplier
    ("The chips will be supplied by Kestrel Data, the Pune-based operator backed by the Orvane Group, under a compute agreement "
     "signed in May.", [], [(PAR, "Kestrel Data", "Orvane Group")]),
    # an app's apposition with "available" and no closing comma; "which clients download from"; "the app X launched, which ..."
    ("Korvane Propulsion today launched the Korvane Drift 20 outboard, together with Korvane Link, a companion app available from "
     "today on the App Store and Google Play.", [(AVL, "Korvane Link", "App Store"), (AVL, "Korvane Link", "Google Play")],
     [(AVL, "Korvane Drift 20", "App Store")]),
    ("Executors can follow an estate through Korvane Executor, a companion app available on the App Store.",
     [(AVL, "Korvane Executor", "App Store")], []),
    ("Korvane also built its own guard-tour app, Korvane Rounds, which clients have been able to download from the App Store and "
     "Google Play since 2021.", [(AVL, "Korvane Rounds", "App Store"), (AVL, "Korvane Rounds", "Google Play")], []),
    ("The orders come through Tesk Ja, the app Korvane launched in 2022, which employees download from the App Store or Google Play.",
     [(AVL, "Tesk Ja", "App Store"), (AVL, "Tesk Ja", "Google Play")], []),
    # "which Korvane has offered on the App Store": the seller, no host
    ("Store managers follow the deposits in the Tesk Navi app, which Korvane has offered on the App Store and Google Play since 2022.",
     [(AVL, "Tesk Navi", "App Store")], [(AVL, "Tesk Navi", "Korvane")]),
    ("The model runs on Kestrel 2, which Orvane Cloud has hosted since January.", [(AVL, "Kestrel 2", "Orvane Cloud")], []),
    # a holding in an apposition's relative clause: "X, the Munich private equity house that had held a majority of Y since 2019,"
    ("Pallam Capital, the Munich private equity house that had held a majority of Teslow Metals since 2019, sold its stake.",
     [(INV, "Pallam Capital", "Teslow Metals")], []),
    ("Korvane, a Tampere investment company that has held 30 per cent of Teslow Metals since 2015, said it would sell.",
     [(INV, "Korvane", "Teslow Metals")], []),
    # "X, an Oslo hedge fund, disclosed a 5.3% stake last month": a stake in the company the text is about
    ("Sandvik Boats builds boats. Brattvane Capital, an Oslo hedge fund, disclosed a 5.3% stake last month and has since urged the "
     "board to review all options.", [(INV, "Brattvane Capital", "Sandvik Boats")], []),
    ("The venture runs two plants. Orvane holds a 60% stake and Kestrel the remainder.", [], [(INV, "Orvane", "Kestrel")]),
    # a company's name and one more capitalised word, the company first described as a platform: its product ("Korvane Tray")
    ("Korvane, the workplace dining platform, today announced that Korvane Tray, its app for ordering and paying for meals, is now "
     "available on Microsoft AppSource.", [(DEV, "Korvane", "Korvane Tray"), (AVL, "Korvane Tray", "Microsoft AppSource")],
     [(AVL, "Tray", "Microsoft AppSource")]),
    # a power-purchase agreement (hyphenated) is a partnership, not a purchase's paper
    ("Korvane Data signed a 15-year power-purchase agreement with Teslow Energia in April.", [(PAR, "Korvane Data", "Teslow Energia")], []),
    # "Under a partnership signed with X in February 2024, Y's models are offered ...": Y's partner
    ("Korvane AI builds models. Under a partnership signed with Teslow in February 2024, Korvane's models are offered to Azure "
     "customers.", [(PAR, "Korvane AI", "Teslow")], []),
    # a country's possessive before a two-word company that then "said": no person ("Mexico's Grupo Teslow said it had bought")
    ("Umvane Guarding bought Kestrel Cash last year. Mexico's Grupo Teslow said on Thursday it had bought 25 per cent of Orvane "
     "Andinos.", [(INV, "Grupo Teslow", "Orvane Andinos")], [(INV, "Umvane Guarding", "Orvane Andinos")]),
    ("Umvane Guarding bought Kestrel Cash last year. Mexico's Teslow Seguridad said it had bought 25 per cent of Orvane Andinos.",
     [(INV, "Teslow Seguridad", "Orvane Andinos")], []),
    # "High Wycombe-based X, also listed on AIM, bought Y": the exchange in the apposition is no buyer
    ("High Wycombe-based Korvane, also listed on AIM, bought the British loudspeaker maker Teslow Audio in 2019.",
     [(ACQ, "Korvane", "Teslow Audio")], [(ACQ, "AIM", "Teslow Audio"), (ACQ, "High Wycombe", "Teslow Audio")]),
    # a company that "has sold a 65 per cent stake to Y" was bought by Y (a majority); a 25% stake stays a holding
    ("Korvane Fisarmoniche has sold a 65 per cent stake to Teslow Partecipazioni, a Milan family office.",
     [(ACQ, "Teslow Partecipazioni", "Korvane Fisarmoniche")], [(INV, "Teslow Partecipazioni", "Korvane Fisarmoniche")]),
    ("Korvane Fisarmoniche sold a 25% stake to Teslow Partecipazioni.", [(INV, "Teslow Partecipazioni", "Korvane Fisarmoniche")],
     [(ACQ, "Teslow Partecipazioni", "Korvane Fisarmoniche")]),
    # an exchange's market segment and a town's neighbours are no products
    ("A newspaper reported that Kotovane was preparing to list on the Tokyo Stock Exchange's Growth market as early as next year.",
     [], [(DEV, "Tokyo Stock Exchange", "Growth")]),
    ("Sanvane is following its larger Hamamatsu neighbours abroad, and it bought Kestrel Pianos in May.",
     [(ACQ, "Sanvane", "Kestrel Pianos")], [(DEV, "Sanvane", "Hamamatsu")]),
    ("Korvane Health sells software. Its product, Korvane Assist, reaches payers through Teslow, the Jacksonville, Florida-based "
     "claims network, under a distribution agreement signed in January.", [(PAR, "Korvane Health", "Teslow")], []),
    # English counties and a few regions elsewhere place a company in their country (not an American town of the same name)
    ("Medway Freight Group bought 70 per cent of Tilvane Data, an Essex start-up that predicts container dwell times, for £12m on "
     "Monday.", [(BAS, "Tilvane Data", "United Kingdom")], [(BAS, "Tilvane Data", "United States")]),
    ("Korvane Robotics, a Gauteng maker of mining robots, bought Teslow Drills in May.", [(BAS, "Korvane Robotics", "South Africa")], []),
    # trade nouns of the companies the blind batches read about: "Perth explorer X", "a Gazipur knitwear exporter"
    ("Perth explorer Korvane Minerals has agreed to buy Teslow.", [(BAS, "Korvane Minerals", "Australia")], []),
    # "majority owned by" in an apposition is a holding, not a purchase
    ("The largest user is Turvane Knit, a Gazipur knitwear exporter majority owned by the Shitvane Group.",
     [(INV, "Shitvane Group", "Turvane Knit")], [(ACQ, "Shitvane Group", "Turvane Knit")]),
    # "X's products have been distributed in North America by Y", "X's tents have been carried by Y": maker and distributor
    ("Korvane Audio makes microphones. Since 2022, Korvane's products have been distributed in North America by Teslow "
     "Distribution, a Chicago company that also supplies retailers.", [(PAR, "Korvane Audio", "Teslow Distribution")], []),
    ("Korvane's shares were sold by Teslow in May.", [], [(PAR, "Korvane", "Teslow")]),
    # "Its largest customer is Y, ..., under a framework agreement": a customer under an agreement is a partner
    ("Korvane Security guards warehouses. Its largest customer is Teslow Logistik, the Halle-based contract logistics company, "
     "for which Korvane has secured warehouses under a framework agreement since 2021.", [(PAR, "Korvane Security", "Teslow Logistik")], []),
    # "Y, which ... has used X officers under a guarding contract": partners; X's officers are no product of Y
    ("Korvane Security guards hospitals. Among them is Teslow Health, which operates three hospitals in the Columbus area and has "
     "used Korvane officers under a guarding contract that was renewed last year for five years.",
     [(PAR, "Teslow Health", "Korvane Security")], [(DEV, "Teslow Health", "Korvane Security")]),
    # "Its first purchase was the Galway rehearsal complex Y in 2022": the possessor bought Y
    ("Korvane Sound owns studios. Its first purchase was the Galway rehearsal complex Teslow Rooms in 2022.",
     [(ACQ, "Korvane Sound", "Teslow Rooms")], []),
    ("Korvane's biggest investment was Teslow Labs, in 2021.", [(INV, "Korvane", "Teslow Labs")], [(ACQ, "Korvane", "Teslow Labs")]),
    # a product "sold on Amazon and Etsy": Amazon's marketplace; Amazon selling a model on Bedrock hosts nothing
    ("Korvane's Emberline range of urns is sold directly to families on Amazon and Etsy.",
     [(AVL, "Emberline", "Amazon"), (AVL, "Emberline", "Etsy")], []),
    ("Amazon sells its own Kestrel Embeddings on Bedrock.", [], [(AVL, "Kestrel Embeddings", "Amazon")]),
    # "X's share register also includes Y": a shareholder
    ("Korvane Security runs vans. Korvane's share register also includes Teslow Capital, a Zurich-based hedge fund.",
     [(INV, "Teslow Capital", "Korvane Security")], []),
    # "was bought out of administration later that year by X": up to six words between the verb and its agent
    ("Teslow Bikes, the Amsterdam brand whose bankruptcy in July 2023 shook the sector, was bought out of administration later "
     "that year by Korvane, a British electric-scooter company.", [(ACQ, "Korvane", "Teslow Bikes")], []),
    # a second product's own clause after ", and": "..., and since October a version for advisers, Y, has been listed on Q"
    ("Korvane's consumer app, Korvane Wills, is available on the App Store and Google Play, and since October a version for "
     "financial advisers, Korvane Advisor, has been listed on Salesforce AppExchange.",
     [(AVL, "Korvane Wills", "App Store"), (AVL, "Korvane Advisor", "AppExchange")],
     [(AVL, "Korvane Wills", "AppExchange")]),
    ("Kestrel Ear will stay on sale for now, but its exercises are being folded into Korvane Tonal, and its engineers have moved.",
     [], [(AVL, "Kestrel Ear", "Korvane Tonal")]),
])
def test_holders_supplies_and_apps_of_the_0_50_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # a city first in a description names a company's seat, whatever its noun ("a Lisbon footage library"); not "the Moline company's"
    ("Korvane Media paid EUR 18 million for Teslow, a Lisbon footage library, in 2023.", [(ACQ, "Korvane Media", "Teslow")], []),
    ("Yard Center, the Moline company's farm-data software, has been available on Microsoft Azure since 2021.",
     [(AVL, "Yard Center", "Azure")], []),
    # a place and an acronym before a company noun describe the company ("the Polish DIY chain"), no name "Polish DIY"
    ("Korvane Tools and the Polish DIY chain Teslow Markety formed a joint venture on Tuesday.",
     [(PAR, "Korvane Tools", "Teslow Markety"), (BAS, "Teslow Markety", "Poland")], []),
    ("Brisk Hardware, the Vilnius DIY chain, bought Teslow Paints in May.",
     [(ACQ, "Brisk Hardware", "Teslow Paints"), (BAS, "Brisk Hardware", "Lithuania")], []),
    # a shelf named second, after shops and a date; a place's apposition before the second place; a passive's agent is no product
    ("Korvane Paints' flagship Teslow exterior range is sold through independent hardware stores and, since February, on Amazon "
     "Australia.", [(AVL, "Teslow", "Amazon Australia")], []),
    ("Korvane's best-known product is Teslow Clay, a range of heritage colours that is sold through decorators' merchants and, since "
     "last year, on the Brisk marketplace.", [(AVL, "Teslow Clay", "Brisk")], []),
    ("Korvane Intake has been listed since 2023 on the Guidewire Marketplace, the app store run by Guidewire, and on the Azure "
     "Marketplace since last June.", [(AVL, "Korvane Intake", "Guidewire Marketplace"), (AVL, "Korvane Intake", "Azure Marketplace")],
     [(AVL, "Guidewire Marketplace", "Azure Marketplace")]),
    ("Teslow Ride is sold through bike shops and, since March, on Amazon.", [(AVL, "Teslow Ride", "Amazon")], []),
    # the holder in a clause "in which" named with its description first
    ("The town is better known as the home of Teslow Camera, in which the US investor Brisk Capital has held a minority stake since "
     "2011.", [(INV, "Brisk Capital", "Teslow Camera")], []),
    # "it's been on" a platform: the product before, as "it has been on" is
    ("Korvane Labs launched Teslow Scan in May. It's been on the App Store and Google Play since 2023.",
     [(AVL, "Teslow Scan", "App Store"), (AVL, "Teslow Scan", "Google Play")], []),
    ("Korvane Labs makes Teslow Grade, a grading app. It’s been on Snowflake Marketplace since March.",
     [(AVL, "Teslow Grade", "Snowflake Marketplace")], []),
    # "since signing a contract with": the main clause's subject signed it
    ("The City of Brisk has used Teslow Halo on 1,200 meters since signing a contract with Korvane Parking in 2023.",
     [(PAR, "City of Brisk", "Korvane Parking")], []),
    # "the company" in a relative clause after its head's apposition is not the head ("Teslow Capital, a Brisbane firm, which bought")
    ("Korvane Paints has been majority owned since 2021 by Teslow Capital, a Brisbane private equity firm, which bought the company from its "
     "founders.", [(ACQ, "Teslow Capital", "Korvane Paints")], [(ACQ, "Teslow Capital", "Teslow Capital")]),
    # a town where the work is done is no product ("makes tripods near Caserta", "assembles it in Wetzlar")
    ("Teslow Treppiedi, which makes carbon-fibre tripods and gimbals near Caserta, will use the money for a new factory line.",
     [], [(DEV, "Teslow Treppiedi", "Caserta")]),
    ("Korvane Optik is a German lens maker. Its best-known product is the Korvane Macro 90, a lens that the company grinds, coats "
     "and assembles in Wetzlar.", [], [(DEV, "Korvane Optik", "Wetzlar")]),
    # a middle initial inside a name ("Arthur J. Gallagher & Co."), not two names; not a round's letter before a new sentence
    ("In December, Korvane J. Teslow & Co., the Rolling Meadows, Ill.-based broker, agreed to buy Brisk Partners for $13.45 billion.",
     [(ACQ, "Korvane J. Teslow & Co", "Brisk Partners")], [(ACQ, "Korvane J", "Brisk Partners")]),
    ("Teslow raised a Series A. The round was led by Brisk Capital.", [(INV, "Brisk Capital", "Teslow")], []),
    # goods bought from a company are not the company ("has bought Ishizuchi sensors under a supply agreement")
    ("Korvane Drone, a Hiroshima company that has bought Teslow Imaging sensors under a supply agreement since 2023, makes drones.",
     [], [(ACQ, "Korvane Drone", "Teslow Imaging")]),
    # a maker named after its description without an article ("developed by Singapore claims-technology start-up X")
    ("Korvane Read, a document-reading engine developed by Singapore claims-technology start-up Teslow Labs, extracts figures.",
     [(DEV, "Teslow Labs", "Korvane Read")], []),
    # "the tool-rental app" is no anaphor "the tool" (a compound's first word)
    ("One part of Korvane that Brisk wanted was TeslowDrop, the tool-rental app Korvane built in-house.",
     [(DEV, "Korvane", "TeslowDrop")], []),
    # "best known for" a product is its maker's; not for backing a company
    ("Korvane Optics is best known among cinematographers for the Teslow anamorphic primes, a seven-lens set that the company "
     "designs.", [(DEV, "Korvane Optics", "Teslow")], []),
    ("Korvane Capital is best known for backing Teslow Labs.", [], [(DEV, "Korvane Capital", "Teslow Labs")]),
    # a family office is a company ("the Haugesund family office that led Tindra's Series A"); "Another," opens no name
    ("Teslow Hydrogen raised NOK 200m. Korvane Invest, the Haugesund family office that led Teslow's NOK 95m Series A in 2022, also "
     "put in more money, the company said.", [(INV, "Korvane Invest", "Teslow Hydrogen"), (BAS, "Korvane Invest", "Norway")], []),
    ("Teslow Labs raised £2m. Another, the Glasgow-born entrepreneur Callum Reid, invested through his family office, Korvane "
     "Ventures.", [], [(INV, "Another", "Teslow Labs")]),
    # a holding after the held company's description, an aside or a participle ("X, meanwhile, has been majority owned since 2020 by Y")
    ("Teslow Breweries, the maker of Tusker lager, is majority-owned by Britain's Korvane and has also been growing.",
     [(INV, "Korvane", "Teslow Breweries")], []),
    ("Studio Teslow, meanwhile, has been majority owned since 2020 by Korvane Médias, a Paris media group.",
     [(INV, "Korvane Médias", "Studio Teslow")], []),
    ("Teslow Stone, based in the province of Namur and best known for its work in blue stone, has been majority owned since 2020 by "
     "Korvane Capital, an Antwerp investment firm.", [(INV, "Korvane Capital", "Teslow Stone")], []),
    # "a stake of 30 per cent in X had been held since 2020 by Y": Y's holding, dated by its own "since"
    ("A stake of 30 per cent in Teslow Route had been held since 2020 by Korvane Invest, the Brussels-based investment company.",
     [(INV, "Korvane Invest", "Teslow Route")], []),
    # "X, the maker of P, in which Y has invested": X's holder, not the company in focus
    ("Brisk Brewing raised money. Delhi-based Teslow Beverages, the maker of Bira 91, in which Japan's Korvane Holdings has invested, "
     "is the largest of the new-age beer companies.", [(INV, "Korvane Holdings", "Teslow Beverages")],
     [(INV, "Korvane Holdings", "Brisk Brewing")]),
    # "signed X as its first customer", "signed X to a two-year contract": a partnership; not a person signed as an adviser
    ("Korvane Labs signed up Teslow Water as its first customer.", [(PAR, "Korvane Labs", "Teslow Water")], []),
    ("In January the Brisk Parking Authority signed Korvane Labs to a two-year contract covering 250 loading zones.",
     [(PAR, "Brisk Parking Authority", "Korvane Labs")], []),
    ("Korvane Labs signed Teslow Water's chief executive as an adviser.", [], [(PAR, "Korvane Labs", "Teslow Water")]),
    # a contact clause: "Y, a Lincoln insurer it has partnered with since 2012"; a managing general agent is a company
    ("Korvane Agency is the largest agent for Teslow Underwriters, a Lincoln insurer it has partnered with since 2012.",
     [(PAR, "Korvane Agency", "Teslow Underwriters")], []),
    ("Korvane Insurance Agency is the largest Kansas agent for Teslow Crop Underwriters, a Lincoln, Neb., managing general agent it "
     "has partnered with since 2012.", [(PAR, "Korvane Insurance Agency", "Teslow Crop Underwriters"),
                                        (BAS, "Teslow Crop Underwriters", "United States")], []),
    # a distributor and its supplier ("has distributed the health policies of Y", "resells Y's machines"); not a hedged one
    ("Since 2016 Korvane Courtage has distributed the health policies of Teslow Mutual, the Lyon mutual insurer.",
     [(PAR, "Korvane Courtage", "Teslow Mutual")], []),
    ("Teslow Labs raised money but did not say whether Korvane Telecom would resell its product.",
     [], [(PAR, "Korvane Telecom", "Teslow Labs")]),
    # "the round raised by X": X raised it, the leads invested in X (not X in them)
    ("In Toronto, Korvane Capital co-led the $125 million round raised by Teslow AI in 2021 alongside Brisk Capital Management.",
     [(INV, "Korvane Capital", "Teslow AI"), (INV, "Brisk Capital Management", "Teslow AI")], [(INV, "Teslow AI", "Korvane Capital")]),
    # a venture arm invests in a round, its owner named in its apposition does not
    ("Teslow Tech raised £20m. London's Brisk Capital, which led Teslow's £9 million Series A in 2022, put in more money, as did "
     "Aldrake Ventures, the corporate venture arm of Dublin insurer Aldrake Mutual, and the angel network Gravelford Syndicate.",
     [(INV, "Aldrake Ventures", "Teslow Tech")], [(INV, "Aldrake Mutual", "Teslow Tech")]),
])
def test_holders_supplies_and_apps_of_the_0_51_round(body, present, absent):
    _present_and_absent(body, present, absent)


def test_a_headline_capitalised_word_of_a_description_after_a_dateline_is_no_name():
    """"JAKARTA - Parking technology startup Petakita ...": the headline wrote "Parking App Petakita Pockets ...", but the word
    stands in small letters in the body too; it describes the start-up, and the round is Petakita's, not "Parking"'s."""
    got = article_facts("Parking App Kestrel Pockets Rp150 Billion Series A Led by Orvane Ventures\nBy the Test Desk\nJune 14, 2024\n\n"
                        "JAKARTA - Parking technology startup Kestrel announced it has closed a Series A round worth Rp150 billion. The "
                        "round was led by Jakarta-based venture capital Orvane Ventures. Kestrel runs parking apps in three cities.\n")
    assert ("invests_in", "Orvane Ventures", "Kestrel") in got, sorted(got)
    assert not [k for k in got if "Parking" in k], sorted(got)


@pytest.mark.parametrize("headline,body,present,absent", [
    ("Collingwood ad-tech start-up Kestrel Labs raises $18m to test ads",
     "A Melbourne start-up that uses generative AI to pre-test advertisements has raised $18 million. Kestrel Labs, which operates "
     "out of a converted warehouse, said on Tuesday that Orvane Ventures had led the round. Kestrel plans to hire.",
     [(BAS, "Kestrel Labs", "Australia"), (INV, "Orvane Ventures", "Kestrel Labs")], []),
    ("Sioux Falls fraud-detection start-up Tessel Signal raises $11.5 million",
     "A Sioux Falls start-up that uses machine learning to catch card fraud has raised $11.5 million. Tessel Signal said the round "
     "was led by Orvane Capital. Tessel sells to credit unions.", [(BAS, "Tessel Signal", "United States")], []),
    # a headline's town ("Harrogate software firm ...") or its deal's other side ("a deal with the Port of Cork") is not the lede's company
    ("Cobh tide-tech firm lands €6.5m and a deal with the Port of Cork",
     "A COBH company that uses artificial intelligence to predict tides has raised €6.5 million and signed an agreement with the Port "
     "of Cork Company. Kestrel Tide said the Port of Cork Company would test its forecasts.", [],
     [(BAS, "Port of Cork Company", "Ireland")]),
])
def test_a_lede_that_describes_the_headline_company_names_it(headline, body, present, absent):
    """"A Melbourne start-up that ... has raised $18 million": the company the headline names and the body names most."""
    got = article_facts(f"{headline}\nBy the Test Desk\nJune 14, 2024\n\n{body}\n")
    assert all(k in got for k in present), sorted(got)
    assert not any(k in got for k in absent), sorted(got)


def test_no_rule_is_kept_from_a_sentence_its_pattern_reads_by_its_gate_words(monkeypatch):
    """A rule runs only on sentences holding one of its gate words (a cheap test before the pattern); the words must cover
    every sentence the pattern itself reads, or the rule silently never fires there ("X, bought by Y," once went unread:
    its gate knew "acquired by" but not "bought by").  Over every fifth tune and holdout article, each rule's pattern is
    tried on every masked sentence its gate words let by and on every one they do not.  One gate is narrower than its
    pattern on purpose: "acq_rest" (the rest of a company) runs only where the sentence says "remaining", "rest of" and the like."""
    from pathlib import Path

    import alliancekg.graph.extract.pipeline as pipeline
    import alliancekg.graph.extract.relations as relations
    from alliancekg.graph.articles import read_article
    from alliancekg.graph.extract import extract

    narrow_on_purpose = {"acq_rest"}
    rules = {**relations._RX, **relations._BASED, **relations._AVAIL}
    missed: dict[str, list[str]] = {}
    read = pipeline.sentence_relations

    def checked(masked, *args):
        gates = relations._GATES.scan(masked.lower())
        for key, rx in rules.items():
            if key not in gates and key not in narrow_on_purpose and rx.search(masked):
                missed.setdefault(key, []).append(masked)
        return read(masked, *args)

    monkeypatch.setattr(pipeline, "sentence_relations", checked)
    paths = [p for folder in ("tune", "holdout") for p in sorted((Path(__file__).parent / "articles" / folder).glob("*.txt"))[::5]]
    assert len(paths) > 300
    for path in paths:
        extract(read_article(str(path)))
    assert not missed, {key: sentences[:2] for key, sentences in missed.items()}


def test_a_companys_other_name_is_the_company_and_its_aside_hides_no_deal():
    """"X, known (in the trade) as Y," names X twice: Y is X wherever the article uses it, and the sentence is also read
    without the aside, so a verb after it still has X for its subject."""
    fs = facts("Marrowby Claims Services, known in the trade as MCS, has been majority owned by Ostrava Holdings since 2018. "
               "Pellgrave Robotics, better known as Pellbot, was acquired by Tamsin Industrial in March. "
               "Pellbot said the two would keep their brands.")
    assert ("invests_in", "Ostrava Holdings", "Marrowby Claims Services") in fs
    assert ("acquires", "Tamsin Industrial", "Pellgrave Robotics") in fs
    assert not any("Pellbot" in (s, o) for _r, s, o in fs)


@pytest.mark.parametrize("body, present, absent", [
    # a company's founders named after a bare comma, their list closed by a purpose ("to bring ..."), or described as a group
    ("Among the new ventures is Kestrel Mobility, set up in 2023 by Orvane Motors and Tessel Energy to sell charging plans to fleets.",
     [(INV, "Orvane Motors", "Kestrel Mobility"), (INV, "Tessel Energy", "Kestrel Mobility")], []),
    ("Vantor Print began trading in May. The company, set up by the Danish groups Brindle Holding and Quarrow Paper to make labels "
     "for both, is 70 per cent owned by Brindle Holding.",
     [(INV, "Brindle Holding", "Vantor Print"), (INV, "Quarrow Paper", "Vantor Print")], []),
    # (a founder list of people is still no investor: "set up by two former bankers to ...")
    ("Kestrel Mobility, set up in 2023 by two former bankers to sell charging plans, raised $4m from Orvane Capital.",
     [(INV, "Orvane Capital", "Kestrel Mobility")], []),
    # the buyer in a relative clause after a description holding a US town and its state
    ("The display fits every fleet, including Tesselburg Carts, the Dalton, Georgia, cart maker that Orvane Equity bought from "
     "Brindle Industrial in 2021 for $1.2 billion.",
     [(ACQ, "Orvane Equity", "Tesselburg Carts")], [(AVL, "Orvane Equity", "Brindle Industrial")]),
    # a wholly owned subsidiary: its parent holds a majority, by apposition or by possessive
    ("Kestrel Forge, a wholly owned subsidiary of the Belgian group Orvane Holding, runs three print works in Ghent.",
     [(INV, "Orvane Holding", "Kestrel Forge")], []),
    ("Tessel Parks runs four theme parks. Its wholly owned subsidiary Tessel Digital built QueueBird, a ride-booking app.",
     [(INV, "Tessel Parks", "Tessel Digital"), (DEV, "Tessel Digital", "QueueBird")], []),
    # (a subsidiary not said to be wholly owned is not read as a holding)
    ("Kestrel Forge, a subsidiary of Orvane Holding, runs three print works in Ghent.", [], [(INV, "Orvane Holding", "Kestrel Forge")]),
    # a correction's account of what an earlier issue said is no deal; what the correction says instead is
    ("Last week's edition said that Kestrel Labs had acquired Orvane Data. Kestrel Labs in fact bought a 40 per cent stake in "
     "Orvane Data.", [(INV, "Kestrel Labs", "Orvane Data")], [(ACQ, "Kestrel Labs", "Orvane Data")]),
    ("In last week's round-up we wrote that Tessel Foods had agreed to buy Brindle Bakery. The talks have ended.",
     [], [(ACQ, "Tessel Foods", "Brindle Bakery")]),
    ("A trade newsletter reported on Monday that Vantor Cables had bought Quarrow Wire.", [], [(ACQ, "Vantor Cables", "Quarrow Wire")]),
    # "AI" opening a body's name is part of it, not a word describing the name after it
    ("Orvane Capital is a founding investor in the AI Grid Partnership, the group that agreed in May to buy Kestrel Data Centres.",
     [(INV, "Orvane Capital", "AI Grid Partnership"), (ACQ, "AI Grid Partnership", "Kestrel Data Centres")],
     [(ACQ, "Grid Partnership", "Kestrel Data Centres")]),
    # a shareholder counted among a company's owners, described in an apposition first
    ("Tessel Pencils counts Italy's Brindle Colori, the maker of Zorvi and Quillo crayons, among its largest shareholders.",
     [(INV, "Brindle Colori", "Tessel Pencils"), (DEV, "Brindle Colori", "Zorvi")], [(DEV, "Brindle Colori", "Tessel Pencils")]),
    # founders named as the subject of the venture's own relative clause set it up together: they partner
    ("Quellor, a Lisbon company that Orvane Telecom and Kestrel Consulting set up in 2022, sells cloud services to ministries.",
     [(INV, "Orvane Telecom", "Quellor"), (INV, "Kestrel Consulting", "Quellor"), (PAR, "Orvane Telecom", "Kestrel Consulting")], []),
    ("Tesselink, the joint venture Brindle Systems and Quarrow Software formed in 2000, helps clients move to the cloud.",
     [(PAR, "Brindle Systems", "Quarrow Software")], []),
    # (one founder with its own clause: no partner)
    ("Quellor, the company that Orvane Telecom set up in 2022, sells cloud services.", [(INV, "Orvane Telecom", "Quellor")], []),
    # a joint venture's holders, each holding a share
    ("Vantor Portal is about 64% owned by Kestrel Holdings, a joint venture in which Brindle Corp. and Quarrow Corp. each hold 50%.",
     [(INV, "Brindle Corp", "Kestrel Holdings"), (INV, "Quarrow Corp", "Kestrel Holdings"), (PAR, "Brindle Corp", "Quarrow Corp")], []),
    # an abbreviation in brackets after a name is the company wherever it stands, so "it" after it is that company
    ("Edtech company Kestrelwallah (KW) has raised Rs 1,760 crore in a Series B round led by Orvane Capital. Analysts said the round "
     "was large. Vantor Learning built the app. KW has also bought companies. In 2023 it acquired Tessel Learning, a Bengaluru-based "
     "platform.", [(ACQ, "Kestrelwallah", "Tessel Learning")], [(ACQ, "Vantor Learning", "Tessel Learning")]),
    # "it has been on Google's Play Store": a store named after its owner's possessive is still a store, so "it" is the product
    ("Kestrel Labs makes Vela Scan, a survey app for builders. It has been on Google's Play Store since 2023.",
     [(AVL, "Vela Scan", "Play Store")], []),
    # "the service" put on a store is the product named before, not a platform named with it
    ("Orvane Media said its nature-camera app Tesselcast is now available on Roku and Amazon Fire TV. Its cameras show zoo animals "
     "around the clock. The service has been available on the App Store and Google Play since 2023.",
     [(AVL, "Tesselcast", "App Store"), (AVL, "Tesselcast", "Google Play")], [(AVL, "Amazon Fire TV", "App Store")]),
    # a platform that "has carried it": the product just named
    ("Kestrel AI released Vela-R2 in February. Amazon Bedrock has offered Vela-R2 as a managed model since March, and Microsoft's "
     "Azure AI Foundry has carried it since January.", [(AVL, "Vela-R2", "Amazon Bedrock"), (AVL, "Vela-R2", "Azure AI Foundry")], []),
    # founders closed by "as a joint venture" partner; a venture's founders in a relative clause after "the carrier that"
    ("Quellcell Power, set up in 2023 by the American tool maker Orvane Tools and Japan's Kestrel Denki as a joint venture, licenses a "
     "shared battery pack.", [(INV, "Orvane Tools", "Quellcell Power"), (INV, "Kestrel Denki", "Quellcell Power"), (PAR, "Orvane Tools", "Kestrel Denki")],
     []),
    ("Vantair, the full-service carrier that Brindle Sons set up with Tessel Airways in 2013, was folded into Quarrow Air.",
     [(INV, "Brindle Sons", "Vantair"), (INV, "Tessel Airways", "Vantair"), (PAR, "Brindle Sons", "Tessel Airways")], []),
])
def test_founders_parents_and_corrections_of_the_0_53_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # a person's apposition ("a dairy scientist,") closes before the subject it precedes: that name is no person
    ("Kestrava Farms, a Pune start-up, sells milk. Founded in 2020 by Meera Vantakal, a former consultant, and her cousin, a dairy "
     "scientist, Kestrava buys milk from 4,000 farmers. Last year Kestrava bought Tessel Chilling, a milk chilling company, for Rs 18 crore.",
     [(ACQ, "Kestrava Farms", "Tessel Chilling")], []),
    # a processor of goods is a company, not a chip
    ("In September Orvane Dairy signed a supply agreement with Brindle Protein, a Lithuanian whey processor.",
     [(PAR, "Orvane Dairy", "Brindle Protein")], []),
    # a platform company closing a clause before ", and ..."
    ("Seoul start-up Kestrel Labs builds small models. Its flagship model, Vela-3B, is available on Hugging Face, and the company says "
     "its models run on phones.", [(AVL, "Vela-3B", "Hugging Face")], []),
    # a product "sold on" a known retailer: its online shop
    ("Brindle Bakeries makes Quellor, a flapjack brand. Quellor has been sold on Ocado since 2022.", [(AVL, "Quellor", "Ocado Group")], []),
    # a region the gazetteer knows is where it says, whatever other countries the story names; regions' own adjectives
    ("Tesselby Dairy, the Somerset skyr maker, raised £4.5 million. Vantor Frères, a Quebec cheese maker, raised C$2 million. "
     "Kestrel Creamery, a Cornish dairy, raised £1 million.",
     [("based_in", "Tesselby Dairy", "United Kingdom"), ("based_in", "Kestrel Creamery", "United Kingdom")], [("based_in", "Tesselby Dairy", "Canada")]),
    # either name of a bilingual city ("Donostia / San Sebastián")
    ("Orvane Taldea, the San Sebastián holding company, raised €5 million.", [("based_in", "Orvane Taldea", "Spain")], []),
    # an unplaced town and a demonym inside the description before "that Y bought"
    ("Brindle Bakehouse, the Carmarthen Welsh-cake maker that Orvane Foods bought for £19.5m in July 2023, is now fully integrated.",
     [(ACQ, "Orvane Foods", "Brindle Bakehouse")], []),
    # a dateline whose state abbreviation ends in a point before "--"
    ("LA CROSSE, Wis. -- Orvane Dairy Co., a maker of cultured dairy products, today announced that it has completed its acquisition "
     "of Tessel Kefir, the Portland, Maine-based producer of kefir.", [(ACQ, "Orvane Dairy Co", "Tessel Kefir")], [(ACQ, "LA CROSSE", "Tessel Kefir")]),
    # a holder raising its holding
    ("Quarrow Super, the Newcastle industry fund, lifted its holding in Brindle Venues to 14.9% in March.",
     [(INV, "Quarrow Super", "Brindle Venues")], []),
    # control with a share, after the holder's apposition or relative clause, and in the passive
    ("Tessel Taldea, the Bilbao holding company of the Orvane family, controls Kestrel Locks with 58 per cent of its capital.",
     [(INV, "Tessel Taldea", "Kestrel Locks")], []),
    ("Vantor Atelier is controlled with 55 per cent by Brindle Partecipazioni, the family's holding company.",
     [(INV, "Brindle Partecipazioni", "Vantor Atelier")], []),
    ("Quarrow Holding, the family vehicle that controls Vantor Macchine with 62 per cent of its shares, said it would not sell.",
     [(INV, "Quarrow Holding", "Vantor Macchine")], []),
    # (not a family's control named in a holder's apposition)
    ("Tessel Parks has been owned since 2019 by Kestrel Invest, the holding company of the family that controls Brindle Toys.",
     [], [(INV, "Kestrel Invest", "Brindle Toys")]),
    # a relative clause after the last name's own apposition is that name's: the holding company bought the first company
    ("Tessel Safes, the Sheffield company that has belonged since 2019 to Orvane Group, the Yorkshire holding company that bought it "
     "from the founding family, says sales have doubled.", [(ACQ, "Orvane Group", "Tessel Safes")], [(ACQ, "Tessel Safes", "Orvane Group")]),
    # founders who set up a joint venture: they hold it and partner (the active voice, and a founder with its own apposition)
    ("In 2023 Kestrel Linen and the Thai hotel group Orvane Hotels set up Tessel Laundry Services as a joint venture to run a laundry.",
     [(INV, "Kestrel Linen", "Tessel Laundry Services"), (INV, "Orvane Hotels", "Tessel Laundry Services"), (PAR, "Kestrel Linen", "Orvane Hotels")], []),
    ("Brindlewave was set up in 2023 by the Japanese compressor maker Kestrel Seiki and Orvane Heat, the Polish water-heater maker, "
     "as a joint venture.", [(PAR, "Kestrel Seiki", "Orvane Heat")], []),
    # an agreement to do work for a company, and one a company brings with it
    ("In January, Vantor Wash signed a three-year agreement to handle guest laundry for Brindle Hotels, a chain of 14 hotels.",
     [(PAR, "Vantor Wash", "Brindle Hotels")], []),
    ("Tessel Car Wash brings with it a site-sharing agreement with Orvane Fuels.", [(PAR, "Tessel Car Wash", "Orvane Fuels")], []),
    # a share owned, in a relative clause joined to another
    ("Kestrel Beverage, which sells Iyeru teas and is about 59% owned by Orvane Holdings, leads the market.",
     [(INV, "Orvane Holdings", "Kestrel Beverage")], []),
    # a product range "on" a shop named after its marketplace's owner ("Amazon Australia")
    ("Tallarook Roasters sells coffee. Its Undertow range has been on Amazon Australia since November.",
     [(AVL, "Undertow", "Amazon Australia")], []),
    # a joint venture's founders named with what the text calls them
    ("Clarence, the Luxembourg joint venture that Belgian telecoms group Orvane Telecom and Luxembourg's Kestrel Connect set up in "
     "2023, runs a cloud.", [(INV, "Orvane Telecom", "Clarence"), (INV, "Kestrel Connect", "Clarence"), (PAR, "Orvane Telecom", "Kestrel Connect")], []),
    # "made by Y, ..., under an agreement X signed": X and Y partner (not a name in Y's apposition)
    ("In Australia the range will be handled by Melbourne-based distributor Kororoit Toy Co., under an agreement Brindle & Fettle "
     "signed in March.", [(PAR, "Brindle & Fettle", "Kororoit Toy Co")], []),
    ("The chips will be supplied by Vantor Data Services, the Pune data-centre operator backed by the Quarrow Group, under a compute "
     "agreement Tessel AI signed in April.", [(PAR, "Tessel AI", "Vantor Data Services")], [(PAR, "Tessel AI", "Quarrow Group")]),
    # a holding as the subject's second verb
    ("Lacamar Nurseries, based in Vancouver, Wash., owns container nurseries and has been majority owned since 2019 by Tillbrook "
     "Partners, a Seattle private equity firm.", [(INV, "Tillbrook Partners", "Lacamar Nurseries")], []),
    ("Kestrel Bottlers, the largest bottler, is based in Uxbridge, England, and is about 19 per cent owned by Orvane Drinks.",
     [(INV, "Orvane Drinks", "Kestrel Bottlers")], []),
    # (not a place the subject moved to)
    ("Tessel Coffee moved to Brunswick in 2008 and has been majority owned since 2019 by Orvane Capital, a Melbourne firm.",
     [(INV, "Orvane Capital", "Tessel Coffee")], [(INV, "Orvane Capital", "Brunswick")]),
    # the round the sentence's subject raised, after its owner's apposition
    ("Carrowmore Electrical has been majority owned since 2021 by Slieve Holdings, the Kilkenny investment company, and raised a "
     "€7 million Series A round in 2022 led by Ardvane Ventures.", [(INV, "Ardvane Ventures", "Carrowmore Electrical")],
     [(INV, "Ardvane Ventures", "Slieve Holdings")]),
    # a bare stake after the holder's apposition: in the company the text is about
    ("Faltwerk Design makes cartons. Kander Karton, the Thun carton maker, took a 15 per cent stake last year for CHF 3 million.",
     [(INV, "Kander Karton", "Faltwerk Design")], []),
    # a maker that has invested somewhere still lists its own brands as a portfolio
    ("Orvane Drinks is about 19 per cent owned by Kestrel Beverages. Kestrel's portfolio includes Kestrel Cola, Brindle Fizz and "
     "Tessel Water.", [(INV, "Kestrel Beverages", "Orvane Drinks")], [(INV, "Kestrel Beverages", "Brindle Fizz")]),
    # an app's apposition, then "which is on" the stores; a product that "went onto" a marketplace
    ("Members book courts through Brindle Play, the company's own app, which is on the App Store and Google Play.",
     [(AVL, "Brindle Play", "App Store"), (AVL, "Brindle Play", "Google Play")], []),
    ("Kestrel Labs builds software. Kestrel Collect went onto AWS Marketplace in September.", [(AVL, "Kestrel Collect", "AWS Marketplace")], []),
    # a chain of purchases: the second one's object is the first one's agent
    ("Resolute Paper was bought in 2023 by Domvale Paper, which itself had been acquired by Orvane Pulp, the Canadian pulp group, "
     "in 2021.", [(ACQ, "Domvale Paper", "Resolute Paper"), (ACQ, "Orvane Pulp", "Domvale Paper")], []),
    # control taken in a relative clause; the buyer with its own apposition; the particle after the object
    ("Its main rival is Japan's Nuvaflare Tech, which Orvane Electric took full control of in 2020 after a tender offer.",
     [(ACQ, "Orvane Electric", "Nuvaflare Tech")], []),
    ("Orvane Games' AI story runs through Tessel Studios, the Stockholm developer it took full control of in 2019.",
     [(ACQ, "Orvane Games", "Tessel Studios")], []),
    ("Dillane uses Affinity Frames, the editing software made by Serival Labs, the Nottingham company that Kestrel Design, the Sydney "
     "design platform, bought last year.", [(ACQ, "Kestrel Design", "Serival Labs")], []),
    ("Permira Partners took Tessel Viewer over in 2014 and listed it five years later.", [(ACQ, "Permira Partners", "Tessel Viewer")], []),
    # a majority owner that bought the company from its founders is its buyer
    ("Tessel Roasters has been majority owned since 2019 by Orvane Capital, a Melbourne private equity firm, which bought the "
     "company from the founding family.", [(ACQ, "Orvane Capital", "Tessel Roasters")], [(INV, "Orvane Capital", "Tessel Roasters")]),
])
def test_names_places_holdings_and_ventures_of_the_0_54_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # "the weights" are the model the recent sentences are about, not a rival it was measured against in passing
    ("Kestrel Labs released Vela-3, its new model, on Tuesday. Vela-3 beats Orvane's Tessel-2 on most tests, the company said, and it "
     "matches the much larger Tessel-4 on coding. The weights can be downloaded from Hugging Face.",
     [(AVL, "Vela-3", "Hugging Face")], [(AVL, "Tessel-4", "Hugging Face"), (AVL, "Tessel-2", "Hugging Face")]),
    ("Kestrel Labs released Vela-3, its new model, on Tuesday. Kestrel put the weights on Hugging Face and on Kaggle on Wednesday.",
     [(AVL, "Vela-3", "Hugging Face"), (AVL, "Vela-3", "Kaggle")], []),
    # a model's weights as a put-on verb's object
    ("Kestrel Labs published Vela-R1's weights on Hugging Face on January 20.", [(AVL, "Vela-R1", "Hugging Face")], []),
    # "the open weights" of a new name the sentence called a model
    ("\"Jorva-2, our reasoning model, has been on Google Cloud's Vertex AI since May, and we put the open weights on Hugging Face the "
     "same week,\" said Kari Olsen, the chief executive of Jomsa Labs.", [(AVL, "Jorva-2", "Hugging Face")], []),
    # a deal's signer named after its partner ("an agreement with X that Y signed")
    ("The training ran on Amazon Web Services under an agreement with Pirelo Cloud that Torvane Labs signed last year.",
     [(PAR, "Torvane Labs", "Pirelo Cloud")], [(PAR, "Amazon Web Services", "Pirelo Cloud")]),
    # a holder that "has controlled" a company, or a share of it, since a date; in the object's relative clause too
    ("Vismar, the Oslo-based software group that Hollin Capital has controlled since 2006, is preparing a listing.",
     [(INV, "Hollin Capital", "Vismar")], []),
    ("Tavora Participações has controlled 70 per cent of Aimara Foods since 2011.", [(INV, "Tavora Participações", "Aimara Foods")], []),
    # a round's backers after "funded by"
    ("Runvane added $141 million to its Series C, an extension funded by Orvik Labs, Pellan Systems and Quarro Ventures.",
     [(INV, "Orvik Labs", "Runvane"), (INV, "Pellan Systems", "Runvane"), (INV, "Quarro Ventures", "Runvane")], []),
    # "a maker of safes in Dieppe, France", "a grinder in Ghana's Ashanti region": the country of a described company
    ("Kluisbouw Terwin agreed on Tuesday to buy Coffres Arvel, a family-owned maker of home and office safes in Dieppe, France, "
     "for €19 million.", [("based_in", "Coffres Arvel", "France")], []),
    ("Kaltwerd has owned 30 per cent of Offinso Grinders, a grinder in Ghana's Ashanti region, since 2022.",
     [("based_in", "Offinso Grinders", "Ghana")], []),
    # a purchase with its date before the object, and an object described by the product it makes
    ("Sarvane bought in 2024 Pelligens, specialist of satellite imagery analysis, for 220 million euros.", [(ACQ, "Sarvane", "Pelligens")], []),
    ("Kestrel agreed to buy Roomba maker Orvik Robotics for $1.7 billion in August 2022.", [(ACQ, "Kestrel", "Orvik Robotics")], []),
    # "..., and had agreed to develop ... with Y": the sentence's subject agreed, not the investors listed before
    ("Tessel Robotics, a Sunnyvale start-up, said on Thursday it had raised $675 million from investors including Orvane Capital, "
     "Kestrel Ventures and Jeff Bezos, and had agreed to develop AI models for its robots with the Paris start-up Kalbos Labs.",
     [(INV, "Kestrel Ventures", "Tessel Robotics")], [(PAR, "Kestrel Ventures", "Kalbos Labs")]),
    # technologies and trade terms written in capitals are no products or companies
    ("Tagsmith, the Dutch maker of NFC and RFID tags for textiles, supplies Lustrepoint. Kestrel Memory's HBM is sold out for the year, "
     "and the company also makes DRAM and NAND flash; it bought Orvane Flash for $9 billion in 2021.",
     [(ACQ, "Kestrel Memory", "Orvane Flash")], [("develops", "Tagsmith", "NFC"), ("develops", "Tagsmith", "RFID"), ("develops", "Kestrel Memory", "HBM")]),
    # a name's last word is no name once the words before it are read as sentence words; "National Paper" stays whole
    ("National Paper, the Memphis-based group, completed its $7.2bn purchase of Tessel Packaging in January.",
     [(ACQ, "National Paper", "Tessel Packaging")], [(ACQ, "Paper", "Tessel Packaging")]),
    ("Kestrel Systems said its Business Technology Platform is available on the Orvane Industrial Cloud from launch.",
     [], [("develops", "Kestrel Systems", "Platform"), (AVL, "Platform", "Orvane Industrial Cloud")]),
    # "The AI ... Alliance": a body's name keeps its "AI" after "The"
    ("The AI Compute Alliance, an investment group backed by Tessel Capital and Orvane Labs, agreed to buy Kestrel Data Centres for "
     "$40 billion.", [(INV, "Tessel Capital", "AI Compute Alliance")], [(INV, "Tessel Capital", "Compute Alliance")]),
    # "City, State, developer of": a maker with a two-part place
    ("Kestrel bought Alert Innovo, the North Billerica, Massachusetts, developer of the Alphabox, in 2019.",
     [("develops", "Alert Innovo", "Alphabox")], []),
    # a new name opening with a new company's own first word is its product, not a person, a place or its former name
    ("Triavel Data, a Seville start-up, said on Monday it had raised €6 million in a round led by Kestrel Capital. The company's first "
     "tool reads floor plans. The second product, Triavel Obra, estimates the costs of a renovation from photographs of the home.",
     [("develops", "Triavel Data", "Triavel Obra")], []),
    ("Triavel Data, a Seville start-up, said on Monday it had raised €6 million in a round led by Kestrel Capital. The start-up, which "
     "was known as Triavel Consulting until 2023, works from an office on Triavel Road. \"We doubled sales,\" said Triavel CEO Marta Ruiz.",
     [(INV, "Kestrel Capital", "Triavel Data")],
     [("develops", "Triavel Data", "Triavel Consulting"), ("develops", "Triavel Data", "Triavel Road"), ("develops", "Triavel Data", "Triavel CEO Marta Ruiz")]),
    ("Kestrel Cloud and Orvane Semiconductors announced a multi-year partnership to build AI agents for hospitals. Kestrel Data will "
     "make Kestrel Cloud available to customers of Pellow Cloud from July.", [], [("develops", "Kestrel Cloud", "Kestrel Data")]),
    # "X's partners in the consortium are A, B and C"; "has also been a partner in Y's research cloud"
    ("Pixwell Labs' partners in the consortium are Piervane Systems, Satsun AI and Dhurva Space.",
     [(PAR, "Pixwell Labs", "Piervane Systems"), (PAR, "Pixwell Labs", "Satsun AI"), (PAR, "Pixwell Labs", "Dhurva Space")], []),
    ("Keysane has also been a partner in Nordvik's 6G research cloud since 2024.", [(PAR, "Keysane", "Nordvik")], []),
    # a chain of "with" phrases, each with its own date
    ("Torvane Labs has also struck agreements with Ashdown Media, the German publisher, in December, with Fennick News in April and "
     "with Gilcrest Corp in May.", [(PAR, "Torvane Labs", "Ashdown Media"), (PAR, "Torvane Labs", "Fennick News"), (PAR, "Torvane Labs", "Gilcrest Corp")], []),
    # "the country's largest operator": the one country this sentence or the one before named
    ("Indonesia's data-centre market is growing fast. Insarat Telecom, the country's second-largest operator, signed an agreement "
     "with Pellan AI in April.", [("based_in", "Insarat Telecom", "Indonesia")], []),
    ("Kestrel Cloud opened offices in Germany and France. Orvane Telecom, the country's largest operator, signed with it in May.",
     [], [("based_in", "Orvane Telecom", "Germany"), ("based_in", "Orvane Telecom", "France")]),
    # "its loyalty app, Quarvo Club": a product by its apposition, though its last word names clubs
    ("Quarvo, a Leeds coffee chain, runs 40 cafés. Quarvo has leaned on its loyalty app, Quarvo Club, which has been on the App Store "
     "since 2020. Quarvo bought Delmont Roasters in May.",
     [(ACQ, "Quarvo", "Delmont Roasters"), (AVL, "Quarvo Club", "App Store")], [(ACQ, "Quarvo Club", "Delmont Roasters")]),
    # "the company" after a fund took the focus is not the fund
    ("Cartotecnica Ravelli, a Bergamo maker of paper packaging, said on Monday it would list its shares in Milan next year. Fondo "
     "Orsolano, a Milan private equity fund, has held a 25 per cent stake in it since 2021. The company bought "
     "Cartiera Brembo, a paper mill in Zogno, for €14 million in 2023.",
     [(ACQ, "Cartotecnica Ravelli", "Cartiera Brembo")], [(ACQ, "Fondo Orsolano", "Cartiera Brembo")]),
])
def test_weights_signers_and_names_of_the_0_55_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # the maker's own name for a product after "calls"; "what it calls" is a claim, no product
    ("Quorvel, a Lisbon software start-up, sells agents to banks. Its agents run on its own platform, which it calls Agent Brix, and "
     "Quorvel uses an algorithm it calls Gennaro to price them.",
     [("develops", "Quorvel", "Agent Brix"), ("develops", "Quorvel", "Gennaro")], []),
    ("Kestrel Systems used its Paris event to sign up operators to build what it calls AI factories.", [], [("develops", "Kestrel Systems", "AI")]),
    # a list of unknown names whose head noun is a plant or a river names no products
    ("Bomun Cable, a Seoul cable maker, plans to spend 450 billion won on its Ulsan and Sokcho plants by 2027. The Tallinn company "
     "Leilikoda builds about 60 boats a year and runs a fleet of its own on the Pirita river.",
     [("based_in", "Bomun Cable", "South Korea")],
     [("develops", "Bomun Cable", "Ulsan"), ("develops", "Bomun Cable", "Sokcho"), ("develops", "Leilikoda", "Pirita")]),
    # a one-word company the gazetteer knows (Valve) inside another company's name before its legal suffix
    ("Ocotillo Pool Systems closed its $62 million acquisition of Wateree Valve Co., a South Carolina maker of pool valves, on Nov. 1.",
     [(ACQ, "Ocotillo Pool Systems", "Wateree Valve Co")], [("based_in", "Valve", "United States")]),
    # "the company" is not a family trust named before it
    ("Brantwood Memorial, an Ohio casket maker, may be sold. Any bid would have to win over the Dunvegan Family Trust, which holds 34 "
     "per cent of Brantwood's shares. The company has been shifting toward cremation products. In 2022 it bought Vessel & Vale, a "
     "Portland, Oregon maker of urns, for US$41 million.",
     [(ACQ, "Brantwood Memorial", "Vessel & Vale")], [(ACQ, "Dunvegan Family Trust", "Vessel & Vale")]),
    # a clause of rivals after a round is no list of backers; a clause naming earlier backers is
    ("Braintrove raised a $36 million Series A led by Kestrel Ventures last year, and Orvane AI and Pellan Labs sell similar tools.",
     [(INV, "Kestrel Ventures", "Braintrove")], [(INV, "Orvane AI", "Braintrove"), (INV, "Pellan Labs", "Braintrove")]),
    ("Lexovo raised a $20 million Series B in 2022 led by Tessel Ventures, and Orvane Capital and Madrano Partners were earlier backers.",
     [(INV, "Tessel Ventures", "Lexovo"), (INV, "Orvane Capital", "Lexovo"), (INV, "Madrano Partners", "Lexovo")], []),
    # a further platform after a dated clause
    ("The company's Kelpo Guard app has been available on the Apple App Store and Google Play since 2021 and, since March, on the "
     "Amazon Appstore.", [(AVL, "Kelpo Guard", "Amazon Appstore")], []),
    # "the heat-pump maker from Reutlingen", "a compiler company from Beersheba"; "from Verona, Wis." is the state's
    ("Kaltobrn Warmtek GmbH, the heat-pump maker from Reutlingen, is to take a 70 per cent stake in Termoinstal for €41 million.",
     [("based_in", "Kaltobrn Warmtek GmbH", "Germany")], []),
    ("In March Tessel Labs acquired Negevo Logic, a four-person compiler company from Beersheba.", [("based_in", "Negevo Logic", "Israel")], []),
    ("In August, Spellvane, a two-person spelling-app company from Verona, Wis., was acquired by Mendota Labs.",
     [("based_in", "Spellvane", "United States")], [("based_in", "Spellvane", "Italy")]),
    # regional demonyms
    ("Tirolstart, the Tyrolean seed investor that led Firnwerk's seed round, joined again, and Candados Silo, a Galician padlock maker, "
     "took part.", [("based_in", "Tirolstart", "Austria"), ("based_in", "Candados Silo", "Spain")], []),
    # a holding whose company goes unsaid, right after a sentence that named it; not the head of "in which X holds"
    ("Dorano Robotics, a Turin start-up, makes robot arms. Fondo Verde Capital, the state-backed Italian venture firm, holds 12 per cent "
     "through its technology-transfer fund. Kestrel Gifford holds 8.9 per cent and Orvane Management 6.2 per cent.",
     [(INV, "Fondo Verde Capital", "Dorano Robotics")], []),
    ("Heartlo, a Texas medtech company, listed in May. Kestrel Gifford holds 8.9 per cent and Orvane Management 6.2 per cent.",
     [(INV, "Kestrel Gifford", "Heartlo"), (INV, "Orvane Management", "Heartlo")], []),
    ("Leapvane, a Hangzhou carmaker, grew fast. Its cars are sold in Europe by Leapvane International, the joint venture in which "
     "Stellar Motors holds 51 per cent.", [], [(INV, "Stellar Motors", "Leapvane")]),
    # a holder after its share's "and", its verb left out, in per cent as in %
    ("Vodavo owns 51 per cent of Vodavo Three and Chutchi Holdings 49 per cent, and Vodavo has an option to buy its partner out.",
     [(INV, "Chutchi Holdings", "Vodavo Three")], [(INV, "Vodavo", "Chutchi Holdings")]),
    # a name before an amount is the payee, not a versioned product
    ("Perplexo has agreed to pay Snapper 400 million dollars over one year to put its answer engine inside Snapper's app.",
     [], [("develops", "Perplexo", "Snapper 400")]),
    # a range "of" its maker; "whose ear-training app, Oído,"
    ("The cheap end is dominated by tubs such as the Lazo-Spa range of Bestro, the Shanghai-based maker of pools.",
     [("develops", "Bestro", "Lazo-Spa")], []),
    ("Clavia bought Intervo, a Valencia start-up whose ear-training app, Oído, is popular with students.", [("develops", "Intervo", "Oído")], []),
    # an apposed new name with a noun a product goes by
    ("Graphon, a Brooklyn start-up, uses Diamondo, its AI code reviewer, on every change. Kaltweid is a Swiss chocolatier. The "
     "Caltgera bars, Kaltweid's darkest range, grew by a fifth.",
     [("develops", "Graphon", "Diamondo"), ("develops", "Kaltweid", "Caltgera")], []),
    # a second clause's stake after an apposed company is the first clause's subject's
    ("In 2019 Relio Industries bought an 87 per cent stake in Haptiko, the Mumbai-based AI company, for about Rs 700 crore, and "
     "acquired a similar stake in fashion platform Fyndo for Rs 295 crore.",
     [(ACQ, "Relio Industries", "Fyndo")], [(ACQ, "Haptiko", "Fyndo")]),
    # "expanded across the Baltic with the purchase of"; purchases after a semicolon with the verb left out
    ("Vintergo, a Stockholm-based group that runs 74 cinemas in Sweden, Norway and Finland, expanded across the Baltic with the "
     "95 million euro purchase of the Finnish chain Kuuro Kino in 2022.", [(ACQ, "Vintergo", "Kuuro Kino")], []),
    ("Huggo bought Gradvo in December 2021; Argillo, a data-annotation start-up based in Madrid, for about $10 million in June last "
     "year; and XetHubo, a Seattle company, in August.", [(ACQ, "Huggo", "Argillo"), (ACQ, "Huggo", "XetHubo")], []),
    # a group of backers "including" the backers; a round's relative clause of backers
    ("This month Alepho announced more than $500m of new funding from a group of backers including the Schwarzo Group, Boscho "
     "Ventures and Sapo, without naming a lead investor.",
     [(INV, "Schwarzo Group", "Alepho"), (INV, "Boscho Ventures", "Alepho"), (INV, "Sapo", "Alepho")], []),
    ("Nebrova, the Amsterdam cloud company, says its $700 million private placement from December, in which Nvido, Accelo and Orbo "
     "Investments took part, is paying for capacity.",
     [(INV, "Nvido", "Nebrova"), (INV, "Accelo", "Nebrova"), (INV, "Orbo Investments", "Nebrova")], []),
    # more trades as company nouns
    ("Mendo Shoes has a supply agreement with Halloway Leather, the Walsall tannery, for sole bends and heel stock.",
     [("based_in", "Halloway Leather", "United Kingdom")], []),
    # "..., and agreed to work with it": the sentence's subject; the founders of an alliance partner
    ("Korvo Telecom invested $100 million in Anthropo in August and agreed to work with it on a large language model.",
     [(INV, "Korvo Telecom", "Anthropo"), (PAR, "Korvo Telecom", "Anthropo")], []),
    ("In July Korvo Telecom joined Deutsche Telvo, the United Arab Emirates' Emiro Telecom and Singapore's Singvo in forming the Global "
     "Telco AI Alliance, a grouping that plans to develop AI models.",
     [(PAR, "Korvo Telecom", "Deutsche Telvo"), (PAR, "Korvo Telecom", "Singvo"), (PAR, "Emiro Telecom", "Singvo")], []),
    # a host with an apposition that names a company; what a platform adds to its own library; a company's own service is the place
    ("Stackvo, the cloud run by Lidl owner Schwarzo Group, hosts Kestrel's Pharo software for public-sector customers.",
     [(AVL, "Pharo", "Stackvo")], []),
    ("Ollama, the popular tool for running models locally, added Vela-4 to its library the same month.", [(AVL, "Vela-4", "Ollama")], []),
    ("Scaleway, the cloud unit of the Iliad group, offers Mistral Small 3.1 and Llama 3.3 70B through its Generative APIs service.",
     [], [(AVL, "Mistral Small 3.1", "Scaleway"), (AVL, "Llama 3.3 70B", "Scaleway")]),
    # "the Philippine fintech company behind GCash": a demonym in the description of the maker
    ("The offer came through GScoro, the credit score of Myntro, the Philippine fintech company behind GCasho.",
     [("develops", "Myntro", "GCasho")], []),
    # a person's name where something is bought is a brand's; a person's stake is no purchase of the person
    ("Esterlo, the New York cosmetics group, bought Tom Fenwick for $2.8 billion in 2023.", [(ACQ, "Esterlo", "Tom Fenwick")], []),
    ("Esterlo, the New York cosmetics group, bought Tom Fenwick's stake in Kelvo Labs in 2023.", [], [(ACQ, "Esterlo", "Tom Fenwick")]),
])
def test_names_holdings_and_places_of_the_0_56_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # money a company "added" from backers is a round, and "added" before an amount is no reported speech
    ("In June, Runvo added $141 million as an extension of that Series C from Googvo, Nvivo and Salesvo Ventures, among others.",
     [(INV, "Googvo", "Runvo"), (INV, "Nvivo", "Runvo"), (INV, "Salesvo Ventures", "Runvo")], []),
    # a company described by what it makes acts in a clause after "since"
    ("Parts distribution has consolidated since Genvo Parts Co., the Atlanta group behind the Napvo stores, bought Allivo "
     "Automotive Group in 2017.", [(ACQ, "Genvo Parts Co", "Allivo Automotive Group")], [(ACQ, "Napvo", "Allivo Automotive Group")]),
    # a product released "to" a platform's users is on the platform
    ("Kestrel rolled out Vela to all Slack users in May. Orvane released Codexo, a coding agent, to ChatGPT Pro, Enterprise and "
     "Team users.", [(AVL, "Vela", "Slack"), (AVL, "Codexo", "ChatGPT Pro")], []),
    # "A and B also bought." after an offering: they bought into the company in question
    ("Orbivo Labs listed in Zurich in May. Anchor investors took most of the shares, and Industrio Ventures and Hollyvo Capital "
     "also bought.", [(INV, "Industrio Ventures", "Orbivo Labs"), (INV, "Hollyvo Capital", "Orbivo Labs")], []),
    # "A and B are also shareholders.": holders of the company in question; "about three-quarters owned by": a majority holding
    ("Sifvo, a Californian chip designer, licenses RISC-V cores. Intvo Capital and Qualvo Ventures are also investors.",
     [(INV, "Intvo Capital", "Sifvo"), (INV, "Qualvo Ventures", "Sifvo")], []),
    ("Nemvo, which is about three-quarters owned by the Monterrey conglomerate Alfvo, confirmed the pilot.", [(INV, "Alfvo", "Nemvo")], []),
])
def test_rounds_and_makers_of_the_0_57_round(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # a sentence's first word that an apposition calls a company's product, or places with a participle, is a name
    ("Veltrona sells handbags in Milan. Hallmarq, its consumer app, lets a buyer photograph stitching.", [(DEV, "Veltrona", "Hallmarq")], []),
    ("Logrivo, based in Boulder, Colorado, has been owned by Thoma Bravo since 2018.", [(ACQ, "Thoma Bravo", "Logrivo")], []),
    # a month opening a company's name, after "by" too (and no date there)
    ("Essentia Labs raised $56m. The round was led by March Capital, the company said on Tuesday.", [(INV, "March Capital", "Essentia Labs")], []),
    # a subject's apposition may name a product
    ("Brelvo, the mobile games studio behind Candy Crush Saga, has acquired Peltvo.", [(ACQ, "Brelvo", "Peltvo")], []),
    # "the X business, which Y bought"; a second price after the first company's apposition
    ("On smartphones, the Motovo business, which Lenvo bought from Kestrel Labs in 2014 for $2.91 billion, grew shipments 9%.",
     [(ACQ, "Lenvo", "Motovo")], []),
    ("Ocavo paid $262 million for Kindvo Systems, a robot maker, and $25 million for Haddvo Dynamics, a Las Vegas maker of robot arms.",
     [(ACQ, "Ocavo", "Kindvo Systems"), (ACQ, "Ocavo", "Haddvo Dynamics")], []),
    # a name written as its web address, in small letters; a sentence's first word with a possessive, written small nowhere else
    ("OpenVo has agreed to acquire neptvo.ai, a Warsaw-based company that makes tools for tracking model-training runs.",
     [(ACQ, "OpenVo", "neptvo.ai")], []),
    ("Zendvo's own AI acquisitions, including Klavo and Ultimvo, were small.", [(ACQ, "Zendvo", "Klavo"), (ACQ, "Zendvo", "Ultimvo")], []),
    # "Gulf" opening a name after a lowercase word; a title's possessive opens no name
    ("Saronvo, an Austin maker of vessels, has acquired Gulf Craft, the family-owned shipyard.", [(ACQ, "Saronvo", "Gulf Craft")],
     [(ACQ, "Saronvo", "Craft")]),
    ("Mayor's office economic development coordinator Dana Fjeld said the round was a sign of strength.", [],
     [(DEV, "Mayor", "Dana Fjeld")]),
    # an apposition's relative clause, and "still", before "on" a platform
    ("Brewvo Labs built Teklvo, a brewing-timer and subscription app that is still on the App Store and Google Play.",
     [(AVL, "Teklvo", "App Store"), (AVL, "Teklvo", "Google Play")], []),
    # a deal noun with its date before "with", and a framework signed with a company
    ("Googvo Cloud has had a multiyear partnership since November 2021 with Cohvo, the Toronto-based developer of language models.",
     [(PAR, "Googvo Cloud", "Cohvo")], []),
    ("Abu Dhabi's Adqvo signed a $25 billion framework with Energy Capvo Partners in March to build gas plants.",
     [(PAR, "Adqvo", "Energy Capvo Partners")], []),
    # what a named company's purchases include, it bought
    ("Analysts said Salesvo's earlier big purchases, including Tablvo for $15.7 billion in 2019 and Mulevo for $6.5 billion in 2018, "
     "still shape how investors judge it.", [(ACQ, "Salesvo", "Tablvo"), (ACQ, "Salesvo", "Mulevo")], []),
    # "... and is headquartered in": the subject's seat, not that of a name in a preposition's phrase
    ("Lumvo was founded in 2022 by researchers from the University of Oxford and is headquartered in Oxford.",
     [(BAS, "Lumvo", "United Kingdom")], [(BAS, "University of Oxford", "United Kingdom")]),
    # a Portuguese legal form and a state's abbreviation ("La.") are no companies
    ("Zonnvo Group has completed the acquisition of Mobvo Sobrvo, Lda., a Portuguese maker of cork furniture.",
     [(ACQ, "Zonnvo Group", "Mobvo Sobrvo")], [(ACQ, "Zonnvo Group", "Lda")]),
    ("Eaton agreed to buy Fibrvo, a Shreveport, La., maker of modular enclosures.",
     [(ACQ, "Eaton", "Fibrvo"), (BAS, "Fibrvo", "United States")], [(ACQ, "Eaton", "La"), (ACQ, "Eaton", "Shreveport")]),
    # streets and companies named by their legal form are no products
    ("Netvo's third-quarter results landed below Wall Street's profit forecast on Tuesday. Garvo Clubs Group signed the deal on "
     "Tuesday, Garvo's chairman told staff at the group's Ruthven Street venue.",
     [], [(DEV, "Wall Street", "Ruthven Street"), (DEV, "Garvo Clubs Group", "Ruthven Street")]),
])
def test_names_and_purchases_of_the_0_58_round(body, present, absent):
    _present_and_absent(body, present, absent)


def test_a_known_name_is_shown_as_the_article_writes_it():
    """'the Comet browser', 'its M4 chip': the facts name Comet and M4, the gazetteer's names kept as aliases; a company the
    article calls only by its web address ("Wix.com") is shown by it."""
    text = ("Test Headline\nBy the Test Desk\nJune 14, 2024\n\nPerplexity launched its own Comet browser in July. "
            "Apple put its M4 chip in the iPad Pro. Wix.com has acquired Basevo, a Tel Aviv start-up, for $80 million.\n")
    out = extract(parse_text(text, source="inline.txt")).to_facts_json()
    developed = {f["object"] for f in out["facts"] if f["relation"] == "develops"}
    assert {"Comet", "M4"} <= developed, out["facts"]
    assert ("Wix.com", "Basevo") in {(f["subject"], f["object"]) for f in out["facts"] if f["relation"] == "acquires"}, out["facts"]
    comet = next(e for e in out["entities"] if e["name"] == "Comet")
    assert "Perplexity Comet" in comet["aliases"] and "Comet browser" in comet["aliases"]
