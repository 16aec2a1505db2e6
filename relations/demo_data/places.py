"""Demo content about the partner cities of Limoges and the networks it belongs to.

Written in French, German and English from the city's own "International
relations" page and from checked facts (see shared/content-facts.md). Where a
fact is not sure (the day of a charter, an official website), the field is
left empty rather than guessed.

IMAGES are the illustrations the demo draws itself (motif, two colours,
initials); CITIES are the twin cities and the fellow members of the networks;
NETWORKS are UNIC and the two routes of ceramics.
"""

from .illustrations import Illustration
from .values import DEMO_CREDIT

IMAGES = [
    {
        "title": "Plzeň – illustration",
        "alt_text": {
            "fr": "Illustration pour Plzeň : sur un fond dégradé du bleu nuit à l'or, silhouette blanche d'une église gothique à la haute flèche parmi des toits à pignons et grande initiale P.",
            "de": "Illustration für Pilsen: auf einem Farbverlauf von Nachtblau zu Gold eine weiße Silhouette einer gotischen Kirche mit hohem Turmhelm zwischen Giebeldächern und ein großes P.",
            "en": "Illustration for Plzeň: on a gradient from midnight blue to gold, a white silhouette of a Gothic church with a tall spire among gabled roofs and a large initial P.",
        },
        "caption": {
            "fr": "Plzeň, ville jumelle de Limoges depuis 1987",
            "de": "Pilsen, Partnerstadt von Limoges seit 1987",
            "en": "Plzeň, twin city of Limoges since 1987",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-plzen.jpg", "cathedral", ("#1F3A68", "#B8860B"), "P"),
    },
    {
        "title": "Fürth – illustration",
        "alt_text": {
            "fr": "Illustration pour Fürth : sur un fond dégradé de vert sapin à vert clair, silhouette blanche d'un long hôtel de ville dominé par une haute tour crénelée et grande initiale F.",
            "de": "Illustration für Fürth: auf einem Farbverlauf von Tannengrün zu hellerem Grün eine weiße Silhouette eines langen Rathauses mit hohem Zinnenturm und ein großes F.",
            "en": "Illustration for Fürth: on a gradient from dark green to a lighter green, a white silhouette of a long town hall with a tall battlemented tower and a large initial F.",
        },
        "caption": {
            "fr": "Fürth, ville jumelle de Limoges depuis 1992",
            "de": "Fürth, Partnerstadt von Limoges seit 1992",
            "en": "Fürth, twin city of Limoges since 1992",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-furth.jpg", "town_hall", ("#14532D", "#2E8B57"), "F"),
    },
    {
        "title": "Charlotte – illustration",
        "alt_text": {
            "fr": "Illustration pour Charlotte : sur un fond dégradé du bleu marine au bleu canard, silhouette blanche de gratte-ciel aux rangées de fenêtres et grande initiale C.",
            "de": "Illustration für Charlotte: auf einem Farbverlauf von Marineblau zu Petrol eine weiße Silhouette von Hochhäusern mit Fensterreihen und ein großes C.",
            "en": "Illustration for Charlotte: on a gradient from navy blue to teal, a white silhouette of skyscrapers with rows of windows and a large initial C.",
        },
        "caption": {
            "fr": "Charlotte (Caroline du Nord), ville jumelle de Limoges depuis 1992",
            "de": "Charlotte (North Carolina), Partnerstadt von Limoges seit 1992",
            "en": "Charlotte, North Carolina, sister city of Limoges since 1992",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-charlotte.jpg", "skyscrapers", ("#0B3C5D", "#1D7A8C"), "C"),
    },
    {
        "title": "Seto – illustration",
        "alt_text": {
            "fr": "Illustration pour Seto : sur un fond dégradé du rouge brique à la terre cuite, silhouette blanche d'un four à étages sur une colline, avec sa cheminée, un bol et un vase, et grande initiale S.",
            "de": "Illustration für Seto: auf einem Farbverlauf von Ziegelrot zu Terrakotta eine weiße Silhouette eines Stufenofens am Hang mit Schornstein, einer Schale und einer Vase, dazu ein großes S.",
            "en": "Illustration for Seto: on a gradient from brick red to terracotta, a white silhouette of a climbing kiln on a hillside with its chimney, a bowl and a vase, and a large initial S.",
        },
        "caption": {
            "fr": "Seto, ville jumelle de Limoges depuis 2003",
            "de": "Seto, Partnerstadt von Limoges seit 2003",
            "en": "Seto, twin city of Limoges since 2003",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-seto.jpg", "kiln", ("#7A2E1D", "#C0622F"), "S"),
    },
    {
        "title": "Grodno – illustration",
        "alt_text": {
            "fr": "Illustration pour Grodno : sur un fond dégradé du bordeaux au framboise, silhouette blanche de remparts à tours crénelées et d'une église à bulbe et grande initiale G.",
            "de": "Illustration für Grodno: auf einem Farbverlauf von Bordeauxrot zu Himbeerrot eine weiße Silhouette von Burgmauern mit Zinnentürmen und einer Kirche mit Zwiebelkuppel und ein großes G.",
            "en": "Illustration for Hrodna (Grodno): on a gradient from burgundy to raspberry red, a white silhouette of castle walls with battlemented towers and an onion-domed church and a large initial G.",
        },
        "caption": {
            "fr": "Grodno, ville jumelle de Limoges",
            "de": "Grodno, Partnerstadt von Limoges",
            "en": "Hrodna (Grodno), twin city of Limoges",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-grodno.jpg", "castle", ("#5B1A2B", "#A23B4F"), "G"),
    },
    {
        "title": "UNIC – illustration",
        "alt_text": {
            "fr": "Illustration pour le réseau UNIC : sur un fond dégradé de bleu marine, des points blancs reliés entre eux par des lignes, comme les villes d'un réseau, et une grande lettre U.",
            "de": "Illustration für das Netzwerk UNIC: auf einem Farbverlauf in Marineblau weiße Punkte, durch Linien miteinander verbunden wie die Städte eines Netzwerks, und ein großes U.",
            "en": "Illustration for the UNIC network: on a navy blue gradient, white dots joined by lines like the cities of a network, and a large letter U.",
        },
        "caption": {
            "fr": "UNIC, le réseau européen des villes céramiques",
            "de": "UNIC, das europäische Netzwerk der Keramikstädte",
            "en": "UNIC, the European network of ceramic cities",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-unic.jpg", "network", ("#102A5C", "#3A6EA5"), "U"),
    },
    {
        "title": "Route européenne de la céramique – illustration",
        "alt_text": {
            "fr": "Illustration pour la Route européenne de la céramique : sur un fond dégradé du bleu à l'ocre, une route blanche sinueuse bordée de trois silhouettes de vases, et les grandes lettres EU.",
            "de": "Illustration für die Europäische Route der Keramik: auf einem Farbverlauf von Blau zu Ocker eine gewundene weiße Straße mit drei Vasensilhouetten und die großen Buchstaben EU.",
            "en": "Illustration for the European Route of Ceramics: on a gradient from blue to ochre, a winding white road lined with three vase silhouettes, and the large letters EU.",
        },
        "caption": {
            "fr": "La Route européenne de la céramique, itinéraire culturel du Conseil de l'Europe",
            "de": "Die Europäische Route der Keramik, Kulturroute des Europarats",
            "en": "The European Route of Ceramics, a Cultural Route of the Council of Europe",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-route-europeenne.jpg", "route", ("#003399", "#B38F00"), "EU"),
    },
    {
        "title": "Route mondiale de la céramique – illustration",
        "alt_text": {
            "fr": "Illustration pour la route mondiale de la céramique : sur un fond dégradé du bleu-vert à la terre glaise, une route blanche sinueuse bordée de trois silhouettes de vases, et une grande lettre W (pour « world », le monde).",
            "de": "Illustration für die Weltstraße der Keramik: auf einem Farbverlauf von Blaugrün zu Lehmbraun eine gewundene weiße Straße mit drei Vasensilhouetten und ein großes W (für Welt).",
            "en": "Illustration for the World Route of Ceramics: on a gradient from blue-green to clay brown, a winding white road lined with three vase silhouettes, and a large letter W for World.",
        },
        "caption": {
            "fr": "La route de la céramique, de l'Europe à l'Asie",
            "de": "Die Weltstraße der Keramik, von Europa bis Asien",
            "en": "The World Route of Ceramics, from Europe to Asia",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-route-mondiale.jpg", "route", ("#0F4C4C", "#8C5A2B"), "W"),
    },
]


CITIES = [
    # Twin cities: five charters signed between 1982 and 2003.
    {
        "slug": {"fr": "plzen", "de": "pilsen", "en": "plzen"},
        "name": {"fr": "Plzeň", "de": "Pilsen", "en": "Plzeň (Pilsen)"},
        "kind": "twin",
        "country": "CZ",
        "region": {"fr": "Région de Plzeň", "de": "Pilsner Region", "en": "Plzeň Region"},
        "latitude": "49.74747",
        "longitude": "13.37759",
        "charter_year": 1987,
        "charter_date": "1987-06-11",
        "summary": {
            "fr": "Grande ville de Bohême occidentale, célèbre pour sa bière et son industrie, Plzeň est jumelée avec Limoges depuis le 11 juin 1987.",
            "de": "Die westböhmische Großstadt Pilsen, berühmt für ihr Bier und ihre Industrie, ist seit dem 11. Juni 1987 Partnerstadt von Limoges.",
            "en": "Plzeň, the main city of West Bohemia, famous for its beer and its industry, has been twinned with Limoges since 11 June 1987.",
        },
        "body": {
            "fr": (
                "<p>Plzeň (Pilsen en allemand) est la quatrième ville de Tchéquie et le chef-lieu de la région de Plzeň, "
                "en Bohême occidentale. Son nom est connu dans le monde entier grâce à la bière blonde qui y est brassée "
                "depuis 1842 et qui a donné son nom au style « pils ». La ville est aussi le berceau des usines Škoda, "
                "et elle a été capitale européenne de la culture en 2015.</p>"
                "<p>La charte de jumelage entre Limoges et Plzeň a été signée le 11 juin 1987. C'est l'une des cinq "
                "chartes de jumelage conclues par Limoges entre 1982 et 2003.</p>"
                "<p>Comme ceux des autres villes jumelles, des musiciens de Plzeň se produisent au Concert des Cités "
                "Unies, qui réunit tous les deux ans à l'Opéra de Limoges des musiciens des cinq villes jumelles.</p>"
            ),
            "de": (
                "<p>Pilsen (tschechisch Plzeň) ist die viertgrößte Stadt Tschechiens und Hauptstadt der Pilsner Region "
                "in Westböhmen. Weltbekannt ist sie durch das helle Bier, das hier seit 1842 gebraut wird und dem "
                "Bierstil „Pils“ seinen Namen gab. Die Stadt ist zudem die Wiege der Škoda-Werke; 2015 war sie "
                "Kulturhauptstadt Europas.</p>"
                "<p>Die Partnerschaftsurkunde zwischen Limoges und Pilsen wurde am 11. Juni 1987 unterzeichnet. Sie ist "
                "eine der fünf Städtepartnerschaften, die Limoges zwischen 1982 und 2003 besiegelt hat.</p>"
                "<p>Wie aus den anderen Partnerstädten kommen auch aus Pilsen Musikerinnen und Musiker zum Konzert der "
                "vereinten Städte (Concert des Cités Unies), das alle zwei Jahre in der Oper von Limoges stattfindet.</p>"
            ),
            "en": (
                "<p>Plzeň (Pilsen in German) is the fourth-largest city of the Czech Republic and the capital of the "
                "Plzeň Region in West Bohemia. Its name is known worldwide for the pale lager brewed there since 1842, "
                "which gave the “pilsner” style its name. The city is also the birthplace of the Škoda works, and it "
                "was a European Capital of Culture in 2015.</p>"
                "<p>The twinning charter between Limoges and Plzeň was signed on 11 June 1987. It is one of the five "
                "twinning charters Limoges signed between 1982 and 2003.</p>"
                "<p>Like those of the other twin cities, musicians from Plzeň take part in the Concert of the United "
                "Cities (Concert des Cités Unies), held every two years at the Opéra of Limoges with musicians from all "
                "five twin cities.</p>"
            ),
        },
        "website": "https://www.plzen.eu",
        "image": "Plzeň – illustration",
        "status": "published",
    },
    {
        "slug": {"fr": "furth", "de": "fuerth", "en": "furth"},
        "name": {"fr": "Fürth", "de": "Fürth", "en": "Fürth"},
        "kind": "twin",
        "country": "DE",
        "region": {
            "fr": "Bavière (Moyenne-Franconie)",
            "de": "Bayern (Mittelfranken)",
            "en": "Bavaria (Middle Franconia)",
        },
        "latitude": "49.47700",
        "longitude": "10.98870",
        "charter_year": 1992,
        "charter_date": None,
        "summary": {
            "fr": "Voisine immédiate de Nuremberg, en Bavière, Fürth est jumelée avec Limoges depuis 1992 ; les deux villes ont fêté les 25 ans de leur jumelage en 2017.",
            "de": "Fürth, die unmittelbare Nachbarstadt Nürnbergs in Bayern, ist seit 1992 Partnerstadt von Limoges; 2017 feierten beide Städte das 25-jährige Jubiläum ihrer Partnerschaft.",
            "en": "Fürth, the next-door neighbour of Nuremberg in Bavaria, has been twinned with Limoges since 1992; the two cities celebrated the 25th anniversary of their twinning in 2017.",
        },
        "body": {
            "fr": (
                "<p>Fürth est une ville de Bavière, en Moyenne-Franconie, immédiatement voisine de Nuremberg. Elle est "
                "entrée dans l'histoire des transports en 1835 : la première ligne de chemin de fer d'Allemagne, la "
                "Ludwigsbahn, reliait alors Nuremberg à Fürth.</p>"
                "<p>La charte de jumelage entre Limoges et Fürth a été signée en 1992. En 2017, les deux villes ont "
                "célébré le 25e anniversaire de leur jumelage.</p>"
                "<p>Des musiciens de Fürth participent au Concert des Cités Unies, qui réunit tous les deux ans à "
                "l'Opéra de Limoges des musiciens des cinq villes jumelles. Selon le ministère français des Affaires "
                "étrangères, ce concert a lieu depuis 2003.</p>"
            ),
            "de": (
                "<p>Fürth ist eine mittelfränkische Stadt in Bayern und grenzt unmittelbar an Nürnberg. In die "
                "Verkehrsgeschichte ging sie 1835 ein: Die erste Eisenbahnstrecke Deutschlands, die Ludwigsbahn, "
                "verband damals Nürnberg mit Fürth.</p>"
                "<p>Die Partnerschaftsurkunde zwischen Limoges und Fürth wurde 1992 unterzeichnet. 2017 feierten beide "
                "Städte das 25-jährige Bestehen ihrer Partnerschaft.</p>"
                "<p>Musikerinnen und Musiker aus Fürth wirken beim Konzert der vereinten Städte (Concert des Cités "
                "Unies) mit, das alle zwei Jahre Musiker aus den fünf Partnerstädten in der Oper von Limoges "
                "zusammenführt. Nach Angaben des französischen Außenministeriums findet dieses Konzert seit 2003 "
                "statt.</p>"
            ),
            "en": (
                "<p>Fürth is a town in Middle Franconia, Bavaria, right next to Nuremberg. It entered transport history "
                "in 1835, when Germany's first railway line, the Ludwigsbahn, linked Nuremberg and Fürth.</p>"
                "<p>The twinning charter between Limoges and Fürth was signed in 1992. In 2017 the two cities celebrated "
                "the 25th anniversary of their twinning.</p>"
                "<p>Musicians from Fürth take part in the Concert of the United Cities (Concert des Cités Unies), which "
                "brings musicians from the five twin cities to the Opéra of Limoges every two years. According to the "
                "French foreign ministry, the concert has been held since 2003.</p>"
            ),
        },
        "website": "https://www.fuerth.de",
        "image": "Fürth – illustration",
        "status": "published",
    },
    {
        "slug": {"fr": "charlotte", "de": "charlotte", "en": "charlotte"},
        "name": {"fr": "Charlotte", "de": "Charlotte", "en": "Charlotte"},
        "kind": "twin",
        "country": "US",
        "region": {"fr": "Caroline du Nord", "de": "North Carolina", "en": "North Carolina"},
        "latitude": "35.22709",
        "longitude": "-80.84313",
        "charter_year": 1992,
        # The year is sure, the day is not: the two cities' records give different days.
        "charter_date": None,
        "summary": {
            "fr": "Plus grande ville de Caroline du Nord, aux États-Unis, Charlotte est jumelée avec Limoges depuis 1992.",
            "de": "Charlotte, die größte Stadt des US-Bundesstaats North Carolina, ist seit 1992 Partnerstadt von Limoges.",
            "en": "Charlotte, the largest city in North Carolina, has been a sister city of Limoges since 1992.",
        },
        "body": {
            "fr": (
                "<p>Charlotte est la plus grande ville de l'État de Caroline du Nord, aux États-Unis. Surnommée « Queen "
                "City », elle doit son nom à la reine Charlotte, épouse du roi George III. C'est aujourd'hui l'un des "
                "principaux centres bancaires du pays.</p>"
                "<p>Le jumelage entre Limoges et Charlotte date de 1992. Le jour de la signature diffère selon les "
                "archives des deux villes : Limoges indique le 6 novembre 1992, Charlotte le 27 juillet 1992. Seule "
                "l'année est donc retenue ici.</p>"
                "<p>Des musiciens de Charlotte sont invités, comme ceux des autres villes jumelles, au Concert des Cités "
                "Unies, organisé tous les deux ans à l'Opéra de Limoges.</p>"
            ),
            "de": (
                "<p>Charlotte ist die größte Stadt des US-Bundesstaats North Carolina. Die „Queen City“ trägt den Namen "
                "von Königin Charlotte, der Gemahlin König Georgs III. Heute ist sie eines der wichtigsten Bankenzentren "
                "der Vereinigten Staaten.</p>"
                "<p>Die Partnerschaft zwischen Limoges und Charlotte besteht seit 1992. Der Tag der Unterzeichnung wird "
                "in den Unterlagen der beiden Städte unterschiedlich angegeben: Limoges nennt den 6. November 1992, "
                "Charlotte den 27. Juli 1992. Hier wird deshalb nur das Jahr angegeben.</p>"
                "<p>Wie aus den anderen Partnerstädten werden auch Musikerinnen und Musiker aus Charlotte zum Konzert "
                "der vereinten Städte (Concert des Cités Unies) eingeladen, das alle zwei Jahre in der Oper von Limoges "
                "stattfindet.</p>"
            ),
            "en": (
                "<p>Charlotte is the largest city in the US state of North Carolina. Nicknamed the “Queen City”, it is "
                "named after Queen Charlotte, the wife of King George III. Today it is one of the leading banking "
                "centres in the United States.</p>"
                "<p>Limoges and Charlotte have been sister cities since 1992. The day of the signing differs between the "
                "two cities' records: Limoges gives 6 November 1992, Charlotte 27 July 1992. Only the year is therefore "
                "given here.</p>"
                "<p>Like those of the other twin cities, musicians from Charlotte are invited to the Concert of the "
                "United Cities (Concert des Cités Unies), held every two years at the Opéra of Limoges.</p>"
            ),
        },
        "website": "https://www.charlottenc.gov",
        "image": "Charlotte – illustration",
        "status": "published",
    },
    {
        "slug": {"fr": "seto", "de": "seto", "en": "seto"},
        "name": {"fr": "Seto", "de": "Seto", "en": "Seto"},
        # Also a signatory of the world route of ceramics (2010), but first of all a twin city.
        "kind": "twin",
        "country": "JP",
        "region": {"fr": "Préfecture d'Aichi", "de": "Präfektur Aichi", "en": "Aichi Prefecture"},
        "latitude": "35.22360",
        "longitude": "137.08420",
        "charter_year": 2003,
        "charter_date": "2003-11-18",
        "summary": {
            "fr": "Ville japonaise si réputée pour sa céramique que « setomono » désigne la vaisselle de céramique en japonais, Seto est jumelée avec Limoges depuis le 18 novembre 2003.",
            "de": "Seto ist in Japan so berühmt für seine Keramik, dass „Setomono“ im Japanischen für Keramikgeschirr steht; seit dem 18. November 2003 ist die Stadt Partnerstadt von Limoges.",
            "en": "A Japanese city so famous for its ceramics that “setomono” is the everyday Japanese word for ceramic ware, Seto has been twinned with Limoges since 18 November 2003.",
        },
        "body": {
            "fr": (
                "<p>Seto se trouve dans la préfecture d'Aichi, au nord-est de Nagoya, sur l'île de Honshū. On y produit "
                "de la céramique depuis le Moyen Âge japonais : Seto compte parmi les six fours anciens du Japon, et sa "
                "renommée est telle que le mot « setomono », littéralement « objets de Seto », désigne couramment la "
                "céramique en japonais.</p>"
                "<p>La charte de jumelage avec Limoges a été signée le 18 novembre 2003 ; c'est la dernière des cinq "
                "chartes conclues par Limoges entre 1982 et 2003. Elle unit deux villes dont l'histoire est liée aux "
                "arts du feu.</p>"
                "<p>En juin 2010, Seto a aussi signé à Limoges la charte de la route mondiale de la céramique, aux côtés "
                "des membres du réseau européen UNIC et de trois autres villes asiatiques : Gangjin, Icheon et "
                "Jingdezhen.</p>"
            ),
            "de": (
                "<p>Seto liegt in der Präfektur Aichi nordöstlich von Nagoya auf der Insel Honshū. Keramik wird hier "
                "seit dem japanischen Mittelalter hergestellt: Seto zählt zu den sechs alten Brennofenstätten Japans, und "
                "sein Ruf ist so groß, dass das Wort „Setomono“, wörtlich „Dinge aus Seto“, im Japanischen allgemein "
                "Keramik bezeichnet.</p>"
                "<p>Die Partnerschaftsurkunde mit Limoges wurde am 18. November 2003 unterzeichnet; sie ist die letzte "
                "der fünf Partnerschaften, die Limoges zwischen 1982 und 2003 geschlossen hat. Sie verbindet zwei "
                "Städte, deren Geschichte eng mit den Künsten des Feuers verknüpft ist.</p>"
                "<p>Im Juni 2010 unterzeichnete Seto in Limoges außerdem die Charta der Weltstraße der Keramik, "
                "gemeinsam mit den Mitgliedern des europäischen Netzwerks UNIC und drei weiteren asiatischen Städten: "
                "Gangjin, Icheon und Jingdezhen.</p>"
            ),
            "en": (
                "<p>Seto lies in Aichi Prefecture, north-east of Nagoya, on the island of Honshū. Ceramics have been "
                "made there since the Japanese Middle Ages: Seto is one of the Six Ancient Kilns of Japan, and its fame "
                "is such that the word “setomono”, literally “things from Seto”, is commonly used for ceramics in "
                "Japanese.</p>"
                "<p>The twinning charter with Limoges was signed on 18 November 2003, the last of the five charters "
                "Limoges signed between 1982 and 2003. It links two cities whose history is bound up with the arts of "
                "fire.</p>"
                "<p>In June 2010 Seto also signed the charter of the World Route of Ceramics in Limoges, together with "
                "the members of the European UNIC network and three other Asian cities: Gangjin, Icheon and "
                "Jingdezhen.</p>"
            ),
        },
        "website": "https://www.city.seto.aichi.jp",
        "image": "Seto – illustration",
        "status": "published",
    },
    {
        "slug": {"fr": "grodno", "de": "grodno", "en": "hrodna"},
        "name": {"fr": "Grodno", "de": "Grodno", "en": "Hrodna (Grodno)"},
        "kind": "twin",
        "country": "BY",
        "region": {"fr": "Région de Grodno", "de": "Gebiet Grodno", "en": "Hrodna Region"},
        "latitude": "53.67790",
        "longitude": "23.82980",
        # The date of this charter is not documented: left empty rather than guessed.
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Ville de l'ouest de la Biélorussie, sur le Niémen, près des frontières polonaise et lituanienne, Grodno est l'une des cinq villes jumelles de Limoges.",
            "de": "Grodno liegt im Westen von Belarus an der Memel, nahe der polnischen und der litauischen Grenze, und ist eine der fünf Partnerstädte von Limoges.",
            "en": "Hrodna, in western Belarus on the Neman river near the Polish and Lithuanian borders, is one of the five twin cities of Limoges.",
        },
        "body": {
            "fr": (
                "<p>Grodno (Hrodna en biélorusse) est une ville de l'ouest de la Biélorussie et le chef-lieu de la région "
                "du même nom. Située sur le Niémen, près des frontières de la Pologne et de la Lituanie, elle compte "
                "parmi les plus anciennes villes du pays.</p>"
                "<p>Grodno est l'une des cinq villes avec lesquelles Limoges a signé une charte de jumelage entre 1982 "
                "et 2003. La date de la charte n'est pas documentée ici.</p>"
                "<p>Comme les autres villes jumelles, Grodno est associée au Concert des Cités Unies, qui réunit tous "
                "les deux ans à l'Opéra de Limoges des musiciens des villes jumelles.</p>"
            ),
            "de": (
                "<p>Grodno (belarussisch Hrodna) ist eine Stadt im Westen von Belarus und Verwaltungssitz des "
                "gleichnamigen Gebiets. Sie liegt an der Memel nahe der Grenzen zu Polen und Litauen und gehört zu den "
                "ältesten Städten des Landes.</p>"
                "<p>Grodno ist eine der fünf Städte, mit denen Limoges zwischen 1982 und 2003 eine "
                "Partnerschaftsurkunde unterzeichnet hat. Das Datum der Urkunde ist hier nicht belegt.</p>"
                "<p>Wie die anderen Partnerstädte ist Grodno in das Konzert der vereinten Städte (Concert des Cités "
                "Unies) eingebunden, das alle zwei Jahre Musiker aus den Partnerstädten in der Oper von Limoges "
                "zusammenführt.</p>"
            ),
            "en": (
                "<p>Hrodna (Grodno in Russian) is a city in western Belarus and the capital of the region of the same "
                "name. It lies on the Neman river near the borders with Poland and Lithuania, and is one of the oldest "
                "towns in the country.</p>"
                "<p>Hrodna is one of the five cities with which Limoges signed a twinning charter between 1982 and 2003. "
                "The date of the charter is not documented here.</p>"
                "<p>Like the other twin cities, Hrodna is part of the Concert of the United Cities (Concert des Cités "
                "Unies), which brings musicians from the twin cities to the Opéra of Limoges every two years.</p>"
            ),
        },
        "website": "",
        "image": "Grodno – illustration",
        "status": "published",
    },
    # Fellow members of the networks and routes of ceramics.
    {
        "slug": {"fr": "aveiro", "de": "aveiro", "en": "aveiro"},
        "name": {"fr": "Aveiro", "de": "Aveiro", "en": "Aveiro"},
        "kind": "network",
        "country": "PT",
        "region": {
            "fr": "Région Centre (district d'Aveiro)",
            "de": "Region Centro (Distrikt Aveiro)",
            "en": "Centro Region (Aveiro District)",
        },
        "latitude": "40.64050",
        "longitude": "-8.65380",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Ville portugaise bâtie au bord d'une lagune et sillonnée de canaux, Aveiro est membre du réseau européen des villes céramiques UNIC.",
            "de": "Die portugiesische Stadt Aveiro an einer Lagune, von Kanälen durchzogen, gehört dem europäischen Netzwerk der Keramikstädte UNIC an.",
            "en": "Aveiro, a Portuguese city on a lagoon and criss-crossed by canals, is a member of UNIC, the European network of ceramic cities.",
        },
        "body": {
            "fr": (
                "<p>Aveiro est une ville du centre du Portugal, sur la côte atlantique, au bord de la lagune de la Ria de "
                "Aveiro. Ses canaux parcourus par des bateaux colorés, les moliceiros, et ses façades ornées d'azulejos "
                "font sa réputation.</p>"
                "<p>La céramique y tient une place importante : la manufacture de porcelaine Vista Alegre, fondée en "
                "1824, se trouve dans la commune voisine d'Ílhavo.</p>"
                "<p>Aveiro est membre, avec Limoges, du réseau UNIC (Urban Network for Innovation in Ceramics) et de la "
                "Route européenne de la céramique. Elle a signé en 2010 à Limoges la charte de la route mondiale de la "
                "céramique.</p>"
            ),
            "de": (
                "<p>Aveiro liegt in Mittelportugal an der Atlantikküste, am Rand der Lagune Ria de Aveiro. Bekannt ist "
                "die Stadt für ihre Kanäle, auf denen bunte Boote, die Moliceiros, fahren, und für ihre mit Azulejos "
                "verzierten Fassaden.</p>"
                "<p>Keramik spielt hier eine wichtige Rolle: Die 1824 gegründete Porzellanmanufaktur Vista Alegre liegt "
                "in der Nachbargemeinde Ílhavo.</p>"
                "<p>Aveiro ist wie Limoges Mitglied des Netzwerks UNIC (Urban Network for Innovation in Ceramics) und "
                "der Europäischen Route der Keramik. 2010 unterzeichnete die Stadt in Limoges die Charta der "
                "Weltstraße der Keramik.</p>"
            ),
            "en": (
                "<p>Aveiro is a city in central Portugal on the Atlantic coast, on the edge of the Ria de Aveiro lagoon. "
                "It is known for its canals, plied by colourful boats called moliceiros, and for its azulejo-covered "
                "façades.</p>"
                "<p>Ceramics matter here: the Vista Alegre porcelain factory, founded in 1824, stands in the "
                "neighbouring municipality of Ílhavo.</p>"
                "<p>Like Limoges, Aveiro is a member of UNIC (Urban Network for Innovation in Ceramics) and of the "
                "European Route of Ceramics. In 2010 it signed the charter of the World Route of Ceramics in "
                "Limoges.</p>"
            ),
        },
        "website": "https://www.cm-aveiro.pt",
        "image": None,
        "status": "published",
    },
    {
        "slug": {"fr": "castellon-de-la-plana", "de": "castellon-de-la-plana", "en": "castellon-de-la-plana"},
        "name": {"fr": "Castellón de la Plana", "de": "Castellón de la Plana", "en": "Castellón de la Plana"},
        "kind": "network",
        "country": "ES",
        "region": {"fr": "Communauté valencienne", "de": "Valencianische Gemeinschaft", "en": "Valencian Community"},
        "latitude": "39.98640",
        "longitude": "-0.05130",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Chef-lieu d'une province qui est le cœur de l'industrie espagnole du carreau céramique, Castellón de la Plana est membre du réseau UNIC.",
            "de": "Castellón de la Plana, Hauptstadt einer Provinz, die das Zentrum der spanischen Fliesenindustrie bildet, ist Mitglied des Netzwerks UNIC.",
            "en": "Castellón de la Plana, capital of the province at the heart of Spain's ceramic tile industry, is a member of the UNIC network.",
        },
        "body": {
            "fr": (
                "<p>Castellón de la Plana (Castelló de la Plana en valencien) est le chef-lieu de la province de "
                "Castellón, dans la Communauté valencienne, sur la côte méditerranéenne de l'Espagne.</p>"
                "<p>Sa région est le cœur de l'industrie espagnole du carreau céramique : la plus grande partie des "
                "carreaux fabriqués en Espagne sort des usines de la province.</p>"
                "<p>Castellón est membre, avec Limoges, du réseau UNIC (Urban Network for Innovation in Ceramics) et de "
                "la Route européenne de la céramique. Elle a signé en 2010 à Limoges la charte de la route mondiale de "
                "la céramique.</p>"
            ),
            "de": (
                "<p>Castellón de la Plana (valencianisch Castelló de la Plana) ist die Hauptstadt der Provinz Castellón "
                "in der Valencianischen Gemeinschaft an der spanischen Mittelmeerküste.</p>"
                "<p>Die Region ist das Zentrum der spanischen Fliesenindustrie: Der größte Teil der in Spanien "
                "hergestellten Keramikfliesen stammt aus Werken der Provinz.</p>"
                "<p>Castellón ist wie Limoges Mitglied des Netzwerks UNIC (Urban Network for Innovation in Ceramics) "
                "und der Europäischen Route der Keramik. 2010 unterzeichnete die Stadt in Limoges die Charta der "
                "Weltstraße der Keramik.</p>"
            ),
            "en": (
                "<p>Castellón de la Plana (Castelló de la Plana in Valencian) is the capital of the province of "
                "Castellón, in the Valencian Community on Spain's Mediterranean coast.</p>"
                "<p>The area is the heart of the Spanish ceramic tile industry: most of the tiles made in Spain come "
                "from factories in the province.</p>"
                "<p>Like Limoges, Castellón is a member of UNIC (Urban Network for Innovation in Ceramics) and of the "
                "European Route of Ceramics. In 2010 it signed the charter of the World Route of Ceramics in "
                "Limoges.</p>"
            ),
        },
        "website": "https://www.castello.es",
        "image": None,
        "status": "published",
    },
    {
        "slug": {"fr": "cluj-napoca", "de": "cluj-napoca", "en": "cluj-napoca"},
        "name": {"fr": "Cluj-Napoca", "de": "Cluj-Napoca (Klausenburg)", "en": "Cluj-Napoca"},
        "kind": "network",
        "country": "RO",
        "region": {
            "fr": "Transylvanie (județ de Cluj)",
            "de": "Siebenbürgen (Kreis Cluj)",
            "en": "Transylvania (Cluj County)",
        },
        "latitude": "46.77120",
        "longitude": "23.62360",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Grande ville universitaire de Transylvanie, Cluj-Napoca est membre du réseau européen des villes céramiques UNIC.",
            "de": "Die siebenbürgische Universitätsstadt Cluj-Napoca (Klausenburg) gehört dem europäischen Netzwerk der Keramikstädte UNIC an.",
            "en": "Cluj-Napoca, a major university city in Transylvania, is a member of UNIC, the European network of ceramic cities.",
        },
        "body": {
            "fr": (
                "<p>Cluj-Napoca, chef-lieu du județ de Cluj, est la principale ville de Transylvanie et l'une des plus "
                "grandes villes de Roumanie. Elle porte aussi les noms de Kolozsvár en hongrois et de Klausenburg en "
                "allemand.</p>"
                "<p>C'est un grand centre universitaire, qui accueille notamment l'université Babeș-Bolyai et une "
                "université d'art et de design.</p>"
                "<p>Cluj-Napoca est membre, avec Limoges, du réseau UNIC (Urban Network for Innovation in Ceramics) et "
                "de la Route européenne de la céramique. Elle a signé en 2010 à Limoges la charte de la route mondiale "
                "de la céramique.</p>"
            ),
            "de": (
                "<p>Cluj-Napoca, deutsch Klausenburg, ungarisch Kolozsvár, ist Hauptstadt des Kreises Cluj, die "
                "wichtigste Stadt Siebenbürgens und eine der größten Städte Rumäniens.</p>"
                "<p>Die Stadt ist ein bedeutendes Hochschulzentrum, unter anderem mit der Babeș-Bolyai-Universität und "
                "einer Universität für Kunst und Design.</p>"
                "<p>Cluj-Napoca ist wie Limoges Mitglied des Netzwerks UNIC (Urban Network for Innovation in Ceramics) "
                "und der Europäischen Route der Keramik. 2010 unterzeichnete die Stadt in Limoges die Charta der "
                "Weltstraße der Keramik.</p>"
            ),
            "en": (
                "<p>Cluj-Napoca, the seat of Cluj County, is the main city of Transylvania and one of the largest "
                "cities in Romania. It is also known as Kolozsvár in Hungarian and Klausenburg in German.</p>"
                "<p>It is a major university centre, home among others to Babeș-Bolyai University and a university of "
                "art and design.</p>"
                "<p>Like Limoges, Cluj-Napoca is a member of UNIC (Urban Network for Innovation in Ceramics) and of the "
                "European Route of Ceramics. In 2010 it signed the charter of the World Route of Ceramics in "
                "Limoges.</p>"
            ),
        },
        "website": "https://primariaclujnapoca.ro",
        "image": None,
        "status": "published",
    },
    {
        "slug": {"fr": "delft", "de": "delft", "en": "delft"},
        "name": {"fr": "Delft", "de": "Delft", "en": "Delft"},
        "kind": "network",
        "country": "NL",
        "region": {"fr": "Hollande-Méridionale", "de": "Südholland", "en": "South Holland"},
        "latitude": "52.01160",
        "longitude": "4.35710",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Ville néerlandaise connue dans le monde entier pour sa faïence bleue et blanche, le « bleu de Delft », Delft est membre du réseau UNIC.",
            "de": "Die niederländische Stadt Delft, weltberühmt für ihre blau-weiße Fayence, das „Delfter Blau“, ist Mitglied des Netzwerks UNIC.",
            "en": "Delft, the Dutch city famous worldwide for its blue-and-white earthenware, Delft Blue, is a member of the UNIC network.",
        },
        "body": {
            "fr": (
                "<p>Delft, dans la province de Hollande-Méridionale aux Pays-Bas, est célèbre pour sa faïence bleue et "
                "blanche, le « bleu de Delft ». Au XVIIe siècle, ses faïenciers imitaient la porcelaine chinoise "
                "importée par la Compagnie néerlandaise des Indes orientales.</p>"
                "<p>La manufacture Royal Delft (De Koninklijke Porceleyne Fles), fondée en 1653, perpétue cette "
                "tradition. Delft est aussi la ville natale du peintre Johannes Vermeer et le siège d'une grande "
                "université technique.</p>"
                "<p>Delft est membre, avec Limoges, du réseau UNIC (Urban Network for Innovation in Ceramics) et de la "
                "Route européenne de la céramique. Elle a signé en 2010 à Limoges la charte de la route mondiale de la "
                "céramique.</p>"
            ),
            "de": (
                "<p>Delft in der niederländischen Provinz Südholland ist berühmt für seine blau-weiße Fayence, das "
                "„Delfter Blau“. Im 17. Jahrhundert ahmten die Delfter Töpfer das chinesische Porzellan nach, das die "
                "Niederländische Ostindien-Kompanie nach Europa brachte.</p>"
                "<p>Die 1653 gegründete Manufaktur Royal Delft (De Koninklijke Porceleyne Fles) führt diese Tradition "
                "fort. Delft ist außerdem die Geburtsstadt des Malers Johannes Vermeer und Sitz einer großen "
                "Technischen Universität.</p>"
                "<p>Delft ist wie Limoges Mitglied des Netzwerks UNIC (Urban Network for Innovation in Ceramics) und der "
                "Europäischen Route der Keramik. 2010 unterzeichnete die Stadt in Limoges die Charta der Weltstraße der "
                "Keramik.</p>"
            ),
            "en": (
                "<p>Delft, in the Dutch province of South Holland, is famous for its blue-and-white earthenware, Delft "
                "Blue. In the 17th century its potters imitated the Chinese porcelain brought to Europe by the Dutch "
                "East India Company.</p>"
                "<p>The Royal Delft factory (De Koninklijke Porceleyne Fles), founded in 1653, carries on the tradition. "
                "Delft is also the birthplace of the painter Johannes Vermeer and home to a major university of "
                "technology.</p>"
                "<p>Like Limoges, Delft is a member of UNIC (Urban Network for Innovation in Ceramics) and of the "
                "European Route of Ceramics. In 2010 it signed the charter of the World Route of Ceramics in "
                "Limoges.</p>"
            ),
        },
        "website": "https://www.delft.nl",
        "image": None,
        "status": "published",
    },
    {
        "slug": {"fr": "faenza", "de": "faenza", "en": "faenza"},
        "name": {"fr": "Faenza", "de": "Faenza", "en": "Faenza"},
        "kind": "network",
        "country": "IT",
        "region": {
            "fr": "Émilie-Romagne (province de Ravenne)",
            "de": "Emilia-Romagna (Provinz Ravenna)",
            "en": "Emilia-Romagna (Province of Ravenna)",
        },
        "latitude": "44.28560",
        "longitude": "11.88330",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Ville italienne de la majolique, qui a donné son nom à la faïence, Faenza est membre du réseau européen des villes céramiques UNIC.",
            "de": "Faenza, die italienische Stadt der Majolika, der die Fayence ihren Namen verdankt, ist Mitglied des europäischen Netzwerks der Keramikstädte UNIC.",
            "en": "Faenza, the Italian city of majolica that gave faience its name, is a member of UNIC, the European network of ceramic cities.",
        },
        "body": {
            "fr": (
                "<p>Faenza, en Émilie-Romagne (province de Ravenne), est l'un des grands centres de la majolique "
                "italienne depuis la Renaissance. Sa renommée est telle que le mot français « faïence » vient de son "
                "nom.</p>"
                "<p>La ville abrite le Musée international des céramiques (MIC), l'un des plus importants musées "
                "consacrés à la céramique dans le monde.</p>"
                "<p>Faenza est membre, avec Limoges, du réseau UNIC (Urban Network for Innovation in Ceramics) et de la "
                "Route européenne de la céramique. Elle a signé en 2010 à Limoges la charte de la route mondiale de la "
                "céramique.</p>"
            ),
            "de": (
                "<p>Faenza in der Emilia-Romagna (Provinz Ravenna) ist seit der Renaissance eines der großen Zentren "
                "der italienischen Majolika. Ihr Ruf war so groß, dass das Wort „Fayence“ von ihrem Namen abgeleitet "
                "ist.</p>"
                "<p>Die Stadt beherbergt das Internationale Keramikmuseum (MIC), eines der bedeutendsten Keramikmuseen "
                "der Welt.</p>"
                "<p>Faenza ist wie Limoges Mitglied des Netzwerks UNIC (Urban Network for Innovation in Ceramics) und "
                "der Europäischen Route der Keramik. 2010 unterzeichnete die Stadt in Limoges die Charta der Weltstraße "
                "der Keramik.</p>"
            ),
            "en": (
                "<p>Faenza, in Emilia-Romagna (Province of Ravenna), has been one of the great centres of Italian "
                "majolica since the Renaissance. Its fame was such that the word “faience” comes from its name.</p>"
                "<p>The city is home to the International Museum of Ceramics (MIC), one of the most important museums "
                "devoted to ceramics in the world.</p>"
                "<p>Like Limoges, Faenza is a member of UNIC (Urban Network for Innovation in Ceramics) and of the "
                "European Route of Ceramics. In 2010 it signed the charter of the World Route of Ceramics in "
                "Limoges.</p>"
            ),
        },
        "website": "",
        "image": None,
        "status": "published",
    },
    {
        "slug": {"fr": "pecs", "de": "pecs", "en": "pecs"},
        "name": {"fr": "Pécs", "de": "Pécs (Fünfkirchen)", "en": "Pécs"},
        "kind": "network",
        "country": "HU",
        "region": {"fr": "Comitat de Baranya", "de": "Komitat Baranya", "en": "Baranya County"},
        "latitude": "46.07270",
        "longitude": "18.23230",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Ville du sud de la Hongrie, berceau de la manufacture de céramique Zsolnay, Pécs est membre du réseau européen des villes céramiques UNIC.",
            "de": "Pécs (Fünfkirchen) im Süden Ungarns, Heimat der Keramikmanufaktur Zsolnay, ist Mitglied des europäischen Netzwerks der Keramikstädte UNIC.",
            "en": "Pécs, in southern Hungary, home of the Zsolnay ceramics factory, is a member of UNIC, the European network of ceramic cities.",
        },
        "body": {
            "fr": (
                "<p>Pécs, dans le sud de la Hongrie, est le chef-lieu du comitat de Baranya. Sa nécropole "
                "paléochrétienne est inscrite au patrimoine mondial de l'UNESCO, et la ville a été capitale européenne "
                "de la culture en 2010.</p>"
                "<p>Pécs est le berceau de la manufacture Zsolnay, fondée au XIXe siècle et célèbre pour ses céramiques "
                "architecturales et ses glaçures irisées à l'éosine. Le musée Zsolnay de Pécs compte parmi les "
                "signataires de la charte de la route mondiale de la céramique.</p>"
                "<p>Pécs est membre, avec Limoges, du réseau UNIC (Urban Network for Innovation in Ceramics) et de la "
                "Route européenne de la céramique. Elle a signé en 2010 à Limoges la charte de la route mondiale de la "
                "céramique.</p>"
            ),
            "de": (
                "<p>Pécs, deutsch Fünfkirchen, liegt im Süden Ungarns und ist Hauptstadt des Komitats Baranya. Ihr "
                "frühchristlicher Friedhof gehört zum UNESCO-Welterbe, und 2010 war die Stadt Kulturhauptstadt "
                "Europas.</p>"
                "<p>Pécs ist die Heimat der im 19. Jahrhundert gegründeten Manufaktur Zsolnay, die für ihre "
                "Baukeramik und ihre schillernden Eosin-Glasuren berühmt ist. Das Zsolnay-Museum in Pécs gehört zu den "
                "Unterzeichnern der Charta der Weltstraße der Keramik.</p>"
                "<p>Pécs ist wie Limoges Mitglied des Netzwerks UNIC (Urban Network for Innovation in Ceramics) und der "
                "Europäischen Route der Keramik. 2010 unterzeichnete die Stadt in Limoges die Charta der Weltstraße der "
                "Keramik.</p>"
            ),
            "en": (
                "<p>Pécs, in southern Hungary, is the seat of Baranya County. Its Early Christian necropolis is a UNESCO "
                "World Heritage Site, and the city was a European Capital of Culture in 2010.</p>"
                "<p>Pécs is the home of the Zsolnay factory, founded in the 19th century and famous for its "
                "architectural ceramics and iridescent eosin glazes. The Zsolnay Museum in Pécs is one of the "
                "signatories of the charter of the World Route of Ceramics.</p>"
                "<p>Like Limoges, Pécs is a member of UNIC (Urban Network for Innovation in Ceramics) and of the "
                "European Route of Ceramics. In 2010 it signed the charter of the World Route of Ceramics in "
                "Limoges.</p>"
            ),
        },
        "website": "https://www.pecs.hu",
        "image": None,
        "status": "published",
    },
    {
        "slug": {"fr": "seville", "de": "sevilla", "en": "seville"},
        "name": {"fr": "Séville", "de": "Sevilla", "en": "Seville"},
        "kind": "network",
        "country": "ES",
        "region": {"fr": "Andalousie", "de": "Andalusien", "en": "Andalusia"},
        "latitude": "37.38910",
        "longitude": "-5.98450",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Capitale de l'Andalousie, dont le quartier de Triana est un haut lieu de la céramique et des azulejos, Séville est membre du réseau UNIC.",
            "de": "Sevilla, die Hauptstadt Andalusiens, deren Viertel Triana für Keramik und Azulejos berühmt ist, ist Mitglied des Netzwerks UNIC.",
            "en": "Seville, the capital of Andalusia, whose Triana district is renowned for ceramics and azulejo tiles, is a member of the UNIC network.",
        },
        "body": {
            "fr": (
                "<p>Séville, capitale de l'Andalousie, est traversée par le Guadalquivir. Sa cathédrale, l'Alcázar et "
                "les Archives des Indes sont inscrits au patrimoine mondial de l'UNESCO.</p>"
                "<p>Le quartier de Triana, sur l'autre rive du fleuve, est depuis des siècles un haut lieu de la "
                "céramique et des azulejos, qui ornent de nombreux édifices de la ville.</p>"
                "<p>Séville est membre, avec Limoges, du réseau UNIC (Urban Network for Innovation in Ceramics) et de la "
                "Route européenne de la céramique. Elle a signé en 2010 à Limoges la charte de la route mondiale de la "
                "céramique.</p>"
            ),
            "de": (
                "<p>Sevilla, die Hauptstadt Andalusiens, liegt am Guadalquivir. Die Kathedrale, der Alcázar und das "
                "Indienarchiv gehören zum UNESCO-Welterbe.</p>"
                "<p>Das Viertel Triana am anderen Flussufer ist seit Jahrhunderten ein Zentrum der Keramik und der "
                "Azulejos, die viele Gebäude der Stadt schmücken.</p>"
                "<p>Sevilla ist wie Limoges Mitglied des Netzwerks UNIC (Urban Network for Innovation in Ceramics) und "
                "der Europäischen Route der Keramik. 2010 unterzeichnete die Stadt in Limoges die Charta der Weltstraße "
                "der Keramik.</p>"
            ),
            "en": (
                "<p>Seville, the capital of Andalusia, lies on the Guadalquivir. Its cathedral, the Alcázar and the "
                "Archive of the Indies are a UNESCO World Heritage Site.</p>"
                "<p>The Triana district, across the river, has for centuries been a centre of ceramics and of the "
                "azulejo tiles that adorn many of the city's buildings.</p>"
                "<p>Like Limoges, Seville is a member of UNIC (Urban Network for Innovation in Ceramics) and of the "
                "European Route of Ceramics. In 2010 it signed the charter of the World Route of Ceramics in "
                "Limoges.</p>"
            ),
        },
        "website": "https://www.sevilla.org",
        "image": None,
        "status": "published",
    },
    {
        "slug": {"fr": "stoke-on-trent", "de": "stoke-on-trent", "en": "stoke-on-trent"},
        "name": {"fr": "Stoke-on-Trent", "de": "Stoke-on-Trent", "en": "Stoke-on-Trent"},
        "kind": "network",
        "country": "GB",
        "region": {"fr": "Staffordshire (Angleterre)", "de": "Staffordshire (England)", "en": "Staffordshire, England"},
        "latitude": "53.00270",
        "longitude": "-2.17940",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Surnommée « the Potteries », capitale historique de la céramique anglaise, Stoke-on-Trent est membre du réseau européen des villes céramiques UNIC.",
            "de": "Stoke-on-Trent, „the Potteries“ genannt und historisches Zentrum der englischen Keramik, ist Mitglied des europäischen Netzwerks der Keramikstädte UNIC.",
            "en": "Stoke-on-Trent, known as “the Potteries” and the historic home of English ceramics, is a member of UNIC, the European network of ceramic cities.",
        },
        "body": {
            "fr": (
                "<p>Stoke-on-Trent, dans le Staffordshire en Angleterre, est surnommée « the Potteries ». La ville est "
                "née en 1910 de la fédération de six villes de potiers : Tunstall, Burslem, Hanley, Stoke, Fenton et "
                "Longton.</p>"
                "<p>De grands noms de la céramique anglaise y sont liés, comme Wedgwood, Spode ou Royal Doulton, et ses "
                "fours-bouteilles en brique restent l'emblème de son paysage industriel.</p>"
                "<p>Stoke-on-Trent est membre, avec Limoges, du réseau UNIC (Urban Network for Innovation in Ceramics) "
                "et de la Route européenne de la céramique. Elle a signé en 2010 à Limoges la charte de la route "
                "mondiale de la céramique.</p>"
            ),
            "de": (
                "<p>Stoke-on-Trent in der englischen Grafschaft Staffordshire wird „the Potteries“ genannt. Die Stadt "
                "entstand 1910 aus dem Zusammenschluss von sechs Töpferstädten: Tunstall, Burslem, Hanley, Stoke, "
                "Fenton und Longton.</p>"
                "<p>Große Namen der englischen Keramik sind mit ihr verbunden, etwa Wedgwood, Spode und Royal Doulton, "
                "und die flaschenförmigen Brennöfen aus Backstein prägen bis heute das Bild ihrer Industrielandschaft.</p>"
                "<p>Stoke-on-Trent ist wie Limoges Mitglied des Netzwerks UNIC (Urban Network for Innovation in "
                "Ceramics) und der Europäischen Route der Keramik. 2010 unterzeichnete die Stadt in Limoges die Charta "
                "der Weltstraße der Keramik.</p>"
            ),
            "en": (
                "<p>Stoke-on-Trent, in Staffordshire, England, is known as “the Potteries”. The city was formed in 1910 "
                "by the federation of six pottery towns: Tunstall, Burslem, Hanley, Stoke, Fenton and Longton.</p>"
                "<p>Great names of English ceramics are linked to it, such as Wedgwood, Spode and Royal Doulton, and its "
                "brick bottle kilns remain the emblem of its industrial landscape.</p>"
                "<p>Like Limoges, Stoke-on-Trent is a member of UNIC (Urban Network for Innovation in Ceramics) and of "
                "the European Route of Ceramics. In 2010 it signed the charter of the World Route of Ceramics in "
                "Limoges.</p>"
            ),
        },
        "website": "https://www.stoke.gov.uk",
        "image": None,
        "status": "published",
    },
    {
        "slug": {"fr": "selb", "de": "selb", "en": "selb"},
        "name": {"fr": "Selb", "de": "Selb", "en": "Selb"},
        "kind": "network",
        "country": "DE",
        "region": {"fr": "Bavière (Haute-Franconie)", "de": "Bayern (Oberfranken)", "en": "Bavaria (Upper Franconia)"},
        "latitude": "50.17050",
        "longitude": "12.13070",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Ville bavaroise de la porcelaine, Selb est associée au réseau UNIC par son musée de la porcelaine, le Porzellanikon.",
            "de": "Die bayerische Porzellanstadt Selb ist über ihr Porzellanmuseum, das Porzellanikon, mit dem Netzwerk UNIC verbunden.",
            "en": "Selb, the porcelain town of Bavaria, is associated with the UNIC network through its porcelain museum, the Porzellanikon.",
        },
        "body": {
            "fr": (
                "<p>Selb est une ville de Haute-Franconie, en Bavière, au pied du massif du Fichtelgebirge et près de la "
                "frontière tchèque. C'est un centre historique de la porcelaine allemande, où des maisons comme "
                "Rosenthal et Hutschenreuther ont produit leur porcelaine.</p>"
                "<p>La ville abrite le Porzellanikon, l'un des plus grands musées de la porcelaine d'Europe. C'est par "
                "ce musée que Selb est associée au réseau UNIC (Urban Network for Innovation in Ceramics).</p>"
                "<p>Le Porzellanikon compte aussi parmi les signataires de la charte de la route mondiale de la "
                "céramique, signée à Limoges en juin 2010.</p>"
            ),
            "de": (
                "<p>Selb liegt in Oberfranken in Bayern, am Fichtelgebirge nahe der tschechischen Grenze. Die Stadt ist "
                "ein traditionsreiches Zentrum des deutschen Porzellans, in dem Häuser wie Rosenthal und Hutschenreuther "
                "ihr Porzellan herstellten.</p>"
                "<p>In Selb befindet sich das Porzellanikon, eines der größten Porzellanmuseen Europas. Über dieses "
                "Museum ist Selb mit dem Netzwerk UNIC (Urban Network for Innovation in Ceramics) verbunden.</p>"
                "<p>Das Porzellanikon gehört außerdem zu den Unterzeichnern der Charta der Weltstraße der Keramik, die im "
                "Juni 2010 in Limoges unterzeichnet wurde.</p>"
            ),
            "en": (
                "<p>Selb is a town in Upper Franconia, Bavaria, by the Fichtel Mountains near the Czech border. It is a "
                "historic centre of German porcelain, where makers such as Rosenthal and Hutschenreuther produced their "
                "porcelain.</p>"
                "<p>The town is home to the Porzellanikon, one of the largest porcelain museums in Europe. It is through "
                "this museum that Selb is associated with UNIC (Urban Network for Innovation in Ceramics).</p>"
                "<p>The Porzellanikon is also one of the signatories of the charter of the World Route of Ceramics, "
                "signed in Limoges in June 2010.</p>"
            ),
        },
        "website": "https://www.selb.de",
        "image": None,
        "status": "published",
    },
    {
        "slug": {"fr": "gangjin", "de": "gangjin", "en": "gangjin"},
        "name": {"fr": "Gangjin", "de": "Gangjin", "en": "Gangjin"},
        "kind": "network",
        "country": "KR",
        "region": {"fr": "Province du Jeolla du Sud", "de": "Provinz Jeollanam-do", "en": "South Jeolla Province"},
        "latitude": "34.64200",
        "longitude": "126.76720",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Haut lieu du céladon coréen depuis la dynastie Goryeo, Gangjin a signé en 2010 à Limoges la charte de la route mondiale de la céramique.",
            "de": "Gangjin, seit der Goryeo-Dynastie eine Hochburg des koreanischen Seladons, unterzeichnete 2010 in Limoges die Charta der Weltstraße der Keramik.",
            "en": "Gangjin, a centre of Korean celadon since the Goryeo dynasty, signed the charter of the World Route of Ceramics in Limoges in 2010.",
        },
        "body": {
            "fr": (
                "<p>Gangjin est un district de la province du Jeolla du Sud, dans le sud-ouest de la Corée du Sud. Sous "
                "la dynastie Goryeo, ses fours produisaient le céladon, ce grès à couverte vert pâle qui compte parmi les "
                "sommets de la céramique coréenne.</p>"
                "<p>Les anciens sites de fours sont aujourd'hui protégés, et Gangjin organise chaque année un festival "
                "du céladon.</p>"
                "<p>En juin 2010, lors de la semaine internationale de la céramique organisée par Limoges, Gangjin a "
                "signé la charte de la route mondiale de la céramique, avec Icheon, Jingdezhen, Seto et les membres du "
                "réseau européen UNIC.</p>"
            ),
            "de": (
                "<p>Gangjin ist ein Landkreis in der Provinz Jeollanam-do im Südwesten Südkoreas. Zur Zeit der "
                "Goryeo-Dynastie brannten seine Öfen Seladon, jenes Steinzeug mit blassgrüner Glasur, das zu den "
                "Höhepunkten der koreanischen Keramik zählt.</p>"
                "<p>Die alten Brennofenstätten stehen heute unter Schutz, und Gangjin veranstaltet jedes Jahr ein "
                "Seladon-Festival.</p>"
                "<p>Im Juni 2010 unterzeichnete Gangjin während der von Limoges veranstalteten internationalen "
                "Keramikwoche die Charta der Weltstraße der Keramik, gemeinsam mit Icheon, Jingdezhen, Seto und den "
                "Mitgliedern des europäischen Netzwerks UNIC.</p>"
            ),
            "en": (
                "<p>Gangjin is a county in South Jeolla Province, in the south-west of South Korea. Under the Goryeo "
                "dynasty its kilns produced celadon, the pale green glazed stoneware that ranks among the highest "
                "achievements of Korean ceramics.</p>"
                "<p>The old kiln sites are now protected, and Gangjin holds a celadon festival every year.</p>"
                "<p>In June 2010, during the international ceramics week organised by Limoges, Gangjin signed the "
                "charter of the World Route of Ceramics, together with Icheon, Jingdezhen, Seto and the members of the "
                "European UNIC network.</p>"
            ),
        },
        "website": "https://www.gangjin.go.kr",
        "image": None,
        "status": "published",
    },
    {
        "slug": {"fr": "icheon", "de": "icheon", "en": "icheon"},
        "name": {"fr": "Icheon", "de": "Icheon", "en": "Icheon"},
        "kind": "network",
        "country": "KR",
        "region": {"fr": "Province du Gyeonggi", "de": "Provinz Gyeonggi-do", "en": "Gyeonggi Province"},
        "latitude": "37.27920",
        "longitude": "127.44250",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Ville de potiers au sud-est de Séoul, connue pour son festival de la céramique, Icheon a signé en 2010 à Limoges la charte de la route mondiale de la céramique.",
            "de": "Icheon, eine Töpferstadt südöstlich von Seoul und bekannt für ihr Keramikfestival, unterzeichnete 2010 in Limoges die Charta der Weltstraße der Keramik.",
            "en": "Icheon, a potters' city south-east of Seoul known for its ceramics festival, signed the charter of the World Route of Ceramics in Limoges in 2010.",
        },
        "body": {
            "fr": (
                "<p>Icheon se trouve dans la province du Gyeonggi, au sud-est de Séoul. C'est l'un des grands centres de "
                "la céramique en Corée du Sud, où de nombreux ateliers de potiers perpétuent les traditions du céladon "
                "et de la porcelaine blanche.</p>"
                "<p>La ville accueille chaque année un festival de la céramique qui attire artisans et visiteurs.</p>"
                "<p>En juin 2010, lors de la semaine internationale de la céramique organisée par Limoges, Icheon a "
                "signé la charte de la route mondiale de la céramique, avec Gangjin, Jingdezhen, Seto et les membres du "
                "réseau européen UNIC.</p>"
            ),
            "de": (
                "<p>Icheon liegt in der Provinz Gyeonggi-do südöstlich von Seoul. Die Stadt ist eines der großen "
                "Keramikzentren Südkoreas; zahlreiche Töpferwerkstätten pflegen dort die Traditionen des Seladons und "
                "des weißen Porzellans.</p>"
                "<p>Jedes Jahr findet in Icheon ein Keramikfestival statt, das Kunsthandwerker und Besucher "
                "anzieht.</p>"
                "<p>Im Juni 2010 unterzeichnete Icheon während der von Limoges veranstalteten internationalen "
                "Keramikwoche die Charta der Weltstraße der Keramik, gemeinsam mit Gangjin, Jingdezhen, Seto und den "
                "Mitgliedern des europäischen Netzwerks UNIC.</p>"
            ),
            "en": (
                "<p>Icheon lies in Gyeonggi Province, south-east of Seoul. It is one of the main centres of ceramics in "
                "South Korea, where many potters' workshops carry on the traditions of celadon and white "
                "porcelain.</p>"
                "<p>Every year the city hosts a ceramics festival that draws craftspeople and visitors.</p>"
                "<p>In June 2010, during the international ceramics week organised by Limoges, Icheon signed the "
                "charter of the World Route of Ceramics, together with Gangjin, Jingdezhen, Seto and the members of the "
                "European UNIC network.</p>"
            ),
        },
        "website": "https://www.icheon.go.kr",
        "image": None,
        "status": "published",
    },
    {
        "slug": {"fr": "jingdezhen", "de": "jingdezhen", "en": "jingdezhen"},
        "name": {"fr": "Jingdezhen", "de": "Jingdezhen", "en": "Jingdezhen"},
        "kind": "network",
        "country": "CN",
        "region": {"fr": "Province du Jiangxi", "de": "Provinz Jiangxi", "en": "Jiangxi Province"},
        "latitude": "29.29200",
        "longitude": "117.20800",
        "charter_year": None,
        "charter_date": None,
        "summary": {
            "fr": "Surnommée la « capitale de la porcelaine », Jingdezhen a signé en 2010 à Limoges la charte de la route mondiale de la céramique.",
            "de": "Jingdezhen, die „Hauptstadt des Porzellans“, unterzeichnete 2010 in Limoges die Charta der Weltstraße der Keramik.",
            "en": "Jingdezhen, known as the “porcelain capital”, signed the charter of the World Route of Ceramics in Limoges in 2010.",
        },
        "body": {
            "fr": (
                "<p>Jingdezhen, dans la province du Jiangxi, dans le sud-est de la Chine, est surnommée la « capitale de "
                "la porcelaine ». On y produit de la porcelaine depuis plus de mille ans ; sous les dynasties Ming et "
                "Qing, les fours impériaux y fabriquaient la porcelaine destinée à la cour.</p>"
                "<p>Sa porcelaine bleu et blanc a été exportée dans le monde entier et a inspiré les faïenciers "
                "européens, notamment à Delft.</p>"
                "<p>En juin 2010, lors de la semaine internationale de la céramique organisée par Limoges, Jingdezhen a "
                "signé la charte de la route mondiale de la céramique, avec Gangjin, Icheon, Seto et les membres du "
                "réseau européen UNIC.</p>"
            ),
            "de": (
                "<p>Jingdezhen in der Provinz Jiangxi im Südosten Chinas trägt den Beinamen „Hauptstadt des "
                "Porzellans“. Seit mehr als tausend Jahren wird hier Porzellan hergestellt; unter den Dynastien Ming und "
                "Qing fertigten die kaiserlichen Manufakturen hier das Porzellan für den Hof.</p>"
                "<p>Das blau-weiße Porzellan aus Jingdezhen wurde in alle Welt ausgeführt und inspirierte europäische "
                "Fayencemacher, nicht zuletzt in Delft.</p>"
                "<p>Im Juni 2010 unterzeichnete Jingdezhen während der von Limoges veranstalteten internationalen "
                "Keramikwoche die Charta der Weltstraße der Keramik, gemeinsam mit Gangjin, Icheon, Seto und den "
                "Mitgliedern des europäischen Netzwerks UNIC.</p>"
            ),
            "en": (
                "<p>Jingdezhen, in Jiangxi Province in south-east China, is known as the “porcelain capital”. Porcelain "
                "has been made there for more than a thousand years; under the Ming and Qing dynasties the imperial "
                "kilns there produced porcelain for the court.</p>"
                "<p>Its blue-and-white porcelain was exported all over the world and inspired European potters, not "
                "least in Delft.</p>"
                "<p>In June 2010, during the international ceramics week organised by Limoges, Jingdezhen signed the "
                "charter of the World Route of Ceramics, together with Gangjin, Icheon, Seto and the members of the "
                "European UNIC network.</p>"
            ),
        },
        "website": "",
        "image": None,
        "status": "published",
    },
]


NETWORKS = [
    {
        "slug": {"fr": "unic", "de": "unic", "en": "unic"},
        "name": {
            "fr": "UNIC – Urban Network for Innovation in Ceramics",
            "de": "UNIC – Urban Network for Innovation in Ceramics",
            "en": "UNIC – Urban Network for Innovation in Ceramics",
        },
        "acronym": "UNIC",
        "kind": "network",
        "founded_year": 2008,
        "limoges_role": "lead",
        # The UNIC cities, and Selb, associated through its museum, the Porzellanikon.
        "members": [
            "aveiro",
            "castellon-de-la-plana",
            "cluj-napoca",
            "delft",
            "faenza",
            "pecs",
            "seville",
            "stoke-on-trent",
            "selb",
        ],
        "summary": {
            "fr": "Créé en 2008 dans le cadre du programme européen URBACT II, le réseau UNIC rassemble des villes européennes de tradition céramique ; Limoges en est le chef de file.",
            "de": "Das 2008 im Rahmen des EU-Programms URBACT II gegründete Netzwerk UNIC vereint europäische Städte mit keramischer Tradition; Limoges ist federführender Partner.",
            "en": "Created in 2008 under the EU's URBACT II programme, the UNIC network brings together European cities with a ceramic tradition, with Limoges as lead partner.",
        },
        "body": {
            "fr": (
                "<p>UNIC (Urban Network for Innovation in Ceramics, « réseau urbain pour l'innovation dans la "
                "céramique ») a été créé en 2008 dans le cadre du programme européen URBACT II, qui favorise les "
                "échanges d'expériences entre villes. Limoges en est le chef de file et le coordinateur.</p>"
                "<p>Le réseau réunit des villes dont l'histoire et l'économie sont liées à la céramique, autour de leur "
                "patrimoine, de leurs savoir-faire et de l'innovation.</p>"
                "<p>Les villes membres sont présentées ci-dessous. La ville allemande de Selb est associée au réseau "
                "par l'intermédiaire du Porzellanikon, son musée de "
                "la porcelaine.</p>"
            ),
            "de": (
                "<p>UNIC (Urban Network for Innovation in Ceramics, „Städtenetzwerk für Innovation in der Keramik“) "
                "wurde 2008 im Rahmen des europäischen Programms URBACT II gegründet, das den Erfahrungsaustausch "
                "zwischen Städten fördert. Limoges ist federführender Partner und Koordinator.</p>"
                "<p>Das Netzwerk verbindet Städte, deren Geschichte und Wirtschaft eng mit der Keramik verknüpft sind, "
                "rund um ihr Erbe, ihr handwerkliches Können und die Innovation.</p>"
                "<p>Die Mitgliedsstädte sind unten aufgeführt. Die deutsche Stadt Selb ist über ihr Porzellanmuseum, "
                "das Porzellanikon, mit dem Netzwerk "
                "verbunden.</p>"
            ),
            "en": (
                "<p>UNIC (Urban Network for Innovation in Ceramics) was created in 2008 under the European URBACT II "
                "programme, which supports the exchange of experience between cities. Limoges is its lead partner and "
                "coordinator.</p>"
                "<p>The network brings together cities whose history and economy are bound up with ceramics, around "
                "their heritage, their skills and innovation.</p>"
                "<p>The member cities are listed below. The German town of Selb is associated with the network "
                "through its porcelain museum, the "
                "Porzellanikon.</p>"
            ),
        },
        "website": "",
        "image": "UNIC – illustration",
        "status": "published",
    },
    {
        "slug": {
            "fr": "route-europeenne-de-la-ceramique",
            "de": "europaeische-route-der-keramik",
            "en": "european-route-of-ceramics",
        },
        "name": {
            "fr": "Route européenne de la céramique",
            "de": "Europäische Route der Keramik",
            "en": "European Route of Ceramics",
        },
        "acronym": "",
        "kind": "route",
        # The year of its certification as a Cultural Route of the Council of Europe.
        "founded_year": 2012,
        "limoges_role": "president",
        # The UNIC cities (Limoges itself is not a City row).
        "members": [
            "aveiro",
            "castellon-de-la-plana",
            "cluj-napoca",
            "delft",
            "faenza",
            "pecs",
            "seville",
            "stoke-on-trent",
        ],
        "summary": {
            "fr": "Certifiée itinéraire culturel du Conseil de l'Europe en 2012, la Route européenne de la céramique relie une dizaine de villes ; elle est portée par l'association UNIC, installée à l'hôtel de ville de Limoges.",
            "de": "Die 2012 als Kulturroute des Europarats zertifizierte Europäische Route der Keramik verbindet rund zehn Städte; Träger ist der Verein UNIC mit Sitz im Rathaus von Limoges.",
            "en": "Certified as a Cultural Route of the Council of Europe in 2012, the European Route of Ceramics links about ten cities; it is run by the UNIC association, based at Limoges city hall.",
        },
        "body": {
            "fr": (
                "<p>Héritière d'une histoire prestigieuse dans les arts du feu (porcelaine, émail, vitrail) et forte de "
                "nouvelles compétences dans les céramiques techniques, Limoges a naturellement été à l'origine d'une "
                "Route européenne de la céramique, qui s'appuie sur le réseau des villes céramiques UNIC.</p>"
                "<p>La route a été certifiée itinéraire culturel du Conseil de l'Europe en 2012. Elle relie une dizaine "
                "de villes et invite à découvrir leur patrimoine céramique.</p>"
                "<p>Elle est portée par l'association UNIC, dont le siège est à l'hôtel de ville de Limoges, au service "
                "des affaires européennes. En 2017, la route était présidée par un adjoint au maire de Limoges.</p>"
            ),
            "de": (
                "<p>Dank ihrer glanzvollen Geschichte in den Künsten des Feuers (Porzellan, Emaille, Glasmalerei) und "
                "ihrer neuen Kompetenzen im Bereich der technischen Keramik hat Limoges die Europäische Route der "
                "Keramik ins Leben gerufen. Sie stützt sich auf das Netzwerk der Keramikstädte UNIC.</p>"
                "<p>2012 wurde die Route als Kulturroute des Europarats zertifiziert. Sie verbindet rund zehn Städte und "
                "lädt dazu ein, deren keramisches Erbe zu entdecken.</p>"
                "<p>Träger der Route ist der Verein UNIC mit Sitz im Rathaus von Limoges, in der Abteilung für "
                "europäische Angelegenheiten. 2017 hatte ein Beigeordneter des Bürgermeisters von Limoges den Vorsitz "
                "inne.</p>"
            ),
            "en": (
                "<p>With its prestigious history in the arts of fire (porcelain, enamel, stained glass) and its new "
                "expertise in technical ceramics, Limoges naturally set up a European Route of Ceramics, built on the "
                "UNIC network of ceramic cities.</p>"
                "<p>The route was certified as a Cultural Route of the Council of Europe in 2012. It links about ten "
                "cities and invites visitors to discover their ceramic heritage.</p>"
                "<p>It is run by the UNIC association, based at Limoges city hall in the European affairs department. "
                "In 2017 its president was a deputy mayor of Limoges.</p>"
            ),
        },
        "website": "",
        "image": "Route européenne de la céramique – illustration",
        "status": "published",
    },
    {
        "slug": {
            "fr": "route-mondiale-de-la-ceramique",
            "de": "weltstrasse-der-keramik",
            "en": "world-route-of-ceramics",
        },
        "name": {
            "fr": "La route de la céramique",
            "de": "Weltstraße der Keramik",
            "en": "World Route of Ceramics",
        },
        "acronym": "",
        "kind": "route",
        "founded_year": 2010,
        "limoges_role": "founder",
        # The UNIC cities, Selb (Porzellanikon) and the four Asian cities.
        "members": [
            "aveiro",
            "castellon-de-la-plana",
            "cluj-napoca",
            "delft",
            "faenza",
            "pecs",
            "seville",
            "stoke-on-trent",
            "selb",
            "gangjin",
            "icheon",
            "jingdezhen",
            "seto",
        ],
        "summary": {
            "fr": "Signée à Limoges en juin 2010 par quinze partenaires d'Europe et d'Asie, la charte de la route mondiale de la céramique relie les villes du réseau UNIC à de grands centres céramiques asiatiques.",
            "de": "Die im Juni 2010 in Limoges von fünfzehn Partnern aus Europa und Asien unterzeichnete Charta der Weltstraße der Keramik verbindet die Städte des Netzwerks UNIC mit großen Keramikzentren Asiens.",
            "en": "Signed in Limoges in June 2010 by fifteen partners from Europe and Asia, the charter of the World Route of Ceramics links the UNIC cities with major ceramic centres in Asia.",
        },
        "body": {
            "fr": (
                "<p>Du 15 au 19 juin 2010, la Ville de Limoges a organisé une semaine internationale de la céramique. À "
                "cette occasion, les représentants du réseau européen UNIC et des villes asiatiques de longue tradition "
                "céramique ont créé un réseau international en signant la charte de la route mondiale de la "
                "céramique.</p>"
                "<h2>Quinze signataires</h2>"
                "<ul>"
                "<li>les membres du réseau UNIC : Aveiro, Castellón de la Plana, Cluj-Napoca, Delft, Faenza, Limoges, "
                "Pécs, Séville et Stoke-on-Trent</li>"
                "<li>le Porzellanikon de Selb (Allemagne)</li>"
                "<li>le musée Zsolnay de Pécs (Hongrie)</li>"
                "<li>Gangjin et Icheon (Corée du Sud)</li>"
                "<li>Jingdezhen (Chine)</li>"
                "<li>Seto (Japon), ville jumelle de Limoges</li>"
                "</ul>"
                "<p>Limoges, membre fondateur, prolonge ainsi vers l'Asie la coopération engagée en Europe entre villes "
                "de la céramique.</p>"
            ),
            "de": (
                "<p>Vom 15. bis 19. Juni 2010 veranstaltete die Stadt Limoges eine internationale Keramikwoche. Bei "
                "dieser Gelegenheit gründeten die Vertreter des europäischen Netzwerks UNIC und asiatische Städte mit "
                "langer keramischer Tradition ein internationales Netzwerk und unterzeichneten die Charta der "
                "Weltstraße der Keramik.</p>"
                "<h2>Fünfzehn Unterzeichner</h2>"
                "<ul>"
                "<li>die Mitglieder des Netzwerks UNIC: Aveiro, Castellón de la Plana, Cluj-Napoca, Delft, Faenza, "
                "Limoges, Pécs, Sevilla und Stoke-on-Trent</li>"
                "<li>das Porzellanikon in Selb (Deutschland)</li>"
                "<li>das Zsolnay-Museum in Pécs (Ungarn)</li>"
                "<li>Gangjin und Icheon (Südkorea)</li>"
                "<li>Jingdezhen (China)</li>"
                "<li>Seto (Japan), Partnerstadt von Limoges</li>"
                "</ul>"
                "<p>Als Gründungsmitglied erweitert Limoges so die in Europa begonnene Zusammenarbeit der Keramikstädte "
                "bis nach Asien.</p>"
            ),
            "en": (
                "<p>From 15 to 19 June 2010 the City of Limoges held an international ceramics week. On that occasion "
                "the representatives of the European UNIC network and Asian cities with a long ceramic tradition set up "
                "an international network by signing the charter of the World Route of Ceramics.</p>"
                "<h2>Fifteen signatories</h2>"
                "<ul>"
                "<li>the members of the UNIC network: Aveiro, Castellón de la Plana, Cluj-Napoca, Delft, Faenza, "
                "Limoges, Pécs, Seville and Stoke-on-Trent</li>"
                "<li>the Porzellanikon in Selb (Germany)</li>"
                "<li>the Zsolnay Museum in Pécs (Hungary)</li>"
                "<li>Gangjin and Icheon (South Korea)</li>"
                "<li>Jingdezhen (China)</li>"
                "<li>Seto (Japan), twin city of Limoges</li>"
                "</ul>"
                "<p>As a founding member, Limoges thus extends to Asia the cooperation between ceramic cities that "
                "began in Europe.</p>"
            ),
        },
        "website": "",
        "image": "Route mondiale de la céramique – illustration",
        "status": "published",
    },
]
