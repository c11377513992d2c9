"""The tagger's sentence rules on one-sentence reports: what they must find, and the hard negatives they must
leave out.

Each case is a sentence as the press writes it, with the incidents (type, where, status) it reports. These are
the rules alone (`find_incidents`); the report filter, which then judges whole documents, is tested in
tests/test_reportfilter.py, and the realdata figures (tests/test_evaluation.py) measure both at scale.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.sentences import sentence_spans
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str, default_country: str | None = None) -> list[tuple[str, str, str]]:
    """(target type, most precise place name or region code or country code, status) per incident."""
    doc = Document("t", REPORTED, text, default_country=default_country)
    # dated REPORTED, a day chosen for none of these sentences: the calendar of named events would take the
    # real ones they quote ('the Kakhovka dam') for retellings (tests/test_namedevents.py reads it)
    found = find_incidents(doc, named_events=())
    return sorted((i.target_type, i.place or i.admin1_code or i.country_code or "", i.status) for i in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian drones struck an electricity substation in Kharkiv.",
            [("substation", "Kharkiv", "reported")],
        ),
        ("Primary school #75 in Kharkiv shelled.", [("school", "Kharkiv", "reported")]),
        # 'last year' that starts a span, not the attack's date
        (
            "Drones struck an apartment block in Kursk in the first attack on the city since the invasion "
            "began last year.",
            [("residential", "Kursk", "reported")],
        ),
        # a fire 'at' an artillery depot is a blaze
        (
            "A fire at the artillery depot in Kharkiv was caused by a drone strike.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        # a TV tower hit is no hit TV show
        ("A Russian missile hit a TV tower in Kyiv.", [("telecom", "Kyiv", "reported")]),
        # a weapon that landed is a hit
        ("A Russian missile landed in a field near Lviv.", [("unspecified", "Lviv", "reported")]),
        # ... not a city attacked
        ("Russia attacked Kyiv overnight.", [("unspecified", "Kyiv", "reported")]),
        # a side's strike 'on' a place is no goal
        ("Russia’s late strike on Kharkiv killed two.", [("unspecified", "Kharkiv", "reported")]),
        # a helicopter taken down is a hit
        (
            "A Ukrainian soldier took down a Russian helicopter near Bakhmut.",
            [("military_site", "Bakhmut", "reported")],
        ),
        # ... but not when some got through
        (
            "Russia Launches Drone Attack on Kyiv.\n\nAir defences shot down 15 of 20 drones over Kyiv.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # a record since the war's start is today's attack
        (
            "Russia launches its largest drone attack on Kyiv since the start of the war.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # a jet shot down, then crashed: the downing is an attack all the same
        (
            "Ukrainian forces shot down a Russian Su-34 jet near Belgorod, and the plane crashed.",
            [("military_site", "Belgorod", "reported")],
        ),
        # a facility taken back or captured is an incident on it, as a settlement taken is
        (
            "Bodycam footage shows Ukrainian soldiers capturing Russian positions near Bakhmut.",
            [("military_site", "Bakhmut", "reported")],
        ),
        (
            "Ukrainian forces recaptured the oil rigs near Crimea on Monday.",
            [("gas_facility", "UA-43", "reported")],
        ),
        # an aircraft's price before its name: still an aircraft shot down
        (
            "Ukrainian pensioner 'shoots down £74million Russian Su-34 jet' near Kharkiv.",
            [("military_site", "Kharkiv", "reported")],
        ),
        # a month that dates a relative clause is another event's: the attack is this report's
        (
            "Ukrainian forces are attacking Bakhmut, which was captured by Russia last month.",
            [("unspecified", "Bakhmut", "reported")],
        ),
        ("School no. 66 in Kherson heavily damaged by shelling.", [("school", "Kherson", "reported")]),
        ("Russian forces shelled Volfyne, Sumy, with artillery.", [("unspecified", "Volfyne", "reported")]),
        (
            "Fire station damaged by explosion in Sviatohirsk.",
            [("administrative", "Sviatohirsk", "reported")],
        ),
        (
            "Ukrainians told to charge everything as power grid hit by Russia.",
            [("power_grid", "UA", "reported")],
        ),
        # an interception whose wreckage hit something is an incident after all
        (
            "A drone was shot down over Pavlohrad; debris of the drone hit residential buildings.",
            [("residential", "Pavlohrad", "reported")],
        ),
        # what follows a 'but' after an interception was a hit
        (
            "Most missiles were shot down, but strikes cut off the water supply to 80 percent of Kyiv.",
            [("water_supply", "Kyiv", "reported")],
        ),
        # wreckage alone makes a report (this once crashed the tagger); a city district is the city
        ("Debris fell in the Obolon district of Kyiv overnight.", [("unspecified", "Kyiv", "reported")]),
        # a downed aircraft is what was hit: a military target
        (
            "Russian forces shot down a Ukrainian Su-27 aircraft near Lozova.",
            [("military_site", "Lozova", "reported")],
        ),
        ("Large crater in a residential area of Kharkiv.", [("residential", "Kharkiv", "reported")]),
        # a village GeoNames does not list, captured, is kept in the country the text is about
        (
            "Ukrainian troops retook the southeastern settlement of Robotyne in Ukraine.",
            [("settlement_control", "Robotyne", "reported")],
        ),
        # an attack on a whole country, with no target named, keeps the timeline complete
        ("Russia launches air attacks on Ukraine ahead of key holiday.", [("unspecified", "UA", "reported")]),
        ("Russia pounds Ukraine with missile and drone barrage.", [("unspecified", "UA", "reported")]),
        (
            "Rebels fired machine guns, grenade launchers and small arms at positions near Popasna.",
            [("military_site", "Popasna", "reported")],
        ),
        (
            "A police officer was injured in a blast at police headquarters in Warsaw.",
            [("administrative", "Warsaw", "reported")],
        ),
        ("At least three people killed in Russian attacks on Ukraine.", [("unspecified", "UA", "reported")]),
        (
            "A Russian drone boat packed with explosives smashes a key Ukrainian bridge.",
            [("bridge", "UA", "reported")],
        ),
        ("Destruction of a commercial area in Lyman.", [("commercial", "Lyman", "reported")]),
        (
            "Militias mount cross-border incursion into the Belgorod region.",
            [("border_region", "RU-BEL", "reported")],
        ),
        ("Damage to a grain depot in Odesa after shelling.", [("agriculture", "Odesa", "reported")]),
        # the country 'on the border with' is the neighbour, not the scene
        (
            "A rocket fell in Poland, on the border with Ukraine, and hit the grain dryers.",
            [("agriculture", "PL", "reported")],
        ),
        # who acts, who controls, where talks are held and which unit was hit name no scene
        (
            "Lacking battlefield successes, Moscow is hitting Ukraine's energy facilities.",
            [("power_grid", "UA", "reported")],
        ),
        (
            "The mayor said Moscow had been bombarding Kharkiv’s civilian population since last year.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        (
            "A dam in the Russian controlled part of southern Ukraine was damaged by shelling.",
            [("dam", "UA", "reported")],
        ),
        (
            "On the eve of talks in Abu Dhabi, Russian attacks cut Kyiv off from power.",
            [("power_grid", "Kyiv", "reported")],
        ),
        (
            "Russia hit a command centre of the Azov regiment in the Zaporizhzhia region.",
            [("military_site", "UA-23", "reported")],
        ),
        # a city's name before 'river' names the river, no scene
        (
            "Russia blew up the Kakhovka dam and its power station, forcing residents along the Dnipro river "
            "to flee.",
            [("dam", "Nova Kakhovka", "reported"), ("power_plant", "Nova Kakhovka", "reported")],
        ),
        (
            "Russian troops fired dozens of shells across the Dnipro River.",
            [("unspecified", "UA", "reported")],
        ),
        # and 'the Dnipro' after a crossing or bank word, ending its phrase, is the river too; 'the Dnipro
        # attack' is the city's
        (
            "Russian troops fired dozens of shells across the Dnipro at Ukrainian towns.",
            [("unspecified", "UA", "reported")],
        ),
        (
            "Ukraine says its marines hit Russian positions on the left bank of the Dnipro.",
            [("military_site", "UA", "reported")],
        ),
        (
            "The death toll from the Dnipro attack continues to rise.",
            [("unspecified", "Dnipro", "reported")],
        ),
        # a capital a quiet sentence names as its state lends no place; named as where, it does
        (
            "Russian missiles struck a dam in Ukraine. Kyiv won pledges of battlefield tanks from allies.",
            [("dam", "UA", "reported")],
        ),
        (
            "Russian missiles struck a dam in Ukraine. Blinken arrived on a trip to Kyiv.",
            [("dam", "Kyiv", "reported")],
        ),
        # wire-report wording (ACLED notes)
        (
            "There was an armed clash between Russian and Ukrainian forces in Bucha.",
            [("unspecified", "Bucha", "reported")],
        ),
        (
            "A Ukrainian drone dropped explosives in Horlivka, injuring 1 civilian.",
            [("unspecified", "Horlivka", "reported")],
        ),
        (
            "Russian forces launched a guided aerial bomb at Kupiansk.",
            [("unspecified", "Kupiansk", "reported")],
        ),
        ("Positional battles took place around Bakhmut.", [("unspecified", "Bakhmut", "reported")]),
        (
            "Rebel forces used grenade launchers and small arms to target positions in Marinka.",
            [("military_site", "Marinka", "reported")],
        ),
        (
            "Rebels fired heavy machine guns and mortars of 82 mm calibre in the direction of Krasnohorivka.",
            [("unspecified", "Krasnohorivka", "reported")],
        ),
        ("Military drone targets gas facility in Moscow region.", [("gas_facility", "RU-MOS", "reported")]),
        # a hedge does not reach past 'after': the shelling took place
        (
            "Fears for nuclear safety after shelling at Kherson power plant.",
            [("power_plant", "Kherson", "reported")],
        ),
        # what a concession grants before an interception was a hit
        (
            "The governor of Belgorod region reported drone attacks, causing damage to homes, "
            "though most were intercepted.",
            [("residential", "RU-BEL", "reported")],
        ),
        # the place before 'used' is the attacker; a street is a civilian target
        (
            "Kyiv says Moscow used S-300 missiles to attack Kupiansk, hitting the city's museum.",
            [("cultural_religious", "Kupiansk", "reported")],
        ),
        ("A rocket exploded on the sidewalk in Kharkiv.", [("public_venue", "Kharkiv", "reported")]),
        ("Drones hit the Engels strategic bomber base.", [("airport", "Engels", "reported")]),
        ("A Russian missile struck a hypermarket in Kharkiv.", [("commercial", "Kharkiv", "reported")]),
        ("A drone hit a mail depot in Odesa.", [("commercial", "Odesa", "reported")]),
        (
            "Shelling damaged the local council building in Kochubeivka.",
            [("administrative", "Kochubeivka", "reported")],
        ),
        ("A pre-trial detention centre in Kherson was shelled.", [("administrative", "Kherson", "reported")]),
        (
            "The Centre for Children's Creativity in Sumy was destroyed by a drone strike.",
            [("cultural_religious", "Sumy", "reported")],
        ),
        # the head of a hyphenated compound is a target word
        (
            "A children's health-sports complex in Odesa caught fire after a strike.",
            [("public_venue", "Odesa", "reported")],
        ),
        (
            "Destruction caused to residential buildings in Kupiansk.",
            [("residential", "Kupiansk", "reported")],
        ),
        # a downed drone that did damage is an impact, not only an interception
        (
            "A house in Kyiv was damaged by a drone that was shot down.",
            [("residential", "Kyiv", "reported")],
        ),
        ("Munition impacts home in Bucha.", [("residential", "Bucha", "reported")]),
        (
            "Remnants of a missile found at a school in Chernihiv.",
            [("school", "Chernihiv", "reported")],
        ),
        # a landmark ("near the airport") beside the target hit only says where it was
        (
            "A missile hit a residential area of Kharkiv near the airport.",
            [("residential", "Kharkiv", "reported")],
        ),
        # settlements taken but not named are kept in the region the text names
        (
            "Ukrainian forces took control of another village in the Donetsk region.",
            [("settlement_control", "UA-14", "reported")],
        ),
        (
            "More than 300 villages and towns have been liberated in the Kharkiv region.",
            [("settlement_control", "UA-63", "reported")],
        ),
        # utilities listed together are each a target; one restored after strikes was hit
        (
            "Russian strikes left 600,000 people in Belgorod without power, heat, or water.",
            [
                ("heating", "Belgorod", "reported"),
                ("power_grid", "Belgorod", "reported"),
                ("water_supply", "Belgorod", "reported"),
            ],
        ),
        (
            "Kyiv mayor says heating restored in capital after latest Russian strikes.",
            [("heating", "Kyiv", "reported")],
        ),
        # the place that acts ('Kyiv has not claimed', 'an attack by Kyiv', 'Kyiv official') is no scene
        (
            "Kyiv has not claimed responsibility for the strike on a fuel depot in Sevastopol.",
            [("fuel_depot", "Sevastopol", "reported")],
        ),
        (
            "A drone attack by Kyiv on Sevastopol damaged a fuel depot.",
            [("fuel_depot", "Sevastopol", "reported")],
        ),
        # ... so is one named after an assault, a bombardment or threats and 'by' ('by both Moscow and Kyiv')
        (
            "The bombardment of Belgorod came in response to an air assault by Moscow a day earlier.",
            [("unspecified", "Belgorod", "reported")],
        ),
        (
            "Ukrainian drones hit a naval ship in Sevastopol: Kyiv official.",
            [("military_site", "Sevastopol", "reported")],
        ),
        ("The fight around Bakhmut raged on.", [("unspecified", "Bakhmut", "reported")]),
        # 'no casualties' says how an attack ended, not that none took place
        (
            "Shelling hit the Belgorod region; the governor says no casualties reported near the border.",
            [("border_region", "RU-BEL", "reported")],
        ),
        # a target of the next clause was hit where the bare attack was
        (
            "Russia fired 76 missiles at Kyiv, according to Ukraine, and were targeting the grid.",
            [("power_grid", "Kyiv", "reported")],
        ),
        # a record measured against the war is one event, not a tally over it
        (
            "Kyiv was hit by the largest cyberattack on its telecom network since the war began.",
            [("telecom", "Kyiv", "reported")],
        ),
        # 'pound' takes its object like 'pounds'
        ("Russia continued to pound Ukraine with drone attacks.", [("unspecified", "UA", "reported")]),
        # a governor or mayor speaks for the place they run: a governor's is a region, not its capital
        (
            "The governor of Bryansk said two people were killed in a shooting.",
            [("unspecified", "RU-BRY", "reported")],
        ),
        ("Kursk's governor said a drone hit a house.", [("residential", "RU-KRS", "reported")]),
        # a capital before its state's act or words with when it acted between stands for its state
        (
            "Moscow today reported an attack on its border city of Belgorod, hit by shelling.",
            [("border_region", "Belgorod", "reported")],
        ),
        (
            "Kyiv today said Russian drones fell on Romanian territory during an overnight strike on Izmail.",
            [("unspecified", "Izmail", "reported")],
        ),
        ("Russian drones attacked Kyiv on Monday said officials.", [("unspecified", "Kyiv", "reported")]),
        # a capital that steps up or switches its attacks is the state acting, not the scene
        (
            "Russia launched a fresh wave of strikes on cities across Ukraine as Moscow stepped up attacks "
            "on the eve of its Victory Day parade.",
            [("unspecified", "UA", "reported")],
        ),
        ("Moscow switches focus of attacks to Ukraine's ports.", [("port", "UA", "reported")]),
        # a headline's bare city is the region of that name its lead names instead, unless the lead names
        # the city too
        (
            "Shoigu vows 'harsh response' after Belgorod incursion.\n\nThe comments come as further drone "
            "attacks are reported in Belgorod region.",
            [("border_region", "RU-BEL", "reported")],
        ),
        (
            "Shelling kills two in Belgorod.\n\nShells hit the city of Belgorod, the capital of the Belgorod "
            "region.",
            [("unspecified", "Belgorod", "reported")],
        ),
        # a file photo's caption under a headline places no headline incident: the region stays the region
        (
            "Moscow blames saboteurs for attack in western Belgorod region.\n\nA fuel depot on fire in the "
            "city of Belgorod, Russia, on April 1, 2022.",
            [("unspecified", "RU-BEL", "reported")],
        ),
        (
            "The mayor of Mykolaiv said two people were killed in a shooting.",
            [("unspecified", "Mykolaiv", "reported")],
        ),
        # where the missiles came from is not where they hit
        (
            "Kremlin forces fired eight missiles from Crimea at Kharkiv.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        # a bare attack in a country, also past a landmark
        (
            "At least 13 people were killed in an Israeli strike near a refugee camp in Lebanon.",
            [("unspecified", "LB", "reported")],
        ),
        ("Kremlin accuses Ukraine of violent attack in western Russia.", [("unspecified", "RU", "reported")]),
        (
            "Finnish police seize ship suspected of sabotaging an undersea cable.",
            [("telecom", "FI", "reported")],
        ),
        (
            "Emergency crews work to ease power shortages across Ukraine after Russian attacks.",
            [("power_grid", "UA", "reported")],
        ),
        # what the speaker will do is no claim of its own attack: the speaker is the scene
        (
            "Ukraine says it will take weeks to restore power after attacks on the energy infrastructure.",
            [("power_grid", "UA", "reported")],
        ),
        # 'an "attack" by Kyiv': the capital is the attacker, quoted or not
        (
            'A Telegram channel reported a "combined attack" by Kyiv on Crimea.',
            [("unspecified", "UA-43", "reported")],
        ),
        # a region's bare attack is the named target hit inside it
        (
            "Shelling hit the Kharkiv region overnight, and a missile struck a power plant in Chuhuiv.",
            [("power_plant", "Chuhuiv", "reported")],
        ),
        # a firefight is fighting; a munition that landed near a target was an attack
        ("A firefight damaged a residential building in Kharkiv.", [("residential", "Kharkiv", "reported")]),
        (
            "A guided missile landed near residential areas in Kharkiv.",
            [("residential", "Kharkiv", "reported")],
        ),
        # a village taken but not named lies in the country a sentence with no incident names
        (
            "Aid to flooded areas in Ukraine is being blocked. Its forces took control of another village.",
            [("settlement_control", "UA", "reported")],
        ),
        # a weapon fired is an attack (and 'fires' the verb is no fire)
        ("Russia fires missiles at Kharkiv.", [("unspecified", "Kharkiv", "reported")]),
        # a utility lost in a text that reports an attack is an impact, like a blackout
        (
            "Russian missiles hit Kharkiv overnight. Residents had their water supply cut off.",
            [("water_supply", "Kharkiv", "reported")],
        ),
        # a deadly attack killed people: a real impact, even in an air-defence story
        (
            "Ukraine shot down 30 missiles in a raid that included a deadly attack on a hospital in Dnipro.",
            [("hospital", "Dnipro", "reported")],
        ),
        # shrapnel is what a shell or missile left where it exploded
        (
            "Shrapnel fragments were found in a residential area of Kharkiv.",
            [("residential", "Kharkiv", "reported")],
        ),
        # a participle used as an adjective is a state, but the clause's own attack still counts
        ("A missile hit the damaged bridge in Kherson again.", [("bridge", "Kherson", "reported")]),
        # the country struck: after a compass word, or as the demonym of what the attack reached
        ("Ukraine launched a missile attack on southern Russia.", [("unspecified", "RU", "reported")]),
        ("Russian missile strike kills 19 at Ukrainian medal ceremony.", [("unspecified", "UA", "reported")]),
        ("A missile strike hit a Ukrainian supermarket.", [("commercial", "UA", "reported")]),
        ("Drones Target Moscow Region for Sixth Time This Month.", [("unspecified", "RU-MOS", "reported")]),
        (
            "Blast damages hydro-electric plant in Nova Kakhovka.",
            [("power_plant", "Nova Kakhovka", "reported")],
        ),
        # countries listed as one subject are all actors, not the scene of the attack the sentence reports
        (
            "Russia's forces once again pounded energy infrastructure, a day after the United States and "
            "Germany pledged to send tanks to Ukraine.",
            [("power_grid", "UA", "reported")],
        ),
        # whose claim it is says nothing of where the damage is
        (
            "A Russian attack hit a TV tower in Ukraine. Despite Russia's claim that they aren't targeting "
            "civilians, there is extensive damage to civilian buildings.",
            [("residential", "UA", "reported"), ("telecom", "UA", "reported")],
        ),
        # a reference point abroad ('near the Polish border') leaves the country the text is about
        (
            "War in Ukraine: what happened on day 18. A military base near the Polish border is attacked.",
            [("military_site", "UA", "reported")],
        ),
        # 'the southern Ukrainian city' refers back to the city named before
        (
            "The latest Russian attack on Odesa left one person dead. The governor said four children were "
            "among the injured, adding that other residents of the southern Ukrainian city were trapped in "
            "their apartments.",
            [("residential", "Odesa", "reported")],
        ),
        # a demonym of the owner ('Russian airfields') is not the country of the places the strikes hit
        (
            "Ukraine launched missile strikes on Russian airfields in the occupied Luhansk and Berdyansk "
            "areas, hitting two helicopters and an ammunition depot.",
            [
                ("airport", "Berdiansk", "reported"),
                ("airport", "Luhansk", "reported"),
                ("defense_industry", "UA", "reported"),
            ],
        ),
        # an apposition says what the place before it is
        (
            "Russia shelled civilian areas in Seredyna-Buda, a village on the border with Russia.",
            [("border_region", "Seredyna-Buda", "reported")],
        ),
        # 'did not say' is speech: Moscow is the speaker, not the scene
        (
            "While Moscow did not say where the missile hit, bloggers said it targeted a gas storage "
            "facility in Ukraine.",
            [("gas_facility", "UA", "reported")],
        ),
        # troops moving ('advanced near'), a mine's victim in an accident, a feat done ('were able to')
        ("Russian forces advanced near Pivdenne, Donetsk.", [("unspecified", "Pivdenne", "reported")]),
        (
            "A civilian was injured in Kherson when he accidentally activated a cluster munition.",
            [("unspecified", "Kherson", "reported")],
        ),
        ("Ukrainian forces were able to strike the bridge in Kherson.", [("bridge", "Kherson", "reported")]),
        # a comparison closed by its comma leaves the clause after it a report
        (
            "Like Kyiv, Odesa was hit by missiles overnight.",
            [("unspecified", "Kyiv", "reported"), ("unspecified", "Odesa", "reported")],
        ),
        # a passive perfect with 'been' makes the place what was captured
        ("Bakhmut has been captured by Russian forces.", [("settlement_control", "Bakhmut", "reported")]),
        # a place a distance phrase measures from is a reference point, also for the sentence after it
        (
            "Russian drones hit the railway hub in the city of Fastiv, around 50km south-west of Kyiv. "
            "Residents found a bombed-out station.",
            [("railway", "Fastiv", "reported")],
        ),
        # a headline's country is the one settlement its lead places the attack in
        (
            "Ukrainian drones hit key Russian port, damage naval ship.\n\nMoscow says it repels the attack "
            "on the port of Novorossiysk.",
            [("military_site", "Novorossiysk", "reported"), ("port", "Novorossiysk", "reported")],
        ),
        # ... and a headline's region the one settlement in it
        (
            "Ukrainian drones hit Russia's Kursk region.\n\nTwo Ukrainian drones attacked the Russian "
            "town of Kurchatov, local officials say.",
            [("unspecified", "Kurchatov", "reported")],
        ),
        # a target placed only in a region is at the one city-region inside it the story names as a scene
        (
            "Russian official says Crimean fuel tank blaze likely drone attack.\n\nRussian-installed Governor"
            " Mikhail Razvozhayev wrote on Telegram that a huge blaze has broken out in Sevastopol.",
            [("fuel_depot", "Sevastopol", "reported")],
        ),
        # ... not at the city a region is named like ("Kherson region" and "Kherson" are told apart)
        (
            "Russian shells hit a hospital in Ukraine's Kherson region.\n\nA huge blaze has broken out in"
            " Kherson.",
            [("hospital", "UA-65", "reported")],
        ),
        # ... a city-region in it too (Sevastopol in Crimea), not the city a region is named after
        (
            "Ukraine war: Crimea oil tank set ablaze by reported drone.\n\nFlames engulf the facility in "
            "Russian-held Sevastopol, a day after a wave of strikes across Ukraine.",
            [("fuel_depot", "Sevastopol", "reported")],
        ),
        (
            "Drones damage apartments near Moscow.\n\nMoscow airspace was briefly closed after a drone "
            "attack.",
            [("residential", "RU-MOS", "reported"), ("unspecified", "Moscow", "reported")],
        ),
        # a country's n-th largest city is that city
        (
            "Ukraine's third largest city has come under sustained attack on its ports.",
            [("port", "Odesa", "reported")],
        ),
        # a trend beside a strike, a closure beside a hit, an attack that could have been worse: all reported
        (
            "Russia steps up attacks, targeting the power grid in Kharkiv.",
            [("power_grid", "Kharkiv", "reported")],
        ),
        (
            "Drones hit the airport in Kherson, which was closed for the day.",
            [("airport", "Kherson", "reported")],
        ),
        (
            "A missile strike on Odesa could have killed dozens.",
            [("unspecified", "Odesa", "reported")],
        ),
        # the White House is the US government, not a house
        (
            "The White House condemned the missile strike on Kharkiv.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        # a headline naming no place is placed by the city its lead introduces, though the lead tells only
        # the consequence
        (
            "Ukraine war: Evacuation plea after major dam hit by strikes.\n\n"
            "The southern city of Kryvyi Rih is at risk of flooding as water levels rise, officials warn.",
            [("dam", "Kryvyi Rih", "reported")],
        ),
        # a headline's target with no place is the one its lead names with its settlement
        (
            "Putin's dam attack is a dangerous escalation.\n\nThe breach of the Nova Kakhovka dam is most "
            "worrying.",
            [("dam", "Nova Kakhovka", "reported")],
        ),
        (
            "Grandmother shaken after missile hit apartment block car park.\n\nI met Larysa outside her Kyiv "
            "apartment block.",
            [("residential", "Kyiv", "reported")],
        ),
        # a quoted aircraft model; a weapon that kills; monitors' "was fired with mortars"
        (
            "Russian forces shot down Ukrainian 'Su-27' aircraft near Velykooleksandrivka, Dnipropetrovsk.",
            [("unspecified", "Velykooleksandrivka", "reported")],
        ),
        ("Russian missile kills six at postal depot in Kharkiv.", [("commercial", "Kharkiv", "reported")]),
        (
            "Military Forces of Ukraine was fired with 82-mm mortars in Shchastia.",
            [("unspecified", "Shchastia", "reported")],
        ),
        # captures in headline wording: present tense, a quote before the adverb, villages with no count
        ("Ukraine retakes Lyman.", [("settlement_control", "Lyman", "reported")]),
        (
            "Ukrainian President says eastern city of Lyman 'completely liberated'.",
            [("settlement_control", "Lyman", "reported")],
        ),
        (
            "Pro-Ukraine fighters ‘liberate’ village in Russia’s Belgorod region.",
            [("settlement_control", "RU-BEL", "reported")],
        ),
        (
            "Ukraine said it liberated a string of villages in the Donetsk region.",
            [("settlement_control", "UA-14", "claimed")],
        ),
        # the country where an attack's victims were, or that speaks of its victims, is the attack's scene
        ("Russian shelling killed three civilians in Ukraine.", [("unspecified", "UA", "reported")]),
        ("Ukraine says 3 civilians killed by Russian shelling.", [("unspecified", "UA", "reported")]),
        # ... or the state the sentence opens with, when the attack fell on 'its territory'
        (
            "Moscow accuses Ukraine of deadly airbase attack deep within its territory.",
            [("airport", "RU", "reported")],
        ),
        (
            "Russia reports a drone attack in its southwestern city which partially borders Ukraine.",
            [("border_region", "RU", "reported")],
        ),
        # an attacker word that names whose site was hit; a passive 'controlled by' names the one in control
        (
            "Ukraine war: Drone attack on Russian bomber base leaves three dead.",
            [("airport", "RU", "reported")],
        ),
        (
            "Russia and Ukraine launched drone attacks at each other, one of which targeted a Russian"
            " military airport.",
            [("airport", "RU", "reported")],
        ),
        # ... even when the sentence's other scene is in the other country (another attack's)
        (
            "The Russian assault killed one person in Odesa and the Ukrainian strike targeted a Russian"
            " military airfield.",
            [("airport", "RU", "reported"), ("unspecified", "Odesa", "reported")],
        ),
        (
            "Those killed were in a cafe in a part of southern Ukraine controlled by Moscow, hit by a drone.",
            [("commercial", "UA", "reported")],
        ),
        # the demonym of an air strike or bombardment is the attacker's, not the scene
        (
            "Ukraine war: power cuts in Ukraine. Electricity is being restored after heavy Russian air"
            " strikes.",
            [("power_grid", "UA", "reported")],
        ),
        # a past strike verb with an object makes the country before it the attacker
        (
            "Kyiv without power. Thousands of homes are without power after Russia bombarded the capital"
            " over six hours.",
            [("power_grid", "Kyiv", "reported")],
        ),
        # a reference point set off after a settlement locates the settlement, not the incident
        (
            "Drones hit two dormitories and an educational facility in the city of Rzhyshchiv, south of the"
            " capital Kyiv, partially destroying them.",
            [("residential", "Rzhyshchiv", "reported"), ("school", "Rzhyshchiv", "reported")],
        ),
        # beside a city that is a region of its own is the region around it; at a site of the city, the city
        ("Ukraine: Oil depot hit and set ablaze near Kyiv.", [("fuel_depot", "UA-32", "reported")]),
        # ... so are its suburbs
        (
            "Russia-Ukraine war live: drone attack causes damage in Moscow suburbs, says mayor.",
            [("unspecified", "RU-MOS", "reported")],
        ),
        ("Three civilians killed in strike near Kyiv TV Tower.", [("telecom", "Kyiv", "reported")]),
        (
            "A drone exploded outside Moscow overnight, damaging a power plant.",
            [("power_plant", "RU-MOS", "reported")],
        ),
        # with no collection country, a thin headline's attack is where its verb's object lies
        ("Russian strikes hit towns across Ukraine overnight.", [("unspecified", "UA", "reported")]),
        ("Rocket attacks reported across Ukraine", [("unspecified", "UA", "reported")]),
        ("Drone strikes kill at least 3 people in southern Ukraine", [("unspecified", "UA", "reported")]),
        ("Drone strike kills 24 in occupied Ukraine.", [("unspecified", "UA", "reported")]),
        # a place's 'strikes' before the verb of what they did: the noun, the place the scene
        ("Belgorod strikes kill 14.", [("unspecified", "Belgorod", "reported")]),
        ("Odessa strikes raise tensions after grain deal ends.", [("unspecified", "Odesa", "reported")]),
        # a ground attack thwarted in a region is fighting there (a drone attack thwarted is no hit)
        (
            "Russian forces thwarted Ukrainian attacks in the Zaporizhzhia region.",
            [("unspecified", "UA-23", "reported")],
        ),
        # a side's fighters 'fire' weapons at a target: the bare verb after the subject
        ("Ukrainian forces fire missiles at Crimean Bridge.", [("bridge", "Kerch", "reported")]),
        # a weapon exploding over a place is a hit there
        (
            "Verified Videos Show Two Drones Exploding Over the Kremlin in Russia",
            [("administrative", "Moscow", "reported")],
        ),
        # a side vowing to avenge an attack reacts to it: the attack is news
        ("Putin vows to retaliate for Moscow drone attack.", [("unspecified", "Moscow", "reported")]),
        ("Russian missiles hit northern Ukraine.", [("unspecified", "UA", "reported")]),
        ("The missile that hit Poland killed two farmers.", [("unspecified", "PL", "reported")]),
        ("Fighters attack southern Russia.", [("unspecified", "RU", "reported")]),
        ("Russia launches 'massive missile attack' on Ukraine.", [("unspecified", "UA", "reported")]),
        ("Russians destroyed Ukrainian town in fierce battle", [("unspecified", "UA", "reported")]),
        ("Cyber-attacks bring down Ukrainian websites.", [("unspecified", "UA", "reported")]),
        # weapons launched at a place; a weapon that falls on one
        (
            "Ukraine Launches Wave of Drones at Crimea, Russian Official Says.",
            [("unspecified", "UA-43", "reported")],
        ),
        (
            "Russia Launches a Wave of Iranian-Made Drones at Kyiv After a Lull.",
            [("unspecified", "Kyiv", "reported")],
        ),
        (
            "Biden meets leaders after 'Russian-made missile' falls on Polish village.",
            [("unspecified", "PL", "reported")],
        ),
        # a country struck in the passive; a war's missile is no figure of speech
        ("Nato says Poland probably hit by Ukrainian missile.", [("unspecified", "PL", "reported")]),
        ("Polish village struck by Ukraine war missile.", [("unspecified", "PL", "reported")]),
        # 'target' as the verb of a side's people
        ("Russians target important railway hub in eastern Ukraine.", [("railway", "UA", "reported")]),
        # a belligerent's field armour hit: a military target, on the front of the war that side wages
        ("Video Shows Russian Tank Obliterated in Ukrainian Strike", [("military_site", "UA", "reported")]),
        ("Kamikaze drone smashes into a Russian armoured vehicle.", [("military_site", "UA", "reported")]),
        # ... a side's ammunition dump or a trench, behind or on the front
        (
            "Moment Russian ammunition dump explodes in massive fireball 'hit by Storm Shadow missile'.",
            [("military_site", "UA", "reported")],
        ),
        ("Moment Ukrainian troops storm Russian trench.", [("military_site", "UA", "reported")]),
        # ... not the armour that shoots
        (
            "Russian tank shooting at apartment complex in Mariupol.",
            [("residential", "Mariupol", "reported")],
        ),
        # a belligerent's aircraft or kit hit is a military target; aircraft hit at an airfield are the
        # airfield's incident; the aircraft that bomb or launch are the attacker
        (
            "Ukraine says enemy equipment destroyed in Makiivka attack.",
            [("military_site", "Makiivka", "reported")],
        ),
        (
            "Moment a Russian warplane explodes in huge fireball over Donetsk.",
            [("military_site", "Donetsk", "reported")],
        ),
        (
            "Russian bombers damaged in suspected Ukrainian drone strike on Engels airbase.",
            [("airport", "Engels", "reported")],
        ),
        ("Russian Tu-95 bombers launched cruise missiles at Kyiv.", [("unspecified", "Kyiv", "reported")]),
        (
            "Russian jets are dropping bombs on Ukrainian lines in Bakhmut.",
            [("unspecified", "Bakhmut", "reported")],
        ),
        (
            "Moscow launched 71 cruise missiles at Kyiv, fired by Russian TU-95 bomber planes.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # 'shells' the verb after a side; shells that rain down on a place
        ("Russia shells Kherson for the third day.", [("unspecified", "Kherson", "reported")]),
        (
            "Shells rain down on Kharkiv as Ukraine's army stands firm.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        # 'bombs' the verb after a side; letter bombs sent are the attack
        ("Russia bombs Ukrainian maternity ward after 2 babies born.", [("hospital", "UA", "reported")]),
        (
            "Police say two letter bombs sent to Ukrainian embassy in Madrid.",
            [("administrative", "Madrid", "reported")],
        ),
        # an unnamed settlement of a country; a side's fighters that shell; a capital pummelled
        ("A missile hit a town in Ukraine.", [("unspecified", "UA", "reported")]),
        ("Bombs hit eastern Ukrainian town.", [("unspecified", "UA", "reported")]),
        ("Russian forces shell entire frontline in Donetsk", [("unspecified", "Donetsk", "reported")]),
        ("Putin pummels Kyiv with dozens of drones.", [("unspecified", "Kyiv", "reported")]),
        # civilian areas are where people live; a military HQ; a side's aircraft downed over the front
        (
            "Four dead after a Russian missile attack on civilian areas of Lviv.",
            [("residential", "Lviv", "reported")],
        ),
        (
            "Moscow Claims Ukrainian Military Intelligence HQ Hit by Russian Strike.",
            [("military_site", "UA", "claimed")],
        ),
        (
            "Incredible moment Ukraine blasts Russian Ka-52 attack helicopter out of the sky.",
            [("military_site", "UA", "reported")],
        ),
        # a saboteur's blast; drones that appeared to target a heating station
        (
            "Saboteurs blow up a railway bridge in the Bryansk region.",
            [("bridge", "RU-BRY", "reported")],
        ),
        (
            "At least two drones appeared to target a city heating station in central Kyiv.",
            [("heating", "Kyiv", "reported")],
        ),
        # a country right before an attack verb is the subject that attacks, not the scene (unless a
        # preposition governs it, or the verb is a passive)
        (
            "Ukraine blows up main railway connection between Russia and China.",
            [("railway", "RU", "reported")],
        ),
        ("Russia knocks out the heat in Ukraine.", [("heating", "UA", "reported")]),
        ("Russian air attack on Ukraine knocks out power for millions.", [("power_grid", "UA", "reported")]),
        ("Ukraine targeted by 'more than 50' missiles from Russia.", [("unspecified", "UA", "reported")]),
        # a demonym's city in a side of the country; a hit granted before the interception; a year that
        # starts a span does not make the attack history
        ("5 injured in rocket strikes on southern Ukrainian city.", [("unspecified", "UA", "reported")]),
        (
            "Russian drone hits Kyiv building but many more shot down, officials say.",
            [("unspecified", "Kyiv", "reported")],
        ),
        (
            "Ukraine launches 'most massive strike' on occupied Donetsk since 2014, Russia-installed mayor"
            " says.",
            [("unspecified", "Donetsk", "reported")],
        ),
        # a headline's participle before a comma is the place shelled, not a capital that shelled; wreckage
        # that kills
        ("Kherson shelled, five killed.", [("unspecified", "Kherson", "reported")]),
        (
            "Ukrainian drone wreckage kills three Russians at military base in Saratov region.",
            [("military_site", "RU-SAR", "reported")],
        ),
        # ... but shooting is still shooting
        (
            "The convoy came under fire from Russian troops near Bakhmut.",
            [("unspecified", "Bakhmut", "reported")],
        ),
        # settlements counted in a named region, before the capture
        (
            "More than 40 settlements in the Kharkiv region liberated, says Ukrainian official",
            [("settlement_control", "UA-63", "reported")],
        ),
        # fear felt is no hedge; captures in the present tense and claims of control
        (
            "Children screamed in fear as a Russian missile hit a hotel in Ukraine.",
            [("commercial", "UA", "reported")],
        ),
        ("Russian forces capture Bakhmut.", [("settlement_control", "Bakhmut", "reported")]),
        (
            "Russian forces have claimed full control of Bakhmut.",
            [("settlement_control", "Bakhmut", "claimed")],
        ),
        # target words news uses for buildings and military sites hit
        ("A Ukrainian drone hit the Moscow Expo Centre.", [("public_venue", "Moscow", "reported")]),
        (
            "A Russian missile hit a five-storey building in Zaporizhzhia.",
            [("residential", "Zaporizhzhia", "reported")],
        ),
        ("A Russian missile struck a tower block in Dnipro.", [("residential", "Dnipro", "reported")]),
        ("Drone hits Moscow skyscraper.", [("commercial", "Moscow", "reported")]),
        ("Kharkiv postal building missile strike kills six.", [("commercial", "Kharkiv", "reported")]),
        ("Drones hit a weapons store in Dzhankoi.", [("defense_industry", "Dzhankoi", "reported")]),
        (
            "A suicide-bomber targeted a security-forces building in Quetta.",
            [("military_site", "Quetta", "reported")],
        ),
        ("Strikes hit staging ground for troops in Belgorod.", [("military_site", "Belgorod", "reported")]),
        # an air raid alert is a warning, not an interception: the strikes it comes with are still reported
        (
            "Air raid alerts sounded across Ukraine and followed overnight drone strikes in the Lviv region.",
            [("unspecified", "UA-46", "reported")],
        ),
        (
            "Blasts were heard in Kyiv as air raid sirens wailed across the country.",
            [("unspecified", "Kyiv", "reported")],
        ),
        (
            "A family of eight was executed by Wagner fighters in Makiivka.",
            [("unspecified", "Makiivka", "reported")],
        ),
        # a part of a country's land ("Ukraine's cities") is still the country struck
        ("Russia bombards Ukraine's cities for a fourth day.", [("unspecified", "UA", "reported")]),
        # an aircraft shot down was hit, unlike a drone shot down: a warplane is a side's kit (the guide)
        ("A Su-27 fighter jet was shot down over Kyiv.", [("military_site", "Kyiv", "reported")]),
        # a speaker set after its report is no scene; 'Crimean' names the region
        (
            "Ukrainian attack on Crimean port damages Russian warship, says Moscow.",
            [("military_site", "UA-43", "reported"), ("port", "UA-43", "reported")],
        ),
        # a capital acting on an object stands for its state
        (
            "Moscow hit civilian areas of Ukraine with a barrage of rockets.",
            [("residential", "UA", "reported")],
        ),
        (
            "Kyiv bombards occupied Melitopol, hitting a power plant.",
            [("power_plant", "Melitopol", "reported")],
        ),
        (
            "Moscow resumed attacks on energy infrastructure in Ukraine overnight.",
            [("power_grid", "UA", "reported")],
        ),
        # a capital that steps up, confirms or dismisses stands for its state, not the scene
        (
            "Zelensky denounced the strike on a blood transfusion centre in the Kharkiv region as a war crime"
            " as Moscow escalated its attacks.",
            [("hospital", "UA-63", "reported")],
        ),
        (
            "Ukraine war: Kyiv confirms drone attack on Russia's Pskov airbase.",
            [("airport", "Pskov", "reported")],
        ),
        # a capital that goes on, pulls out or reports (lexicon 'state_act') is its state, not the scene
        (
            "Russia unleashed a missile barrage against Odesa overnight, after Moscow pulled out of the grain"
            " deal.",
            [("unspecified", "Odesa", "reported")],
        ),
        (
            "Russia-Ukraine war live: Moscow renews air attacks on Kyiv.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # two capitals joined as the subject of their states' act
        (
            "Two people are killed in a missile strike in Poland, with Moscow and Kyiv trading blame over the"
            " blast.",
            [("unspecified", "PL", "reported")],
        ),
        # a capital after 'by' is the state that acts, whatever the word before
        (
            "Russia hammered the port city of Odessa for a second day after a decision by Moscow to resume a"
            " blockade of grain shipments.",
            [("unspecified", "Odesa", "reported")],
        ),
        (
            "Kharkiv was the focus of dozens of Grad missiles targeting civilian areas in an apparent change"
            " of tack by Moscow.",
            [("residential", "Kharkiv", "reported")],
        ),
        # a capital a side supports or arms is the state supported
        (
            "Volodymyr Zelenskyy says death toll could rise after strike in Kostyantynivka as US pledges"
            " ‘unwavering’ support for Kyiv",
            [("unspecified", "Kostiantynivka", "reported")],
        ),
        (
            "Russia launched a barrage of missiles across Ukraine on the day Zelensky was to meet Biden to"
            " discuss critical aid for Kyiv.",
            [("unspecified", "UA", "reported")],
        ),
        # not the object of a preposition: the drone attacks on Moscow are there
        (
            "Drone attacks on Moscow continued overnight, the mayor said.",
            [("unspecified", "Moscow", "reported")],
        ),
        # a capital named as a headline's source (after 'says', a colon or a dash) is its state, no scene
        ("Russia Attacked Ukraine With 48 Drones Overnight – Kyiv.", [("unspecified", "UA", "reported")]),
        ("Three Russian bomber aircraft shot down, says Kyiv.", [("military_site", "UA", "reported")]),
        # with nothing else to place it, the attack is in the reporting capital's country
        ("Ukraine conducts drone strike on journalists – Moscow.", [("unspecified", "RU", "reported")]),
        # a border area by the border 'with Ukraine' or 'from Ukraine' lies on the war border's other side
        (
            "Vladimir Putin scrapped plans to travel to southern Russia amid what the Kremlin called an"
            " attack on the border with Ukraine.",
            [("border_region", "RU", "reported")],
        ),
        ("Russia Says It Repelled Fresh Border Attack From Ukraine.", [("border_region", "RU", "reported")]),
        # a country past a semicolon is another story's: the bombers are not the US's
        (
            "Russia-Ukraine war live: three Russian bomber aircraft shot down, says Kyiv; Moscow vows to"
            " retaliate if US confiscates frozen Russian assets.",
            [("military_site", "RU", "reported")],
        ),
        # a capital's campaign, ministry or ceasefire is its state's
        (
            "Russia bombards southern Ukraine, trying to keep Kyiv's advance at bay.",
            [("unspecified", "UA", "reported")],
        ),
        # what a capital can do or decides: the state
        (
            "Explosions at Russian airbases are the latest example of Kyiv's continuing capacity to"
            " surprise.",
            [("airport", "RU", "reported")],
        ),
        # the region only qualifies the settlement named after it
        (
            "Ukraine's military said it attacked a Russian air base near the Crimean city of Saki.",
            [("airport", "Saky", "reported")],
        ),
        # areas of a country are in it
        (
            "Explosions killed two people in Russian-held areas of eastern Ukraine.",
            [("unspecified", "UA", "reported")],
        ),
        # a warship named after a city is no scene
        (
            "A Ukrainian attack damaged the Novocherkassk landing ship in Feodosia.",
            [("military_site", "Feodosiia", "reported")],
        ),
        # what a capital commands: the state
        (
            "Ukraine strikes Russian warship in Crimea. The attack deals another blow to Moscow's Black Sea"
            " fleet.",
            [("military_site", "UA-43", "reported")],
        ),
        # a count of a demonym's cities; a strike on a site in a country; a time word before the passive's
        # agent; an attack by a side at war, in a text that names no other country
        ("Ukrainian drones strike three Russian cities", [("unspecified", "RU", "reported")]),
        ("Drone strike on weapons facility in Iran.", [("unspecified", "IR", "reported")]),
        ("The Odesa region was attacked overnight by missiles.", [("unspecified", "UA-51", "reported")]),
        # the capital before the region named after it is no city ("Ukraine's capital Kyiv region")
        (
            "Ukraine's capital Kyiv region was hit by Iranian-made kamikaze drones on Thursday.",
            [("unspecified", "UA-32", "reported")],
        ),
        (
            "Russian flagship bomber blown-up at airbase in Novgorod region",
            [("airport", "RU-NGR", "reported")],
        ),
        ("Russian attack on apartments kills at least 3", [("residential", "UA", "reported")]),
        # a side's aircraft shot down, its landing boat, its convoy, kit it was given: military targets; a
        # passive 'used to' reports the attack; 'the home of' a fleet is no dwelling
        (
            "A Ukrainian Sukhoi Su-27 fighter jet was shot down over Kyiv early Friday.",
            [("military_site", "Kyiv", "reported")],
        ),
        (
            "Moment Russian landing boat is destroyed by drone in Kherson.",
            [("military_site", "Kherson", "reported")],
        ),
        ("Video shows Ukrainian attack on Russian convoy.", [("military_site", "UA", "reported")]),
        (
            "The Russian military has destroyed a rare Czech-supplied howitzer in Ukraine.",
            [("military_site", "UA", "reported")],
        ),
        (
            "Ten missiles and three boats were used to attack the home of the Black Sea fleet in Crimea.",
            [("military_site", "UA-43", "reported")],
        ),
        # drones fired at a city; a village struck in a country; rockets aimed at a place, and hitting it
        (
            "Russia presses its Ukraine strategy, fires 40 drones at Kyiv",
            [("unspecified", "Kyiv", "reported")],
        ),
        ("A strike hit a village of 300 in Ukraine.", [("unspecified", "UA", "reported")]),
        (
            "Debris of rockets the Russians aimed at the centre of Odesa damaged a residential building.",
            [("residential", "Odesa", "reported")],
        ),
        # missiles rained, fire exchanged; a meeting called for over strikes that happened
        ("Russia rains missiles on Ukraine.", [("unspecified", "UA", "reported")]),
        # a weapon fired at a country, the city that fired it named first
        (
            "Moscow fired missiles at Ukraine on Saturday, killing at least 29 people.",
            [("unspecified", "UA", "reported")],
        ),
        # debris of a downed missile that falls on a place, in the headline's present tense
        (
            "Dashcam captures moment missile debris falls onto Kyiv road.",
            [("road", "Kyiv", "reported")],
        ),
        # weapons unleashed on a place
        (
            "Russia Unleashes More Drones on Kyiv, Sowing Fear and Bringing Death.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # a side's own strike told after an interception is another event
        (
            "Russia says it downed dozens of Moscow-bound Ukrainian drones after it struck Kyiv.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # a weapon fired into a country, a place named after it
        (
            "Gen. Keith Kellogg reacted to the missile fired into Poland on America's Newsroom.",
            [("unspecified", "PL", "reported")],
        ),
        # a shop by its trade
        (
            "Grenade attack at a barber's in occupied Ukraine leaves top Putin-appointed policeman wounded.",
            [("commercial", "UA", "reported")],
        ),
        # weapons as the subject that rain down on a place
        (
            "The Iran-supplied Shahed-136 weapons rained down on the capital, Kyiv's mayor said.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # the report's own month is news
        ("Russian missiles hit Kyiv in March.", [("unspecified", "Kyiv", "reported")]),
        # a month name nearer ahead than last year's is one to come, no history
        ("Russia rains missiles on Kyiv ahead of peace talks in May.", [("unspecified", "Kyiv", "reported")]),
        # cities showered with missiles, in a sentence that also steps up an assault
        (
            "Russia showered Kyiv and Lviv with what officials said was an unprecedented array of missiles, "
            "stepping up its assault on the entire country.",
            [("unspecified", "Kyiv", "reported"), ("unspecified", "Lviv", "reported")],
        ),
        (
            "Ukraine, Russia exchange fire as Christmas truce falters in Donetsk.",
            [("unspecified", "Donetsk", "reported")],
        ),
        (
            "Russia calls for emergency UNSC meeting over Ukraine's strikes on Donetsk.",
            [("unspecified", "Donetsk", "reported")],
        ),
        # where a weapon was made, a side's weapons two words on, a people that attacks: none is the scene
        (
            "The Iranian made drones attacked a residential building in Kyiv.",
            [("residential", "Kyiv", "reported")],
        ),
        (
            "Zelenskyy's hometown in Ukraine floods after Russian cruise missile strikes break dam.",
            [("dam", "UA", "reported")],
        ),
        (
            "Four killed in Russian air attacks ahead of Victory Day: Ukraine.",
            [("unspecified", "UA", "reported")],
        ),
        (
            "Russians target important railway hub and supply line in eastern Ukraine.",
            [("railway", "UA", "reported")],
        ),
        # a side's hackers; a capital that conducts strikes is the state (not a raid 'carried out' at a place)
        (
            "Russia's Sandworm hackers used a novel attack to cause power outages across Ukraine.",
            [("power_grid", "UA", "reported")],
        ),
        (
            "Moscow has conducted high-precision strikes on Ukrainian military facilities in Kharkiv.",
            [("military_site", "Kharkiv", "reported")],
        ),
        (
            "The raid on the fleet at Sevastopol was carried out by 16 drones.",
            [("military_site", "Sevastopol", "reported")],
        ),
        # kit destroyed under fire; drones launched against a country; attacks that rock its cities
        ("Video Shows Russian Tanks Destroyed Under Ukraine Fire", [("military_site", "UA", "reported")]),
        (
            "Drones launched against Ukraine overnight, says Ukraine military",
            [("unspecified", "UA", "reported")],
        ),
        ("Two Waves of Missile Attacks Rock Ukrainian Cities.", [("unspecified", "UA", "reported")]),
        (
            "Live: missiles launched at Kyiv overnight; Japan announces new sanctions against Moscow.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # a named missile fired at a country; a side's jets downed
        (
            "Ukraine: The Latest - Russia fires a ‘Killjoy’ hypersonic missile at Ukraine",
            [("unspecified", "UA", "reported")],
        ),
        ("Ukraine claims to down three Russian fighter-bomber jets", [("military_site", "UA", "claimed")]),
        (
            "Ukraine war: Russia launches overnight missiles as Putin's military struggles continue.",
            [("unspecified", "UA", "reported")],
        ),
        (
            "Yandex Taxi, a Russian app that allows users to order cabs, was targeted by hackers in Moscow.",
            [("unspecified", "Moscow", "reported")],
        ),
        (
            "Russia Claims Capture of Eastern Ukraine’s Maryinka.",
            [("settlement_control", "Marinka", "claimed")],
        ),
        # villages counted in a city that names its region are in the region
        (
            "Ukraine claims to have liberated three frontline villages in Donetsk.",
            [("settlement_control", "UA-14", "claimed")],
        ),
        # a side's kit taken out; a headline's source after a colon; whose site, then where it stands
        (
            "A Ukrainian soldier took out 5 Russian tanks in a single day",
            [("military_site", "UA", "reported")],
        ),
        (
            "Cross-Border Attack on Russia’s Belgorod Region ‘Blocked, Destroyed’: Moscow.",
            [("border_region", "RU-BEL", "reported")],
        ),
        (
            "Ukrainian drone dropped explosives on Russian substation in Belaya, says local governor.",
            [("substation", "Belaya", "reported")],
        ),
        (
            "LIVE: Kyiv, Kharkiv come under attack amid peace talks.",
            [("unspecified", "Kharkiv", "reported"), ("unspecified", "Kyiv", "reported")],
        ),
        # a side's aircraft downed or shot out of the sky, a side's soldiers killed: military targets
        (
            "Russian jets and helicopters were downed over the Bryansk region.",
            [("military_site", "RU-BRY", "reported")],
        ),
        (
            "Four Russian aircraft shot out of the sky over the Bryansk region.",
            [("military_site", "RU-BRY", "reported")],
        ),
        (
            "A Ukrainian missile strike kills more than 100 Russian soldiers in Soledar.",
            [("military_site", "Soledar", "reported")],
        ),
        ("Russian troops killed five civilians in Bucha.", [("unspecified", "Bucha", "reported")]),
        # a side's aircraft shot down, attacks that kill a count, an attack destroying missiles on the ground
        (
            # over the sea, in no country (tests/test_tagger_at_sea.py), not in the country that shot it down
            "Ukraine Shoots Down Russian Su-35 Bomber Over Black Sea, Air Force Says",
            [("military_site", "Black Sea", "reported")],
        ),
        (
            "Air defences shot down 35 drones over the capital as Russian attacks across Ukraine kill 4.",
            [("unspecified", "UA", "reported")],
        ),
        (
            "Ukrainian attack 'destroys Russian cruise missiles' in Crimea.",
            [("military_site", "UA-43", "reported")],
        ),
        ("Car bomb kills a Russia-backed politician in east Ukraine.", [("unspecified", "UA", "reported")]),
        ("What We Know About the Explosions Over the Kremlin.", [("administrative", "Moscow", "reported")]),
        (
            "The Truth About the Explosions at the Kremlin Remains Hazy.",
            [("administrative", "Moscow", "reported")],
        ),
        # a country named only as the venue of talks: the attack falls where the named side strikes
        (
            "Ukraine talks resume. On day 2 of talks in UAE capital, Russian attacks cut power to millions.",
            [("power_grid", "UA", "reported")],
        ),
        # the seat of government attacked: only with the attack word beside it
        (
            "An apparent drone attack on the Kremlin has spurred a global whodunit.",
            [("administrative", "Moscow", "reported")],
        ),
        ("Zelenskyy denies Kremlin drone strike.", [("administrative", "Moscow", "disputed")]),
        # a semicolon ends an air-defence story
        (
            "Live briefing: Russia rewards pilots who downed U.S. drone; missiles strike Zaporizhzhia.",
            [("unspecified", "Zaporizhzhia", "reported")],
        ),
        (
            "Ukrainian Missile Hits Belarus as Putin Ally Moves to War Footing.",
            [("unspecified", "BY", "reported")],
        ),
        # one of a run of nights is still that night's attack
        (
            "Russia launched its third nightly round of attacks on Kyiv in six days.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # the country a target is said to be in, not whose it is
        (
            "Ukrainian strikes on two Russian airfields in Ukraine destroyed 14 helicopters.",
            [("airport", "UA", "reported")],
        ),
        # a target whose demonym names another country than the story past the semicolon
        (
            "Zelenskiy vows revenge over Chernihiv ‘terrorist attack’; drone hits Russian train station.",
            [("railway", "RU", "reported"), ("unspecified", "Chernihiv", "reported")],
        ),
        # a region-level report folds into the report of the city-region inside it
        (
            "A drone hit a fuel depot in Crimea. A fire erupted at a fuel depot in Sevastopol.",
            [("fuel_depot", "Sevastopol", "reported")],
        ),
        # a capital naming an attack on something else, or owning a barrage, is the side that made it
        (
            "Ukraine war: Russia hits back after Kyiv attack on border city Belgorod.",
            [("border_region", "Belgorod", "reported")],
        ),
        (
            "A day after Moscow's 18-hour aerial barrage of Ukraine hit Kharkiv, killing 3.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        # the Kremlin as the object of the drones' attack verb; a ship sunk; rescuers under a side's fire
        (
            "Unconfirmed report from state newswire says two Ukrainian drones attacked Kremlin.",
            [("administrative", "Moscow", "reported")],
        ),
        (
            "Ukrainian naval drones sink two Russian landing boats in Crimea.",
            [("military_site", "UA-43", "reported")],
        ),
        (
            "Volunteers are coming under Russian fire as they work in flooded Kherson.",
            [("unspecified", "Kherson", "reported")],
        ),
        # a place past a semicolon is another story's, lent to no target before it
        (
            "Three children among dead in Russian attack that hit pizza restaurant in eastern Ukraine; Nato "
            "chief says alliance is ready to face any threat ‘from Minsk or Moscow’.",
            [("commercial", "UA", "reported")],
        ),
        # a target said to be in a country takes no place of another named beside it
        (
            "Tuesday Afternoon Update: Dam In Ukraine Is Destroyed, Judge Blocks Florida Law.",
            [("dam", "UA", "reported")],
        ),
        # a village taken, unnamed: in the region of the town it is near; a headline's bare 'captured village'
        (
            "Russia claims to have captured village near Bakhmut.",
            [("settlement_control", "UA-14", "claimed")],
        ),
        # a raid across the border named by its oblast
        (
            "Russia claims 70 attackers killed in cross-border Belgorod raid.",
            [("border_region", "Belgorod", "claimed")],
        ),
        # full control, in quotes
        (
            "Russian forces in ‘full control’ of Soledar, says defence ministry.",
            [("settlement_control", "Soledar", "reported")],
        ),
        # a side scene with an attack of its own lends its place to no target beside it
        (
            "Drones struck residential buildings deep inside Russia, as Kyiv spent another night under air "
            "assault.",
            [("residential", "RU", "reported"), ("unspecified", "Kyiv", "reported")],
        ),
        # a side's kit hit with no place said: its owner's country, the demonym read as whose, not who attacks
        ("Ukrainian drone destroys Russian supersonic bomber.", [("military_site", "RU", "reported")]),
        ("Russian navy ship damaged in a drone attack.", [("military_site", "RU", "reported")]),
        # the victims after an attack word that holds the killing; a country 'rocked by' strikes
        ("Car bomb kills politician in east Ukraine.", [("unspecified", "UA", "reported")]),
        ("Ukraine cities rocked by missile strikes and more.", [("unspecified", "UA", "reported")]),
        # a demonym's settlement where the victims were, in a headline's capitals too ('Ukrainian Village' is
        # a listed stop phrase, a district of Chicago, that must not hide its demonym)
        ("Friday Briefing: Strike Kills 51 in Ukrainian Village.", [("unspecified", "UA", "reported")]),
        ("Missile strike kills 51 in a Ukrainian village.", [("unspecified", "UA", "reported")]),
        # a side's warplanes brought down, a count before the demonym: at the front
        ("Ukraine Downs Russian Warplane Near Bakhmut.", [("military_site", "Bakhmut", "reported")]),
        ("Ukraine shoots down two Russian choppers in three minutes.", [("military_site", "UA", "reported")]),
        # a navy's assault ship, a unit's boats: military craft
        (
            "Ukrainian air strikes destroy Russian assault ship Novocherkassk in Feodosia, Crimea.",
            [("military_site", "Feodosiia", "reported")],
        ),
        # the Storm Shadow is a missile, not the weather
        (
            "A British-supplied Storm Shadow missile hit a Russian warship in Feodosia.",
            [("military_site", "Feodosiia", "reported")],
        ),
        # a side's fighters storming or counter-attacking the other's trenches, positions, command centre
        (
            "Female Ukrainian soldier storms Russian trenches alongside her comrades in Bakhmut.",
            [("military_site", "Bakhmut", "reported")],
        ),
        (
            "Reports indicate Ukrainian forces are counter-attacking Russian positions in Bakhmut.",
            [("military_site", "Bakhmut", "reported")],
        ),
        # a supply lost beside a plant or depot hit is what that strike caused, not an incident of its own
        (
            "A Russian drone attack set ablaze the oil refinery in Kremenchuk and knocked out power supply "
            "in the city.",
            [("oil_refinery", "Kremenchuk", "reported")],
        ),
        (
            "Russian missiles hit a thermal power plant in Kharkiv, leaving thousands without heating.",
            [("power_plant", "Kharkiv", "reported")],
        ),
        # ... but beside homes hit, the outage still reports the grid hit, as readers label it
        (
            "A Russian missile attack on Kyiv destroyed homes and caused power outages.",
            [("power_grid", "Kyiv", "reported"), ("residential", "Kyiv", "reported")],
        ),
        # a dam named as the cause of the flood people flee is the setting of another attack
        (
            "Russian shelling kills at least one person in Kherson as residents flee floods caused by the "
            "dam breach.",
            [("unspecified", "Kherson", "reported")],
        ),
        ("Villagers in Kherson flee flooding after dam attack.", [("dam", "Kherson", "reported")]),
        # a rank before a demonym ('Major') makes no person of the demonym
        ("Major Russian Missile Barrage Unleashed Across Ukraine", [("unspecified", "UA", "reported")]),
        # the Kremlin hit by drones, in the words of a headline
        ("Russian Government Says Kremlin Hit by Ukraine Drones", [("administrative", "Moscow", "reported")]),
        (
            "Russia Says U.S. Backs Ukraine Cross-Border Ops After Drone Hits Kremlin",
            [("administrative", "Moscow", "reported")],
        ),
        # control seized, taken or taken back: the settlement comes after 'control of'
        (
            "Russia says its forces have taken control of Ukraine’s Soledar.",
            [("settlement_control", "Soledar", "reported")],
        ),
        (
            "Prigozhin claims to have seized control of the city of Rostov-on-Don.",
            [("settlement_control", "Rostov-on-Don", "claimed")],
        ),
        # a listed side that captures an unnamed village took it in the country it is at war with, not its own
        ("Russia captures another village.", [("settlement_control", "UA", "reported")]),
        (
            "By Saturday morning, the group had taken over a town in Russia.",
            [("settlement_control", "RU", "reported")],
        ),
        # a side claiming victory in a settlement claims to have taken it
        ("Wagner claims victory in Bakhmut.", [("settlement_control", "Bakhmut", "claimed")]),
        # the gerund 'retaking', like 'recapturing'
        (
            "Kuleba said the war goes on after the success of retaking the city of Kherson.",
            [("settlement_control", "Kherson", "reported")],
        ),
        # a weapon's or a doctrine's name is no place: the Oreshnik missile is not the village of Oleshnyk
        (
            "Russia hit Ukraine with an Oreshnik hypersonic missile overnight.",
            [("unspecified", "UA", "reported")],
        ),
        (
            "Trump invoked the Monroe Doctrine after US strikes on Venezuela.",
            [("unspecified", "VE", "reported")],
        ),
        # the venue or the parties of talks are no scene; a meeting an attack hit is
        (
            "Ukraine reports biggest Russian air strike so far this year, hours after first trilateral talks "
            "with US in Abu Dhabi.",
            [("unspecified", "UA", "reported")],
        ),
        ("A missile struck a meeting in Kharkiv on Monday.", [("unspecified", "Kharkiv", "reported")]),
        # a city's name before a settlement word names the region of an unnamed settlement
        ("Russian shelling killed two in a Kharkiv village.", [("unspecified", "UA-63", "reported")]),
        (
            "Ukrainian Drones Kill 28 in Occupied Kherson Resort Town, Pro-Kremlin Governor Says.",
            [("unspecified", "UA-65", "reported")],
        ),
        # a café spelt with its accent, a housing complex and a mail facility are civilian targets
        (
            "Russian strike on a café in Kharkiv leaves at least 49 dead.",
            [("commercial", "Kharkiv", "reported")],
        ),
        (
            "Rescuers dig for survivors after a Russian strike on a housing complex in Sloviansk.",
            [("residential", "Sloviansk", "reported")],
        ),
        # a business named by its owner says whose the person was, not what was hit
        ("A car bomb in Melitopol killed a cafe owner.", [("unspecified", "Melitopol", "reported")]),
        # 'returning home' says where someone goes, not a home hit
        (
            "Four people were wounded in strikes on Kyiv. 'We are returning home', he said.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # the homes people were forced from say who was displaced, not what was hit
        ("Kherson shelling forces elderly from homes.", [("unspecified", "Kherson", "reported")]),
        # church services are people gathered, not the church hit
        (
            "The drone strike came as some attended morning church services in Chernihiv.",
            [("unspecified", "Chernihiv", "reported")],
        ),
        # a car park is no park
        ("A missile landed near a car park in Kharkiv.", [("unspecified", "Kharkiv", "reported")]),
        # the hospital the wounded were taken to says where they went, not what was hit
        (
            "Debris from a drone hit Kyiv, wounding a man who was later taken to hospital.",
            [("unspecified", "Kyiv", "reported")],
        ),
        (
            "A missile struck a hospital in Kherson; the wounded were being treated in hospital.",
            [("hospital", "Kherson", "reported")],
        ),
        # villages GeoNames lacks, entered in gazetteer_extra_places.csv (with their Russian spellings)
        # a utility's service lost in the strike: the water supply
        (
            "Airstrikes cut water services and set off fires in Kyiv.",
            [("water_supply", "Kyiv", "reported")],
        ),
        # works taken or retaken, as a settlement is: the site's type
        (
            "The attack targeted a school and cultural center in Kumachovo, 60 km from the front line.",
            [("cultural_religious", "Kumachove", "reported"), ("school", "Kumachove", "reported")],
        ),
        # a capital that admits a loss is the speaker, not the scene
        (
            "Moscow admits Ukrainian drone reached air base deep inside Russia, three killed.",
            [("airport", "RU", "reported")],
        ),
        # folding makes Mylove (Kherson region) and Milove (Luhansk region) one key: the spelling written wins
        (
            "Russian troops blew up the school in Mylove, a village in the Kherson region, before leaving.",
            [("school", "Mylove", "reported")],
        ),
        # a known name after 'a village,' that the text puts in a region where GeoNames lists none so named
        (
            "Soldiers liberated an eighth village, Piatykhatky - in the southern Zaporizhzhia region.",
            [("settlement_control", "Piatykhatky", "reported")],
        ),
        # a given name alone is no village ('Bohdan, "Fritz", the deputy commander')
        (
            'Bohdan, "Fritz", a deputy commander, fires a rocket at Russian positions near Marinka.',
            [("military_site", "Marinka", "reported")],
        ),
        # a tank's round and a bomber's planes are the weapon and the attacker, not kit hit
        (
            "An Idaho man was killed in Ukraine when he was struck by a Russian tank round, his family said.",
            [("unspecified", "UA", "reported")],
        ),
        (
            "Air raid alarms lasted three hours in Kyiv as Russian bomber planes fired missiles and drones.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # a political party's headquarters is an administrative building, not a military headquarters
        (
            "The United Russia political party’s headquarters in Polohy was destroyed in an attack.",
            [("administrative", "Polohy", "reported")],
        ),
        # military kit named by words the plain cues lack: a model before the gun, an S-400 complex, a command
        # and control centre
        (
            "Moment a Russian thermobaric missile launcher is destroyed in a Ukrainian strike near Vuhledar.",
            [("military_site", "Vuhledar", "reported")],
        ),
        (
            "A Russian S-400 surface-to-air defense missile complex was destroyed in occupied Crimea.",
            [("military_site", "UA-43", "reported")],
        ),
        (
            "Ukraine strikes Russian command and control centres in Luhansk.",
            [("military_site", "Luhansk", "reported")],
        ),
        # a border area is the type of a strike that names no target: with one named in the same place or
        # region, the border only says where it was
        (
            "Drone strikes building in Russian border city. Three people were wounded after a drone crashed "
            "into a residential building in central Voronezh, a city near the border with Ukraine.",
            [("residential", "Voronezh", "reported")],
        ),
        (
            "Russian strike hits mail facility in Kharkiv, killing 6. The strike was the latest attack to "
            "kill civilians in the Kharkiv region near the Russian border.",
            [("commercial", "Kharkiv", "reported")],
        ),
        # an incursion on a side's territory, a settlement named as near the other side: a border area
        (
            "Kremlin embarrassed by two-day incursion on Russian territory.",
            [("border_region", "RU", "reported")],
        ),
        (
            "Shelling hit the town of Shebekino near Ukraine on Friday.",
            [("border_region", "Shebekino", "reported")],
        ),
        # a place said to border the other side ('which borders Ukraine'), an attack over or inside the border
        (
            "A drone attack hit Voronezh, a city which partially borders Ukraine.",
            [("border_region", "Voronezh", "reported")],
        ),
        (
            "Militias used US armoured vehicles in attack over Russian border.",
            [("border_region", "RU", "reported")],
        ),
        # where a force lives: military quarters, a facility housing troops, a mercenary group's base
        # (a school housing them stays a school, as named)
        (
            "About 400 Russian soldiers were killed in a raid on military quarters in Makiivka.",
            [("military_site", "Makiivka", "reported")],
        ),
        (
            "A strike on a facility that housed newly mobilized Russian soldiers in Makiivka killed 89.",
            [("military_site", "Makiivka", "reported")],
        ),
        (
            "A Wagner group base was hit in Popasna, Luhansk region.",
            [("military_site", "Popasna", "reported")],
        ),
        (
            "A Ukrainian strike hit a vocational school housing Russian conscripts in Makiivka.",
            [("school", "Makiivka", "reported")],
        ),
        # troops engaged in fighting
        (
            "Ukrainian troops engaged in heavy fighting near Bakhmut.",
            [("unspecified", "Bakhmut", "reported")],
        ),
        # hits reported beside a campaign named ('new offensive')
        (
            "Russia hits more than a dozen Ukrainian cities in new offensive.",
            [("unspecified", "UA", "reported")],
        ),
        # a shipment of weapons as the subject of a strike is what was hit, not goods counted
        (
            "Ukraine says shipment of Russian Kalibr cruise missiles was destroyed in transit to the Black "
            "Sea Fleet in Crimea.",
            [("military_site", "UA-43", "reported")],
        ),
        # a date of another clause dates that clause's event: the 'last week' background is history, the
        # strike on Tuesday news
        (
            "Russian missile strikes hit residential buildings in Kyiv on Tuesday, officials there said, and "
            "explosions were heard in other Ukrainian cities in what appeared to be the first major aerial "
            "attack since Moscow retreated from the key city of Kherson last week.",
            [("residential", "Kyiv", "reported")],
        ),
        # a year of another clause is that clause's background, not the strike's
        (
            "Ukrainian forces on Monday struck the Crimean Bridge, a key link that connects mainland Russia "
            "to Crimea, which Russia illegally annexed in 2014.",
            [("bridge", "Kerch", "reported")],
        ),
        # a side's assault is its attack, not the scene: the country the targets were in is
        (
            "Residential buildings, school shelled in Russian assault in eastern Ukraine",
            [("residential", "UA", "reported"), ("school", "UA", "reported")],
        ),
        # a country at an end of the bridge a strike hit is no scene: the region at the other end is
        (
            "Russia says Ukraine just attacked its key bridge linking Russia with Crimea.",
            [("bridge", "UA-43", "reported")],
        ),
        (
            "Blasts Hit Military Base in Russian-Occupied Crimea. The explosions followed a Ukrainian "
            "attack on key bridge linking the peninsula to Russia.",
            [("bridge", "UA-43", "reported"), ("military_site", "UA-43", "reported")],
        ),
        # a possessive that names a state's attacks or fleet is the actor, not where the target was
        (
            "White House condemns Russia's attacks on Ukrainian water and power infrastructure.",
            [("power_grid", "UA", "reported"), ("water_supply", "UA", "reported")],
        ),
        (
            "Ukraine launches missile attack on Crimea, Russia says. Ten missiles and three unmanned boats "
            "were used to attack the home of Russia's Black Sea fleet, Moscow says.",
            [("military_site", "UA-43", "reported")],
        ),
        # a city a side is set against stands for its state; after an attack word it is the target
        (
            "Attacks on the Ukrainian city’s cathedral and historic center are turning even more of its "
            "residents against Moscow.",
            [("cultural_religious", "UA", "reported")],
        ),
        (
            "Russia launched the biggest drone attack of the war so far against Kyiv.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # the side an attack is blamed on, right after 'blamed on', is no scene
        (
            "Oil tankers are burning at a Russian airbase near the city of Kursk, a day after similar blasts "
            "at two other bases that were blamed on Kyiv.",
            [("airport", "Kursk", "reported")],
        ),
        # a speaker after a comma is no region of the town before it
        ("Shelling hit Kharkiv, Moscow said.", [("unspecified", "Kharkiv", "reported")]),
        # a side that could launch strikes is no scene the next sentence's grid damage falls back to
        (
            "Ukraine war: Russia could launch more heavy strikes, Zelensky warns. Work is continuing to "
            "restore electricity following a ninth wave of heavy Russian air strikes on Friday.",
            [("power_grid", "UA", "reported")],
        ),
        # a capital's sanctions are its state's: the attack is where the sentence says
        (
            "Tokyo's latest sanctions come after Russia launched missile attacks across Ukraine that killed "
            "at least 11 people.",
            [("unspecified", "UA", "reported")],
        ),
        # a capital that fires missiles is the side firing them (a launch toward the sea hits nothing)
        (
            "Pyongyang fires ballistic missiles as South Korean President Lee Jae Myung makes state visit to "
            "China. Drones struck Kharkiv.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        # where a leader travels is a visit's venue, not the attack's scene
        (
            "As Chinese leader Xi Jinping departed Moscow, the Russian military launched attacks on "
            "Ukrainian towns and cities, hitting multiple residential buildings",
            [("residential", "UA", "reported")],
        ),
        # a capital that admits or spurns something stands for its state
        (
            "Russia rained scores of missiles on Ukrainian cities in one of its heaviest barrages of the "
            "war, as Moscow spurned the prospects of talks to end the invasion.",
            [("unspecified", "UA", "reported")],
        ),
        # a passive capture whose settlement stands in apposition, or with a bearing set off by commas
        (
            "Maliar said the village of Robotyne, south of Orikhiv, had been liberated.",
            [("settlement_control", "Robotyne", "reported")],
        ),
        (
            "The deputy defence minister said a third village, Neskuchne, had been taken.",
            [("settlement_control", "Neskuchne", "reported")],
        ),
        # the settlement named in apposition after the settlement word and a comma, no region after it
        (
            "Ukrainian troops liberated an eighth village, Piatykhatky.",
            [("settlement_control", "Piatykhatky", "reported")],
        ),
        # the settlement named before, taken again as 'it' or 'the settlement'
        (
            "Newlyweds celebrate with a kiss in centre of Kherson after it is liberated by Ukraine troops.",
            [("settlement_control", "Kherson", "reported")],
        ),
        (
            "Ukraine's forces have entrenched themselves on the outskirts of Urozhaine after recapturing the "
            "settlement in the Donetsk region, the deputy defence minister said.",
            [("settlement_control", "Urozhaine", "reported")],
        ),
        # a side that claims its own capture of villages it does not name: in its country, or its enemy's
        ("Ukraine says it has recaptured fourth village.", [("settlement_control", "UA", "reported")]),
        ("Russia says it captured another village.", [("settlement_control", "UA", "reported")]),
        # a side's men named by a demonym capture in the country at war with it; a village's demonym: where
        ("Russian military liberates key Donbass stronghold.", [("settlement_control", "UA", "reported")]),
        ("Pro-Ukraine fighters ‘liberate’ Russian village.", [("settlement_control", "RU", "reported")]),
        # the settlement taken again as 'the eastern Ukraine town': a bearing or a country before the word
        (
            "Prigozhin stood in Soledar and claimed to have taken control of the eastern Ukraine town.",
            [("settlement_control", "Soledar", "claimed")],
        ),
        # a side's claim to control a settlement, disputed or not, reports its capture
        (
            "Kyiv disputes Moscow’s claim to control Maryinka in country’s east.",
            [("settlement_control", "Marinka", "reported")],
        ),
        # a bearing set off by commas as a relative clause, between the settlement and its passive
        (
            "Klishchiivka, which is located 9km south of Bakhmut, had been “liberated”.",
            [("settlement_control", "Klishchiivka", "reported")],
        ),
        # a name GeoNames does not list, called a town in apposition: in the region of the town it is near
        (
            "Ukrainian troops seized Berkhivka, a town north of Bakhmut.",
            [("settlement_control", "Berkhivka", "reported")],
        ),
        # a flag raised over a settlement reports its capture (not one raised over 'the recaptured city')
        (
            "Soldiers were shown raising the Ukrainian flag over the village of Blahodatne.",
            [("settlement_control", "Blahodatne", "reported")],
        ),
        # a part of a settlement taken, then its name
        (
            "Mercenaries captured two districts of the eastern Ukrainian city of Bakhmut on Saturday.",
            [("settlement_control", "Bakhmut", "reported")],
        ),
        (
            "The capture of the center and most of Soledar by Wagner units is a tactical success.",
            [("settlement_control", "Soledar", "reported")],
        ),
        # 'overrun' a settlement is a capture; the country a border is with is not where the village lies
        (
            "Russian partisan forces claimed to have overrun the settlement of Kozinka.",
            [("settlement_control", "Kozinka", "claimed")],
        ),
        (
            "Partisans overran a Russian border village near the border with Ukraine.",
            [("settlement_control", "RU", "reported")],
        ),
        # outages as the condition lived with ('living with blackouts', 'cope with power cuts'): no grid hit
        (
            "Russian missiles hit Kyiv overnight. Residents find ways to cope with the power cuts.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # a nuclear plant's spent fuel store is the plant's part, no fuel depot
        (
            "Shelling hit near the spent fuel storage facility at the Zaporizhzhia nuclear power plant.",
            [("power_plant", "Enerhodar", "reported")],
        ),
        # a gas distribution point is a gas facility, as a distribution station is
        (
            "Russian strikes damaged a gas distribution point in Zaporizhzhia.",
            [("gas_facility", "Zaporizhzhia", "reported")],
        ),
        # fuel tanks on a bridge are a train's or a lorry's load, part of the bridge's incident
        (
            "Reports said an explosion ignited fuel tanks on the strategically important Kerch bridge.",
            [("bridge", "Kerch", "reported")],
        ),
        (
            "Drones hit fuel tanks at a depot near the railway station in Bryansk.",
            [("fuel_depot", "Bryansk", "reported")],
        ),
        # a semicolon sets two stories side by side: the attack of one is not the other's target's
        (
            "Moscow launches drone strikes on Kyiv; UN says mines found at Zaporizhzhia plant.",
            [("unspecified", "Kyiv", "reported")],
        ),
        ("Russian missiles struck Kyiv; a power plant was damaged.", [("power_plant", "Kyiv", "reported")]),
        # outages lived under or to come ('despite shelling, blackouts', 'expecting blackouts'): no grid hit
        (
            "Russian drones hit Odesa. Ukraine’s Odesa is alive and joking despite shelling, blackouts.",
            [("unspecified", "Odesa", "reported")],
        ),
        # power 'wiped out', as 'knocked out': the supply lost, beside homes hit
        (
            "Russia launches a massive missile strike across Ukraine, damaging homes and wiping out power.",
            [("power_grid", "UA", "reported"), ("residential", "UA", "reported")],
        ),
        # a plant cut off from the grid is the plant's incident, not the grid's
        (
            "Russian-held nuclear plant disconnected from the grid after shelling in Enerhodar.",
            [("power_plant", "Enerhodar", "reported")],
        ),
        # a works seized by soldiers is the war's, not an asset confiscated
        (
            "Russian forces seize Chernobyl nuclear power plant.",
            [("power_plant", "Chornobyl", "reported")],
        ),
        # a works taken, named by its town, is no settlement taken: the plant, not Enerhodar
        (
            "Russian forces captured the Zaporizhzhia nuclear power plant on Friday.",
            [("power_plant", "Enerhodar", "reported")],
        ),
        # streets where forces fight are the scene of the fighting, not a venue hit
        (
            "Fierce fighting on Mariupol's streets, and Russia denies its cosmonauts wore Ukrainian colours.",
            [("unspecified", "Mariupol", "disputed")],
        ),
        # ... but streets shells hit are hit
        (
            "Russian shells still hit its pockmarked streets in Kupiansk.",
            [("public_venue", "Kupiansk", "reported")],
        ),
        # the one bare attack placed in the region of a named target is that target's strike told again,
        # and places it
        (
            "Ukraine missile attack strikes Russian warship in Crimea, killing at least 1. The ship, called"
            " Novocherkassk, was hit at a base in Feodosia.",
            [("military_site", "Feodosiia", "reported")],
        ),
        # ... as a settlement struck, then a target with no place of its own (ACLED's notes)
        (
            "Russian forces shelled Pavlohrad, Dnipropetrovsk. A bridge was damaged.",
            [("bridge", "Pavlohrad", "reported")],
        ),
        # ... but two bare attacks in settlements are places struck, each its own
        (
            "Russia strikes power stations across Ukraine. Several blasts were heard in Kyiv and Lviv.",
            [
                ("power_plant", "UA", "reported"),
                ("unspecified", "Kyiv", "reported"),
                ("unspecified", "Lviv", "reported"),
            ],
        ),
        # a military facility named by no kind is the air base the story names: an airport, not a second site
        (
            "Kursk airbase in Russia hit, Ukraine official claims. An unknown drone struck a military "
            "facility in western Russia.",
            [("airport", "Kursk", "claimed")],
        ),
        # without an air base named, a military facility stays a military site
        ("A drone struck a military facility near Kursk.", [("military_site", "Kursk", "reported")]),
        # the attack's agent between it and the country it was made on
        (
            "Latest attacks follow Friday's strikes by Moscow on Ukraine, which killed nearly 40 people.",
            [("unspecified", "UA", "reported")],
        ),
        # a weapon that fell 'within its borders': the land of the state the sentence opens with
        (
            "Poland said earlier that a Russian-made missile had fallen within its borders killing two.",
            [("unspecified", "PL", "reported")],
        ),
        (
            "Poland's ambassador says the country acted with restraint after a suspected Russian-made "
            "missile fell inside its border on Tuesday.",
            [("unspecified", "PL", "reported")],
        ),
        # drones that crash into a seat of power hit it
        (
            "Russia accused Ukraine of attempting to assassinate Putin after reporting that two drones "
            "crashed into the Kremlin on Wednesday.",
            [("administrative", "Moscow", "reported")],
        ),
        # 'damages' the verb after a side, 'damage' after a weapon's plural: an attack
        ("Russia Damages a Dam in Ukraine, Sparking Flooding Fears.", [("dam", "UA", "reported")]),
        (
            "Ukrainian drones damage Russian warship in Sevastopol.",
            [("military_site", "Sevastopol", "reported")],
        ),
        # a reaction names a side's strikes of the day as its news (not its campaign)
        ("Biden Condemns Russia’s Missile Strikes on Ukraine.", [("unspecified", "UA", "reported")]),
        # hitting back with weapons is a hit, not criticism
        (
            "Ukraine hits back at Russia with drone strikes on Belgorod.",
            [("unspecified", "Belgorod", "reported")],
        ),
        # the latest wave of a side's strikes, judged, is still one wave reported
        (
            "The White House said the latest Russian strikes against Ukraine are a reminder of Putin’s "
            "brutality.",
            [("unspecified", "UA", "reported")],
        ),
        # a lead that brings down all but one weapon, or all with debris that hurt, leaves the headline's hit
        (
            "Russia launches drones at Kyiv.\n\nUkraine shot down all but one of the 30 missiles.",
            [("unspecified", "Kyiv", "reported")],
        ),
        (
            "Russia launches drones at Kyiv.\n\nAir defences downed all 10 ballistic missiles targeting the "
            "capital, but falling debris caused injuries.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # under a headline of drones brought down, a lead's attack told after them is another event, a hit
        (
            "Russia downs Ukrainian drones, missiles day after its attack on Kyiv.\n\nRussia intercepts "
            "Ukrainian drones over four regions, including Moscow, a day after its attack on Kyiv.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # fighting a ground assault at a named place is the fighting, not a campaign withstood
        (
            "Ukrainian troops are battling Russian assaults near Bakhmut.",
            [("unspecified", "Bakhmut", "reported")],
        ),
        # a suspect in the attack of a named day before: that attack is still news
        (
            "Russian authorities arrested a suspect in Sunday’s bombing in St. Petersburg.",
            [("unspecified", "Saint Petersburg", "reported")],
        ),
        # a side's kit that fires, is used or is carried is the weapon or the load, not the target hit
        (
            "Russia fired two Kalibr cruise missiles from a submarine at a port in Odesa.",
            [("port", "Odesa", "reported")],
        ),
        (
            "The train, which was carrying Russian tanks, was attacked in the Bryansk region.",
            [("railway", "RU-BRY", "reported")],
        ),
        # armour struck or burning with no demonym before it is a side's kit hit; a fuel tank is not armour
        (
            "Video shows Russian soldiers bolting for cover after their tank was struck near Bakhmut.",
            [("military_site", "Bakhmut", "reported")],
        ),
        (
            "A fuel tank was struck by a drone in Bryansk.",
            [("fuel_depot", "Bryansk", "reported")],
        ),
        # a side's missiles blown up on the ground are its kit destroyed, not an interception
        (
            "Russian cruise missiles destroyed in strike in Crimea, Ukraine says.",
            [("military_site", "UA-43", "reported")],
        ),
        # what a place is home to describes the place, not what was hit
        (
            "Rostov-on-Don, Russia, Home to Key Military Base, Is Rocked by Drone Strikes.",
            [("unspecified", "Rostov-on-Don", "reported")],
        ),
        # a port named among the cities hit is one of them, not its port (a port of X hit alone stays a port)
        (
            "A third night of Russian air attacks pounded Ukraine’s southern cities, including the port of"
            " Odesa, and wounded at least 21 people.",
            [("unspecified", "Odesa", "reported")],
        ),
        (
            "Russian missile strikes have hit the southern Ukrainian port of Odesa.",
            [("port", "Odesa", "reported")],
        ),
        # what a side protects from attacks is no target hit (and the attacks it guards against are none
        # reported: tests/test_tagger_false_alarms.py)
        (
            "Explosions rocked two Russian airbases in what may have been strikes by Kyiv in a bid to"
            " protect the Ukrainian electrical grid.",
            [("airport", "RU", "reported")],
        ),
        ("Ukraine Races to Protect its Energy System from Russia’s Winter Attacks.", []),
        # a main clause's place goes to no placed target of a side scene ('while ...') beside it
        (
            "Woman and child die in Dnipro, while a missile strike on a residential building in Uman "
            "kills four.",
            [("residential", "Uman", "reported")],
        ),
        # a side's vehicles or kit right after a verb of hitting are its kit destroyed
        (
            "Ukraine says it destroyed Russian equipment near Robotyne.",
            [("military_site", "Robotyne", "reported")],
        ),
        # the destruction of a named target is its incident (not of a whole town: a hard negative)
        (
            "Ukraine's president calls the destruction of the Kakhovka dam an act of environmental terror.",
            [("dam", "Nova Kakhovka", "reported")],
        ),
        # arson and a tank's fire are attacks: a fire set, fire opened on a side's trenches
        ("Russia 'sets fire' to grain storage in Odesa.", [("agriculture", "Odesa", "reported")]),
        (
            "Ukrainian tank drives into Russian trenches near Bakhmut, opening fire at point-blank range.",
            [("military_site", "Bakhmut", "reported")],
        ),
        # the water supply named by its loss: tap water knocked out, a water loss or shortage an attack caused
        (
            "Russian Missiles Deliver New Woe to Kyiv, Knocking Out Tap Water.",
            [("water_supply", "Kyiv", "reported")],
        ),
        (
            "A barrage of Russian airstrikes in Kyiv caused an 80% water loss in the city.",
            [("water_supply", "Kyiv", "reported")],
        ),
        # the heat supply cut or disrupted by strikes
        (
            "Fresh Russian strikes cut heat to thousands in Kyiv.",
            [("heating", "Kyiv", "reported")],
        ),
        # a question of who or why of a past attack takes the attack as given
        ("Who blew up the Ukrainian dam?", [("dam", "UA", "reported")]),
        ("What do we know about drone attacks in Russia?", [("unspecified", "RU", "reported")]),
        # a side or its capital accused of an attack made it: the attack fell on the country it is at war with
        (
            "Ukraine accuses Russia of shelling civilians fleeing dam collapse",
            [("unspecified", "UA", "reported")],
        ),
        ("Kyiv accuses Moscow of targeting emergency workers.", [("unspecified", "UA", "reported")]),
        # a side's deed done with its attacks: they fall on the country it is at war with
        ("Russia Breaks Putin's Ceasefire With New Attacks: Ukraine.", [("unspecified", "UA", "reported")]),
        # the war's start a record is counted from does not date the attack back to it
        (
            "Russia launched a massive wave of drones against targets across Ukraine, in what officials "
            "said was its largest attack since the start of the war in February 2022.",
            [("unspecified", "UA", "reported")],
        ),
        # attacks that 'target cities across' a country fell on it
        ("Widespread missile attacks target cities across Ukraine.", [("unspecified", "UA", "reported")]),
        # weapons that begin falling on a place hit it
        ("Vladimir Putin's missiles began falling in Lviv, Ukraine.", [("unspecified", "Lviv", "reported")]),
        # 'pummels' a country: a strike verb's object is the country struck
        (
            "‘Massive Attack’ Pummels Ukraine One Day After Zelensky’s European Tour",
            [("unspecified", "UA", "reported")],
        ),
        # drones as the subject of 'targeted', with the seat of power as its object
        (
            "US Spies Can’t Yet Judge Russia Claim That Ukraine Drones Targeted Kremlin.",
            [("administrative", "Moscow", "reported")],
        ),
        # a drone strike named by its upshot, 'drone incident', at a seat of power
        (
            "Russia’s Lavrov Says Kremlin Drone Incident Was ‘Hostile Act’.",
            [("administrative", "Moscow", "reported")],
        ),
        # a place an attack locates ('a strike in X') is its scene, not the subject of the attack verb after
        (
            "The strike at dinnertime Tuesday in the city of Kramatorsk targeted a restaurant popular with"
            " Ukrainian soldiers.",
            [("commercial", "Kramatorsk", "reported")],
        ),
        (
            "A missile strike in Zaporizhzhia hit an apartment block.",
            [("residential", "Zaporizhzhia", "reported")],
        ),
        # a settlement named by a city-region ('a Kyiv village', 'Kyiv community') is in the region around it
        (
            "Kyiv community hit by 'kamikaze' drone attack, officials say",
            [("unspecified", "UA-32", "reported")],
        ),
        ("Shelling killed two in a Moscow village.", [("unspecified", "RU-MOS", "reported")]),
        # a target said to be in a country past a headline's closing quote takes no other country's place
        (
            "Russia 'bombs church' in Ukraine as Putin and huge security team attend service in Moscow.",
            [("cultural_religious", "UA", "reported")],
        ),
        # the targets of one list split at 'a', 'the' are hit where the first of them was
        (
            "There were explosions in Odesa.\nRussian shells killed 21 civilians in Ukraine’s Kherson region"
            " on Wednesday, Zelenskiy said, including hitting a hypermarket, a railway station and"
            " residential buildings.",
            [
                ("commercial", "UA-65", "reported"),
                ("railway", "UA-65", "reported"),
                ("residential", "UA-65", "reported"),
                ("unspecified", "Odesa", "reported"),
            ],
        ),
        # the region an official speaks for, past a country's possessive, is where what they report happened
        (
            "A 35-year-old man was killed by debris from a downed drone in a residential area, the governor"
            " of Ukraine‘s Odesa region said.",
            [("residential", "UA-51", "reported")],
        ),
        # the attack a strike answers ('in response to Ukraine's strikes on Belgorod') is a clause of its own
        (
            "Russia on Sunday said it attacked military facilities in the Ukrainian city of Kharkiv"
            ' overnight, including a hotel housing military commanders and "foreign mercenaries," in response'
            " to Ukraine's strikes on Belgorod the previous day.",
            [
                ("commercial", "Kharkiv", "reported"),
                ("military_site", "Kharkiv", "reported"),
                ("unspecified", "Belgorod", "reported"),
            ],
        ),
        # a side scene's place ('..., while drones struck buildings in Moscow') is not the main clause's
        (
            "Ukraine remains defiant as Russia pounds Odessa.\n\nRussian air strikes have pummeled the"
            " Ukrainian port city on the Black Sea, damaging a historic church and port infrastructure, while"
            " drones struck buildings in Moscow.",
            [
                ("cultural_religious", "Odesa", "reported"),
                ("port", "Odesa", "reported"),
                ("unspecified", "Moscow", "reported"),
            ],
        ),
        (
            "Russian missiles damaged a church and a school, while drones struck buildings in Moscow.",
            [
                ("cultural_religious", "UA", "reported"),
                ("school", "UA", "reported"),
                ("unspecified", "Moscow", "reported"),
            ],
        ),
    ],
)
def test_reports(text: str, expected: list[tuple[str, str, str]]):
    assert found(text) == expected


def test_double_spaces_read_as_one():
    # The Guardian's double spaces inside a sentence hid 'region' from the region and the kind from the target
    assert found("Russian shelling killed two people in the Kherson  region.") == [
        ("unspecified", "UA-65", "reported")
    ]
    assert found("Two Russian observation  towers were destroyed near Bakhmut.") == [
        ("military_site", "Bakhmut", "reported")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Air defences destroyed the drones over the Moscow, Tambov and Bryansk regions.",
        "Russia shoots down drones near Moscow in alleged Ukrainian attack.",
        "Drone attack on Crimea port repelled, the defence ministry said.",
        # a fleet of anything (tanks, drones, plants) is no navy
        "The war in Ukraine has wiped out half of Russia's fleet of modern battle tanks, say analysts.",
        # an attack stopped, hobbled or fended off hit nothing
        "Musk says Starlink stopped a Ukraine drone attack on Russian fleet.",
        "Authorities in Crimea say the military fended off a Ukrainian strike on the port of Sevastopol.",
        "Half a million were left without power after an accident at an electricity substation in Odesa.",
        "IAEA chief's urgent warning on the Zaporizhzhia nuclear power plant in Enerhodar.",
        "The IAEA warned that the plant, which Moscow seized after its invasion, was in danger.",
        "Putin has not even managed to overrun Kharkiv.",
        "Zelensky made a trip to help raise the Ukrainian flag over the recaptured city of Izyum.",
        # a participle after an article describes the town, it reports no capture
        "A Gray Area of Loyalties Splinters a Liberated Ukrainian Town.",
        # what a capital holds or sways is its state's, no scene
        "Azerbaijan's bombardment of Nagorno-Karabakh illustrates waning of Moscow's influence.",
        "Russia could strike the power grid in Kyiv again this winter.",
        "Air raid sirens sounded across Kyiv overnight.",
        "Any attack on Taiwan would also be a threat to Japan.",
        "Moscow's forces have stepped up artillery and infantry assaults.",
        "Florida has been hit with another hurricane, damaging homes in Tampa.",
        "The most striking images this week come from Kramatorsk.",
        "Western sanctions hit Russia hard this year.",
        "Ukraine-launched drone heading towards Moscow destroyed, Moscow mayor says.",
        "Russia planning major offensive to coincide with anniversary of war, says Kyiv.",
        "Kyiv gives out iodine pills in preparation for a nuclear attack on the capital.",
        "A Russian official has died after a fall from her apartment in St. Petersburg.",
        "Hamas attack has significant consequences in the Ukrainian theatre of war.",
        "Photos: power outages leave people in freezing conditions in Kyiv.",
        "Russia plans false flag attack on hydroelectric dam to flood Kherson.",
        "A chess championship was held in Zhytomyr, a regular target of missile attacks.",
        "Russia launched 30 drones at Kyiv overnight; all were shot down.",
        "Russia claimed it was close to capturing Pokrovsk, a small city in eastern Ukraine.",
        "Ukraine braces for a Russian winter assault on the energy grid and telecom infrastructure in Kyiv.",
        "Has Putin's assault on Ukraine's power grid in Kyiv failed?",
        "Drone attack on Crimea and the Azov Sea repelled, the Defence Ministry said.",
        "The package provides air defence systems for Kyiv to defend against Russian missile attacks.",
        "Ukraine said the Wagner leader captured in the town of Popasna was released.",
        "Allies of the prime minister renewed their attack on Israel's legal establishment.",
        "Russia says it has repelled a drone attack on Crimea.",
        "A blitz chess championship was held in Zhytomyr.",
        "Since Ukraine liberated the city of Kherson the war there had fallen into a gruesome routine.",
        # a campaign, not an incident
        "Since October Russia has used the drones to target power stations in Kyiv.",
        "Nuclear plant in Enerhodar at risk as Ukraine and Russia gear up for spring offensive.",
        # 'without power cuts' is the opposite of a blackout
        "Russia's assault failed. For 22 days Kyiv went without power cuts.",
        # a noun 'targets' is no attack
        "Russia says the drone targets in Kyiv were all intercepted.",
        # a soldier captured is no settlement taken
        "Russian troops captured a soldier in villages near Bakhmut.",
        # a modal takes back its whole verb phrase
        "Ukraine will launch a massive drone onslaught on Russia this winter, targeting border regions.",
        # tallies over a campaign or the war
        "Number of Ukrainian terror attacks on Russian border regions revealed.",
        "Russian attacks have destroyed 40 percent of Ukraine's energy facilities since the war began.",
        "Ukraine says 40% of its long-range strike targets have been Russian refineries.",
        # bombers armed for an attack have not made it yet
        "Bombers at the Engels air base are being armed for a large-scale attack on Ukraine.",
        # a capability, and a rate over ground gained
        "Putin still has enough missiles to order more heavy strikes on Kyiv.",
        "One Russian was killed for every 48cm of land captured at Bakhmut.",
        # a year's count, and a series of attacks reported as a whole
        "Russia carried out 4,000 drone attacks on Kharkiv in 2024.",
        "The blast was the latest in a spate of attacks on railways in the Bryansk region.",
        # a participle between a determiner and its noun describes a place ('disabled children': no attack)
        "A bus carried disabled children from the bombed city of Kharkiv.",
        "The country tries to ease the strain on its damaged electric grid in Kyiv.",
        # a way of waging war, and strikes over the whole war, are no single incident
        "Russia's strategy of targeting the power grid in Kyiv has revealed its weakness.",
        "Dnipro, a city targeted by Russian strikes throughout the war, hosted the match.",
        # a background word takes back the attack of its own phrase
        "A railway bridge near Kyiv has been rebuilt, a month after it was destroyed by Russian attacks.",
        "Putin rejects theory about Ukrainian role in Nord Stream pipeline blasts.",
        # a drone incursion is an airspace violation, not a strike
        "Drone incursions have shut down several airports in Denmark.",
        # preparations, plans for another raid, and a person's record
        "Kyiv attaches importance to holding Bakhmut as preparations continue for a counterattack.",
        "The Freedom of Russia Legion is planning another cross-border raid into Belgorod.",
        "Ukraine replaces the spy chief who oversaw the airbase attack in Russia.",
        "The leader of cross-border raids from Ukraine spoke in Kyiv.",
        # what happens as a rule, a word quoted, and attacks eased
        "The cafe in Lviv stays open even when a missile attack has caused power cuts.",
        "Russian state TV in Moscow did not use the words “attack” or “war”.",
        "Russian forces ease attacks on Bakhmut to regroup.",
        # a month's attacks taken together
        "An analyst says the refinery attacks in August in Russia were on a different scale.",
        # a demonym of the side that fights is no scene
        "Ukraine carried out attacks on Russian forces.",
        # a comparison opening the sentence, a year in review, a long series, a season's campaign
        "Like the destruction of power plants in Ukraine, the looting of museums is a weapon of war.",
        "Later in the year Ukraine launched drone attacks on refineries deep inside Russia.",
        "Ukraine says it has taken a foothold near Kherson after months of raids.",
        "Russia intensifies strikes on Ukraine's energy infrastructure in winter 2024-2025.",
        # what a group is known for, a capability, a staged hit, weapons bought or made
        "The Houthis, a group known for its attacks on shipping in the Red Sea, met in Sanaa.",
        "Ukraine has a growing fleet of drones able to hit Moscow.",
        "Ukrainian spies faked a hit on a commander in Kyiv.",
        "Ministers agreed to buy shells for Kyiv.",
        "The plant in Lviv produces shells and bombs.",
        # 'advanced' and 'offensive' as adjectives; 'to blast' is to criticise
        "In China, rare earths are used in missile guidance, radar and advanced aircraft.",
        "Pyongyang condemned the submarine programme of Seoul as an offensive act.",
        "The senator did nothing to blast the city council of Kharkiv.",
        # accidents: the dead of an accident or a blaze, a drone out of control, an economic war's 'damage'
        "Two people were killed in an accident on the bridge in Kherson.",
        "At least 30 people were killed after a fire engulfed apartment blocks in Kharkiv.",
        "The Ukrainian air force downed its own drone that lost control over Kyiv.",
        "China treats European businesses as collateral damage in its trade war with America.",
        # not captures: an active perfect ('Kyiv has captured'), a foothold named after a place
        "Zelensky said Kyiv has captured a part of his heart.",
        "Ukraine says it has seized a small Dnipro foothold.",
        # figures of speech: hit by the war, hitting a dead end, burning bridges
        "Moscow's strip clubs are hit by Putin's war as wealthy Russians flee abroad.",
        "Ukrainians on their way to the UK hit a paperwork dead-end in Calais.",
        "The prime minister of Georgia has burned bridges with the EU.",
        # a trend over a campaign; outages as a standing condition
        "Russian forces have ramped up attacks in eastern Ukraine in an attempt to gain ground.",
        "Ukraine president back in Kyiv, Russia keeps up attacks",
        "Protesters in Madagascar demonstrated against persistent power cuts. At least 22 people were"
        " killed.",
        # a place shut as a precaution; an imagined attack; a war's toll; a campaign as the cause of the news
        "The drone barrage forced Polish airports to close.",
        "Even a small attack on the corridor near Kaliningrad could cause huge problems for NATO.",
        "Russia's 1.2 million casualties in Ukraine dwarf all its conflicts since World War II, report says.",
        "Fifteen nations join European air-defense network spurred by Russia's missile strikes in Ukraine.",
        # another story's headline, set in capitals inside the body, does not run into the next sentence
        "The director spoke in Rome. AVATAR: FIRE AND ASH REVIEW: IT'S TIME TO LEAVE PANDORA He sees a market"
        " in Lincoln.",
        # a capture vowed; an attack foiled before it reached its target
        "Zelensky vowed to liberate Kherson.",
        "Russia says it foiled attack on Crimean Bridge.",
        "Ukraine says it thwarted a drone attack on the port of Odesa.",
        # an agreement struck, and verbal attacks, are no blows
        "El Salvador struck a deal to house deported criminals in its prisons.",
        "Russia attacks UK defence chief with crude insult after kidnapping remarks.",
        "Florida lawmaker blasts Democrats' Venezuela response as 'derangement syndrome'.",
        # a repelled drone attack, quoted, hit nothing
        "The mayor said a drone attack had been \u201crepelled\u201d in the Odintsovo district.",
        # a count of the year so far is a tally, no one attack
        "ACLED has recorded more than 80 drone attacks in Colombia since the start of the year.",
        # a negated future, a capability, an attack to come: none happened
        "There won't be another wave of attacks against Venezuela, the president said.",
        "Adversaries gain the ability to strike the United States itself.",
        "'Imminent large-scale attack' on Ukraine feared as bombers mass at air base.",
        # a demonym after a strike verb is the scene only for its settlements
        "Critics say they want to destroy American democracy.",
        "Troops were targeting the American homeland.",
        "Russia launches drone production in Tatarstan.",
        "Responsibility falls on Kyiv.",
        "Russia was hit by sanctions.",
        "Analysts warn of Russian tank offensive next year.",
        "Russian forces could target the railway hub.",
        # a plan, an aim, an attack to come, an accident, a labour dispute
        "Russia 'is planning false flag terror attack on Belarus nuclear power plant'.",
        "A Look at the U.S. Missiles Ukraine Seeks to Hit Russian Forces.",
        "Ukraine readies along all fronts for Russia’s next big attack.",
        "Russia's air force accidentally bombs its own city, Belgorod.",
        "A TV host says Britain's brothels are losing a fortune because of train strikes.",
        "Nurses went on strike in Kyiv.",
        "Russian missiles targeted Kyiv, but all were shot down.",
        # a hate crime; what weapons serve; criticism
        "Police probe racist attack on three Ukrainian teens in Edinburgh.",
        "Strikes suspended at UK munitions plant that supplies missiles to Ukraine.",
        "Ukraine Repels Russian Drone Attacks With Help From Western-Supplied Air Defenses.",
        "Russia's assault on Ukraine's energy infrastructure led to blackouts throughout winter.",
        "Ukraine hits Russia’s Kursk region repeatedly with airstrikes.",
        "Ukraine lives in fear of the next mass bombing of its energy infrastructure.",
        "Moscow had hoped to easily capture Kyiv.",
        "Hackers with Conti cybercrime group are repurposing tools for attacks on Ukraine.",
        "What Western components are found in new Russian drones used in attacks on Ukraine?",
        "Elon Musk has come under fire from Ukraine after it emerged he refused to turn on Starlink.",
        # criticism and penalties; fewer attacks; a surge; a plan; air attacks fended off; arrests over an
        # earlier attack; an attack told again; drones jammed; weapons delivered; a doubt; a refuge
        "Kyiv has hit out at a G20 leaders' summit statement calling for peace.",
        "Russia Hits Wikipedia With Fine for Going Against Putin's War Narrative.",
        "Russian forces 'decrease' attacks on Bakhmut to regroup, Ukraine says.",
        "Google Reveals Alarming Surge in Russian Cyber Attacks Against Ukraine.",
        "Fears Russia is planning false flag chemical weapons attack in Ukraine.",
        "The US will send Patriot systems to help Ukraine's forces fend off Russian aerial attacks.",
        "Russia Arrests 8 People Over the Crimea Bridge Attack.",
        "Twenty accomplices have been detained over an attack on a Russian war plane stationed in Belarus.",
        "Benjamin Hall recounts Russian missile attack that almost killed him.",
        "Special forces electronically disabled the drones and no one was injured in the attack, TASS said.",
        "European Union ministers meet to supply Ukraine with sorely needed artillery shells.",
        "The Russian defence ministry did not indicate whether drone attacks caused damage.",
        "Ukrainians celebrate Christmas in a bomb shelter, hiding away from Russian shelling.",
        "Air raid sirens sounded in Kyiv overnight.",
        "Air defence systems were engaging incoming targets over Kyiv as sirens sounded.",
        "The plan was executed by the government in Kyiv.",
        "Russia continues attacking in eastern Ukraine.",
        "A drone was shot down over Kyiv.",
        "The ministry blamed the attacks on Kyiv.",  # the side blamed is no scene
        # 'engaged' of a state or a pursuit, not of fighting
        "A Moscow nightclub party, held while Russia is engaged in a war with Ukraine, provoked a backlash.",
        "Kyiv and its western allies are engaged in talks on equipping Ukraine with long-range missiles.",
        # the war's toll since the invasion, taken together
        "Ukraine says hundreds of schools have been damaged or destroyed since Russia invaded.",
        "More than 10,000 civilians killed in Ukraine since Russia invasion, UN says.",
        # a side's offensive as a campaign named, no one attack of it
        "Russia-Ukraine war live: Avdiivka highly costly for overall Russian offensive, says Zelenskiy.",
        "Wagner's influence has risen hugely on the back of Moscow's Ukraine offensive.",
        "1 Month On, Kyiv’s Counter-Attack No ‘Easy Walkover,’ Western Officials Admit.",
        # a fire breaking out, or the cause of damage, with no weapon or attack named
        "Gas pipeline catches fire in eastern Crimea. The power line was partially damaged as a result of "
        "the blaze.",
        "A Russian military plane catches fire at a Crimean air base, officials say.",
        # an attack plotted, not made
        "Russia detains man accused of plotting rail bombing in Crimea.",
        "US was aware of Ukrainian plot to attack Nord Stream, says report.",
        # weapons as goods given, lacked or counted; artillery as a kind of kit
        "EU leaders are set to endorse a deal aimed at sending Ukraine 1 million rounds of artillery shells.",
        "A critical shortage of shells has forced some Ukrainian units to cancel planned assaults.",
        "Rheinmetall says Europe can't meet Ukraine's artillery ammunition needs.",
        # a capture not yet made; an attack feared; a prize for an attack's photo; a campaign; drones downed
        "Russia nears the capture of a town at the heart of 'savage' fighting in eastern Ukraine.",
        "Russia Stations Soldiers Atop Nuclear Reactors As Ukraine Attack Fears Grow",
        "AP image of Mariupol hospital attack wins World Press Photo.",
        "US provides Ukraine $125 million to aid energy infrastructure under Russian attacks",
        "Crimea is a regular target for Kyiv, and attacks on military installations there have intensified.",
        "Ukraine says it downs 8 Russian drones in overnight attack",
        "A blown-up Russian tank near Kyiv.",  # a participle as an adjective
        # 'took' and 'taken' that take no settlement
        "It took Kyiv months to respond.",
        "Residents of Kherson were taken to hospital.",
        "Two Tu-95 bombers which have been used to attack Ukraine's power grid were seen at the airbase.",
        # a campaign's attacks (unrelenting, increased), an alert, an aim, the weather
        "Ukraine: The Latest - Russia's unrelenting missile attacks linked to grain deal collapse",
        "Moscow increases drone attacks on Ukraine's Danube river ports.",
        "Russia's border regions are on high alert for attacks on Rostov-on-Don.",
        "Zelensky warned citizens to brace for Russian missiles aimed at knocking out power and heat.",
        "Hundreds of animals die in Crimean aquarium after storm strikes.",
        # an anniversary; a months-long campaign; an attack called for, warned about; a blitz defeated
        "We will never forgive: Zelensky marks one year since the liberation of Bucha.",
        "Russia has for months been bombarding Ukraine's energy infrastructure, causing blackouts.",
        "Putin's top TV propagandist calls for missile attack on London.",
        "Zelensky, on 60 Minutes, Warns Russia About Attacks on Power Plants.",
        "Ukraine Says It Defeated 'Exceptional' Russian Missile Blitz on Kyiv.",
        # capabilities, weapons sent, a stalemate hit
        "Russia's long-range bombing capabilities 'downgraded' after relocating aircraft.",
        "Ukraine live briefing: U.S. mulls sending Kyiv cluster bombs.",
        "Fight for Roads Into Bakhmut Has Hit a Stalemate, Ukraine Says.",
        # exports despite attacks, shells being made, a lion rescued from shelling, a bombing proposed
        "Ukraine resumes electricity exports despite Russian attacks",
        "Inside the US Army Plant Making Artillery Shells for Ukraine",
        "Ukraine Lion Rescued From Russian Shelling in 'Severe' Condition",
        "Zelenskyy proposed bombing a Russian pipeline, leaked documents show",
        # attacks easing, a barrage blocked, sirens that blast, what missiles will allow, an attack force, a
        # foiled incursion, a campaign pressed, a strategy
        "Ukraine Says Russian Attacks Easing Around Embattled Town.",
        "Ukraine says they blocked barrage of 18 Russian missiles over Kyiv.",
        "Biden Visits Kyiv in Surprise Wartime Trip as Air Sirens Blast",
        "The missiles will allow Ukrainian troops to hit Russian soldiers deep into Moscow-held territory.",
        "Shoigu shows Kim the bombers that form the backbone of Russia's nuclear air attack force.",
        "Russia-Ukraine war live: Kyiv claims it foiled border incursion in Sumy.",
        "Russia Presses Attacks in Eastern Ukraine.",
        "Ukraine war: Why Russia's infrastructure strikes strategy isn't working.",
        # strikes that ease, are defied or held out against; attacks rebuffed, drones destroyed in the air;
        # what a weapon has been used to do
        "Ukrainians flock to Kyiv ski slopes as missile strikes ease amid fresh calls for warplanes.",
        "Ukrainians defy Russian air strikes and occupation to start the new school term.",
        "Ukraine's Bakhmut holding out against Russian attacks.",
        "Russia launched drone attacks on the port of Odesa, but the Air Force rebuffed the attacks.",
        "Ukraine said it destroyed 29 out of 38 drones launched by Russia on Friday night.",
        "The firm supplied Moscow with drones that Russian forces have been using to attack Ukraine.",
        # a capture intended, drone boats destroyed, a boat targeting a bridge destroyed, a drill simulating a
        # strike, a motive to attack
        "Russia-Ukraine war live: Russian forces intent on capturing Avdiivka coking plant, says mayor.",
        "Ukraine-Russia war latest: Russia destroys three Ukrainian drone boats off Crimea",
        "Russia-Ukraine war live: boat targeting Crimea bridge destroyed, Moscow says.",
        "Putin oversees Russian military drill simulating 'massive retaliatory nuclear strike': reports.",
        "Russia had means, motive and opportunity to destroy Ukraine dam, drone photos show",
        # an attack mostly repelled; one prepared for; what a blast would do
        "Ukraine Recap: Widespread Russian Drone Attack Mostly Repelled.",
        "Russia's 'Paranoia' on Full Display As Kremlin Preps For Attack on Moscow.",
        "Blast at Zaporizhzhia NPP would be 'more terrifying and massive than Hiroshima', expert warns.",
        # a weapon's kind, not an attack
        "Watch: Ukrainian troops test DIY attack drones in Donetsk",
        # a campaign pressed, attacks counted in hundreds
        "Russia Presses Assault in Eastern Ukraine in a Bid to Encircle Kyiv Forces.",
        "Belgorod, which borders Ukraine, has been shelled and attacked by drones hundreds of times.",
        # politicians' words
        "2024 Republican Hopefuls Attack Biden On Ukraine At Pivotal Moment For Kyiv",
        # months of attacks, a season's, a milestone
        "The Black Sea port has been battered by Russian shelling for months.",
        "Russian strikes on power plants impacted almost half the country’s energy capacity last winter.",
        "As the war in Ukraine hits 500 days, talk shows will discuss cluster munitions for Kyiv.",
        # an alert, a day's tally over a front, a capability, criticism, weather, a timeline
        "Star Wars star Mark Hamill helping warn Ukrainians of Russian air strikes.",
        "Russia attacks more than 100 settlements in 24 hours, Ukraine says.",
        "Ukraine is getting new US weapons that can hit Russian forces almost 100 miles away.",
        "Putin and Xi finish first round of talks in Moscow as Blinken hits China's proposed peace plan.",
        "Powerful winds battered Crimea on Saturday, leaving almost 500,000 residents without power.",
        "A Russia-Ukraine timeline: Key moments, from attack on Kyiv to counteroffensive.",
        # the seat of government as the government
        "Kremlin strikes back at critics.",
        "The deadliest attacks on the Kremlin's forces since the war began.",
        # a habit, earlier times taken together, a drill
        "Russian drones and missiles pummel Ukraine’s cities nightly, demoralising its citizens.",
        "RUSSIAN DRONES have hit NATO countries before.",
        "More than 100 Polish paratroopers landed on Gotland, a Swedish island, as part of a joint exercise.",
        # drone attacks repelled, a drone destroyed on its way
        "Ukraine Recap: Kyiv Repels ‘Massive’ Drone Attack Overnight.",
        "Russia says it destroyed drone targeting Belgorod.",
        # drones thwarted, a blitz defeated (its adjective in quotes), air defence destroying the blitz
        "Russia says it thwarts 20 Ukrainian drones, Moscow attacked",
        "Ukraine Says It Defeated ‘Exceptional’ Russian Missile Blitz.",
        "Ukraine said its air defense systems destroyed a Russian missile blitz overnight aimed at Kyiv.",
        # a campaign told as a condition, a count of attacks, the war itself, a prediction, a study
        "Kharkiv, a city that has faced ceaseless bombardment by Russian forces, cheered the chimpanzee.",
        "Residents were sheltering while Russian forces relentlessly shelled her home city.",
        "Despite months of Russian bombardments, the city has remained in Ukrainian control.",
        "Soldiers suffer trauma due to Russia's incessant artillery fire.",
        "The UK says it is sending more medical aid to Ukraine after 25 attacks on health centres.",
        "Zelensky attends a forum, amid Russia's attack on Ukraine, in Kyiv, Ukraine on Dec. 9, 2022.",
        "Russia’s attack on Ukraine and China’s economic travails are encouraging a trade renaissance.",
        # a side's attacks in the plural, with no time: its campaign, the cause of another story
        "Moscow’s attacks are stoking hatred of Russia in Odesa.",
        "Russia’s drone attacks on Ukraine rattle neighbouring Romania.",
        # a side's campaign withstood
        "Zaporizhzhia steel plant refuses to bend to Russian attacks.",
        # a side's attacks judged: its campaign
        "Olena Zelenska said that Russian attacks on schools, hospitals and residential areas have been a "
        "form of terrorism.",
        # a headline's attack whose lead says every weapon was brought down, nothing hit
        "Russia Launches Large Wave of Drones at Ukraine’s Capital.\n\nUkraine’s Air Force said that it shot "
        "down all of the drones, the fourth large-scale assault on Kyiv this month.",
        "Colonel Leighton predicts that Putin is going to redouble attacks on civilian infrastructure.",
        "Analysis of three attacks in the city of Chernihiv may offer clues about Putin's tactics.",
        "For more than a year, Russian jets have been pounding Ukrainian cities, destroying hospitals.",
        "Kherson is pounded every day and night by Russian artillery.",
        "Kherson is now almost a ghost town as Russians continue to bombard it.",
        "Ukraine aims for February peace summit as Russian attacks and threats continue.",
        # an evacuation under a campaign reports no hit of its own
        "Nearly 1,700 people evacuated from two cities as Russia steps up attacks against Ukraine.",
        "The city won't include public celebrations amid concerns about Russian attacks.",
        "Americans urged to leave Ukraine as new Russian attacks feared.",
        # an attack asked against or risked
        "U.S. Warned Ukraine Not to Attack Nord Stream.",
        "Ukraine Warns Ships Heading to Russia Ports Risk Attack.",
        # what something made possible
        "The soldiers gave away information that enabled Russia to attack a military airfield.",
        "Residents of a town neighbouring Mariupol ready themselves for Russian missile and rocket attacks.",
        # losses, penalties, a goal
        "Both sides have lost hardware, but Russia has been hardest hit in the conflict.",
        "Putin’s alleged ex-lover among Russians targeted by latest UK sanctions.",
        "Ukraine war: Russia hits out as Pope labels minority ethnic soldiers 'cruel'.",
        "Russian U.N. envoys hit back at Western criticism of its Ukraine war.",
        # a retort: hitting back on a weekday against accusations, with a meme, after a court's warrant
        "China hit back on Monday against U.S. accusations that it may be providing Russia nonlethal aid.",
        "Russia has hit back after the International Criminal Court issued an arrest warrant for Putin.",
        "Kremlin blasts Biden’s Putin-Hamas comparison.",
        "England reached the final thanks to his opening strike of the tournament.",
        # a fall in attacks, months under fire
        "Ukrainian soldiers credit the arrival of Western weapons for a sharp fall in Russia's attacks.",
        "Bakhmut, a city in the Donetsk region, has been under Russian fire for six months.",
        # a front's attacks, an earlier year's, a campaign stepped up
        "Ukraine reported Russian attacks along the front line and warned of missile strikes.",
        "A 2022 attack by Russian forces on Ukrainian civilians near Izium was caught on camera.",
        "War in Ukraine: Fear and tension return to Kyiv as Moscow ups airstrikes.",
        "Russia intensifies cyberattacks on Ukraine allies.",
        "Russia-Ukraine war live: Russia intensifying assault on Avdiivka, says Ukraine military.",
        'Officials said Russian forces had "significantly increased" their assault on the war-torn town.',
        # who was likely behind an earlier attack
        "Ukraine likely behind Kremlin drone attack, U.S. officials say: report",
        "U.S. Officials Believe Ukrainians Likely Responsible For Kremlin Drone Attack.",
        # strikes that go on, as the frame of another story
        "Russia's deadly strikes on civilian targets in Ukraine continue.",
        "Putin claims Moscow ready for Ukraine talks as attacks go on",
        # a day stated more than a week before the report: an earlier attack retold
        "Benjamin Hall was severely injured during a Russian shelling attack in Kyiv on March 14.",
        "Scott Sibley was the first British casualty of the war after he was struck on March 2 in Lymany.",
        # ... or last week, as readers date it, a week before the report
        "Informants gave Russian forces the time of the funeral where a missile strike last week killed more "
        "than 50 people in Hroza.",
        # ... or a month of the report's year before its own ('last month' too)
        "Video journalist Arman Soldin was killed in a rocket attack close to Bakhmut in January.",
        "CNN reports from Kharkiv on the destruction left after two missiles hit the city hall last month.",
        "Russian missiles hit Kyiv in February.",
        # ... also one of last year a few months back
        "Russian drones hit the power grid in Kyiv in December.",
        # ... and 'last May', last year's month however far back
        "Last May, Russian missiles hit the power grid in Kyiv.",
        # the weeks since a campaign, the months since a month
        "In the weeks since dozens of aerial attacks damaged the grid, workers have raced to make repairs.",
        "Their troops have been pounding Avdiivka since mid-October.",
        # an assault ship deployed, an assault brigade's men: kinds of ship and unit, no assault
        "Turkey plans to deploy armed drones on the TCG Anadolu, an amphibious assault ship.",
        "Soldiers of the 82nd Air Assault Brigade rest near the front.",
        # a storm is weather; troops counterattacking hold a line, no named attack
        "A storm hit the Ukrainian coast overnight.",
        "Ukrainian officials said they were still holding on and counterattacking.",
        # jets that down drones shoot; a drone downed near a bomber base is no bomber hit
        "Russian fighter jets downed 20 drones over the sea.",
        "A drone was shot down near a strategic bomber base.",
        # a campaign with a straight apostrophe, as much RSS writes it, is still a campaign
        "Russia has been bombarding Ukraine's energy infrastructure for months.",
        # a side's dam is no kit of its own
        "U.N. accuses Russia of blocking aid workers from areas hit by Ukrainian dam collapse.",
        # a capture the sentence dates well before the report is told as background
        "Russia captured Mariupol in May after a brutal siege. Now, it's trying to win hearts and minds.",
        "Kherson was liberated by Ukrainian troops in November, when Russian forces left.",
        # a capture that is the time of another story
        "Since the liberation of Kherson, investigators have already documented more than 400 war crimes.",
        "Ukrainian troops found a trapped bear immediately after the liberation of Lyman on Sunday.",
        # a capture aimed at, not made
        "Russian forces are edging closer and closer to capturing the city of Bakhmut.",
        "Ukraine has said Russia is concentrating all its efforts on capturing the eastern city of Bakhmut.",
        # a participle after 'in' says which Kherson, reporting no capture
        "Alleged Russian ‘torture room’ uncovered in liberated Kherson.",
        # control lost or extended is no settlement taken
        "Ukraine's air force said it downed one of its own drones after it lost control over Kyiv.",
        # an aircraft that crashed, no weapon named: an accident
        "13 killed as military jet crashes into apartments in Russia, state media reports.",
        "Ukraine’s interior minister killed in helicopter crash near Kyiv.",
        "Putin extends his control over Minsk by deploying tactical nuclear missiles in the country.",
        # a capital 'is accusing': the state speaking, not the scene of the strikes it names
        "Moscow is accusing four high-ranking members of the Ukrainian military of terrorism for their "
        "connection to repeated drone strikes on Russia-controlled territory.",
        "Russia says it thwarted a Ukrainian drone attack in the Black Sea.",
        "Russian troops are using the plant as cover to fire missiles into Ukraine-held territory.",
        # an earlier vow to avenge an attack retells it
        "Kremlin had vowed to retaliate for a Ukrainian attack on a Russian tanker.",
        # a capture verb's infinitive is an aim
        "Moscow has sent 50,000 troops in a bid to retake the city of Kupyansk.",
        # an asset seized is no capture in the war; kit captured since the war began is a tally
        "Russia seizes top car dealership in Moscow.",
        "Ukraine has captured more than 400 Russian tanks in Kharkiv since the war began.",
        # an infinitive 'to shoot down' is an aim, not an aircraft downed
        "He has the authority to shoot down Russian planes over Sweden if needed.",
        "Ukrainian officials said their next objective was to retake Lyman.",
        # a caption dated well before the report: a file photo of an earlier strike, another story's scene
        "Firefighters work at a site of a power plant damaged by a missile strike in Kharkiv, Ukraine, on "
        "Feb. 11, 2024.",
        "Emergency workers clear rubble after a Russian rocket hit a multistory building in the city of "
        "Dnipro, Ukraine, on Jan. 14, 2024. (Evgeniy Maloletka/AP Photo)",
        # a campaign that goes on ('continued striking'), attacks lived under daily: no one attack
        "Moscow has continued striking Kyiv with missiles and drones as Washington works for a peace deal.",
        "For ordinary Ukrainians, living under daily Russian missile and drone attacks, it is far worse.",
        # another story's headline set in capitals inside the body: a link, not this report's news
        "Greenland's leaders pushed back on Monday. FROM CARACAS TO NUUK: MADURO RAID SPARKS FRESH TRUMP "
        "PUSH ON GREENLAND The island's premier said it was not for sale.",
        "Zelenskyy said the document was ready. ZELENSKYY SAYS FRESH RUSSIAN ATTACK ON UKRAINE SHOWS PUTIN'S "
        "'TRUE ATTITUDE' AHEAD OF TRUMP MEETING The talks resume next week.",
        # launchers changed to stop them firing into a country: an aim, not an attack
        "The US has modified HIMARS rocket launchers sent to Ukraine to stop them firing into Russia.",
        # the noun 'targets' before a stop: no side's attack verb
        "Russia accused the US of approving missile targets, while Russian soldiers steal sunflower seeds.",
        # weapons raining down in a drawing: a depiction, not an attack
        "His daughter drew a picture of missiles raining down on a Ukrainian family.",
        # a named works seized, told as the background of a plant's troubles: no town taken
        "Staff left the Zaporizhzhia nuclear plant seized by Russian forces, the operator said.",
        # a speaker after 'the village,' is no settlement taken (the village is one named before)
        "Russian forces captured the village, Moscow said.",
        # 'the city' taken again in a capture that dates another story, or in an occupation; a capture denied
        "The first supermarket has opened in Kherson since the city was liberated earlier this month.",
        "Residents of Kherson told of torture during Moscow's nine-month occupation of the city.",
        "Zelensky claims Russia hasn't captured a single village this year.",
        # a works seized 'last year': the background of the plant's news
        "Moscow evacuated residents near the Zaporizhzhia nuclear plant seized by Russian forces last year.",
        "Russian troops took over the plant as they invaded parts of Ukraine last year.",
        # an asset seized is no capture of the war
        "Russia seizes car dealership of the Danish firm.",
        # 'takes X closer to': brings it nearer, takes no place
        "The recapture of the towers takes Kyiv 'many steps closer to regaining Crimea', the GUR says.",
        # a capture dated in the past right after its verb: the background of another story
        "The plant Moscow seized in 2022 lost power.",
        "Russia captured Mariupol earlier this year, and new images show an army base built there.",
        "Kherson was liberated 12 weeks ago. See why it is still a ghost town.",
        # ordnance that never went off, found or cleared: no attack
        "An unexploded 500kg bomb was discovered in Chernihiv in northern Ukraine.",
        "2.5 tons of unexploded ammo destroyed around Kyiv in past week.",
        # bombs as the danger lived under or dodged: no one attack
        "Nearly a year since fleeing Ukraine for Hungary amid the bombs and terror of Russia’s invasion, "
        "more than 100 young circus performers still hope to perform.",
        "Missing Briton reveals how he dodged drones and bombs while helping evacuate people from Bakhmut.",
        # a toll since the war began, in the words 'since Russia's full-scale assault began'
        "Since Russia’s full-scale assault began, Ukraine’s railways evacuated 4 million people and "
        "brought 300 foreign delegations to Kyiv.",
        # a campaign's aim ('campaign to', 'efforts to'), no one attack
        "Diesel prices have risen and electricity costs have more than doubled due to Russia’s efforts to "
        "knock out Ukraine’s power grid.",
        # a side's targeting named as a campaign
        "Mélanie Joly says Russia’s targeting of energy grid and civil infrastructure only strengthens "
        "allies’ support.",
        # a capture or a harm denied, not made
        "Zelensky claims Russia hasn’t captured a single village this year.",
        "Every possible measure should be taken so that the plant is not attacked.",
        # bombs as a kind of weapon, whose attack no other word reports
        "US says Ukraine’s use of cluster bombs against Russia ‘effective’.",
        "Russian troops are turning tanks into car bombs against Ukraine.",
        "With Western aid stalled, Ukrainian troops run low on artillery shells.",
        # earlier attacks set against this one ('unlike previous attacks on an oil depot')
        "Previous attacks on an oil depot in Belgorod caused fires.",
        # an attack named by its month, an earlier one
        "Western officials suspect Ukraine partisans may be behind the September explosions that damaged "
        "the Nord Stream natural gas pipelines.",
        # artillery as an arm or a kind of war, no firing reported
        "With Western Weapons, Ukraine Is Turning the Tables in an Artillery War.",
        # hardship 'hit by the conflict in' a country: no agent of an attack on it
        "Tesco joins Waitrose in limiting purchases as supplies are hit by the conflict in Ukraine.",
        # a state's border with another is no land an attack fell on
        "Poland ramps up troop deployment on its border with Belarus.",
        # damage the noun, after a weapon's name
        "Kyiv apartment residents hope to repair Russian rocket damage.",
        # a suspect in an earlier attack, or soldiers jailed for one ('for' then a quote): the trial is news
        "Suspect in café attack that killed Russian blogger is jailed.",
        "In First, Russia Jails 2 Soldiers for ‘Failure to Prevent’ Ukrainian Strike.",
        # a side's habit over attacks in general ('rarely comments on attacks inside Russia')
        "Kyiv does not usually comment on such strikes.",
        "Officials in Ukraine rarely discuss attacks on targets inside Russia, including Moscow.",
        # a labour strike named by whose it is ('the nurses’ strike', 'rail workers’ strikes')
        "The nurses’ strike in London went ahead.",
        "It’s June 2022, a week of rail workers’ strikes are under way.",
        # a side's missiles destroyed over a city, with a count, are shot down: an interception
        "Air defences destroyed 20 Russian cruise missiles over Kyiv overnight.",
        # a side's unmanned aerial vehicles destroyed are drones shot down: an interception
        "More than 30 Russian unmanned aerial vehicles had been destroyed overnight, the air force said.",
        # an aircraft that landed is no shell that landed: a defector's helicopter is no attack
        "A Russian military helicopter has landed in Ukraine, reportedly after the pilot was convinced "
        "to defect.",
        # a position that is a stance or a place ('a commanding position'), not a side's: no target
        "Five days after the Estonian incident, more than 100 Polish paratroopers landed on Gotland, "
        "a Swedish island in a commanding position in the Baltic Sea.",
        # a side's ground offensive, and a barrage kept up with the attacks it is made of: campaigns
        "Ukraine’s ground offensive against Russia is active in at least four areas, while Kremlin forces "
        "keep up a daily barrage of missile and drone attacks.",
        # a strike allowed or possible: a right, a window, a permission
        "Ukraine's foreign minister defended Kyiv's right to strike targets on Russian soil.",
        "Israel's Window to Strike Iran Narrows As Putin Enters Equation.",
        # a whole town or a country's cities laid waste over a siege or a war: no one attack
        "Harrowing satellite images showcase Putin's destruction of Bakhmut.",
        "Tabloids celebrated the destruction of Ukrainian cities.",
        # a fire in a text that names no attack: an accident, as a blackout alone is
        "Crimea Gas Pipeline Fire Leaves 30K Residents Without Heating.",
        "Ukraine power substation fire leaves Odesa’s grid on the brink.",
        # water shortages no attack caused
        "Western oil companies are exacerbating water shortages and causing pollution in Iraq.",
        # a labour strike at a plant: over pay, staged, of two weeks, due to hit it
        "Workers at UK munitions plant that supplies Ukraine to strike over pay.",
        "Workers at a British weapons plant that supplies Ukraine are to stage a two-week strike.",
        "A two-week strike due to hit a British munitions plant that supplies missiles to Ukraine has been "
        "suspended.",
        # an attack dated 'last year' in its own clause: retold, no news
        "Elon Musk acknowledged turning off internet access during a Ukrainian raid last year on a Russian "
        "naval fleet in Crimea.",
        # ... or by the war's first days
        "A missile destroyed her apartment in Kyiv on the first day of Putin's invasion of Ukraine.",
        # ... or by another, older war
        "Bush House in London survived a nearby missile strike during the second world war.",
        # 'Russia attacked' with no object but Ukraine: the invasion, the war's start
        "Two Turkish military planes that got stuck in Ukraine when Russia attacked 10 months ago are home.",
        "The alliance gained new relevance after Russia attacked Ukraine, provoking a war in Europe.",
        # a derailment told as an accident, plans derailed
        "After a train carrying toxic chemicals derailed in East Palestine, Ohio, Biden went to Ukraine.",
        "The scandal in Kyiv derailed the government's peace talks.",
        # a gun fired in a caption is no blaze
        "Ukrainian soldiers fire a French-made CAESAR self-propelled howitzer towards Russian positions.",
        # an attack supposed ('in case of'), or the alliance's pledge ('an attack on one member')
        "Kyiv Prepares 425 Shelters in Case of a Russian Nuclear Attack.",
        "Kyiv craves a mutual assistance pact that treats an attack on one Nato member as an aggression "
        "against them all.",
        # an attack weighed, or a habit of attacks
        "The appointment of Gen. Valery Gerasimov points to the possibility of a new Russian attack on Kyiv.",
        "A flash of light above Kyiv led to jokes about space aliens, in a city more accustomed to Russian "
        "missile attacks.",
        # a 'hit' that is a success
        "A contested film is a box-office hit in India.",
        "Modine starred in the hit Netflix series Stranger Things and is playing Atticus Finch in London.",
        # a flop: a film bombing at the box office
        "The hosts talk about the Lightyear film bombing at the box office in Chicago.",
        # a compound adjective of a place's state: 'blackout-hit', 'blast-hit'
        "Like reading under the covers: books flourish in blackout-hit Ukraine.",
        "The Russian government says work on the vital blast-hit bridge in Kerch must be finished by July.",
        # business and weather uses of 'hit': curbs felt, a sum or a reading reached
        "Wealthy Russians Hit by Travel Curbs Go Hunting in Zimbabwe.",
        "Market cap losses hit $15.7 billion in Moscow as shares approach a 52-week low.",
        # an attack called for, or let happen
        "Ukraine's Zelenskyy calls for NATO to launch 'preemptive strikes' in Russia.",
        "Kyiv remaining stuck in the waiting room is a green light for Putin to attack again.",
        # attacks called off
        "At U.S. behest, Ukraine held off anniversary attacks on Russia.",
        "A shortage of shells has forced Ukrainian units near Bakhmut to cancel planned assaults.",
        # an aircraft or troops that landed, not a weapon
        "A Russian military helicopter has landed in Ukraine after the pilot was convinced to defect.",
        # words thrown, by the adjectives only words take
        "Boris Johnson launched a thinly veiled attack on Germany and the US over the failed deal to donate "
        "tanks to Ukraine.",
        # a goal scored, not a strike
        "Manor Solomon strikes again to salvage draw for Fulham against Wolves.",
        "Brighton edge past Crystal Palace thanks to Solly March’s early strike.",
        # drones 'brought down', missiles 'taken down': interceptions
        "Russia’s Defense Ministry said three drones were brought down outside Moscow in what it described "
        "as an attempted attack by Ukraine.",
        "Russia launched another wave of strikes at Kyiv overnight, but air defenses took down the cruise "
        "missiles and explosive drones.",
        # a headline's attack its lead tells only as drones brought down, with no hit anywhere
        "Russia Blames Ukraine Over Fresh Drone Attack on Moscow.\n\nRussian forces intercepted two "
        "Ukrainian drones over Moscow, the Defense Ministry said.",
        # a lead that only names the attack its headline says was brought down
        "Ukraine Downs Dozens of Drones Over Kyiv in Russian Air Assault.\n\nThe heavy attack came as Moscow "
        "seeks to wear down Ukraine’s air defenses ahead of Kyiv’s planned offensive.",
        "Russia Says Drone Attacks Were Intercepted Near Moscow.\n\nIt appeared to be the first such attack "
        "near the Russian capital since May.",
        # a headline's attack its lead says was foiled
        "Russia Targets Ukraine’s Capital With Barrage of Drones.\n\nThe attack, which Ukraine said it had "
        "foiled, is the latest in a campaign.",
        # a barrage fended off is an interception
        "Ukraine Recap: Kyiv Fends Off Second Massive Barrage in Two Days.",
        # casualties denied are no hit of an interception
        "Ukraine says it downed Russian cruise missiles aimed at Kyiv.\n\nNo casualties are being reported "
        "from the air strikes which are said to have targeted Kyiv.",
        "Ukraine said its air defences shot down 25 missiles fired overnight by Russia at Kyiv, and there "
        "were no reported casualties.",
        # a question of whether, or of why not, asks about an attack that may not have happened
        "Did Ukraine launch a drone attack on the Kremlin?",
        "Why doesn't Ukraine attack the Russian convoy in Kyiv?",
        "Why is Ukraine so successful in attacking key Russian military facilities in Crimea?",
        # a side's campaign told as going on, with its weapons, is no one attack
        "The United States is sending missile defense systems to Ukraine, as Russia continues to pummel the "
        "country with airstrikes.",
        # a state pummelled with sanctions is a figure of speech
        "The United States and Europe have pummeled Russia with unprecedented sanctions.",
        # the Kremlin as the speaker of a 'drone incident' is no site of it
        "Kremlin: Russia-US relations at 'lowest point' after drone incident",
        # a sentence broken by a link's line break goes on: the storm, not a strike, cut the electricity
        "Tornadoes were forecast for the Black Sea region after a storm that killed at least 14 people and "
        "left more\nthan 2 million people without electricity in Russia and Ukraine",
    ],
)
def test_hard_negatives(text: str):
    assert found(text) == []


def test_a_line_break_inside_a_sentence_does_not_end_it():
    # feeds set their links on lines of their own: the weekday on the third line dates the shelling
    text = "Russian troops shelled\nthe Kherson region\n39 times on Friday, according to governor Prokudin."
    incidents = find_incidents(Document("t", date(2023, 7, 29), text), named_events=())
    assert [(i.event_date, i.date_precision) for i in incidents] == [(date(2023, 7, 28), "day")]
    # a transcript's run of unpunctuated lower-case lines: its lines stand alone
    lines = ["so the drones came in", "and they hit the port", "in the night and then", "the next day we saw"]
    transcript = "\n".join(lines * 2)
    assert [transcript[a:b] for a, b in sentence_spans(transcript)][:4] == lines


def test_the_month_may_is_no_modal_and_a_day_more_than_a_week_old_is_retold():
    text = "The incident happened on 29 May during a daytime missile attack on Kyiv."
    # in a report of that week, the month May is no modal 'may'
    in_week = find_incidents(Document("t", date(2024, 6, 1), text))
    assert [(i.target_type, i.place, str(i.event_date)) for i in in_week] == [
        ("unspecified", "Kyiv", "2024-05-29")
    ]
    # in a report weeks later, the attack is retold as background: no incident
    assert find_incidents(Document("t", date(2024, 6, 20), text)) == []


def test_a_country_that_targeted_is_the_attacker_and_a_later_sentence_dates_the_headline():
    # 'Russia targeted' names the attacker, not the scene
    assert found("Russia targeted grain facilities overnight.", default_country="UA") == [
        ("agriculture", "UA", "reported")
    ]
    # the country-wide report of the headline and the placed one are one incident, dated by the text
    doc = Document(
        "t",
        REPORTED,
        # (a week, not 'a hellish night': a night so named is the report's own, nights.py)
        "Odesa suffers a hellish week as Russia attacks grain facilities. Drones hit grain facilities"
        " in Ukraine on Wednesday.",
    )
    assert [(i.target_type, i.place, str(i.event_date), i.date_precision) for i in find_incidents(doc)] == [
        ("agriculture", "Odesa", "2024-03-20", "day")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capture is dated by its announcement, even when said on a weekday
        (
            "Ukraine said on Monday its troops had liberated the village of Robotyne.",
            [("settlement_control", "Robotyne", "2024-03-18", "day")],
        ),
        (
            "Russia announced on Monday the capture of the village of Robotyne.",
            [("settlement_control", "Robotyne", "2024-03-18", "day")],
        ),
        # "Mar." before a day does not end the sentence, so the date stays with its strike
        (
            "A thermal power plant in Kharkiv was damaged by a missile strike on Mar. 20.",
            [("power_plant", "Kharkiv", "2024-03-20", "day")],
        ),
        # an undated headline is dated by the lead under it
        (
            "Odesa port reopens after energy network hit.\n\nThe Black Sea port of Odesa has resumed "
            "operations after Russian strikes against the city on Thursday.",
            [("power_grid", "Odesa", "2024-03-21", "day")],
        ),
        # ... the day before it when the lead tells the attack only in an 'a day after' phrase past its day
        (
            "Death toll rises after Russian strike destroys apartment block.\n\nRescue workers were still "
            "digging through the rubble of a building in Dnipro on Saturday, a day after a missile attack.",
            [("residential", "Dnipro", "2024-03-22", "day")],
        ),
        # ... but not by a photo caption's date
        (
            "Attack on pipeline in Kharkiv puts grain deal at risk.\n\nVessels await inspection in Istanbul "
            "on March 11, 2024. (Yoruk Isik/Reuters)",
            [("pipeline", "Kharkiv", "2024-03-23", "week")],
        ),
        (
            "Attack on pipeline in Kharkiv puts grain deal at risk.\n\nPutin chairs a meeting in Moscow on "
            "March 21, 2024. (Sergey Fadeichev, Sputnik, Kremlin Pool Photo via AP)",
            [("pipeline", "Kharkiv", "2024-03-23", "week")],
        ),
        # ... nor a headline's settlement the lead's dated clause does not name: that day is another place's
        (
            "Dozens trapped after Russia struck an apartment building in Dnipro.\n\nKyiv was hit Friday with "
            "missile strikes.",
            [("residential", "Dnipro", "2024-03-23", "week"), ("unspecified", "Kyiv", "2024-03-22", "day")],
        ),
        # ... unless the lead dates a barrage across the whole country
        (
            "Russia launches yet another barrage on Kyiv.\n\nUkrainian forces shot down 29 of 30 missiles "
            "fired into the country on Friday, with one landing in Odesa.",
            [("unspecified", "Kyiv", "2024-03-22", "day")],
        ),
        # in a run of several outlets' headlines, one headline's 'Overnight' does not date another's
        (
            "Ukrainian drones strike oil refinery in Russia's Krasnodar Krai \xa0\xa0 kyivindependent.com "
            "Drone Attacks Hit Oil Depot in Bryansk Overnight \xa0\xa0 Reuters",
            [("oil_refinery", None, "2024-03-23", "week"), ("fuel_depot", "Bryansk", "2024-03-23", "day")],
        ),
        # a picture's release date is a statement's day: the event it shows only to the week
        (
            "A view shows the damaged Chonhar bridge in Kherson region following a Ukrainian missile attack "
            "in this picture released on March 22, 2024.",
            [("bridge", "Chonhar", "2024-03-22", "week")],
        ),
        # a historic date does not date the sentences after it
        (
            "The United States launched strikes on Caracas early Thursday. The operation came after the "
            "capture of Noriega on Dec. 20, 1989. Critics said the strike on Caracas was illegal.",
            [("unspecified", "Caracas", "2024-03-21", "day")],
        ),
        # nor does a flashback to days before the story's own day
        (
            "Russia said on Friday it had struck Ukraine with its new missile. It said the strike answered "
            "a drone attack on Putin's residence on March 12. Twenty residential buildings were damaged in "
            "Kyiv.",
            [("residential", "Kyiv", "2024-03-22", "week")],
        ),
        # 'The attack happened ... Monday' dates the attack reported before it
        (
            "A church in Kharkiv was damaged in a drone attack, officials said. The attack happened at "
            "around 3 a.m. Monday, according to the church.",
            [("cultural_religious", "Kharkiv", "2024-03-18", "day")],
        ),
        # ... and so does the attack named by its day a sentence or two later, a day or two before the report
        (
            "Russian missiles hit a supermarket in Kherson. The strikes early on Friday were the latest in a "
            "string of attacks.",
            [("commercial", "Kherson", "2024-03-22", "day")],
        ),
        # ... but a day further back names an earlier event
        (
            "Drones hit a power plant in Kharkiv. Moscow blamed Kyiv for Tuesday's attack on the bridge.",
            [("power_plant", "Kharkiv", "2024-03-23", "week"), ("bridge", "Kharkiv", "2024-03-19", "day")],
        ),
        # ... nor a day past 'follow' or 'amid', which names another event, not the one told before
        (
            "Strikes hit a power plant in Kharkiv, officials say.\n\nThe latest attacks follow Friday's "
            "strikes by Moscow on Kyiv.",
            [("power_plant", "Kharkiv", "2024-03-23", "week"), ("unspecified", "Kyiv", "2024-03-22", "day")],
        ),
        (
            "Fresh blasts rock Odesa.\n\nThe president is in Europe amid speculation over Friday's drone "
            "attack on the bridge in Kharkiv.",
            [("unspecified", "Odesa", "2024-03-23", "week"), ("bridge", "Kharkiv", "2024-03-22", "day")],
        ),
        # a day after 'followed' dates the strikes it names, not the target told before the verb
        (
            "The attack on the Kursk airport followed Friday's strikes on an oil depot in Bryansk.",
            [("airport", "Kursk", "2024-03-23", "week"), ("fuel_depot", "Bryansk", "2024-03-22", "day")],
        ),
        # ... nor the day of 'the same' target's earlier attack the lead recalls
        (
            "Drones hit an office tower in Moscow.\n\nThe mayor says the building damaged was the same one "
            "hit in an attack on Friday.",
            [("commercial", "Moscow", "2024-03-23", "week")],
        ),
        # 'two days after' dates what it names two days back
        (
            "Two days after the destruction of the Kakhovka dam led to widespread flooding, it is clear that "
            "we are only beginning to see the impact.",
            [("dam", "Nova Kakhovka", "2024-03-21", "day")],
        ),
        # 'two days ago' is the day two before the report
        (
            "Two days ago, a couple of Russian shells landed on the house in Kramatorsk.",
            [("residential", "Kramatorsk", "2024-03-21", "day")],
        ),
        # a 'night of Russian strikes' is the report's night, as 'overnight'
        (
            "Zelenskyy visits troops after night of Russian strikes on Kharkiv.",
            [("unspecified", "Kharkiv", "2024-03-23", "day")],
        ),
        # a target the main clause names with no attack of its own was hit in the 'a day after' attack
        (
            "Rescue workers were still digging through the rubble of a residential building in Dnipro on "
            "Friday, a day after a Russian missile attack.",
            [("residential", "Dnipro", "2024-03-21", "day")],
        ),
        # a span of days is only its week
        (
            "Russian forces shelled Kherson on Tuesday and Wednesday, hitting a maternity hospital.",
            [("hospital", "Kherson", "2024-03-20", "week")],
        ),
        # the small hours named without a day are the report's night, as 'overnight'
        (
            "A pre-dawn Russian air raid damaged a residential building in Kyiv.",
            [("residential", "Kyiv", "2024-03-23", "day")],
        ),
        # ... but the night before the day a statement was made, in a clause of its own
        (
            "Four people were killed in an overnight Ukrainian strike on the Russian border village of "
            "Suzemka, the governor of the Bryansk region said on Thursday.",
            [("border_region", "Suzëmka", "2024-03-21", "day")],
        ),
        # ... but a 'late-night update' is the time of a statement
        (
            "In his late-night update, Zelenskiy said a missile struck a power plant in Kharkiv.",
            [("power_plant", "Kharkiv", "2024-03-23", "week")],
        ),
        # what is named after 'a day after' happened the day before the report ('less than a day' is hours)
        (
            "Rescuers searched the rubble, a day after a missile strike hit a power plant in Kharkiv.",
            [("power_plant", "Kharkiv", "2024-03-22", "day")],
        ),
        (
            "Less than a day after a drone hit a power plant in Kharkiv, missiles struck a residential "
            "building in Odesa.",
            [
                ("power_plant", "Kharkiv", "2024-03-23", "week"),
                ("residential", "Odesa", "2024-03-23", "week"),
            ],
        ),
        # ... also after a main clause's attack on a target of another type (one of the same type merges)
        (
            "Ukrainian drones hit a refinery in Belgorod, a day after Russian missiles hit a power plant in "
            "Kharkiv.",
            [
                ("oil_refinery", "Belgorod", "2024-03-23", "week"),
                ("power_plant", "Kharkiv", "2024-03-22", "day"),
            ],
        ),
        # a date of its own inside the 'a day after' phrase dates what is named there
        (
            "A drone hit a power plant in Kharkiv on Friday, a day after missiles hit a residential building "
            "in Odesa on Thursday.",
            [
                ("power_plant", "Kharkiv", "2024-03-22", "day"),
                ("residential", "Odesa", "2024-03-21", "day"),
            ],
        ),
        # a headline telling what came after an attack, its lead's attack words all in an undated 'a day
        # after' phrase: the attack was the day before the report
        (
            "Power cut in Kharkiv after Russian strikes.\n\nEngineers worked through the night a day after "
            "missiles hit the city's power plant.",
            [("power_grid", "Kharkiv", "2024-03-22", "day"), ("power_plant", "Kharkiv", "2024-03-22", "day")],
        ),
        # the day the war began, past 'since' and its invasion, is no date of the attack
        (
            "A drone hit a Russian tank near Bakhmut, as drone videos have been commonplace since Putin "
            "ordered his troops into Ukraine on February 24.",
            [("military_site", "Bakhmut", "2024-03-23", "week")],
        ),
        # a weekday past a count is the day counted, its 'on' dropped (not the frame of 'the sixth time this
        # month')
        (
            "Russia shelled a school in Kherson 44 times Thursday.",
            [("school", "Kherson", "2024-03-21", "day")],
        ),
        # 'a day earlier', 'the day before' ending its clause: the day before the report, as 'yesterday'
        (
            "An explosion a day earlier partly damaged the bridge in Kherson.",
            [("bridge", "Kherson", "2024-03-22", "day")],
        ),
        # ... but a weekday of the sentence wins
        (
            "A drone hit a power plant in Kharkiv on Thursday, a day earlier than officials had feared.",
            [("power_plant", "Kharkiv", "2024-03-21", "day")],
        ),
        # the weekday of a newsletter's name is the issue's, not the event's
        (
            "Your Tuesday Briefing: Drones hit a power plant in Kharkiv.",
            [("power_plant", "Kharkiv", "2024-03-23", "week")],
        ),
        # ... and so is the day of the papers or an evening's update
        (
            "Many of Monday's front pages lead on a missile strike on a power plant in Kharkiv.",
            [("power_plant", "Kharkiv", "2024-03-23", "week")],
        ),
        (
            "Tuesday Afternoon Update: Drones hit a power plant in Kharkiv.",
            [("power_plant", "Kharkiv", "2024-03-23", "week")],
        ),
        # a weekday before the speaker and the verb of saying dates the statement, so the sentences after
        # it too, to the week
        (
            "On Friday, Ukrainian officials said two people were killed during Russian strikes that hit an "
            "apartment block in Kyiv. Additionally, nine people were injured in attacks on Odesa.",
            [
                ("residential", "Kyiv", "2024-03-22", "week"),
                ("unspecified", "Odesa", "2024-03-22", "week"),
            ],
        ),
        # a date carried to the next sentence stops at a paragraph break (a run of spaces): a digest's
        # next item is a story of its own, undated
        (
            "Missiles hit a power plant in Kharkiv on Thursday. The plant was badly damaged.   "
            "A Russian artillery attack damaged a school in the Donetsk region.",
            [("power_plant", "Kharkiv", "2024-03-21", "day"), ("school", None, "2024-03-23", "week")],
        ),
        # ... and at a bullet, a link to another story
        (
            "Missiles hit a power plant in Kharkiv on Thursday.\n\n• One dead in strike on a school in Odesa",
            [("power_plant", "Kharkiv", "2024-03-21", "day"), ("school", "Odesa", "2024-03-23", "week")],
        ),
    ],
)
def test_event_dates(text: str, expected: list[tuple[str, str, str, str]]):
    doc = Document("t", REPORTED, text)
    incidents = find_incidents(doc, named_events=())  # dated REPORTED, as found() is
    found_dates = [(i.target_type, i.place, str(i.event_date), i.date_precision) for i in incidents]
    assert found_dates == expected


def test_default_country_places_a_text_that_names_no_place():
    text = "Residential building damaged by shelling."
    assert found(text) == []
    assert found(text, default_country="UA") == [("residential", "UA", "reported")]
    # a bare attack is kept too, as unspecified, so the timeline stays complete
    assert found("Cluster munition strike kills one civilian.", default_country="UA") == [
        ("unspecified", "UA", "reported")
    ]


def test_a_country_that_speaks_of_its_losses_is_the_scene_when_nothing_else_is():
    text = "Ukraine says Russian strikes targeted energy facilities in 12 regions overnight."
    assert found(text) == [("power_grid", "UA", "reported")]
    # an earlier sentence's country carries over to "the country's"
    text = "Russian strikes hit Ukraine again. Missiles knocked out two of the country's power stations."
    assert found(text) == [("power_plant", "UA", "reported")]
    # the country whose possession the target is, before any other named
    text = "Moldova suffers power outages after Russian missiles hit Ukraine's energy infrastructure."
    assert ("power_grid", "UA", "reported") in found(text)
    assert found("Putin's blitz plunges Ukraine into darkness.") == [("power_grid", "UA", "reported")]
    # a self-claim is the attacker speaking, and a denial comes from the side accused
    assert found("Russia says it destroyed a fuel depot overnight.") == []
    assert found("Ukraine denies any involvement in the pipeline explosions.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of a noun phrase is the target, a target word before it only says which kind
        ("Damage to the railway hospital in Kharkiv after shelling.", [("hospital", "Kharkiv", "reported")]),
        # a civilian car is no road infrastructure; a petrol station is a business, not a fuel depot
        (
            "Civilian cars and a residential building in Kherson damaged by shelling.",
            [("residential", "Kherson", "reported")],
        ),
        ("A missile struck a petrol station in Dnipro.", [("commercial", "Dnipro", "reported")]),
        # an industrial region or southeast is a description of the land, not an industrial target
        (
            "Russian strikes plunge Ukraine's industrial southeast into blackouts.",
            [("power_grid", "UA", "reported")],
        ),
        ("Russian strikes hit an industrial area of Kharkiv.", [("industrial_plant", "Kharkiv", "reported")]),
        # beside a named target, a border only says where; 'a hospital without power' keeps its hospital
        (
            "A military base near Lviv, close to the Polish border, was attacked.",
            [("military_site", "Lviv", "reported")],
        ),
        (
            "Power station strike knocks out electricity in Russian border region.",
            [("power_plant", "RU", "reported")],
        ),
        (
            "A hospital in Kherson was left without power after strikes.",
            [("hospital", "Kherson", "reported"), ("power_grid", "Kherson", "reported")],
        ),
        # hospitals counted in an outage say how far it reached, not what was hit
        (
            "Russia attacks Ukraine's power grid, leaves hospitals without electricity.",
            [("power_grid", "UA", "reported")],
        ),
        (
            "Strikes on Odesa caused blackouts in hospitals.",
            [("power_grid", "Odesa", "reported")],
        ),
        ("A Ukrainian drone hit a military airfield in Saratov Oblast.", [("airport", "RU-SAR", "reported")]),
        (
            "Ukraine's biggest wireless service Kyivstar knocked offline in cyberattack.",
            [("telecom", "UA", "reported")],
        ),
        (
            "Drones destroyed an unmanned watch tower in Russia's Bryansk region.",
            [("military_site", "RU-BRY", "reported")],
        ),
        ("Russian troops DESTROY the Nova Kakhovka dam.", [("dam", "Nova Kakhovka", "reported")]),
        # an outage is an incident in a text that reports the attack behind it
        (
            "Russian drones struck southern Ukraine overnight. Half a million in Odesa are without power.",
            [("power_grid", "Odesa", "reported")],
        ),
        # an attack on the whole country says nothing the strike it places there does not
        (
            "Russia pounded Ukraine with missiles overnight. One hit a substation in Lviv.",
            [("substation", "Lviv", "reported")],
        ),
        # 'the port of X' says where the ship was; a port alone is the target
        (
            "Ukraine destroyed a Russian landing ship at the port of Berdyansk on Thursday.",
            [("military_site", "Berdiansk", "reported")],
        ),
        (
            "A submarine was hit in a shipyard in the Black Sea port of Sevastopol.",
            [("military_site", "Sevastopol", "reported")],
        ),
        ("Missiles hit the port of Odesa.", [("port", "Odesa", "reported")]),
        # land mines are no mining industry, and 'a base for offensive action' is no military base
        ("A school in Izium destroyed, land mines visible.", [("school", "Izium", "reported")]),
        # what a relative clause says the place holds was not hit
        (
            "Drones attacked the port of Novorossiysk, which has a naval base and an oil terminal.",
            [("port", "Novorossiysk", "reported")],
        ),
        ("Russia attacked grain facilities in Odesa overnight.", [("agriculture", "Odesa", "reported")]),
        # granaries are grain stores; the port they stand in only says where
        (
            "Moscow again struck granaries in the port of Odesa.",
            [("agriculture", "Odesa", "reported")],
        ),
        # a capitalised 'Crops' is a name (or a misspelt 'Corps'), not a harvest
        (
            "The Russian Volunteer Crops claimed an attack on a village in Belgorod region.",
            [("unspecified", "RU-BEL", "claimed")],
        ),
        # the headquarters of the police is no military headquarters
        (
            "A missile hit the headquarters of the National Police in Kharkiv.",
            [("administrative", "Kharkiv", "reported")],
        ),
        (
            "A tank of nitric acid in Sievierodonetsk was destroyed by shelling.",
            [("industrial_plant", "Siverskodonetsk", "reported")],
        ),
        # what a factory makes, or the field a college is named after, was not hit
        (
            "A drone hit a plant producing railway cars in Bryansk.",
            [("industrial_plant", "Bryansk", "reported")],
        ),
        (
            "Ukraine struck a factory building Putin's bridge in Crimea.",
            [("industrial_plant", "UA-43", "reported")],
        ),
        ("The Kharkiv College of Transport Infrastructure was shelled.", [("school", "Kharkiv", "reported")]),
        # a bridge closed after a strike elsewhere was not hit; a landmark of an unnamed building was not hit
        ("Crimea bridge closed after fuel depot hit.", [("fuel_depot", "Kerch", "reported")]),
        (
            "A building near the train station in Kherson was damaged by shelling.",
            [("unspecified", "Kherson", "reported")],
        ),
        # civilian areas, healthcare facilities, the government's building and an Academy of X are targets
        ("Shelling hit a civilian area of Kherson.", [("residential", "Kherson", "reported")]),
        ("A missile damaged a healthcare facility in Kharkiv.", [("hospital", "Kharkiv", "reported")]),
        (
            "Drones set the government's main building in Kyiv on fire.",
            [("administrative", "Kyiv", "reported")],
        ),
        (
            "Shelling damaged the Kherson Academy of Continuing Education.",
            [("school", "Kherson", "reported")],
        ),
        # a city district named Industrial, the streets of a city and 'to house' refugees name no target
        ("A strike hit the Industrial District of Kharkiv.", [("unspecified", "Kharkiv", "reported")]),
        ("Shelling hit the streets of Kharkiv.", [("unspecified", "Kharkiv", "reported")]),
        (
            "Missiles hit a military base in Lviv, which volunteers had used to house refugees.",
            [("military_site", "Lviv", "reported")],
        ),
        # a road or railway that says how people travelled or where on a route something was hit
        (
            "Russian artillery shelled villages along the highway near Izium.",
            [("unspecified", "Izium", "reported")],
        ),
        (
            "Drones hit a car on the road between Kherson and Mykolaiv.",
            [("unspecified", "Kherson", "reported"), ("unspecified", "Mykolaiv", "reported")],
        ),
        (
            "Refugees who left by train said shelling destroyed their homes in Kharkiv.",
            [("residential", "Kharkiv", "reported")],
        ),
        # a port back at work after strikes is recovering, not named as hit
        (
            "The port of Odesa has resumed operations after Russian strikes on the city.",
            [("unspecified", "Odesa", "reported")],
        ),
        # a river's bank is no bank
        (
            "Russian shells hit villages on the left bank of the river in Kherson region.",
            [("unspecified", "UA-65", "reported")],
        ),
        # oil and gas sites named in other words; a gas distribution station is no petrol station
        ("Drones struck an oil tank farm in Bryansk.", [("fuel_depot", "Bryansk", "reported")]),
        # beside a dam, a nuclear plant is what the dam's water serves; the dam's own plant is hit with it
        (
            "Ukraine accuses Russia of destroying a major dam in Kherson region, endangering thousands of "
            "lives and a nuclear power plant.",
            [("dam", "UA-65", "reported")],
        ),
        (
            "Russia and Ukraine blamed each other for blowing up the dam and power plant at Nova Kakhovka.",
            [("dam", "Nova Kakhovka", "reported"), ("power_plant", "Nova Kakhovka", "reported")],
        ),
        # 'to train' pilots is no railway
        (
            "Two people injured after Ukrainian drone falls on house in Moscow; Greece to train F-16 pilots.",
            [("residential", "Moscow", "reported")],
        ),
        # a village called Druzhba is no pipeline
        (
            "Shelling damaged a cultural centre in Druzhba village, Zelenskiy said.",
            [("cultural_religious", "Druzhba", "reported")],
        ),
        # grain sites and buildings are farm works
        ("Russia Targets Grain Sites in Odesa.", [("agriculture", "Odesa", "reported")]),
        # the industrial cities of a region are no industrial plant
        (
            "Russia is bringing its war closer to the industrial cities of Donetsk with a series of missile "
            "strikes.",
            [("unspecified", "Donetsk", "reported")],
        ),
        # generating plants are power plants, not factories
        ("Russian missiles hit generating plants in Kharkiv.", [("power_plant", "Kharkiv", "reported")]),
        # power facilities are the grid's works
        ("Russian air strikes hit power facilities in Kovel.", [("power_grid", "Kovel", "reported")]),
        # a depot named by the fuel it holds, a fuel warehouse (not a shop's warehouse)
        (
            "A missile destroyed a depot containing 70,000 tonnes of fuel in Dnipro.",
            [("fuel_depot", "Dnipro", "reported")],
        ),
        ("Russian forces struck a fuel warehouse in Donetsk.", [("fuel_depot", "Donetsk", "reported")]),
        ("Ukrainian drones struck oil facilities in Tuapse.", [("fuel_depot", "Tuapse", "reported")]),
        ("Drones struck an oil-refining complex in Volgograd.", [("oil_refinery", "Volgograd", "reported")]),
        (
            "A drone attack damaged a gas distribution station in Kharkiv.",
            [("gas_facility", "Kharkiv", "reported")],
        ),
        # sunflower oil is food, not fuel
        ("A drone strike damaged sunflower oil tanks in Odesa.", [("industrial_plant", "Odesa", "reported")]),
        # a military enlistment office and a gunboat are military, not an office or nothing
        (
            "Arsonists set fire to a military enlistment office in Omsk.",
            [("military_site", "Omsk", "reported")],
        ),
        (
            "Ukrainian sea drones hit a Russian gunboat in Sevastopol.",
            [("military_site", "Sevastopol", "reported")],
        ),
        # a city centre is an area hit, like urban areas; beside a named target it only says where it was
        ("Kherson city centre shelled.", [("residential", "Kherson", "reported")]),
        (
            "A missile hit a shopping centre in the city centre of Dnipro.",
            [("commercial", "Dnipro", "reported")],
        ),
        # a supply knocked out or restored, a country's energy with no noun after it
        (
            "Russian air attack knocks out power for millions in Kyiv.",
            [("power_grid", "Kyiv", "reported")],
        ),
        ("Russia knocks out the heat in Kharkiv.", [("heating", "Kharkiv", "reported")]),
        (
            "Kharkiv struggles to restore power after Russian strikes.",
            [("power_grid", "Kharkiv", "reported")],
        ),
        ("Russia targets Ukraine’s energy as talks loom.", [("power_grid", "UA", "reported")]),
        ("Russia targets the power sector in Odesa.", [("power_grid", "Odesa", "reported")]),
        ("Russia’s energy minister said strikes hit Kharkiv.", [("unspecified", "Kharkiv", "reported")]),
        # a weapon that takes a target out
        (
            "Ukrainian drones take out a radar station in Crimea.",
            [("military_site", "UA-43", "reported")],
        ),
        # a route or airport closed as a consequence is not what was hit
        (
            "Authorities halt railway services in Crimea after a drone strike on a fuel depot.",
            [("fuel_depot", "UA-43", "reported")],
        ),
        ("A drone strike in Crimea closed the road near Dzhankoi.", [("unspecified", "UA-43", "reported")]),
        (
            "A drone attack forced airports in Kaliningrad to close.",
            [("unspecified", "Kaliningrad", "reported")],
        ),
        # a metro station people shelter in is where they waited, not what was hit
        (
            "Kyiv residents sheltered in a metro station as Russia launched missile strikes on Kyiv.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # an airport whose flights were stopped or disrupted was not hit either
        (
            "A drone smashed into a building in Moscow, disrupting air traffic at all the civilian airports"
            " of the Russian capital.",
            [("unspecified", "Moscow", "reported")],
        ),
        (
            "Moscow airports suspend flights for the second time in two days as a drone hits an office"
            " tower in Moscow.",
            [("commercial", "Moscow", "reported")],
        ),
        # an airport the strikes were near only says where they landed; a border area is still hit
        ("Russia launched missile strikes near an airport in Lviv.", [("unspecified", "Lviv", "reported")]),
        ("Shelling near the border hit Sumy region.", [("border_region", "UA-59", "reported")]),
        # air defence that intercepts is the defender; hit, it is a military site
        (
            "Air defence systems downed all ten missiles targeting Kyiv, but debris damaged a hospital.",
            [("hospital", "Kyiv", "reported")],
        ),
        ("Russian strikes hit an air defence system near Odesa.", [("military_site", "Odesa", "reported")]),
        # a shadow fleet is tankers, not a navy
        (
            "Drones hit a Russian shadow fleet tanker off Novorossiysk.",
            [("unspecified", "Novorossiysk", "reported")],
        ),
        # a blood bank is a hospital; an attack given as the motive is not this report's
        (
            "Russia bombs blood bank in Kharkiv after threat of retaliation for Ukrainian drone attacks on"
            " warships.",
            [("hospital", "Kharkiv", "reported")],
        ),
        # ... as is one a side is said to retaliate against (not one it vows to retaliate for: the news)
        (
            "Russian missiles struck Odesa again overnight as Russia continued to retaliate against the"
            " Crimean Bridge attack.",
            [("unspecified", "Odesa", "reported")],
        ),
        ("Putin vows to retaliate for Moscow drone attack.", [("unspecified", "Moscow", "reported")]),
        # military aircraft are a military target; a plant a missile flew over was not hit
        (
            "Several military cargo planes destroyed in Pskov region.",
            [("military_site", "RU-PSK", "reported")],
        ),
        (
            "A Russian cruise missile flew critically low above a nuclear power plant before striking a"
            " target in Mykolaiv.",
            [("unspecified", "Mykolaiv", "reported")],
        ),
        # a bare 'the plant' is the plant the story names, before it or (in a headline) after it
        (
            "Shelling hit the Zaporizhzhia nuclear power plant on Sunday. The IAEA said there were multiple"
            " explosions near the plant.",
            [("power_plant", "Enerhodar", "reported")],
        ),
        (
            "Ukrainians urged to save power after plant hit. A Russian missile struck a thermal power plant"
            " in Kharkiv.",
            [("power_plant", "Kharkiv", "reported")],
        ),
        # the port a warship lay in says where it was hit; a belligerent's ship or base is military
        (
            "Ukraine strikes Russian warship in Sevastopol port.",
            [("military_site", "Sevastopol", "reported")],
        ),
        (
            "Ukraine claims to have destroyed Russian ship in Crimea attack.",
            [("military_site", "UA-43", "claimed")],
        ),
        (
            "Ukraine says it struck base used by Russia in Zaporizhzhia.",
            [("military_site", "Zaporizhzhia", "reported")],
        ),
        # grain destroyed and food export facilities are agriculture
        ("Russian drones destroyed 60,000 tonnes of grain in Odesa.", [("agriculture", "Odesa", "reported")]),
        (
            "Russia pounded Ukrainian food export facilities in Odesa on Friday.",
            [("agriculture", "Odesa", "reported")],
        ),
        # another country's border is no border region; the Russian border is
        (
            "Russian drones hit the port city of Izmail along the border with NATO member Romania.",
            [("unspecified", "Izmail", "reported")],
        ),
        ("Russian missiles struck Kovel, near the Belarus border.", [("unspecified", "Kovel", "reported")]),
        (
            "Shelling hit a village near the Russian border in Sumy region.",
            [("border_region", "UA-59", "reported")],
        ),
        # "from liberated X" qualifies the place; the anniversary of a liberation is a date
        (
            "Survivors from liberated Izium tell of devastating airstrike.",
            [("unspecified", "Izium", "reported")],
        ),
        ("Deadly attack leaves retaken Kherson with no power.", [("power_grid", "Kherson", "reported")]),
        (
            "Russia sent more bombs towards Kharkiv on the anniversary of the liberation of Bucha.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        # dwellings counted as cut off from a supply are the outage's reach, not a target hit
        (
            "Hundreds of thousands of homes in Dnipro remain without electricity after Russian strikes.",
            [("power_grid", "Dnipro", "reported")],
        ),
        (
            "Kyiv residents queue for water as mayor says Russian strikes cut power to 270,000 homes in"
            " Kyiv.",
            [("power_grid", "Kyiv", "reported")],
        ),
        # an institution that speaks is the source; what a side says it only strikes is a policy
        (
            "Ukrainian strike kills Russian actress performing in Luhansk, theatre says.",
            [("unspecified", "Luhansk", "reported")],
        ),
        (
            "The Kharkiv Regional Prosecutor's Office said a Russian strike on Kharkiv killed five.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        (
            "Kremlin says it only hits 'military infrastructure' after strike against restaurant in"
            " Kramatorsk.",
            [("commercial", "Kramatorsk", "reported")],
        ),
        # a vessel naming a person's post; a shipyard a vessel was hit in says where
        (
            "Assassin shoots dead Russian submarine captain in Krasnodar after a strike.",
            [("unspecified", "Krasnodar", "reported")],
        ),
        (
            "The submarine was hit on Wednesday in a repair shipyard in Sevastopol.",
            [("military_site", "Sevastopol", "reported")],
        ),
        ("Ukraine says it struck a shipyard in Kerch.", [("industrial_plant", "Kerch", "reported")]),
        (
            "Russian Navy shipyard targeted by missile strikes in Sevastopol.",
            [("military_site", "Sevastopol", "reported")],
        ),
        # 'home' as where someone went or what a place is home to; a market town; an area in square metres;
        # a memorial service
        (
            "The bombardment targeted Kharkiv, as President Zelensky returned home from a trip.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        (
            "Russian airstrikes hit Odesa, home to 1 million people.",
            [("unspecified", "Odesa", "reported")],
        ),
        (
            "Sixteen killed in missile attack on the market town of Kostiantynivka.",
            [("unspecified", "Kostiantynivka", "reported")],
        ),
        (
            "A drone attack caused a fire of 1,000 square meters at a fuel depot in Sevastopol.",
            [("fuel_depot", "Sevastopol", "reported")],
        ),
        (
            "A Russian strike on Hroza hit people gathered for a memorial service.",
            [("unspecified", "Hroza", "reported")],
        ),
        # a security service's headquarters is an administrative building
        (
            "Russian missiles strike security service HQ in Dnipro.",
            [("administrative", "Dnipro", "reported")],
        ),
        # debris of downed drones that strikes or damages a building: a real impact in an air-defence story
        (
            "Drones were shot down over Kyiv, with fragments striking two administrative buildings.",
            [("administrative", "Kyiv", "reported")],
        ),
        (
            "Drones were destroyed over Kyiv, causing damage to residential buildings due to debris.",
            [("residential", "Kyiv", "reported")],
        ),
        # air defence named as the agent of an interception, or at work, is the defender, not a target (drones
        # that 'were destroyed' are brought down in the air: an interception, nothing hit; as a drone that
        # crashed names no hit: tests/test_tagger_digest_headlines.py)
        (
            "Two drones were destroyed by air defence systems over Odintsovo, and a third crashed in Moscow.",
            [],
        ),
        (
            "Ukraine air defense systems in action as Russia launches attacks across Kharkiv.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        (
            "Air defence systems were deployed early on Sunday in repelling another Russian attack on Odesa.",
            [("unspecified", "Odesa", "reported")],
        ),
        (
            "Witnesses heard blasts resembling the sound of air defence systems hitting targets over Kyiv.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # ... also where the text says where the defence stands, or when it reports the attack
        (
            "Air defence systems in the region surrounding Kyiv were engaged in repelling a drone attack.",
            [("unspecified", "Kyiv", "reported")],
        ),
        (
            "Ukraine's air defence systems reported an overnight Russian air attack on Kyiv's outskirts.",
            [("unspecified", "Kyiv", "reported")],
        ),
        # ... but a system there that was destroyed is hit
        (
            "A Patriot system in Kyiv was destroyed by a Russian hypersonic missile.",
            [("military_site", "Kyiv", "reported")],
        ),
        # air defence asked for or sent is kit on its way, not a target (nor is the grid it is to protect)
        (
            "Ukraine is seeking more air defense systems to protect its energy infrastructure from attacks.",
            [],
        ),
        # an air-defence system (hyphenated or a Patriot) hit is a military site
        (
            "Ukraine says it hit a Russian air-defense system near Dzhankoi.",
            [("military_site", "Dzhankoi", "reported")],
        ),
        (
            "Russia claims a Patriot missile system was destroyed in the strike on Kyiv.",
            [("military_site", "Kyiv", "claimed")],
        ),
        # a conscription office attacked is a military site, not an office
        ("Gunman opens fire in conscript office in Irkutsk.", [("military_site", "Irkutsk", "reported")]),
        # a warship that fires is the attacker
        ("A Russian patrol ship fired on a cargo ship near Odesa.", [("unspecified", "Odesa", "reported")]),
        # a military training camp attacked is a military site (not a sports team's training camp)
        (
            "Eleven people were killed in a shooting at a Russian military training camp in Belgorod.",
            [("military_site", "Belgorod", "reported")],
        ),
        # a security service's base hit is a military site (its offices stay administrative)
        ("Ukraine strikes FSB base in Skadovsk, say reports.", [("military_site", "Skadovsk", "reported")]),
        # an attack fended off, and what its debris still hit
        (
            "Russia fended off a drone attack on Sevastopol but debris damaged a house.",
            [("residential", "Sevastopol", "reported")],
        ),
        # positions a side takes up or holds are a troop movement, not a target; positions hit stay a target
        (
            "Ukrainian forces holding positions in Bakhmut under heavy attack, says Zelenskiy.",
            [("unspecified", "Bakhmut", "reported")],
        ),
        (
            "Russian drone destroys Ukrainian fortified position near Bakhmut.",
            [("military_site", "Bakhmut", "reported")],
        ),
        # a side's missiles hit where they are kept, in a named land, are its kit destroyed
        (
            "Ukraine Latest: Blast Hits Russian Missiles in Crimea, Kyiv Says",
            [("military_site", "UA-43", "reported")],
        ),
        # a side's vehicle destroyed, or guns and armour taken out, are its kit destroyed
        (
            "A Ukrainian colonel said attacks that took out howitzers and armored vehicles near Kupiansk "
            "were carried out by Iranian-made drones.",
            [("military_site", "Kupiansk", "reported")],
        ),
        # monitors' notes: weapons used 'to fire upon' a force's positions, or fire opened from them upon it
        (
            "NAF rebel forces used grenade launchers to fire upon Military Forces of Ukraine positions "
            "near Krymske.",
            [("military_site", "Krymske", "reported")],
        ),
        (
            "NAF rebel forces opened fire from grenade launchers and heavy machine guns upon Military "
            "Forces of Ukraine positions near the village of Talakivka.",
            [("military_site", "Talakivka", "reported")],
        ),
        # a side's vehicle is front-line kit: placed nowhere, it was hit in the country at war with it
        ("Russian vehicle is destroyed in huge explosion.", [("military_site", "UA", "reported")]),
        # the air defence a missile was lost to, or one a country invests in, is no target hit
        (
            "Russia fired 36 cruise missiles at Ukraine, losing at least 16 of them to Ukrainian air defense "
            "batteries.",
            [("unspecified", "UA", "reported")],
        ),
        (
            "Sweden to invest $1.6 billion in air defence systems after Russian drone attacks on Poland.",
            [("unspecified", "PL", "reported")],
        ),
        # an army's warehouse is a military site, not a business's
        (
            "Ukraine confirms strike on Russian fuel depot in Belgorod, hits military warehouse in occupied "
            "Donetsk.",
            [("fuel_depot", "Belgorod", "reported"), ("military_site", "Donetsk", "reported")],
        ),
        # a side's jets that ambush are the attacker, not the target
        (
            # (in the simple tense: a headline's progressive is a trend, featureheadlines.py)
            "Russian fighter jets ambushed Ukrainian pilots in sneak attacks.",
            [("unspecified", "UA", "reported")],
        ),
        # bases counted as a strike's object are a side's bases
        (
            "Ukrainian drones strike 2 bases in Russia, Moscow says.",
            [("military_site", "RU", "reported")],
        ),
        # positions as the object of a hit need no side named before them
        (
            "Russian troops are hitting positions in Avdiivka around the clock, its mayor said.",
            [("military_site", "Avdiivka", "reported")],
        ),
        # a Russian region named as near Ukraine, or a city 'near border', is a border region
        (
            "One dead in strikes on Russian region near Ukraine, Belgorod governor says.",
            [("border_region", "RU-BEL", "reported")],
        ),
        # a border region is an area of the Russia-Ukraine border: near Poland's border with Ukraine it is not
        (
            "Russian missiles struck near the town of Przewodow, near the border with Ukraine.",
            [("unspecified", "Przewodów", "reported")],
        ),
    ],
)
def test_target_words_in_context(text: str, expected: list[tuple[str, str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named facility is placed at its site: the Zaporizhzhia NPP is at Enerhodar, not in the city
        (
            "Shelling hit the Zaporizhzhia nuclear power plant on Sunday.",
            [("power_plant", "Enerhodar", "reported")],
        ),
        ("Drones struck the Ilsky refinery overnight.", [("oil_refinery", "Il’skiy", "reported")]),
        # 'its' power plant is the dam's
        (
            "The Nova Kakhovka dam was damaged and its hydroelectric power plant destroyed.",
            [("dam", "Nova Kakhovka", "reported"), ("power_plant", "Nova Kakhovka", "reported")],
        ),
        # 'naval port Sevastopol' names the city, and Sevastopol lies in Crimea
        (
            "Fireball rages in Crimea as a drone strike hits a fuel depot in naval port Sevastopol.",
            [("fuel_depot", "Sevastopol", "reported")],
        ),
    ],
)
def test_named_facilities_and_their_sites(text: str, expected: list[tuple[str, str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the settlement after an active capture verb, not the capital that acts
        ("Moscow captured Bakhmut on Saturday.", [("settlement_control", "Bakhmut", "reported")]),
        ("Kyiv retook Kherson.", [("settlement_control", "Kherson", "reported")]),
        ("Russian troops had taken Soledar.", [("settlement_control", "Soledar", "reported")]),
        ("Russia takes Soledar.", [("settlement_control", "Soledar", "reported")]),
        ("Bakhmut was taken by Wagner fighters.", [("settlement_control", "Bakhmut", "reported")]),
        (
            "Ukraine seizing back five key villages in Kherson region.",
            [("settlement_control", "UA-65", "reported")],
        ),
    ],
)
def test_captures_by_their_verbs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_captured_villages_the_gazetteer_does_not_list():
    doc = Document(
        "t",
        REPORTED,
        "Ukraine says its counteroffensive has liberated four villages in Donetsk. "
        "Ukrainian forces said they reclaimed the villages of Neskuchne and Storozheve.",
    )
    found_places = sorted((i.place, i.admin1_code, i.country_code) for i in find_incidents(doc))
    # placed in the region the sentence before names, without coordinates
    # (the extra places list the village under the spelling it shares with GeoNames' Poltava namesake)
    assert found_places == [("Neskuchne", "UA-14", "UA"), ("Storozhove", "UA-14", "UA")]
    # a capitalised word after a comma is no second village unless the list is an enumeration
    assert found("Russian forces captured the town of Marinka, Wagner said, in Ukraine.") == [
        ("settlement_control", "Marinka", "reported")
    ]
    assert found('Izium has now been "liberated" along with most of the region.') == [
        ("settlement_control", "Izium", "reported")
    ]
    # background captures report nothing
    assert found("Eight months after Russia captured Kherson, residents defy orders to leave.") == []
    assert found("Wagner has turned its role in the capture of Bakhmut into a public profile.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story's one settlement in that country is where the headline's strike was
        (
            "A Russian missile hit a busy mall in Ukraine. Rescuers in Kremenchuk searched the rubble.",
            [("commercial", "Kremenchuk", "reported")],
        ),
        # two settlements of one region: the region
        (
            "A Russian missile hit a busy mall in Ukraine. Rescuers in Kremenchuk and Poltava searched it.",
            [("commercial", "UA-53", "reported")],
        ),
        # strikes across the country are the country's, not the one city the story names elsewhere
        (
            "Russian missiles hit power plants across Ukraine. Residents of Odesa queued for water.",
            [("power_plant", "UA", "reported")],
        ),
        # two regions: the country
        (
            "A Russian missile hit a busy mall in Ukraine. Rescuers in Kremenchuk and Kharkiv searched it.",
            [("commercial", "UA", "reported")],
        ),
        # a capital that speaks is the state, no scene
        (
            "A Russian missile hit a busy mall in Ukraine. Kyiv said the West must send more air defences.",
            [("commercial", "UA", "reported")],
        ),
    ],
)
def test_an_incident_placed_in_a_country_takes_the_one_scene_the_story_names_there(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital a political verb addresses stands for its state, not the scene
        (
            "Zelensky accuses Moscow of energy terrorism as Russian strikes knock out power for millions "
            "across Ukraine.",
            [("power_grid", "UA", "reported")],
        ),
        (
            "Ottawa summons Russian ambassador following missile strikes on Ukrainian city.",
            [("unspecified", "UA", "reported")],
        ),
    ],
)
def test_a_state_addressed_or_summoning_is_no_scene(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_side_scene_clause_does_not_place_an_attack_placed_already():
    # "as Zelenskiy pleaded in Washington" is where he was, not another place the missiles hit
    assert found(
        "Russia's second missile assault on Kyiv this week injured at least 34 people, officials said, "
        "as President Zelenskiy pleaded in Washington for more air defence."
    ) == [("unspecified", "Kyiv", "reported")]
    # a list in a clause of its own still places the attack it follows
    assert found("Russian missiles struck cities overnight, in Kharkiv and Zaporizhzhia.") == [
        ("unspecified", "Kharkiv", "reported"),
        ("unspecified", "Zaporizhzhia", "reported"),
    ]


def test_a_date_past_a_semicolon_dates_only_its_own_part():
    # a summary's parts are headlines of their own: 'later this month' dates the trip, not the strikes
    text = (
        "Russia strikes power facilities across Ukraine, causing widespread blackouts; US president to "
        "travel to Poland later this month to rally allies."
    )
    incidents = find_incidents(Document("t", REPORTED, text))
    assert [(i.target_type, str(i.event_date), i.date_precision) for i in incidents] == [
        ("power_grid", str(REPORTED), "week")
    ]
