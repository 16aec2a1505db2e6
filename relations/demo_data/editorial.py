"""Demo editorial content of the international relations section.

Pages, article categories, articles, events, key figures, associations,
solidarity projects and the subsidies granted to the associations, in French,
German and English. The texts are written from the city's own "International
relations" page and from the checked facts of the project
(shared/content-facts.md).

Everything whose editor's note is ``FICTITIOUS`` is invented for the
demonstration: all associations, their subsidies and amounts, all solidarity
projects, and the dates of events or news that the facts do not give.
"""

from .illustrations import Illustration
from .values import DEMO_CREDIT, FICTITIOUS, AddressOf

IMAGES = [
    {
        "title": "BPC Tonnerre (illustration)",
        "alt_text": {
            "fr": "Illustration stylisée : silhouette blanche d'un grand navire sur la mer, sur un fond dégradé bleu marine, avec une grande lettre T.",
            "de": "Stilisierte Illustration: weiße Silhouette eines großen Schiffes auf dem Meer vor einem marineblauen Farbverlauf, mit einem großen Buchstaben T.",
            "en": "Stylised illustration: white silhouette of a large ship at sea on a navy-blue gradient background, with a large letter T.",
        },
        "caption": {
            "fr": "Le BPC Tonnerre, dont Limoges est la ville marraine.",
            "de": "Die BPC Tonnerre, deren Patenstadt Limoges ist.",
            "en": "The BPC Tonnerre, whose godmother city is Limoges.",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-tonnerre.jpg", "ship", ("#1F3A5F", "#8FB8DE"), "T"),
    },
    {
        "title": "Arts du feu (illustration)",
        "alt_text": {
            "fr": "Illustration stylisée : silhouettes blanches d'un vase, d'un bol et d'un flacon sur un fond dégradé bleu porcelaine, avec une grande lettre C.",
            "de": "Stilisierte Illustration: weiße Silhouetten einer Vase, einer Schale und einer Flasche vor einem porzellanblauen Farbverlauf, mit einem großen Buchstaben C.",
            "en": "Stylised illustration: white silhouettes of a vase, a bowl and a flask on a porcelain-blue gradient background, with a large letter C.",
        },
        "caption": {
            "fr": "Les Arts du feu : porcelaine, émail, vitrail, et aujourd'hui les céramiques techniques.",
            "de": "Die Kunst des Feuers: Porzellan, Email, Glasmalerei und heute auch technische Keramik.",
            "en": "The arts of fire: porcelain, enamel, stained glass and, today, technical ceramics.",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-arts-du-feu.jpg", "ceramics", ("#1D4E89", "#DCE6F2"), "C"),
    },
    {
        "title": "Concert des Cités Unies (illustration)",
        "alt_text": {
            "fr": "Illustration stylisée : notes de musique blanches au-dessus d'une scène, sur un fond dégradé bordeaux et or, avec les grandes lettres CU.",
            "de": "Stilisierte Illustration: weiße Musiknoten über einer Bühne vor einem Farbverlauf von Bordeauxrot zu Gold, mit den großen Buchstaben CU.",
            "en": "Stylised illustration: white musical notes above a stage on a burgundy-to-gold gradient background, with the large letters CU.",
        },
        "caption": {
            "fr": "Tous les deux ans, le Concert des Cités Unies réunit à l'Opéra de Limoges des musiciens des villes jumelles.",
            "de": "Alle zwei Jahre vereint das Konzert der vereinten Städte Musikerinnen und Musiker der Partnerstädte in der Oper Limoges.",
            "en": "Every two years, the United Cities Concert brings musicians from the twin cities together at the Limoges Opera House.",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-concert-cites-unies.jpg", "concert", ("#7A1F3D", "#F2C14E"), "CU"),
    },
    {
        "title": "Solidarité internationale (illustration)",
        "alt_text": {
            "fr": "Illustration stylisée : trois cercles blancs entrelacés, symbole de mains qui se rejoignent, sur un fond dégradé vert et jaune, avec une grande lettre S.",
            "de": "Stilisierte Illustration: drei ineinandergreifende weiße Kreise als Sinnbild verbundener Hände vor einem grün-gelben Farbverlauf, mit einem großen Buchstaben S.",
            "en": "Stylised illustration: three interlocking white circles symbolising joined hands on a green-to-yellow gradient background, with a large letter S.",
        },
        "caption": {
            "fr": "La solidarité internationale, soutenue par la Ville et portée par les associations.",
            "de": "Internationale Solidarität, von der Stadt gefördert und von Vereinen getragen.",
            "en": "International solidarity, supported by the City and carried by associations.",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-solidarite.jpg", "solidarity", ("#2A7F62", "#F6D365"), "S"),
    },
    {
        "title": "Limoges ouverte sur le monde (illustration)",
        "alt_text": {
            "fr": "Illustration stylisée : silhouette blanche des toits d'une ville sur un fond dégradé brique et sable, avec une grande lettre L.",
            "de": "Stilisierte Illustration: weiße Silhouette der Dächer einer Stadt vor einem Farbverlauf von Ziegelrot zu Sandfarben, mit einem großen Buchstaben L.",
            "en": "Stylised illustration: white silhouette of a city's rooftops on a brick-to-sand gradient background, with a large letter L.",
        },
        "caption": {
            "fr": "Jumelages, réseaux et partenariats : Limoges ouverte sur le monde.",
            "de": "Städtepartnerschaften, Netzwerke und Partnerschaften: Limoges ist offen für die Welt.",
            "en": "Twinnings, networks and partnerships: Limoges open to the world.",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-limoges-monde.jpg", "city", ("#B5523B", "#F3E3C3"), "L"),
    },
    {
        "title": "Routes de la céramique (illustration)",
        "alt_text": {
            "fr": "Illustration stylisée : points blancs reliés entre eux comme un réseau, sur un fond dégradé bleu ardoise et bleu ciel, avec les grandes lettres RC.",
            "de": "Stilisierte Illustration: weiße, miteinander verbundene Punkte wie ein Netzwerk vor einem Farbverlauf von Schieferblau zu Himmelblau, mit den großen Buchstaben RC.",
            "en": "Stylised illustration: white dots linked together like a network on a slate-blue to sky-blue gradient background, with the large letters RC.",
        },
        "caption": {
            "fr": "Les routes de la céramique relient des villes d'Europe et d'Asie qui partagent les mêmes savoir-faire.",
            "de": "Die Keramikrouten verbinden Städte in Europa und Asien, die dieselben handwerklichen Traditionen teilen.",
            "en": "The routes of ceramics link cities in Europe and Asia that share the same skills.",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-routes-de-la-ceramique.jpg", "network", ("#3D5A80", "#98C1D9"), "RC"),
    },
    {
        "title": "Jumelages (illustration)",
        "alt_text": {
            "fr": "Illustration stylisée : cinq anneaux blancs liés en cercle, un par ville jumelle, sur un fond dégradé violet et lilas, avec une grande lettre J.",
            "de": "Stilisierte Illustration: fünf im Kreis verbundene weiße Ringe, einer je Partnerstadt, vor einem Farbverlauf von Violett zu Flieder, mit einem großen Buchstaben J.",
            "en": "Stylised illustration: five white rings linked in a circle, one per twin city on a purple-to-lilac gradient background, with a large letter J.",
        },
        "caption": {
            "fr": "Cinq chartes de jumelage signées entre 1982 et 2003.",
            "de": "Fünf Partnerschaftsurkunden, unterzeichnet zwischen 1982 und 2003.",
            "en": "Five twinning charters signed between 1982 and 2003.",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-jumelages.jpg", "rings", ("#5B3E8C", "#E3D5F2"), "J"),
    },
    {
        "title": "Centenaire 1914-1918 (illustration)",
        "alt_text": {
            "fr": "Illustration stylisée : silhouette blanche d'un monument aux morts, un obélisque sur des marches, sur un fond dégradé gris et beige, sobre, avec une grande lettre C.",
            "de": "Stilisierte Illustration: weiße Silhouette eines Kriegerdenkmals, ein Obelisk auf Stufen, vor einem schlichten Farbverlauf von Grau zu Beige, mit einem großen Buchstaben C.",
            "en": "Stylised illustration: white silhouette of a war memorial, an obelisk on steps, on a sober grey-to-beige gradient background, with a large letter C.",
        },
        "caption": {
            "fr": "Centenaire de la Première Guerre mondiale : un temps de mémoire.",
            "de": "Hundert Jahre Erster Weltkrieg: eine Zeit des Gedenkens.",
            "en": "Centenary of the First World War: a time of remembrance.",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-centenaire.jpg", "memorial", ("#4F4A45", "#C8B88A"), "C"),
    },
    {
        "title": "Festival international des Francophonies (illustration)",
        "alt_text": {
            "fr": "Illustration stylisée : bulles de dialogue blanches de plusieurs tailles, comme des voix aux accents divers, sur un fond dégradé rouge et crème, avec une grande lettre F.",
            "de": "Stilisierte Illustration: weiße Sprechblasen in mehreren Größen, wie Stimmen mit verschiedenen Akzenten, vor einem Farbverlauf von Rot zu Creme, mit einem großen Buchstaben F.",
            "en": "Stylised illustration: white speech bubbles of several sizes, like voices with many accents, on a red-to-cream gradient background, with a large letter F.",
        },
        "caption": {
            "fr": "Le Festival international des Francophonies attire à Limoges des artistes du monde entier.",
            "de": "Das Festival international des Francophonies lockt Künstlerinnen und Künstler aus aller Welt nach Limoges.",
            "en": "The Festival international des Francophonies brings artists from all over the world to Limoges.",
        },
        "credit": DEMO_CREDIT,
        "file": Illustration("demo-francophonies.jpg", "voices", ("#C0392B", "#FDEBD0"), "F"),
    },
]

PAGES = [
    {
        "slug": {
            "fr": "relations-internationales",
            "de": "internationale-beziehungen",
            "en": "international-relations",
        },
        "title": {
            "fr": "Relations internationales",
            "de": "Internationale Beziehungen",
            "en": "International relations",
        },
        "parent": None,
        "sib_order": 0,
        "summary": {
            "fr": "Villes jumelles, réseaux de villes céramiques, solidarité internationale : Limoges, ville ouverte sur le monde.",
            "de": "Partnerstädte, Netzwerke der Keramikstädte, internationale Solidarität: Limoges, eine weltoffene Stadt.",
            "en": "Twin cities, networks of ceramics cities, international solidarity: Limoges, a city open to the world.",
        },
        "body": {
            "fr": (
                "<p>Jumelages, réseaux et partenariats : la Ville de Limoges joue pleinement la carte de l'ouverture au monde. "
                "Elle soutient les associations qui portent des projets internationaux, en particulier celles qui agissent pour le développement, "
                "et conduit elle-même des actions de solidarité internationale.</p>"
                "<p>Célèbre dès le Moyen Âge dans tout l'Occident pour ses émaux, Limoges a acquis avec sa porcelaine une renommée internationale. "
                "La ville se positionne aujourd'hui comme le centre européen de la céramique, un lieu où se rencontrent chercheurs et artistes du monde entier.</p>"
                "<p>De grands rendez-vous culturels attirent aussi de nombreux artistes étrangers : le Festival international des Francophonies, "
                "le centre européen de rencontres autour de la musique baroque de La Borie ou encore le festival européen du jeune enfant.</p>"
            ),
            "de": (
                "<p>Städtepartnerschaften, Netzwerke und Partnerschaften: Die Stadt Limoges setzt konsequent auf Weltoffenheit. "
                "Sie unterstützt Vereine, die internationale Projekte tragen, vor allem solche, die sich für Entwicklung einsetzen, "
                "und führt auch selbst Aktionen der internationalen Solidarität durch.</p>"
                "<p>Schon im Mittelalter war Limoges im ganzen Abendland für seine Emailarbeiten berühmt; mit seinem Porzellan erwarb es internationalen Ruf. "
                "Heute versteht sich die Stadt als europäisches Zentrum der Keramik, in dem Forschende und Kunstschaffende aus aller Welt zusammenkommen.</p>"
                "<p>Auch große Kulturveranstaltungen ziehen zahlreiche Künstlerinnen und Künstler aus dem Ausland an: das Festival international des Francophonies, "
                "das europäische Begegnungszentrum für Barockmusik in La Borie und das europäische Festival für Kleinkinder.</p>"
            ),
            "en": (
                "<p>Twinnings, networks and partnerships: the City of Limoges fully embraces its openness to the world. "
                "It supports associations that carry international projects, especially those working for development, "
                "and runs international solidarity actions of its own.</p>"
                "<p>Famous throughout the Western world for its enamels as early as the Middle Ages, Limoges went on to win international renown for its porcelain. "
                "Today the city presents itself as the European centre of ceramics, a place where researchers and artists from all over the world meet.</p>"
                "<p>Major cultural events also bring many artists from abroad: the Festival international des Francophonies, "
                "the European meeting centre for baroque music at La Borie and the European festival for young children.</p>"
            ),
        },
        "image": "Limoges ouverte sur le monde (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "chartes-de-jumelage",
            "de": "partnerschaftsurkunden",
            "en": "twinning-charters",
        },
        "title": {
            "fr": "Chartes de jumelage",
            "de": "Partnerschaftsurkunden",
            "en": "Twinning charters",
        },
        "parent": "relations-internationales",
        "sib_order": 1,
        "documents": ["chartes-de-jumelage-resume"],
        "summary": {
            "fr": "Limoges a signé cinq chartes de jumelage entre 1982 et 2003. Tous les deux ans, le Concert des Cités Unies réunit à l'Opéra de Limoges des musiciens des cinq villes jumelles.",
            "de": "Limoges hat zwischen 1982 und 2003 fünf Partnerschaftsurkunden unterzeichnet. Alle zwei Jahre vereint das Konzert der vereinten Städte Musikerinnen und Musiker aus den fünf Partnerstädten in der Oper Limoges.",
            "en": "Limoges signed five twinning charters between 1982 and 2003. Every two years, the United Cities Concert brings musicians from the five twin cities together at the Limoges Opera House.",
        },
        "body": {
            "fr": (
                "<p>Entre 1982 et 2003, la Ville de Limoges a signé cinq chartes de jumelage avec des villes d'Europe, d'Amérique du Nord et d'Asie. "
                "Un jumelage vit des rencontres entre habitants, associations, jeunes et artistes des villes partenaires.</p>"
                "<h2>Les villes jumelles</h2>"
                "<ul>"
                "<li><strong>Plzeň</strong> (République tchèque) : charte signée le 11 juin 1987 ;</li>"
                "<li><strong>Fürth</strong> (Allemagne) : charte signée en 1992 ;</li>"
                "<li><strong>Charlotte</strong> (Caroline du Nord, États-Unis) : charte signée en 1992 ;</li>"
                "<li><strong>Seto</strong> (Japon) : charte signée le 18 novembre 2003 ;</li>"
                "<li><strong>Grodno</strong> (Hrodna, Biélorussie).</li>"
                "</ul>"
                "<h2>Le Concert des Cités Unies</h2>"
                "<p>Tous les deux ans, le Concert des Cités Unies rassemble des musiciens venus des cinq villes jumelles pour un concert exceptionnel à l'Opéra de Limoges. "
                "Selon la page du ministère français des Affaires étrangères consacrée au jumelage entre Limoges et Fürth, ce rendez-vous a lieu depuis 2003.</p>"
            ),
            "de": (
                "<p>Zwischen 1982 und 2003 hat die Stadt Limoges fünf Partnerschaftsurkunden mit Städten in Europa, Nordamerika und Asien unterzeichnet. "
                "Mit Leben erfüllt wird eine Städtepartnerschaft durch Begegnungen zwischen Bürgerinnen und Bürgern, Vereinen, jungen Menschen und Kunstschaffenden.</p>"
                "<h2>Die Partnerstädte</h2>"
                "<ul>"
                "<li><strong>Plzeň</strong> (Pilsen, Tschechien): Urkunde unterzeichnet am 11. Juni 1987</li>"
                "<li><strong>Fürth</strong> (Deutschland): Urkunde unterzeichnet 1992</li>"
                "<li><strong>Charlotte</strong> (North Carolina, USA): Urkunde unterzeichnet 1992</li>"
                "<li><strong>Seto</strong> (Japan): Urkunde unterzeichnet am 18. November 2003</li>"
                "<li><strong>Grodno</strong> (Hrodna, Belarus)</li>"
                "</ul>"
                "<h2>Das Konzert der vereinten Städte</h2>"
                "<p>Alle zwei Jahre bringt das „Concert des Cités Unies“ (Konzert der vereinten Städte) Musikerinnen und Musiker aus den fünf Partnerstädten "
                "zu einem außergewöhnlichen Konzert in der Oper Limoges zusammen. Laut der Seite des französischen Außenministeriums "
                "zur Partnerschaft Limoges–Fürth findet es seit 2003 statt.</p>"
            ),
            "en": (
                "<p>Between 1982 and 2003, the City of Limoges signed five twinning charters with cities in Europe, North America and Asia. "
                "A twinning lives through meetings between the residents, associations, young people and artists of the partner cities.</p>"
                "<h2>The twin cities</h2>"
                "<ul>"
                "<li><strong>Plzeň</strong> (Pilsen, Czech Republic): charter signed on 11 June 1987</li>"
                "<li><strong>Fürth</strong> (Germany): charter signed in 1992</li>"
                "<li><strong>Charlotte</strong> (North Carolina, United States): charter signed in 1992</li>"
                "<li><strong>Seto</strong> (Japan): charter signed on 18 November 2003</li>"
                "<li><strong>Grodno</strong> (Hrodna, Belarus)</li>"
                "</ul>"
                "<h2>The United Cities Concert</h2>"
                "<p>Every two years, the “Concert des Cités Unies” (United Cities Concert) brings together musicians from the five twin cities "
                "for an exceptional concert at the Limoges Opera House. According to the French foreign ministry's page on the Limoges–Fürth twinning, "
                "it has been held since 2003.</p>"
            ),
        },
        "image": "Jumelages (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "solidarite-internationale",
            "de": "internationale-solidaritaet",
            "en": "international-solidarity",
        },
        "title": {
            "fr": "Solidarité internationale",
            "de": "Internationale Solidarität",
            "en": "International solidarity",
        },
        "parent": "relations-internationales",
        "sib_order": 2,
        "summary": {
            "fr": "La Ville de Limoges soutient les associations qui portent des projets de solidarité internationale, en particulier d'aide au développement, et conduit elle-même des actions solidaires.",
            "de": "Die Stadt Limoges unterstützt Vereine, die Projekte der internationalen Solidarität tragen, insbesondere in der Entwicklungszusammenarbeit, und führt auch selbst Solidaritätsaktionen durch.",
            "en": "The City of Limoges supports associations that carry international solidarity projects, particularly in development, and runs solidarity actions of its own.",
        },
        "body": {
            "fr": (
                "<p>La solidarité internationale est l'un des piliers de l'action internationale de Limoges. "
                "La Ville accompagne les associations qui mènent des projets à l'étranger, en particulier dans le domaine du développement.</p>"
                "<p>Ce soutien prend la forme de subventions en numéraire ou d'aides en nature. Chaque année, la Ville subventionne environ 401 associations, "
                "tous domaines confondus ; cette rubrique présente celles qui agissent à l'international et les projets qu'elles conduisent : "
                "accès à l'eau, santé, éducation, formation professionnelle, échanges de jeunes.</p>"
                "<p>La Ville mène aussi directement ses propres actions de solidarité internationale.</p>"
                "<p><em>Version de démonstration : les associations, les projets et les montants présentés dans cette rubrique sont fictifs.</em></p>"
            ),
            "de": (
                "<p>Die internationale Solidarität ist eine der tragenden Säulen des internationalen Engagements von Limoges. "
                "Die Stadt begleitet Vereine, die Projekte im Ausland durchführen, vor allem in der Entwicklungszusammenarbeit.</p>"
                "<p>Diese Unterstützung erfolgt als Geldzuschuss oder als Sachleistung. Jedes Jahr fördert die Stadt rund 401 Vereine aus allen Bereichen; "
                "diese Rubrik stellt diejenigen vor, die international tätig sind, und ihre Projekte: Zugang zu Wasser, Gesundheit, Bildung, "
                "Berufsausbildung und Jugendaustausch.</p>"
                "<p>Darüber hinaus führt die Stadt auch eigene Aktionen der internationalen Solidarität durch.</p>"
                "<p><em>Demoversion: Die in dieser Rubrik vorgestellten Vereine, Projekte und Beträge sind frei erfunden.</em></p>"
            ),
            "en": (
                "<p>International solidarity is one of the pillars of Limoges's international action. "
                "The City supports associations that run projects abroad, particularly in the field of development.</p>"
                "<p>This support takes the form of cash grants or support in kind. Each year the City subsidises around 401 associations across all fields; "
                "this section presents those working internationally and the projects they carry out: access to water, health, education, "
                "vocational training and youth exchanges.</p>"
                "<p>The City also runs international solidarity actions of its own.</p>"
                "<p><em>Demo version: the associations, projects and amounts presented in this section are fictitious.</em></p>"
            ),
        },
        "image": "Solidarité internationale (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "parrainage-du-bpc-tonnerre",
            "de": "patenschaft-fuer-die-bpc-tonnerre",
            "en": "patronage-of-the-bpc-tonnerre",
        },
        "title": {
            "fr": "Parrainage du BPC Tonnerre",
            "de": "Patenschaft für die BPC Tonnerre",
            "en": "Patronage of the BPC Tonnerre",
        },
        "parent": "relations-internationales",
        "sib_order": 3,
        "summary": {
            "fr": "Limoges est la ville marraine du Tonnerre, bâtiment de projection et de commandement (BPC) de la Marine nationale basé à Toulon. Le parrainage a été décidé en 2005 et célébré en 2008.",
            "de": "Limoges ist Patenstadt der Tonnerre, eines amphibischen Angriffs- und Führungsschiffs (BPC) der französischen Marine mit Heimathafen Toulon. Die Patenschaft wurde 2005 beschlossen und 2008 feierlich besiegelt.",
            "en": "Limoges is the godmother city of the Tonnerre, an amphibious assault and command ship (BPC) of the French Navy based in Toulon. The patronage was decided in 2005 and celebrated in 2008.",
        },
        "body": {
            "fr": (
                "<p>Limoges est la ville marraine du Tonnerre, un bâtiment de projection et de commandement (BPC) de la Marine nationale. "
                "Ce grand navire amphibie peut embarquer des hélicoptères, des engins de débarquement, des troupes et un état-major.</p>"
                "<p>Le conseil municipal a décidé ce parrainage en 2005 ; la cérémonie officielle a eu lieu en 2008. Le Tonnerre a pour port d'attache Toulon.</p>"
                "<p>Le lien entre la ville et l'équipage se voit jusqu'à bord : des coursives du navire portent des noms de rues de Limoges. "
                "À l'hôtel de ville, une maquette du Tonnerre rappelle ce parrainage.</p>"
                "<h2>Avant le Tonnerre, l'Orage</h2>"
                "<p>Ce n'est pas le premier navire que parraine Limoges : avant le Tonnerre, la Ville avait parrainé l'Orage (1967-2007).</p>"
            ),
            "de": (
                "<p>Limoges ist Patenstadt der Tonnerre, eines amphibischen Angriffs- und Führungsschiffs der französischen Marine "
                "(BPC, „bâtiment de projection et de commandement“). Das große amphibische Schiff kann Hubschrauber, Landungsboote, Truppen und einen Führungsstab aufnehmen.</p>"
                "<p>Der Stadtrat beschloss die Patenschaft 2005; die offizielle Feier fand 2008 statt. Heimathafen der Tonnerre ist Toulon.</p>"
                "<p>Die Verbindung zwischen Stadt und Besatzung ist sogar an Bord sichtbar: Gänge des Schiffes tragen Namen von Straßen in Limoges. "
                "Im Rathaus erinnert ein Modell der Tonnerre an die Patenschaft.</p>"
                "<h2>Vor der Tonnerre: die Orage</h2>"
                "<p>Es ist nicht das erste Patenschiff von Limoges: Vor der Tonnerre hatte die Stadt die Patenschaft für die Orage (1967–2007) übernommen.</p>"
            ),
            "en": (
                "<p>Limoges is the godmother city of the Tonnerre, an amphibious assault and command ship of the French Navy "
                "(BPC, for “bâtiment de projection et de commandement”). This large amphibious ship can carry helicopters, landing craft, troops and a command staff.</p>"
                "<p>The city council decided on the patronage in 2005, and the official ceremony took place in 2008. The Tonnerre's home port is Toulon.</p>"
                "<p>The bond between the city and the crew can be seen even on board: gangways on the ship bear the names of Limoges streets. "
                "In the city hall, a model of the Tonnerre recalls the patronage.</p>"
                "<h2>Before the Tonnerre, the Orage</h2>"
                "<p>This is not the first ship Limoges has sponsored: before the Tonnerre, the City sponsored the Orage (1967–2007).</p>"
            ),
        },
        "image": "BPC Tonnerre (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "limoges-centre-europeen-de-la-ceramique",
            "de": "limoges-europaeisches-zentrum-der-keramik",
            "en": "limoges-european-centre-of-ceramics",
        },
        "title": {
            "fr": "Limoges, centre européen de la céramique",
            "de": "Limoges, europäisches Zentrum der Keramik",
            "en": "Limoges, European centre of ceramics",
        },
        "parent": "relations-internationales",
        "sib_order": 4,
        "summary": {
            "fr": "Héritière d'une histoire prestigieuse dans les Arts du feu – porcelaine, émail, vitrail – et forte de nouvelles compétences en céramiques techniques, Limoges rassemble les villes céramiques d'Europe et du monde.",
            "de": "Als Erbin einer glanzvollen Geschichte der Kunst des Feuers – Porzellan, Email, Glasmalerei – und mit neuen Kompetenzen in der technischen Keramik bringt Limoges die Keramikstädte Europas und der Welt zusammen.",
            "en": "Heir to a prestigious history in the arts of fire – porcelain, enamel, stained glass – and strong in new skills in technical ceramics, Limoges brings together the ceramic cities of Europe and the world.",
        },
        "body": {
            "fr": (
                "<p>L'émail de Limoges était célèbre dès le Moyen Âge dans tout l'Occident ; la porcelaine a ensuite porté le nom de la ville dans le monde entier. "
                "Ce patrimoine des Arts du feu – porcelaine, émail, vitrail – fait partie de l'identité de Limoges.</p>"
                "<p>À cet héritage s'ajoutent de nouvelles compétences dans le domaine des céramiques techniques, ces matériaux de haute performance "
                "employés notamment dans l'industrie, l'électronique ou la médecine. Limoges se positionne ainsi comme le centre européen de la céramique, "
                "où se rencontrent chercheurs et artistes du monde entier.</p>"
                "<h2>Des réseaux de villes céramiques</h2>"
                "<p>Le réseau UNIC (Urban Network for Innovation in Ceramics) a été créé en 2008 dans le cadre du programme européen URBACT II, "
                "avec Limoges pour chef de file. Sur ce réseau s'appuie la Route européenne de la céramique, certifiée Itinéraire culturel du Conseil de l'Europe en 2012. "
                "En juin 2010, lors d'une semaine internationale de la céramique organisée à Limoges, quinze partenaires d'Europe et d'Asie "
                "ont signé la charte d'une route mondiale de la céramique.</p>"
            ),
            "de": (
                "<p>Das Email aus Limoges war schon im Mittelalter im ganzen Abendland berühmt; später trug das Porzellan den Namen der Stadt in die ganze Welt. "
                "Dieses Erbe der Kunst des Feuers – Porzellan, Email, Glasmalerei – gehört zur Identität von Limoges.</p>"
                "<p>Hinzu kommen neue Kompetenzen in der technischen Keramik, jenen Hochleistungswerkstoffen, die unter anderem in Industrie, Elektronik "
                "und Medizin eingesetzt werden. So versteht sich Limoges als europäisches Zentrum der Keramik, in dem Forschende und Kunstschaffende "
                "aus aller Welt zusammenkommen.</p>"
                "<h2>Netzwerke der Keramikstädte</h2>"
                "<p>Das Netzwerk UNIC (Urban Network for Innovation in Ceramics) wurde 2008 im Rahmen des europäischen Programms URBACT II gegründet, "
                "mit Limoges als federführender Partnerin. Darauf stützt sich die Europäische Route der Keramik, die 2012 als Kulturroute des Europarats zertifiziert wurde. "
                "Im Juni 2010 unterzeichneten während einer internationalen Keramikwoche in Limoges fünfzehn Partner aus Europa und Asien "
                "die Charta einer weltweiten Keramikstraße.</p>"
            ),
            "en": (
                "<p>Limoges enamel was famous throughout the Western world as early as the Middle Ages; porcelain later carried the city's name around the globe. "
                "This heritage of the arts of fire – porcelain, enamel, stained glass – is part of Limoges's identity.</p>"
                "<p>To this heritage the city has added new skills in technical ceramics, the high-performance materials used in industry, electronics "
                "and medicine among other fields. Limoges thus presents itself as the European centre of ceramics, where researchers and artists "
                "from all over the world meet.</p>"
                "<h2>Networks of ceramic cities</h2>"
                "<p>The UNIC network (Urban Network for Innovation in Ceramics) was created in 2008 under the European URBACT II programme, "
                "with Limoges as lead partner. The European Route of Ceramics, certified as a Cultural Route of the Council of Europe in 2012, builds on this network. "
                "In June 2010, during an international ceramics week held in Limoges, fifteen partners from Europe and Asia "
                "signed the charter of a world route of ceramics.</p>"
            ),
        },
        "image": "Arts du feu (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "subventions-aux-associations",
            "de": "zuschuesse-an-vereine",
            "en": "grants-to-associations",
        },
        "title": {
            "fr": "Subventions aux associations",
            "de": "Zuschüsse an Vereine",
            "en": "Grants to associations",
        },
        "parent": "solidarite-internationale",
        "sib_order": 1,
        "summary": {
            "fr": "Les subventions accordées par la Ville aux associations qui agissent à l'international sont présentées selon les champs du format national commun des données sur les subventions.",
            "de": "Die Zuschüsse der Stadt an international tätige Vereine werden nach den Feldern des landesweit einheitlichen französischen Datenformats für Zuschüsse dargestellt.",
            "en": "The grants the City awards to associations working internationally are presented using the fields of the French national common data format for subsidies.",
        },
        "body": {
            "fr": (
                "<p>Chaque année, la Ville de Limoges subventionne environ 401 associations. Pour celles qui agissent à l'international, "
                "cette rubrique indique, année par année, les aides accordées.</p>"
                "<p>Les informations reprennent les principaux champs du format national commun des données relatives aux subventions (schéma SCDL « subventions »), "
                "dans lequel les organismes publics français publient en données ouvertes les subventions qu'ils accordent :</p>"
                "<ul>"
                "<li>l'année et la date de la convention ;</li>"
                "<li>le bénéficiaire ;</li>"
                "<li>l'objet de la subvention et, le cas échéant, le projet financé ;</li>"
                "<li>le montant ;</li>"
                "<li>la nature de l'aide : aide en numéraire ou aide en nature ;</li>"
                "<li>les conditions de versement : unique, échelonné ou autre.</li>"
                "</ul>"
                "<p><em>Version de démonstration : les associations et les montants présentés ici sont fictifs.</em></p>"
            ),
            "de": (
                "<p>Jedes Jahr fördert die Stadt Limoges rund 401 Vereine. Für die international tätigen Vereine zeigt diese Rubrik "
                "Jahr für Jahr die gewährten Zuschüsse.</p>"
                "<p>Die Angaben folgen den wichtigsten Feldern des landesweit einheitlichen Formats für Zuschussdaten (SCDL-Schema „subventions“), "
                "in dem französische öffentliche Stellen ihre Zuschüsse als offene Daten veröffentlichen:</p>"
                "<ul>"
                "<li>Jahr und Datum der Vereinbarung</li>"
                "<li>Empfänger</li>"
                "<li>Zweck des Zuschusses und gegebenenfalls das geförderte Projekt</li>"
                "<li>Betrag</li>"
                "<li>Art der Hilfe: Geldzuschuss oder Sachleistung</li>"
                "<li>Zahlungsmodalitäten: einmalig, in Raten oder andere</li>"
                "</ul>"
                "<p><em>Demoversion: Die hier gezeigten Vereine und Beträge sind frei erfunden.</em></p>"
            ),
            "en": (
                "<p>Each year the City of Limoges subsidises around 401 associations. For those working internationally, "
                "this section lists the grants awarded, year by year.</p>"
                "<p>The information follows the main fields of the French national common format for subsidy data (the SCDL “subventions” schema), "
                "in which French public bodies publish the subsidies they grant as open data:</p>"
                "<ul>"
                "<li>the year and the date of the agreement;</li>"
                "<li>the beneficiary;</li>"
                "<li>the purpose of the grant and, where relevant, the project funded;</li>"
                "<li>the amount;</li>"
                "<li>the nature of the support: cash grant or support in kind;</li>"
                "<li>the payment conditions: single payment, staged payments or other.</li>"
                "</ul>"
                "<p><em>Demo version: the associations and amounts shown here are fictitious.</em></p>"
            ),
        },
        "image": None,
        "status": "published",
    },
]

ARTICLE_CATEGORIES = [
    {
        "slug": {"fr": "jumelages", "de": "staedtepartnerschaften", "en": "twinning"},
        "name": {"fr": "Jumelages", "de": "Städtepartnerschaften", "en": "Twinning"},
        "position": 1,
    },
    {
        "slug": {"fr": "ceramique", "de": "keramik", "en": "ceramics"},
        "name": {"fr": "Céramique", "de": "Keramik", "en": "Ceramics"},
        "position": 2,
    },
    {
        "slug": {
            "fr": "solidarite-internationale",
            "de": "internationale-solidaritaet",
            "en": "international-solidarity",
        },
        "name": {
            "fr": "Solidarité internationale",
            "de": "Internationale Solidarität",
            "en": "International solidarity",
        },
        "position": 3,
    },
    {
        "slug": {"fr": "memoire-et-defense", "de": "erinnerung-und-verteidigung", "en": "remembrance-and-defence"},
        "name": {"fr": "Mémoire et défense", "de": "Erinnerung und Verteidigung", "en": "Remembrance and defence"},
        "position": 4,
    },
]

ARTICLES = [
    {
        "slug": {
            "fr": "cinq-chartes-de-jumelage",
            "de": "fuenf-partnerschaftsurkunden",
            "en": "five-twinning-charters",
        },
        "title": {
            "fr": "Cinq chartes de jumelage signées entre 1982 et 2003",
            "de": "Fünf Partnerschaftsurkunden, unterzeichnet zwischen 1982 und 2003",
            "en": "Five twinning charters signed between 1982 and 2003",
        },
        "summary": {
            "fr": "Limoges a signé cinq chartes de jumelage entre 1982 et 2003. Tous les deux ans, le Concert des Cités Unies réunit des musiciens des cinq villes jumelles à l'Opéra de Limoges.",
            "de": "Limoges hat zwischen 1982 und 2003 fünf Partnerschaftsurkunden unterzeichnet. Alle zwei Jahre kommen Musikerinnen und Musiker aus den fünf Partnerstädten zum Konzert der vereinten Städte in die Oper Limoges.",
            "en": "Limoges signed five twinning charters between 1982 and 2003. Every two years, musicians from the five twin cities meet at the Limoges Opera House for the United Cities Concert.",
        },
        "body": {
            "fr": (
                "<p>Entre 1982 et 2003, Limoges a noué des liens officiels avec cinq villes d'Europe, d'Amérique du Nord et d'Asie. "
                "Plzeň, en République tchèque, a signé sa charte le 11 juin 1987. Fürth, en Bavière, et Charlotte, en Caroline du Nord, "
                "sont devenues villes jumelles en 1992. La charte avec Seto, au Japon, date du 18 novembre 2003. "
                "Grodno, en Biélorussie, complète le cercle des villes jumelles.</p>"
                "<p>Avec Seto, le jumelage rapproche deux grandes cités des arts du feu : le nom de la ville japonaise a donné au japonais "
                "un mot courant pour désigner la céramique, <em>setomono</em>.</p>"
                "<p>Le rendez-vous le plus emblématique de ces jumelages est le Concert des Cités Unies : tous les deux ans, des musiciens des cinq villes jumelles "
                "se retrouvent à l'Opéra de Limoges pour un concert exceptionnel. D'après le ministère français des Affaires étrangères, il a lieu depuis 2003.</p>"
            ),
            "de": (
                "<p>Zwischen 1982 und 2003 ist Limoges offizielle Partnerschaften mit fünf Städten in Europa, Nordamerika und Asien eingegangen. "
                "Plzeň (Pilsen) in Tschechien unterzeichnete die Urkunde am 11. Juni 1987. Fürth in Bayern und Charlotte in North Carolina "
                "wurden 1992 Partnerstädte. Die Urkunde mit Seto in Japan stammt vom 18. November 2003. "
                "Grodno in Belarus vervollständigt den Kreis der Partnerstädte.</p>"
                "<p>Mit Seto verbindet die Partnerschaft zwei große Städte der Kunst des Feuers: Der Name der japanischen Stadt lebt im japanischen Wort "
                "<em>setomono</em> fort, einer gängigen Bezeichnung für Keramik.</p>"
                "<p>Höhepunkt dieser Partnerschaften ist das Konzert der vereinten Städte: Alle zwei Jahre treffen sich Musikerinnen und Musiker aus den fünf Partnerstädten "
                "zu einem außergewöhnlichen Konzert in der Oper Limoges. Nach Angaben des französischen Außenministeriums findet es seit 2003 statt.</p>"
            ),
            "en": (
                "<p>Between 1982 and 2003, Limoges formed official ties with five cities in Europe, North America and Asia. "
                "Plzeň, in the Czech Republic, signed its charter on 11 June 1987. Fürth, in Bavaria, and Charlotte, in North Carolina, "
                "became twin cities in 1992. The charter with Seto, in Japan, dates from 18 November 2003. "
                "Grodno, in Belarus, completes the circle of twin cities.</p>"
                "<p>The twinning with Seto brings together two great cities of the arts of fire: the Japanese city's name lives on in "
                "<em>setomono</em>, a common Japanese word for ceramics.</p>"
                "<p>The flagship event of these twinnings is the United Cities Concert: every two years, musicians from the five twin cities "
                "meet at the Limoges Opera House for an exceptional concert. According to the French foreign ministry, it has been held since 2003.</p>"
            ),
        },
        "category": "jumelages",
        "published_on": "2023-03-14",
        "is_featured": True,
        "cities": ["plzen", "furth", "charlotte", "seto", "grodno"],
        "networks": [],
        "image": "Jumelages (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "des-relations-avec-des-villes-du-monde-entier",
            "de": "beziehungen-zu-staedten-in-aller-welt",
            "en": "relations-with-cities-around-the-world",
        },
        "title": {
            "fr": "Limoges entretient des relations avec des villes du monde entier",
            "de": "Limoges pflegt Beziehungen zu Städten in aller Welt",
            "en": "Limoges maintains relations with cities around the world",
        },
        "summary": {
            "fr": "Leur patrimoine porcelainier et céramique : plus qu'un point commun, une richesse à promouvoir au-delà des frontières.",
            "de": "Ihr Porzellan- und Keramikerbe: mehr als nur eine Gemeinsamkeit – ein Reichtum, den es über die Grenzen hinweg zu fördern gilt.",
            "en": "Their porcelain and ceramic heritage: more than something in common, a wealth to promote across borders.",
        },
        "body": {
            "fr": (
                "<p>Au-delà de ses cinq villes jumelles, Limoges entretient des relations avec des villes du monde entier. "
                "Ce qui les rapproche, c'est souvent la céramique : un patrimoine porcelainier qui est bien plus qu'un point commun, "
                "une richesse à faire connaître au-delà des frontières.</p>"
                "<p>En Europe, Limoges travaille notamment avec Faenza, qui a donné son nom à la faïence, Delft, Stoke-on-Trent, capitale de la poterie anglaise, "
                "ou Selb, ville de la porcelaine en Bavière et siège du musée Porzellanikon. En Asie, elle est liée à Jingdezhen, capitale historique "
                "de la porcelaine chinoise, à Icheon et à Gangjin, célèbre pour ses céladons, en Corée du Sud, ainsi qu'à Seto, sa ville jumelle japonaise.</p>"
                "<p>Ces relations s'organisent en réseaux : UNIC et la Route européenne de la céramique en Europe, et la route mondiale de la céramique, "
                "dont la charte a été signée à Limoges en juin 2010.</p>"
            ),
            "de": (
                "<p>Über die fünf Partnerstädte hinaus pflegt Limoges Beziehungen zu Städten in aller Welt. "
                "Was sie verbindet, ist oft die Keramik: ein Porzellanerbe, das mehr ist als nur eine Gemeinsamkeit – "
                "ein Reichtum, den es über die Grenzen hinweg bekannt zu machen gilt.</p>"
                "<p>In Europa arbeitet Limoges unter anderem mit Faenza zusammen, das der Fayence ihren Namen gab, mit Delft, mit Stoke-on-Trent, "
                "der Hauptstadt der englischen Töpferei, und mit der bayerischen Porzellanstadt Selb, Sitz des Museums Porzellanikon. "
                "In Asien ist die Stadt mit Jingdezhen verbunden, der historischen Hauptstadt des chinesischen Porzellans, mit Icheon und dem für seine "
                "Seladone berühmten Gangjin in Südkorea sowie mit ihrer japanischen Partnerstadt Seto.</p>"
                "<p>Diese Beziehungen sind in Netzwerken organisiert: UNIC und die Europäische Route der Keramik in Europa sowie die Weltstraße der Keramik, "
                "deren Charta im Juni 2010 in Limoges unterzeichnet wurde.</p>"
            ),
            "en": (
                "<p>Beyond its five twin cities, Limoges maintains relations with cities around the world. "
                "What brings them together is often ceramics: a porcelain heritage that is more than something in common, "
                "a wealth to make known across borders.</p>"
                "<p>In Europe, Limoges works with cities such as Faenza, which gave its name to faience, Delft, Stoke-on-Trent, the capital of English pottery, "
                "and Selb, the Bavarian porcelain town that is home to the Porzellanikon museum. In Asia, it has ties with Jingdezhen, the historic capital "
                "of Chinese porcelain, with Icheon and with Gangjin, famous for its celadons, in South Korea, and with Seto, its Japanese twin city.</p>"
                "<p>These relations are organised in networks: UNIC and the European Route of Ceramics in Europe, and the world route of ceramics, "
                "whose charter was signed in Limoges in June 2010.</p>"
            ),
        },
        "category": "ceramique",
        "published_on": "2022-05-10",
        "is_featured": False,
        "cities": ["faenza", "delft", "stoke-on-trent", "selb", "jingdezhen", "icheon", "gangjin", "seto"],
        "networks": ["unic", "route-europeenne-de-la-ceramique", "route-mondiale-de-la-ceramique"],
        "image": "Arts du feu (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "la-route-europeenne-de-la-ceramique",
            "de": "die-europaeische-route-der-keramik",
            "en": "the-european-route-of-ceramics",
        },
        "title": {
            "fr": "La Route européenne de la céramique",
            "de": "Die Europäische Route der Keramik",
            "en": "The European Route of Ceramics",
        },
        "summary": {
            "fr": "Forte de son héritage dans les Arts du feu et de ses compétences en céramiques techniques, Limoges a constitué une Route européenne de la céramique, appuyée sur le réseau de villes céramiques UNIC qu'elle préside.",
            "de": "Gestützt auf ihr Erbe in der Kunst des Feuers und ihre Kompetenz in der technischen Keramik hat Limoges eine Europäische Route der Keramik geschaffen, getragen vom Netzwerk der Keramikstädte UNIC unter ihrem Vorsitz.",
            "en": "Drawing on its heritage in the arts of fire and its skills in technical ceramics, Limoges set up a European Route of Ceramics, built on the UNIC network of ceramic cities, which it presides.",
        },
        "body": {
            "fr": (
                "<p>L'héritage d'une histoire prestigieuse dans le domaine des Arts du feu (porcelaine, émail, vitrail) et ses nouvelles compétences "
                "dans le domaine des céramiques techniques ont naturellement conduit Limoges à constituer une Route européenne de la céramique. "
                "Celle-ci s'appuie sur le réseau européen des villes céramiques UNIC (Urban Network for Innovation in Ceramics), présidé par la Ville de Limoges.</p>"
                "<h2>Le réseau UNIC</h2>"
                "<p>Créé en 2008 dans le cadre du programme européen URBACT II, avec Limoges pour chef de file, UNIC rassemble des villes de grande tradition céramique : "
                "Aveiro (Portugal), Castellón et Séville (Espagne), Cluj-Napoca (Roumanie), Delft (Pays-Bas), Faenza (Italie), Limoges, Pécs (Hongrie) "
                "et Stoke-on-Trent (Royaume-Uni). Selb, en Allemagne, y est associée par l'intermédiaire de son musée de la porcelaine, le Porzellanikon.</p>"
                "<h2>Un itinéraire culturel du Conseil de l'Europe</h2>"
                "<p>En 2012, la Route européenne de la céramique a été certifiée Itinéraire culturel du Conseil de l'Europe. Elle est portée par l'association UNIC, "
                "dont le siège se trouve à l'hôtel de ville de Limoges, au service des affaires européennes, et réunit une dizaine de villes. "
                "En 2017, sa présidence était assurée par un adjoint au maire de Limoges.</p>"
            ),
            "de": (
                "<p>Das Erbe einer glanzvollen Geschichte in der Kunst des Feuers (Porzellan, Email, Glasmalerei) und neue Kompetenzen in der technischen Keramik "
                "haben Limoges ganz selbstverständlich dazu geführt, eine Europäische Route der Keramik zu schaffen. "
                "Sie stützt sich auf das europäische Netzwerk der Keramikstädte UNIC (Urban Network for Innovation in Ceramics), dessen Vorsitz die Stadt Limoges innehat.</p>"
                "<h2>Das Netzwerk UNIC</h2>"
                "<p>UNIC wurde 2008 im Rahmen des europäischen Programms URBACT II mit Limoges als federführender Partnerin gegründet und vereint Städte mit großer Keramiktradition: "
                "Aveiro (Portugal), Castellón und Sevilla (Spanien), Cluj-Napoca (Rumänien), Delft (Niederlande), Faenza (Italien), Limoges, Pécs (Ungarn) "
                "und Stoke-on-Trent (Vereinigtes Königreich). Das deutsche Selb ist über sein Porzellanmuseum, das Porzellanikon, assoziiert.</p>"
                "<h2>Eine Kulturroute des Europarats</h2>"
                "<p>2012 wurde die Europäische Route der Keramik als Kulturroute des Europarats zertifiziert. Getragen wird sie vom Verein UNIC "
                "mit Sitz im Rathaus von Limoges (Abteilung für Europaangelegenheiten); beteiligt sind rund zehn Städte. "
                "2017 hatte ein Beigeordneter des Bürgermeisters von Limoges den Vorsitz inne.</p>"
            ),
            "en": (
                "<p>The legacy of a prestigious history in the arts of fire (porcelain, enamel, stained glass) and its new skills in technical ceramics "
                "naturally led Limoges to set up a European Route of Ceramics. "
                "The route builds on the European network of ceramic cities UNIC (Urban Network for Innovation in Ceramics), presided by the City of Limoges.</p>"
                "<h2>The UNIC network</h2>"
                "<p>Created in 2008 under the European URBACT II programme, with Limoges as lead partner, UNIC brings together cities with a strong ceramic tradition: "
                "Aveiro (Portugal), Castellón and Seville (Spain), Cluj-Napoca (Romania), Delft (Netherlands), Faenza (Italy), Limoges, Pécs (Hungary) "
                "and Stoke-on-Trent (United Kingdom). Selb, in Germany, is associated through its porcelain museum, the Porzellanikon.</p>"
                "<h2>A Cultural Route of the Council of Europe</h2>"
                "<p>In 2012, the European Route of Ceramics was certified as a Cultural Route of the Council of Europe. It is carried by the UNIC association, "
                "based at Limoges city hall in the European affairs department, and brings together about ten cities. "
                "In 2017, its president was a deputy mayor of Limoges.</p>"
            ),
        },
        "category": "ceramique",
        "published_on": "2021-09-20",
        "is_featured": True,
        "cities": [
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
        "networks": ["unic", "route-europeenne-de-la-ceramique"],
        "image": "Routes de la céramique (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "la-route-mondiale-de-la-ceramique",
            "de": "die-weltstrasse-der-keramik",
            "en": "the-world-route-of-ceramics",
        },
        "title": {
            "fr": "La route mondiale de la céramique",
            "de": "Die Weltstraße der Keramik",
            "en": "The world route of ceramics",
        },
        "summary": {
            "fr": "Lors d'une semaine internationale de la céramique organisée à Limoges en juin 2010, les villes du réseau européen UNIC et des villes asiatiques de longue tradition céramique ont créé un réseau international.",
            "de": "Während einer internationalen Keramikwoche in Limoges im Juni 2010 haben die Städte des europäischen Netzwerks UNIC und asiatische Städte mit langer Keramiktradition ein internationales Netzwerk gegründet.",
            "en": "During an international ceramics week held in Limoges in June 2010, the cities of the European UNIC network and Asian cities with a long ceramic tradition created an international network.",
        },
        "body": {
            "fr": (
                "<p>Du 15 au 19 juin 2010, la Ville de Limoges a organisé une semaine internationale de la céramique. À cette occasion, "
                "les représentants du réseau européen UNIC (Urban Network for Innovation in Ceramics) et des villes asiatiques de longue tradition céramique "
                "ont signé la charte de « La route de la céramique », un réseau international de villes céramiques.</p>"
                "<p>Quinze partenaires ont signé cette charte :</p>"
                "<ul>"
                "<li>les membres du réseau UNIC : Aveiro, Castellón, Cluj-Napoca, Delft, Faenza, Limoges, Pécs, Séville et Stoke-on-Trent ;</li>"
                "<li>deux musées : le Porzellanikon de Selb (Allemagne) et le musée Zsolnay de Pécs (Hongrie) ;</li>"
                "<li>quatre villes d'Asie : Gangjin et Icheon (Corée du Sud), Jingdezhen (Chine) et Seto (Japon).</li>"
                "</ul>"
                "<p>Ce réseau prolonge à l'échelle du monde la coopération engagée en Europe : il relie des villes qui partagent un même savoir-faire "
                "et voient dans la céramique une source de culture, d'innovation et d'échanges.</p>"
            ),
            "de": (
                "<p>Vom 15. bis 19. Juni 2010 veranstaltete die Stadt Limoges eine internationale Keramikwoche. Bei dieser Gelegenheit unterzeichneten "
                "die Vertreter des europäischen Netzwerks UNIC (Urban Network for Innovation in Ceramics) und asiatischer Städte mit langer Keramiktradition "
                "die Charta der „Route de la céramique“, eines internationalen Netzwerks der Keramikstädte.</p>"
                "<p>Fünfzehn Partner haben die Charta unterzeichnet:</p>"
                "<ul>"
                "<li>die Mitglieder des Netzwerks UNIC: Aveiro, Castellón, Cluj-Napoca, Delft, Faenza, Limoges, Pécs, Sevilla und Stoke-on-Trent</li>"
                "<li>zwei Museen: das Porzellanikon in Selb (Deutschland) und das Zsolnay-Museum in Pécs (Ungarn)</li>"
                "<li>vier Städte in Asien: Gangjin und Icheon (Südkorea), Jingdezhen (China) und Seto (Japan)</li>"
                "</ul>"
                "<p>Das Netzwerk führt die in Europa begonnene Zusammenarbeit weltweit fort: Es verbindet Städte, die dasselbe Handwerk teilen "
                "und in der Keramik eine Quelle von Kultur, Innovation und Austausch sehen.</p>"
            ),
            "en": (
                "<p>From 15 to 19 June 2010, the City of Limoges held an international ceramics week. On this occasion, "
                "representatives of the European UNIC network (Urban Network for Innovation in Ceramics) and of Asian cities with a long ceramic tradition "
                "signed the charter of “La route de la céramique”, an international network of ceramic cities.</p>"
                "<p>Fifteen partners signed the charter:</p>"
                "<ul>"
                "<li>the members of the UNIC network: Aveiro, Castellón, Cluj-Napoca, Delft, Faenza, Limoges, Pécs, Seville and Stoke-on-Trent;</li>"
                "<li>two museums: the Porzellanikon in Selb (Germany) and the Zsolnay Museum in Pécs (Hungary);</li>"
                "<li>four Asian cities: Gangjin and Icheon (South Korea), Jingdezhen (China) and Seto (Japan).</li>"
                "</ul>"
                "<p>The network extends worldwide the cooperation begun in Europe: it links cities that share the same craft "
                "and see ceramics as a source of culture, innovation and exchange.</p>"
            ),
        },
        "category": "ceramique",
        "published_on": "2020-06-15",
        "is_featured": False,
        "cities": [
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
        "networks": ["route-mondiale-de-la-ceramique", "unic"],
        "image": "Routes de la céramique (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "limoges-ville-marraine-du-bpc-tonnerre",
            "de": "limoges-patenstadt-der-bpc-tonnerre",
            "en": "limoges-godmother-city-of-the-bpc-tonnerre",
        },
        "title": {
            "fr": "Limoges, ville marraine du BPC Tonnerre",
            "de": "Limoges, Patenstadt der BPC Tonnerre",
            "en": "Limoges, godmother city of the BPC Tonnerre",
        },
        "summary": {
            "fr": "Depuis la décision du conseil municipal en 2005 et la cérémonie de 2008, Limoges est la marraine du bâtiment de projection et de commandement Tonnerre, dont le port d'attache est Toulon.",
            "de": "Seit dem Stadtratsbeschluss von 2005 und der Feier von 2008 ist Limoges Patenstadt des amphibischen Angriffs- und Führungsschiffs Tonnerre mit Heimathafen Toulon.",
            "en": "Since the city council's decision in 2005 and the ceremony of 2008, Limoges has been godmother to the amphibious assault and command ship Tonnerre, whose home port is Toulon.",
        },
        "body": {
            "fr": (
                "<p>Limoges est la ville marraine du Tonnerre, un bâtiment de projection et de commandement (BPC) de la Marine nationale. "
                "Ces grands navires amphibies peuvent embarquer des hélicoptères, des engins de débarquement, des troupes et un état-major.</p>"
                "<p>Le parrainage a été décidé par le conseil municipal en 2005 et célébré lors d'une cérémonie en 2008. Le Tonnerre a pour port d'attache Toulon, "
                "mais il emporte un peu de Limoges à son bord : des coursives portent des noms de rues de la ville. "
                "En retour, une maquette du navire est exposée à l'hôtel de ville.</p>"
                "<p>Ce lien entre une ville et un équipage s'inscrit dans la tradition des villes marraines de la Marine nationale : "
                "avant le Tonnerre, Limoges avait déjà parrainé l'Orage (1967-2007).</p>"
            ),
            "de": (
                "<p>Limoges ist Patenstadt der Tonnerre, eines amphibischen Angriffs- und Führungsschiffs (BPC) der französischen Marine. "
                "Diese großen amphibischen Schiffe können Hubschrauber, Landungsboote, Truppen und einen Führungsstab aufnehmen.</p>"
                "<p>Der Stadtrat beschloss die Patenschaft 2005, gefeiert wurde sie 2008. Heimathafen der Tonnerre ist Toulon, "
                "doch ein Stück Limoges fährt immer mit: Gänge an Bord tragen Namen von Straßen der Stadt. "
                "Umgekehrt ist im Rathaus ein Modell des Schiffes ausgestellt.</p>"
                "<p>Diese Verbindung zwischen einer Stadt und einer Besatzung folgt der Tradition der Patenstädte der französischen Marine: "
                "Vor der Tonnerre hatte Limoges bereits die Patenschaft für die Orage (1967–2007) übernommen.</p>"
            ),
            "en": (
                "<p>Limoges is the godmother city of the Tonnerre, an amphibious assault and command ship (BPC) of the French Navy. "
                "These large amphibious ships can carry helicopters, landing craft, troops and a command staff.</p>"
                "<p>The patronage was decided by the city council in 2005 and celebrated at a ceremony in 2008. The Tonnerre's home port is Toulon, "
                "but she carries a little of Limoges on board: gangways bear the names of the city's streets. "
                "In return, a model of the ship is on display in the city hall.</p>"
                "<p>This bond between a city and a crew follows the tradition of the French Navy's godmother cities: "
                "before the Tonnerre, Limoges had already sponsored the Orage (1967–2007).</p>"
            ),
        },
        "category": "memoire-et-defense",
        "published_on": "2023-10-12",
        "is_featured": True,
        "cities": [],
        "networks": [],
        "image": "BPC Tonnerre (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "limoges-et-furth-fetent-25-ans-de-jumelage",
            "de": "limoges-und-fuerth-feiern-25-jahre-partnerschaft",
            "en": "limoges-and-furth-celebrate-25-years-of-twinning",
        },
        "title": {
            "fr": "Limoges et Fürth fêtent 25 ans de jumelage",
            "de": "Limoges und Fürth feiern 25 Jahre Städtepartnerschaft",
            "en": "Limoges and Fürth celebrate 25 years of twinning",
        },
        "summary": {
            "fr": "En 2017, Limoges et Fürth célèbrent le 25e anniversaire de la charte de jumelage signée en 1992 entre la cité de la porcelaine et la ville bavaroise.",
            "de": "2017 feiern Limoges und Fürth das 25-jährige Bestehen ihrer 1992 unterzeichneten Partnerschaft zwischen der Porzellanstadt und der fränkischen Stadt.",
            "en": "In 2017, Limoges and Fürth celebrate the 25th anniversary of the twinning charter signed in 1992 between the city of porcelain and the Bavarian town.",
        },
        "body": {
            "fr": (
                "<p>Signée en 1992, la charte de jumelage entre Limoges et Fürth fête ses 25 ans en 2017. "
                "Située en Franconie, en Bavière, tout près de Nuremberg, Fürth est l'une des cinq villes jumelles de Limoges.</p>"
                "<p>Un quart de siècle après sa signature, ce jumelage franco-allemand témoigne de l'amitié entre deux pays longtemps opposés. "
                "Il vit des rencontres entre habitants, associations, jeunes et artistes des deux villes.</p>"
                "<p>Fürth est aussi présente au Concert des Cités Unies, qui réunit tous les deux ans à l'Opéra de Limoges des musiciens des cinq villes jumelles. "
                "Selon la page du ministère français des Affaires étrangères consacrée au jumelage Limoges–Fürth, ce concert a lieu depuis 2003.</p>"
            ),
            "de": (
                "<p>Die 1992 unterzeichnete Partnerschaft zwischen Limoges und Fürth wird 2017 25 Jahre alt. "
                "Fürth liegt in Franken, in Bayern, unmittelbar neben Nürnberg und ist eine der fünf Partnerstädte von Limoges.</p>"
                "<p>Ein Vierteljahrhundert nach ihrer Unterzeichnung steht diese deutsch-französische Partnerschaft für die Freundschaft zweier Länder, "
                "die lange Gegner waren. Sie lebt von den Begegnungen zwischen Bürgerinnen und Bürgern, Vereinen, jungen Menschen und Kunstschaffenden beider Städte.</p>"
                "<p>Fürth ist auch beim Konzert der vereinten Städte vertreten, das alle zwei Jahre Musikerinnen und Musiker aus den fünf Partnerstädten "
                "in der Oper Limoges zusammenführt. Laut der Seite des französischen Außenministeriums zur Partnerschaft Limoges–Fürth findet es seit 2003 statt.</p>"
            ),
            "en": (
                "<p>Signed in 1992, the twinning charter between Limoges and Fürth turns 25 in 2017. "
                "Located in Franconia, in Bavaria, right next to Nuremberg, Fürth is one of Limoges's five twin cities.</p>"
                "<p>A quarter of a century after it was signed, this Franco-German twinning bears witness to the friendship between two countries "
                "that were long enemies. It lives through meetings between the residents, associations, young people and artists of both cities.</p>"
                "<p>Fürth also takes part in the United Cities Concert, which brings musicians from the five twin cities together at the Limoges Opera House "
                "every two years. According to the French foreign ministry's page on the Limoges–Fürth twinning, the concert has been held since 2003.</p>"
            ),
        },
        "category": "jumelages",
        "published_on": "2017-09-18",
        "is_featured": False,
        "cities": ["furth"],
        "networks": [],
        "image": "Jumelages (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "la-ville-renouvelle-son-soutien-a-la-solidarite-internationale",
            "de": "die-stadt-foerdert-weiterhin-die-internationale-solidaritaet",
            "en": "the-city-renews-its-support-for-international-solidarity",
        },
        "title": {
            "fr": "Solidarité internationale : la Ville renouvelle son soutien aux associations",
            "de": "Internationale Solidarität: Die Stadt unterstützt die Vereine weiterhin",
            "en": "International solidarity: the City renews its support for associations",
        },
        "summary": {
            "fr": "En 2026, la Ville de Limoges poursuit son soutien aux associations engagées dans la solidarité internationale, de la santé maternelle au Bénin à la formation aux métiers de la céramique à Madagascar.",
            "de": "2026 unterstützt die Stadt Limoges weiterhin Vereine, die sich für internationale Solidarität einsetzen – von der Geburtshilfe in Benin bis zur Keramikausbildung auf Madagaskar.",
            "en": "In 2026, the City of Limoges continues to support associations committed to international solidarity, from maternal health in Benin to ceramics training in Madagascar.",
        },
        "body": {
            "fr": (
                "<p>Fidèle à son engagement, la Ville de Limoges accompagne les associations qui portent des projets de solidarité internationale, "
                "en particulier dans le domaine du développement.</p>"
                "<p>En 2026, les subventions votées soutiennent notamment :</p>"
                "<ul>"
                "<li>l'atelier-école de céramique d'Antsirabe, à Madagascar, avec Porcelaine sans frontières Limousin ;</li>"
                "<li>l'équipement d'une maternité à Parakou, au Bénin, avec Limousin Santé Bénin ;</li>"
                "<li>la formation de bibliothécaires bénévoles à Saint-Louis, au Sénégal, avec Lire à Saint-Louis – Limousin ;</li>"
                "<li>les échanges de jeunes et les rencontres avec les villes jumelles Plzeň et Fürth.</li>"
                "</ul>"
                "<p>La Ville prépare aussi sa propre action : un projet de foyers de cuisson améliorés en céramique au Sénégal, "
                "qui doit démarrer en 2027 et mettre à profit le savoir-faire céramique de Limoges.</p>"
                "<p><em>Article de démonstration : les associations, les projets et les subventions cités sont fictifs.</em></p>"
            ),
            "de": (
                "<p>Getreu ihrem Engagement begleitet die Stadt Limoges Vereine, die Projekte der internationalen Solidarität tragen, "
                "insbesondere in der Entwicklungszusammenarbeit.</p>"
                "<p>2026 fördern die beschlossenen Zuschüsse unter anderem:</p>"
                "<ul>"
                "<li>die Keramik-Lehrwerkstatt in Antsirabe auf Madagaskar, mit Porcelaine sans frontières Limousin</li>"
                "<li>die Ausstattung einer Geburtsstation in Parakou in Benin, mit Limousin Santé Bénin</li>"
                "<li>die Ausbildung ehrenamtlicher Bibliothekarinnen und Bibliothekare in Saint-Louis im Senegal, mit Lire à Saint-Louis – Limousin</li>"
                "<li>Jugendaustausch und Begegnungen mit den Partnerstädten Plzeň und Fürth</li>"
                "</ul>"
                "<p>Die Stadt bereitet auch ein eigenes Vorhaben vor: verbesserte Kochherde aus Keramik im Senegal, "
                "ein Projekt, das 2027 beginnen und das Keramik-Know-how aus Limoges nutzen soll.</p>"
                "<p><em>Demo-Artikel: Die genannten Vereine, Projekte und Zuschüsse sind frei erfunden.</em></p>"
            ),
            "en": (
                "<p>True to its commitment, the City of Limoges supports associations that carry international solidarity projects, "
                "particularly in the field of development.</p>"
                "<p>In 2026, the grants voted support, among others:</p>"
                "<ul>"
                "<li>the ceramics training workshop in Antsirabe, Madagascar, with Porcelaine sans frontières Limousin;</li>"
                "<li>equipment for a maternity ward in Parakou, Benin, with Limousin Santé Bénin;</li>"
                "<li>training for volunteer librarians in Saint-Louis, Senegal, with Lire à Saint-Louis – Limousin;</li>"
                "<li>youth exchanges and meetings with the twin cities of Plzeň and Fürth.</li>"
                "</ul>"
                "<p>The City is also preparing an action of its own: a project of improved ceramic cookstoves in Senegal, "
                "due to start in 2027 and to draw on Limoges's ceramic expertise.</p>"
                "<p><em>Demo article: the associations, projects and grants mentioned are fictitious.</em></p>"
            ),
        },
        "category": "solidarite-internationale",
        "published_on": "2026-04-16",
        "is_featured": False,
        "cities": ["plzen", "furth"],
        "networks": [],
        "image": "Solidarité internationale (illustration)",
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "centenaire-1914-1918",
            "de": "hundertjahrgedenken-1914-1918",
            "en": "centenary-1914-1918",
        },
        "title": {
            "fr": "Centenaire 1914-1918 : Limoges se souvient",
            "de": "Hundertjahrgedenken 1914–1918: Limoges erinnert sich",
            "en": "Centenary 1914–1918: Limoges remembers",
        },
        "summary": {
            "fr": "De 2014 à 2018, la France a commémoré le centenaire de la Première Guerre mondiale. Un temps de mémoire qui résonne aussi avec les jumelages européens de Limoges.",
            "de": "Von 2014 bis 2018 hat Frankreich an den Ersten Weltkrieg vor hundert Jahren erinnert. Eine Zeit des Gedenkens, die auch in den europäischen Städtepartnerschaften von Limoges nachklingt.",
            "en": "From 2014 to 2018, France commemorated the centenary of the First World War. A time of remembrance that also resonates with Limoges's European twinnings.",
        },
        "body": {
            "fr": (
                "<p>De 2014 à 2018, la France a commémoré le centenaire de la Première Guerre mondiale. Cérémonies, expositions et travaux de recherche "
                "ont rendu hommage aux soldats et aux civils emportés par le conflit, jusqu'au centenaire de l'armistice du 11 novembre 1918.</p>"
                "<p>Comme l'ensemble des communes françaises, Limoges et le Limousin ont payé un lourd tribut à la Grande Guerre. "
                "Pendant ces années de commémoration, la Ville a consacré une rubrique de son site au Centenaire 1914-1918.</p>"
                "<p>Ce travail de mémoire rejoint l'action internationale de la Ville. Les jumelages sont nés en Europe au lendemain de la Seconde Guerre mondiale "
                "pour rapprocher des peuples qui s'étaient combattus ; le lien qui unit aujourd'hui Limoges à Fürth, en Allemagne, en est l'héritier.</p>"
            ),
            "de": (
                "<p>Von 2014 bis 2018 hat Frankreich an den Ersten Weltkrieg vor hundert Jahren erinnert. Gedenkfeiern, Ausstellungen und Forschungsarbeiten "
                "würdigten die Soldaten und Zivilisten, die dem Krieg zum Opfer fielen – bis zum hundertsten Jahrestag des Waffenstillstands vom 11. November 1918.</p>"
                "<p>Wie alle Gemeinden Frankreichs haben auch Limoges und das Limousin einen hohen Blutzoll für den Großen Krieg entrichtet. "
                "Während der Gedenkjahre widmete die Stadt dem „Centenaire 1914-1918“ eine eigene Rubrik auf ihrer Website.</p>"
                "<p>Diese Erinnerungsarbeit ist eng mit dem internationalen Engagement der Stadt verbunden. Städtepartnerschaften entstanden in Europa nach dem Zweiten Weltkrieg, "
                "um Völker einander näherzubringen, die sich bekämpft hatten; die heutige Partnerschaft zwischen Limoges und Fürth in Deutschland steht in dieser Tradition.</p>"
            ),
            "en": (
                "<p>From 2014 to 2018, France commemorated the centenary of the First World War. Ceremonies, exhibitions and research "
                "paid tribute to the soldiers and civilians lost in the conflict, up to the centenary of the armistice of 11 November 1918.</p>"
                "<p>Like every commune in France, Limoges and the Limousin paid a heavy price in the Great War. "
                "During the years of commemoration, the City devoted a section of its website to the “Centenaire 1914-1918”.</p>"
                "<p>This work of remembrance is closely linked to the City's international action. Twinnings were born in Europe after the Second World War "
                "to bring together peoples who had fought each other; today's bond between Limoges and Fürth, in Germany, is part of that legacy.</p>"
            ),
        },
        "category": "memoire-et-defense",
        "published_on": "2018-11-09",
        "is_featured": False,
        "cities": ["furth"],
        "networks": [],
        "image": "Centenaire 1914-1918 (illustration)",
        "status": "published",
    },
]

EVENTS = [
    {
        "slug": {
            "fr": "concert-des-cites-unies-2027",
            "de": "konzert-der-vereinten-staedte-2027",
            "en": "united-cities-concert-2027",
        },
        "title": {
            "fr": "Concert des Cités Unies 2027",
            "de": "Konzert der vereinten Städte 2027",
            "en": "United Cities Concert 2027",
        },
        "summary": {
            "fr": "Tous les deux ans, des musiciens venus des cinq villes jumelles de Limoges se retrouvent sur la scène de l'Opéra pour le Concert des Cités Unies.",
            "de": "Alle zwei Jahre treffen sich Musikerinnen und Musiker aus den fünf Partnerstädten von Limoges auf der Bühne der Oper zum Konzert der vereinten Städte.",
            "en": "Every two years, musicians from Limoges's five twin cities share the stage of the Opera House for the United Cities Concert.",
        },
        "body": {
            "fr": (
                "<p>Rendez-vous phare des jumelages de Limoges, le Concert des Cités Unies réunit tous les deux ans à l'Opéra de Limoges "
                "des musiciens de Plzeň, Fürth, Charlotte, Seto et Grodno. Selon le ministère français des Affaires étrangères, il a lieu depuis 2003.</p>"
                "<p>Le programme de l'édition 2027 et les modalités de réservation seront annoncés ultérieurement.</p>"
                "<p><em>Démonstration : la date indiquée est fictive.</em></p>"
            ),
            "de": (
                "<p>Das Konzert der vereinten Städte ist der Höhepunkt der Städtepartnerschaften von Limoges: Alle zwei Jahre vereint es in der Oper Limoges "
                "Musikerinnen und Musiker aus Plzeň, Fürth, Charlotte, Seto und Grodno. Nach Angaben des französischen Außenministeriums findet es seit 2003 statt.</p>"
                "<p>Das Programm 2027 und die Informationen zum Kartenvorverkauf werden später bekannt gegeben.</p>"
                "<p><em>Demo: Das angegebene Datum ist frei erfunden.</em></p>"
            ),
            "en": (
                "<p>The flagship event of Limoges's twinnings, the United Cities Concert brings musicians from Plzeň, Fürth, Charlotte, Seto and Grodno "
                "together at the Limoges Opera House every two years. According to the French foreign ministry, it has been held since 2003.</p>"
                "<p>The programme of the 2027 edition and booking details will be announced later.</p>"
                "<p><em>Demo: the date shown is fictitious.</em></p>"
            ),
        },
        "starts_at": "2027-06-05T20:00:00+02:00",
        "ends_at": "2027-06-05T22:30:00+02:00",
        "venue": {"fr": "Opéra de Limoges", "de": "Oper Limoges", "en": "Limoges Opera House"},
        "address": "48 rue Jean Jaurès, 87000 Limoges",
        "cities": ["plzen", "furth", "charlotte", "seto", "grodno"],
        "image": "Concert des Cités Unies (illustration)",
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "concert-des-cites-unies-2025",
            "de": "konzert-der-vereinten-staedte-2025",
            "en": "united-cities-concert-2025",
        },
        "title": {
            "fr": "Concert des Cités Unies 2025",
            "de": "Konzert der vereinten Städte 2025",
            "en": "United Cities Concert 2025",
        },
        "summary": {
            "fr": "L'édition 2025 du Concert des Cités Unies a réuni à l'Opéra de Limoges des musiciens des villes jumelles pour un concert exceptionnel.",
            "de": "Das Konzert der vereinten Städte 2025 vereinte Musikerinnen und Musiker der Partnerstädte zu einem außergewöhnlichen Konzert in der Oper Limoges.",
            "en": "The 2025 United Cities Concert brought musicians from the twin cities together for an exceptional concert at the Limoges Opera House.",
        },
        "body": {
            "fr": (
                "<p>Comme tous les deux ans, le Concert des Cités Unies a rassemblé sur la scène de l'Opéra de Limoges des musiciens venus des villes jumelles : "
                "Plzeň, Fürth, Charlotte, Seto et Grodno.</p>"
                "<p>Ce concert est l'occasion de faire vivre les jumelages par la musique, langage commun à toutes les villes partenaires.</p>"
                "<p><em>Démonstration : la date indiquée est fictive.</em></p>"
            ),
            "de": (
                "<p>Wie alle zwei Jahre brachte das Konzert der vereinten Städte Musikerinnen und Musiker aus den Partnerstädten Plzeň, Fürth, Charlotte, Seto und Grodno "
                "auf die Bühne der Oper Limoges.</p>"
                "<p>Das Konzert lässt die Städtepartnerschaften durch die Musik lebendig werden, eine Sprache, die alle Partnerstädte verstehen.</p>"
                "<p><em>Demo: Das angegebene Datum ist frei erfunden.</em></p>"
            ),
            "en": (
                "<p>As every two years, the United Cities Concert brought musicians from the twin cities of Plzeň, Fürth, Charlotte, Seto and Grodno "
                "to the stage of the Limoges Opera House.</p>"
                "<p>The concert brings the twinnings to life through music, a language shared by all the partner cities.</p>"
                "<p><em>Demo: the date shown is fictitious.</em></p>"
            ),
        },
        "starts_at": "2025-06-14T20:00:00+02:00",
        "ends_at": "2025-06-14T22:30:00+02:00",
        "venue": {"fr": "Opéra de Limoges", "de": "Oper Limoges", "en": "Limoges Opera House"},
        "address": "48 rue Jean Jaurès, 87000 Limoges",
        "cities": ["plzen", "furth", "charlotte", "seto", "grodno"],
        "image": "Concert des Cités Unies (illustration)",
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "semaine-internationale-de-la-ceramique-2010",
            "de": "internationale-keramikwoche-2010",
            "en": "international-ceramics-week-2010",
        },
        "title": {
            "fr": "Semaine internationale de la céramique 2010",
            "de": "Internationale Keramikwoche 2010",
            "en": "International ceramics week 2010",
        },
        "summary": {
            "fr": "Du 15 au 19 juin 2010, Limoges a accueilli une semaine internationale de la céramique, au cours de laquelle quinze partenaires d'Europe et d'Asie ont signé la charte de la route mondiale de la céramique.",
            "de": "Vom 15. bis 19. Juni 2010 fand in Limoges eine internationale Keramikwoche statt, in deren Verlauf fünfzehn Partner aus Europa und Asien die Charta der Weltstraße der Keramik unterzeichneten.",
            "en": "From 15 to 19 June 2010, Limoges hosted an international ceramics week, during which fifteen partners from Europe and Asia signed the charter of the world route of ceramics.",
        },
        "body": {
            "fr": (
                "<p>Du 15 au 19 juin 2010, la Ville de Limoges a organisé une semaine internationale de la céramique. Les représentants du réseau européen UNIC "
                "et de villes asiatiques de longue tradition céramique y ont créé un réseau international en signant la charte de « La route de la céramique ».</p>"
                "<p>Les quinze signataires : les neuf villes du réseau UNIC (Aveiro, Castellón, Cluj-Napoca, Delft, Faenza, Limoges, Pécs, Séville, Stoke-on-Trent), "
                "le Porzellanikon de Selb, le musée Zsolnay de Pécs, et les villes de Gangjin, Icheon, Jingdezhen et Seto.</p>"
            ),
            "de": (
                "<p>Vom 15. bis 19. Juni 2010 veranstaltete die Stadt Limoges eine internationale Keramikwoche. Die Vertreter des europäischen Netzwerks UNIC "
                "und asiatischer Städte mit langer Keramiktradition gründeten dabei ein internationales Netzwerk und unterzeichneten die Charta der „Route de la céramique“.</p>"
                "<p>Die fünfzehn Unterzeichner: die neun Städte des Netzwerks UNIC (Aveiro, Castellón, Cluj-Napoca, Delft, Faenza, Limoges, Pécs, Sevilla, Stoke-on-Trent), "
                "das Porzellanikon in Selb, das Zsolnay-Museum in Pécs sowie die Städte Gangjin, Icheon, Jingdezhen und Seto.</p>"
            ),
            "en": (
                "<p>From 15 to 19 June 2010, the City of Limoges held an international ceramics week. Representatives of the European UNIC network "
                "and of Asian cities with a long ceramic tradition created an international network there by signing the charter of “La route de la céramique”.</p>"
                "<p>The fifteen signatories: the nine cities of the UNIC network (Aveiro, Castellón, Cluj-Napoca, Delft, Faenza, Limoges, Pécs, Seville, Stoke-on-Trent), "
                "the Porzellanikon in Selb, the Zsolnay Museum in Pécs, and the cities of Gangjin, Icheon, Jingdezhen and Seto.</p>"
            ),
        },
        "starts_at": "2010-06-15T09:00:00+02:00",
        "ends_at": "2010-06-19T18:00:00+02:00",
        "venue": {"fr": "Limoges", "de": "Limoges", "en": "Limoges"},
        "address": "",
        "cities": [
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
        "image": "Routes de la céramique (illustration)",
        "status": "published",
    },
    {
        "slug": {
            "fr": "festival-international-des-francophonies-2027",
            "de": "festival-international-des-francophonies-2027",
            "en": "festival-international-des-francophonies-2027",
        },
        "title": {
            "fr": "Festival international des Francophonies 2027",
            "de": "Festival international des Francophonies 2027",
            "en": "Festival international des Francophonies 2027",
        },
        "summary": {
            "fr": "Théâtre, lectures et rencontres : le Festival international des Francophonies accueille à Limoges des artistes de langue française venus du monde entier.",
            "de": "Theater, Lesungen und Begegnungen: Das Festival international des Francophonies empfängt in Limoges französischsprachige Künstlerinnen und Künstler aus aller Welt.",
            "en": "Theatre, readings and meetings: the Festival international des Francophonies welcomes French-speaking artists from all over the world to Limoges.",
        },
        "body": {
            "fr": (
                "<p>Le Festival international des Francophonies fait partie des grands rendez-vous culturels qui attirent à Limoges de nombreux artistes étrangers. "
                "Il met à l'honneur les écritures et les artistes de langue française des cinq continents.</p>"
                "<p>Le programme de l'édition 2027 sera publié ultérieurement.</p>"
                "<p><em>Démonstration : les dates indiquées sont fictives.</em></p>"
            ),
            "de": (
                "<p>Das Festival international des Francophonies gehört zu den großen Kulturveranstaltungen, die zahlreiche Künstlerinnen und Künstler aus dem Ausland "
                "nach Limoges locken. Es stellt französischsprachige Texte und Kunstschaffende von allen fünf Kontinenten in den Mittelpunkt.</p>"
                "<p>Das Programm 2027 wird später veröffentlicht.</p>"
                "<p><em>Demo: Die angegebenen Daten sind frei erfunden.</em></p>"
            ),
            "en": (
                "<p>The Festival international des Francophonies is one of the major cultural events that bring many artists from abroad to Limoges. "
                "It showcases French-language writing and artists from all five continents.</p>"
                "<p>The programme of the 2027 edition will be published later.</p>"
                "<p><em>Demo: the dates shown are fictitious.</em></p>"
            ),
        },
        "starts_at": "2027-09-22T18:00:00+02:00",
        "ends_at": "2027-10-02T23:00:00+02:00",
        "venue": {
            "fr": "Limoges, plusieurs lieux",
            "de": "Limoges, verschiedene Spielorte",
            "en": "Limoges, various venues",
        },
        "address": "",
        "cities": [],
        "image": "Festival international des Francophonies (illustration)",
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "rencontres-europeennes-de-la-ceramique-2027",
            "de": "europaeische-keramiktage-2027",
            "en": "european-ceramics-meetings-2027",
        },
        "title": {
            "fr": "Rencontres européennes de la céramique 2027",
            "de": "Europäische Keramiktage 2027",
            "en": "European ceramics meetings 2027",
        },
        "summary": {
            "fr": "Artistes, chercheurs, musées et entreprises des villes du réseau UNIC se retrouvent à Limoges pour trois jours d'échanges autour de la céramique.",
            "de": "Kunstschaffende, Forschende, Museen und Unternehmen aus den Städten des Netzwerks UNIC treffen sich in Limoges zu drei Tagen des Austauschs rund um die Keramik.",
            "en": "Artists, researchers, museums and companies from the cities of the UNIC network meet in Limoges for three days of exchanges on ceramics.",
        },
        "body": {
            "fr": (
                "<p>Des Arts du feu aux céramiques techniques, ces rencontres réunissent à Limoges les acteurs de la céramique des villes du réseau UNIC "
                "et de la Route européenne de la céramique.</p>"
                "<p>Au programme : tables rondes, présentations de projets et rencontres professionnelles entre artistes, chercheurs, musées et entreprises.</p>"
                "<p><em>Démonstration : cet événement et ses dates sont fictifs.</em></p>"
            ),
            "de": (
                "<p>Von der Kunst des Feuers bis zur technischen Keramik: Diese Tage bringen in Limoges die Akteure der Keramik aus den Städten des Netzwerks UNIC "
                "und der Europäischen Route der Keramik zusammen.</p>"
                "<p>Auf dem Programm stehen Podiumsdiskussionen, Projektvorstellungen und Fachbegegnungen zwischen Kunstschaffenden, Forschenden, Museen und Unternehmen.</p>"
                "<p><em>Demo: Diese Veranstaltung und ihre Daten sind frei erfunden.</em></p>"
            ),
            "en": (
                "<p>From the arts of fire to technical ceramics, these meetings bring together in Limoges the people who make ceramics in the cities of the UNIC network "
                "and of the European Route of Ceramics.</p>"
                "<p>On the programme: round tables, project presentations and professional meetings between artists, researchers, museums and companies.</p>"
                "<p><em>Demo: this event and its dates are fictitious.</em></p>"
            ),
        },
        "starts_at": "2027-05-20T09:30:00+02:00",
        "ends_at": "2027-05-22T18:00:00+02:00",
        "venue": {"fr": "Hôtel de ville de Limoges", "de": "Rathaus Limoges", "en": "Limoges City Hall"},
        "address": "",
        "cities": [
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
        "image": "Arts du feu (illustration)",
        "editor_note": FICTITIOUS,
        "status": "published",
    },
]

# Figures computed from the published data ("kind") say what the site holds; a typed figure says where
# it comes from ("source").
KEY_FIGURES = [
    {
        "kind": "twin_cities",
        "value": "",
        "unit": {"fr": "villes jumelées", "de": "Partnerstädte", "en": "twin cities"},
        "label": {
            "fr": "Des chartes de jumelage signées de 1982 à 2003",
            "de": "Partnerschaftsurkunden, unterzeichnet zwischen 1982 und 2003",
            "en": "Twinning charters signed between 1982 and 2003",
        },
        "source": {"fr": "", "de": "", "en": ""},
        "link": AddressOf("relations:city_list"),
        "position": 1,
        "status": "published",
    },
    {
        "kind": "",
        "value": "15",
        "unit": {"fr": "partenaires", "de": "Partner", "en": "partners"},
        "label": {
            "fr": "Un réseau international de villes céramiques : la route mondiale de la céramique",
            "de": "Ein internationales Netzwerk der Keramikstädte: die Weltstraße der Keramik",
            "en": "An international network of ceramic cities: the world route of ceramics",
        },
        "source": {
            "fr": "Charte de la route de la céramique, signée à Limoges en juin 2010",
            "de": "Charta der Keramikstraße, unterzeichnet in Limoges im Juni 2010",
            "en": "Charter of the route of ceramics, signed in Limoges in June 2010",
        },
        "link": AddressOf("network", "route-mondiale-de-la-ceramique"),
        "position": 2,
        "status": "published",
    },
    {
        "kind": "subsidised_associations",
        "value": "",
        "unit": {"fr": "associations", "de": "Vereine", "en": "associations"},
        "label": {
            "fr": "subventionnées pour leurs projets internationaux",
            "de": "für ihre internationalen Projekte gefördert",
            "en": "subsidised for their international projects",
        },
        "source": {"fr": "", "de": "", "en": ""},
        "link": AddressOf("relations:association_list"),
        "position": 3,
        "status": "published",
    },
    {
        "kind": "subsidy_total",
        "value": "",
        "unit": {"fr": "euros", "de": "Euro", "en": "euros"},
        "label": {
            "fr": "de subventions aux associations de solidarité internationale",
            "de": "Zuschüsse für Vereine der internationalen Solidarität",
            "en": "of subsidies to international solidarity associations",
        },
        "source": {"fr": "", "de": "", "en": ""},
        "link": AddressOf("relations:association_list"),
        "position": 4,
        "status": "published",
    },
    {
        "kind": "",
        "value": "1914-1918",
        "unit": {"fr": "", "de": "", "en": ""},
        "label": {
            "fr": "Centenaire de la Première Guerre mondiale",
            "de": "Hundert Jahre Erster Weltkrieg",
            "en": "Centenary of the First World War",
        },
        "source": {"fr": "", "de": "", "en": ""},
        "link": AddressOf("article", "centenaire-1914-1918"),
        "position": 5,
        "status": "published",
    },
]

# Demo records of former versions that are wrong or off-topic: load_demo deletes them.
RETIRED_KEY_FIGURES = [
    {"value": "301", "label_fr": "Le budget de la Ville de Limoges"},
    {"value": "401", "label_fr": "subventionnées par an"},
]

ASSOCIATIONS = [
    {
        "slug": {
            "fr": "limoges-solidarite-sahel",
            "de": "limoges-solidarite-sahel",
            "en": "limoges-solidarite-sahel",
        },
        "name": {
            "fr": "Limoges Solidarité Sahel",
            "de": "Limoges Solidarité Sahel",
            "en": "Limoges Solidarité Sahel",
        },
        "theme": "water",
        "summary": {
            "fr": "Association limougeaude qui aide des villages du Burkina Faso à accéder à l'eau potable, avec des comités villageois qui gèrent et entretiennent les points d'eau.",
            "de": "Verein aus Limoges, der Dörfern in Burkina Faso den Zugang zu Trinkwasser ermöglicht – gemeinsam mit Dorfkomitees, die die Wasserstellen verwalten und instand halten.",
            "en": "A Limoges association helping villages in Burkina Faso gain access to drinking water, working with village committees that run and maintain the water points.",
        },
        "body": {
            "fr": (
                "<p>Fondée par des habitants de Limoges ayant vécu ou travaillé au Sahel, Limoges Solidarité Sahel soutient des villages du Burkina Faso "
                "dans leurs projets d'accès à l'eau potable et d'assainissement.</p>"
                "<p>L'association travaille avec des comités villageois, qui gèrent les points d'eau et forment des artisans locaux à leur entretien. "
                "À Limoges, ses bénévoles interviennent dans les écoles pour parler de l'accès à l'eau dans le monde.</p>"
            ),
            "de": (
                "<p>Limoges Solidarité Sahel wurde von Einwohnerinnen und Einwohnern aus Limoges gegründet, die in der Sahelzone gelebt oder gearbeitet haben. "
                "Der Verein unterstützt Dörfer in Burkina Faso bei ihren Projekten für Trinkwasser und Sanitärversorgung.</p>"
                "<p>Er arbeitet mit Dorfkomitees zusammen, die die Wasserstellen verwalten und örtliche Handwerker für deren Wartung ausbilden. "
                "In Limoges besuchen die Ehrenamtlichen Schulen, um über den Zugang zu Wasser in der Welt zu sprechen.</p>"
            ),
            "en": (
                "<p>Founded by Limoges residents who have lived or worked in the Sahel, Limoges Solidarité Sahel supports villages in Burkina Faso "
                "in their drinking water and sanitation projects.</p>"
                "<p>The association works with village committees that run the water points and train local craftsmen to maintain them. "
                "In Limoges, its volunteers visit schools to talk about access to water around the world.</p>"
            ),
        },
        "town": "Limoges",
        "siret": "00000001800002",
        "rna": "W000000011",
        "website": "",
        "image": None,
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "porcelaine-sans-frontieres-limousin",
            "de": "porcelaine-sans-frontieres-limousin",
            "en": "porcelaine-sans-frontieres-limousin",
        },
        "name": {
            "fr": "Porcelaine sans frontières Limousin",
            "de": "Porcelaine sans frontières Limousin (Porzellan ohne Grenzen)",
            "en": "Porcelaine sans frontières Limousin (Porcelain without Borders)",
        },
        "theme": "economy",
        "summary": {
            "fr": "Des céramistes et porcelainiers limousins bénévoles partagent leur savoir-faire pour former des jeunes aux métiers de la céramique à Madagascar.",
            "de": "Ehrenamtliche Keramikerinnen und Porzelliner aus dem Limousin geben ihr Können weiter und bilden auf Madagaskar junge Menschen in Keramikberufen aus.",
            "en": "Volunteer ceramists and porcelain makers from the Limousin share their skills to train young people in ceramics trades in Madagascar.",
        },
        "body": {
            "fr": (
                "<p>Porcelaine sans frontières Limousin réunit des céramistes, des porcelainiers en activité ou retraités et des passionnés des Arts du feu. "
                "L'association met le savoir-faire de Limoges au service de la formation professionnelle et de l'emploi des jeunes.</p>"
                "<p>Depuis 2024, elle accompagne un atelier-école de céramique à Antsirabe, à Madagascar : équipement, formation des formateurs, "
                "missions de bénévoles et aide à la vente des productions.</p>"
            ),
            "de": (
                "<p>Porcelaine sans frontières Limousin vereint aktive und pensionierte Keramikerinnen, Porzelliner und Liebhaber der Kunst des Feuers. "
                "Der Verein stellt das Können aus Limoges in den Dienst der Berufsausbildung und der Beschäftigung junger Menschen.</p>"
                "<p>Seit 2024 begleitet er eine Keramik-Lehrwerkstatt in Antsirabe auf Madagaskar: Ausstattung, Ausbildung der Ausbilder, "
                "Einsätze von Ehrenamtlichen und Unterstützung beim Verkauf der Erzeugnisse.</p>"
            ),
            "en": (
                "<p>Porcelaine sans frontières Limousin brings together working and retired ceramists, porcelain makers and lovers of the arts of fire. "
                "The association puts Limoges's know-how at the service of vocational training and jobs for young people.</p>"
                "<p>Since 2024, it has supported a ceramics training workshop in Antsirabe, Madagascar: equipment, training of trainers, "
                "volunteer missions and help with selling what the workshop produces.</p>"
            ),
        },
        "town": "Limoges",
        "siret": "00000002600005",
        "rna": "W000000012",
        "website": "",
        "image": None,
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "les-amis-de-plzen-en-limousin",
            "de": "les-amis-de-plzen-en-limousin",
            "en": "les-amis-de-plzen-en-limousin",
        },
        "name": {
            "fr": "Les Amis de Plzeň en Limousin",
            "de": "Les Amis de Plzeň en Limousin (Freunde von Pilsen im Limousin)",
            "en": "Les Amis de Plzeň en Limousin (Friends of Plzeň in the Limousin)",
        },
        "theme": "exchanges",
        "summary": {
            "fr": "Association d'habitants qui fait vivre le jumelage entre Limoges et Plzeň : accueil de délégations, voyages, expositions et soirées culturelles tchèques.",
            "de": "Bürgerverein, der die Partnerschaft zwischen Limoges und Plzeň mit Leben füllt: Empfang von Delegationen, Reisen, Ausstellungen und tschechische Kulturabende.",
            "en": "A residents' association that keeps the twinning between Limoges and Plzeň alive: hosting delegations, trips, exhibitions and Czech cultural evenings.",
        },
        "body": {
            "fr": (
                "<p>Les Amis de Plzeň en Limousin rassemblent des habitants attachés au jumelage entre Limoges et Plzeň, signé le 11 juin 1987. "
                "L'association accueille des délégations tchèques, organise des voyages à Plzeň et fait découvrir la culture tchèque à Limoges.</p>"
                "<p>Elle propose aussi des cours d'initiation à la langue tchèque et des soirées autour de la musique et de la littérature d'Europe centrale.</p>"
            ),
            "de": (
                "<p>Die Amis de Plzeň en Limousin vereinen Bürgerinnen und Bürger, denen die am 11. Juni 1987 besiegelte Partnerschaft zwischen Limoges und Plzeň am Herzen liegt. "
                "Der Verein empfängt tschechische Delegationen, organisiert Reisen nach Plzeň und macht die tschechische Kultur in Limoges bekannt.</p>"
                "<p>Außerdem bietet er Einführungskurse in die tschechische Sprache sowie Abende zu Musik und Literatur Mitteleuropas an.</p>"
            ),
            "en": (
                "<p>Les Amis de Plzeň en Limousin brings together residents who care about the twinning between Limoges and Plzeň, signed on 11 June 1987. "
                "The association hosts Czech delegations, organises trips to Plzeň and introduces Czech culture in Limoges.</p>"
                "<p>It also offers beginners' Czech classes and evenings devoted to the music and literature of Central Europe.</p>"
            ),
        },
        "town": "Limoges",
        "siret": "",
        "rna": "W000000013",
        "website": "",
        "image": None,
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "limousin-sante-benin",
            "de": "limousin-sante-benin",
            "en": "limousin-sante-benin",
        },
        "name": {
            "fr": "Limousin Santé Bénin",
            "de": "Limousin Santé Bénin",
            "en": "Limousin Santé Bénin",
        },
        "theme": "health",
        "summary": {
            "fr": "Des soignants limousins bénévoles soutiennent la santé des mères et des nouveau-nés au Bénin, par l'équipement de maternités et la formation des équipes.",
            "de": "Ehrenamtliche Pflegekräfte und Ärzte aus dem Limousin unterstützen die Gesundheit von Müttern und Neugeborenen in Benin durch die Ausstattung von Geburtsstationen und die Schulung des Personals.",
            "en": "Volunteer health workers from the Limousin support the health of mothers and newborns in Benin by equipping maternity wards and training staff.",
        },
        "body": {
            "fr": (
                "<p>Limousin Santé Bénin réunit des sages-femmes, des infirmiers et des médecins de la région, en activité ou retraités. "
                "L'association soutient des centres de santé béninois dans le domaine de la santé maternelle et infantile.</p>"
                "<p>Elle fournit du matériel médical, organise des formations aux gestes d'urgence obstétricale et collecte à Limoges du matériel réformé "
                "en bon état, contrôlé avant chaque envoi.</p>"
            ),
            "de": (
                "<p>In Limousin Santé Bénin engagen sich aktive und pensionierte Hebammen, Pflegekräfte und Ärztinnen und Ärzte aus der Region. "
                "Der Verein unterstützt Gesundheitszentren in Benin im Bereich der Mutter-Kind-Gesundheit.</p>"
                "<p>Er liefert medizinische Geräte, organisiert Schulungen in geburtshilflicher Notfallversorgung und sammelt in Limoges ausgemusterte, "
                "aber gut erhaltene Ausrüstung, die vor jedem Versand geprüft wird.</p>"
            ),
            "en": (
                "<p>Limousin Santé Bénin brings together working and retired midwives, nurses and doctors from the region. "
                "The association supports health centres in Benin in the field of maternal and child health.</p>"
                "<p>It supplies medical equipment, organises training in obstetric emergency care and collects decommissioned equipment in good condition in Limoges, "
                "checked before each shipment.</p>"
            ),
        },
        "town": "Limoges",
        "siret": "00000003400009",
        "rna": "W000000014",
        "website": "",
        "image": None,
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "lire-a-saint-louis-limousin",
            "de": "lire-a-saint-louis-limousin",
            "en": "lire-a-saint-louis-limousin",
        },
        "name": {
            "fr": "Lire à Saint-Louis – Limousin",
            "de": "Lire à Saint-Louis – Limousin (Lesen in Saint-Louis)",
            "en": "Lire à Saint-Louis – Limousin (Reading in Saint-Louis)",
        },
        "theme": "education",
        "summary": {
            "fr": "L'association aide des écoles de Saint-Louis, au Sénégal, à ouvrir des bibliothèques scolaires et à former des bibliothécaires bénévoles.",
            "de": "Der Verein hilft Schulen in Saint-Louis im Senegal, Schulbibliotheken einzurichten und ehrenamtliche Bibliothekarinnen und Bibliothekare auszubilden.",
            "en": "The association helps schools in Saint-Louis, Senegal, to open school libraries and to train volunteer librarians.",
        },
        "body": {
            "fr": (
                "<p>Née de la rencontre entre enseignants de Limoges et de Saint-Louis, l'association Lire à Saint-Louis – Limousin "
                "agit pour le goût de la lecture chez les enfants.</p>"
                "<p>Elle aide les écoles partenaires à aménager des bibliothèques, à acheter des livres auprès d'éditeurs et de libraires sénégalais, "
                "et forme des parents et des enseignants à l'animation de ces lieux.</p>"
            ),
            "de": (
                "<p>Der Verein Lire à Saint-Louis – Limousin entstand aus der Begegnung von Lehrkräften aus Limoges und Saint-Louis "
                "und setzt sich dafür ein, Kindern Freude am Lesen zu vermitteln.</p>"
                "<p>Er hilft den Partnerschulen, Bibliotheken einzurichten und Bücher bei senegalesischen Verlagen und Buchhandlungen zu kaufen, "
                "und schult Eltern und Lehrkräfte darin, diese Orte zu betreuen.</p>"
            ),
            "en": (
                "<p>Born from a meeting between teachers from Limoges and Saint-Louis, the association Lire à Saint-Louis – Limousin "
                "works to give children a love of reading.</p>"
                "<p>It helps partner schools set up libraries and buy books from Senegalese publishers and booksellers, "
                "and trains parents and teachers to run these spaces.</p>"
            ),
        },
        "town": "Limoges",
        "siret": "00000004200002",
        "rna": "W000000015",
        "website": "",
        "image": None,
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "jeunes-passerelles-limoges-furth",
            "de": "jeunes-passerelles-limoges-fuerth",
            "en": "jeunes-passerelles-limoges-furth",
        },
        "name": {
            "fr": "Jeunes Passerelles Limoges–Fürth",
            "de": "Jeunes Passerelles Limoges–Fürth (Junge Brücken Limoges–Fürth)",
            "en": "Jeunes Passerelles Limoges–Fürth (Young Bridges Limoges–Fürth)",
        },
        "theme": "youth",
        "summary": {
            "fr": "L'association organise des échanges de jeunes entre Limoges et Fürth : séjours sportifs et culturels, stages et rencontres autour de la langue du partenaire.",
            "de": "Der Verein organisiert Jugendaustausche zwischen Limoges und Fürth: Sport- und Kulturaufenthalte, Praktika und Begegnungen rund um die Sprache des Partners.",
            "en": "The association organises youth exchanges between Limoges and Fürth: sports and cultural stays, work placements and meetings around each other's language.",
        },
        "body": {
            "fr": (
                "<p>Jeunes Passerelles Limoges–Fürth permet à des jeunes de 14 à 25 ans de découvrir la ville jumelle bavaroise de Limoges, "
                "et aux jeunes de Fürth de découvrir Limoges.</p>"
                "<p>Séjours en familles d'accueil, tournois sportifs, ateliers artistiques et stages en entreprise : "
                "l'association fait vivre au quotidien l'amitié franco-allemande née du jumelage signé en 1992.</p>"
            ),
            "de": (
                "<p>Jeunes Passerelles Limoges–Fürth ermöglicht jungen Menschen zwischen 14 und 25 Jahren, die bayerische Partnerstadt von Limoges kennenzulernen, "
                "und jungen Fürtherinnen und Fürthern, Limoges zu entdecken.</p>"
                "<p>Aufenthalte in Gastfamilien, Sportturniere, Kunstworkshops und Betriebspraktika: "
                "Der Verein lebt die deutsch-französische Freundschaft, die aus der 1992 unterzeichneten Partnerschaft entstanden ist, im Alltag.</p>"
            ),
            "en": (
                "<p>Jeunes Passerelles Limoges–Fürth gives young people aged 14 to 25 the chance to discover Limoges's Bavarian twin city, "
                "and young people from Fürth the chance to discover Limoges.</p>"
                "<p>Home stays, sports tournaments, art workshops and work placements: "
                "the association brings to everyday life the Franco-German friendship born of the twinning signed in 1992.</p>"
            ),
        },
        "town": "Limoges",
        "siret": "",
        "rna": "W000000016",
        "website": "",
        "image": None,
        "editor_note": FICTITIOUS,
        "status": "published",
    },
]

PROJECTS = [
    {
        "slug": {
            "fr": "eau-potable-pres-de-koudougou",
            "de": "trinkwasser-bei-koudougou",
            "en": "drinking-water-near-koudougou",
        },
        "title": {
            "fr": "De l'eau potable pour trois villages près de Koudougou",
            "de": "Trinkwasser für drei Dörfer bei Koudougou",
            "en": "Drinking water for three villages near Koudougou",
        },
        "summary": {
            "fr": "Trois forages équipés de pompes manuelles et des comités villageois formés à leur gestion : l'accès à l'eau potable pour trois villages proches de Koudougou, au Burkina Faso.",
            "de": "Drei Brunnen mit Handpumpen und Dorfkomitees, die für deren Verwaltung geschult wurden: Zugang zu Trinkwasser für drei Dörfer bei Koudougou in Burkina Faso.",
            "en": "Three boreholes fitted with hand pumps and village committees trained to manage them: access to drinking water for three villages near Koudougou, Burkina Faso.",
        },
        "body": {
            "fr": (
                "<p>Dans plusieurs villages proches de Koudougou, les habitants, le plus souvent les femmes et les enfants, devaient parcourir chaque jour "
                "une longue distance pour aller chercher de l'eau. Entre 2023 et 2025, Limoges Solidarité Sahel y a fait réaliser trois forages équipés de pompes manuelles.</p>"
                "<p>Chaque point d'eau est géré par un comité villageois, formé à l'entretien des pompes et à la collecte d'une petite cotisation qui finance les réparations.</p>"
                "<p>Le projet comprenait aussi des séances de sensibilisation à l'hygiène dans les écoles des villages.</p>"
            ),
            "de": (
                "<p>In mehreren Dörfern bei Koudougou mussten die Menschen, meist Frauen und Kinder, jeden Tag weite Wege zurücklegen, um Wasser zu holen. "
                "Zwischen 2023 und 2025 ließ Limoges Solidarité Sahel dort drei Brunnen mit Handpumpen bauen.</p>"
                "<p>Jede Wasserstelle wird von einem Dorfkomitee verwaltet, das in der Wartung der Pumpen und im Einsammeln eines kleinen Beitrags geschult wurde, "
                "mit dem Reparaturen bezahlt werden.</p>"
                "<p>Zum Projekt gehörten auch Hygieneschulungen in den Dorfschulen.</p>"
            ),
            "en": (
                "<p>In several villages near Koudougou, residents, most often women and children, had to walk a long way every day to fetch water. "
                "Between 2023 and 2025, Limoges Solidarité Sahel had three boreholes fitted with hand pumps drilled there.</p>"
                "<p>Each water point is run by a village committee trained to maintain the pumps and to collect a small fee that pays for repairs.</p>"
                "<p>The project also included hygiene awareness sessions in the village schools.</p>"
            ),
        },
        "country": "BF",
        "partner_city": None,
        "place": "Koudougou",
        "association": "limoges-solidarite-sahel",
        "theme": "water",
        "start_year": 2023,
        "end_year": 2025,
        "city_funding": "26500.00",
        "project_status": "completed",
        "image": "Solidarité internationale (illustration)",
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "atelier-ecole-de-ceramique-a-antsirabe",
            "de": "keramik-lehrwerkstatt-in-antsirabe",
            "en": "ceramics-training-workshop-in-antsirabe",
        },
        "title": {
            "fr": "Un atelier-école de céramique à Antsirabe",
            "de": "Eine Keramik-Lehrwerkstatt in Antsirabe",
            "en": "A ceramics training workshop in Antsirabe",
        },
        "summary": {
            "fr": "Des céramistes limousins bénévoles aident à équiper et à faire vivre un atelier-école qui forme des jeunes aux métiers de la céramique à Antsirabe, à Madagascar.",
            "de": "Ehrenamtliche Keramiker aus dem Limousin helfen, eine Lehrwerkstatt in Antsirabe auf Madagaskar auszustatten und zu betreiben, die junge Menschen in Keramikberufen ausbildet.",
            "en": "Volunteer ceramists from the Limousin help equip and run a training workshop that teaches young people ceramics trades in Antsirabe, Madagascar.",
        },
        "body": {
            "fr": (
                "<p>Porcelaine sans frontières Limousin met le savoir-faire céramique de Limoges au service de la formation professionnelle. "
                "À Antsirabe, l'association accompagne un atelier-école qui forme chaque année une quinzaine de jeunes au tournage, au moulage, à l'émaillage et à la cuisson.</p>"
                "<p>Le soutien de la Ville a permis d'acquérir un four et des tours de potier ; des céramistes bénévoles se rendent sur place pour des sessions de formation.</p>"
                "<p>L'objectif, d'ici la fin du projet en 2027 : que l'atelier vive de la vente de ses productions.</p>"
            ),
            "de": (
                "<p>Porcelaine sans frontières Limousin stellt das Keramik-Know-how aus Limoges in den Dienst der Berufsausbildung. "
                "In Antsirabe begleitet der Verein eine Lehrwerkstatt, die jedes Jahr rund fünfzehn junge Menschen im Drehen, Gießen, Glasieren und Brennen ausbildet.</p>"
                "<p>Mit der Unterstützung der Stadt wurden ein Brennofen und Töpferscheiben angeschafft; ehrenamtliche Keramiker reisen zu Schulungen vor Ort.</p>"
                "<p>Ziel bis zum Projektende 2027: Die Werkstatt soll sich aus dem Verkauf ihrer Erzeugnisse selbst tragen.</p>"
            ),
            "en": (
                "<p>Porcelaine sans frontières Limousin puts Limoges's ceramic know-how at the service of vocational training. "
                "In Antsirabe, the association supports a training workshop that each year teaches some fifteen young people throwing, moulding, glazing and firing.</p>"
                "<p>The City's support paid for a kiln and potter's wheels; volunteer ceramists travel there for training sessions.</p>"
                "<p>The aim by the end of the project in 2027: a workshop that lives from the sale of its own products.</p>"
            ),
        },
        "country": "MG",
        "partner_city": None,
        "place": "Antsirabe",
        "association": "porcelaine-sans-frontieres-limousin",
        "theme": "economy",
        "start_year": 2024,
        "end_year": 2027,
        "city_funding": "20000.00",
        "project_status": "ongoing",
        "image": "Arts du feu (illustration)",
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "equiper-une-maternite-a-parakou",
            "de": "ausstattung-einer-geburtsstation-in-parakou",
            "en": "equipping-a-maternity-ward-in-parakou",
        },
        "title": {
            "fr": "Équiper la maternité d'un centre de santé à Parakou",
            "de": "Ausstattung der Geburtsstation eines Gesundheitszentrums in Parakou",
            "en": "Equipping the maternity ward of a health centre in Parakou",
        },
        "summary": {
            "fr": "Avec Limousin Santé Bénin, la Ville soutient l'équipement d'une maternité et la formation des sages-femmes d'un centre de santé de Parakou, au Bénin.",
            "de": "Gemeinsam mit Limousin Santé Bénin unterstützt die Stadt die Ausstattung einer Geburtsstation und die Schulung der Hebammen eines Gesundheitszentrums in Parakou in Benin.",
            "en": "With Limousin Santé Bénin, the City supports equipping a maternity ward and training the midwives of a health centre in Parakou, Benin.",
        },
        "body": {
            "fr": (
                "<p>Le centre de santé partenaire accueille chaque année de nombreuses naissances avec un équipement vieillissant. "
                "Limousin Santé Bénin a engagé en 2025 un projet en deux volets, soutenu par la Ville.</p>"
                "<ul>"
                "<li>Équiper la salle d'accouchement : tables d'accouchement, matériel de réanimation du nouveau-né, éclairage.</li>"
                "<li>Former les sages-femmes aux urgences obstétricales, avec des soignants bénévoles du Limousin.</li>"
                "</ul>"
                "<p>Le projet se poursuit en 2026 avec l'équipement néonatal.</p>"
            ),
            "de": (
                "<p>Das Partnerzentrum verzeichnet jedes Jahr zahlreiche Geburten, bei veralteter Ausstattung. "
                "Limousin Santé Bénin hat 2025 ein zweiteiliges Projekt gestartet, das von der Stadt unterstützt wird.</p>"
                "<ul>"
                "<li>Ausstattung des Kreißsaals: Entbindungstische, Reanimationsgeräte für Neugeborene, Beleuchtung.</li>"
                "<li>Schulung der Hebammen in geburtshilflicher Notfallversorgung durch ehrenamtliche Fachkräfte aus dem Limousin.</li>"
                "</ul>"
                "<p>2026 wird das Projekt mit der Ausstattung für Neugeborene fortgesetzt.</p>"
            ),
            "en": (
                "<p>The partner health centre sees many births each year with ageing equipment. "
                "In 2025 Limousin Santé Bénin launched a two-part project supported by the City.</p>"
                "<ul>"
                "<li>Equipping the delivery room: delivery tables, newborn resuscitation equipment, lighting.</li>"
                "<li>Training midwives in obstetric emergencies, with volunteer health workers from the Limousin.</li>"
                "</ul>"
                "<p>The project continues in 2026 with neonatal equipment.</p>"
            ),
        },
        "country": "BJ",
        "partner_city": None,
        "place": "Parakou",
        "association": "limousin-sante-benin",
        "theme": "health",
        "start_year": 2025,
        "end_year": None,
        "city_funding": "22000.00",
        "project_status": "ongoing",
        "image": "Solidarité internationale (illustration)",
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "bibliotheques-scolaires-a-saint-louis",
            "de": "schulbibliotheken-in-saint-louis",
            "en": "school-libraries-in-saint-louis",
        },
        "title": {
            "fr": "Des bibliothèques scolaires à Saint-Louis",
            "de": "Schulbibliotheken in Saint-Louis",
            "en": "School libraries in Saint-Louis",
        },
        "summary": {
            "fr": "De 2022 à 2024, trois bibliothèques scolaires ont été aménagées et garnies de livres dans des écoles de Saint-Louis, au Sénégal, avec Lire à Saint-Louis – Limousin.",
            "de": "Von 2022 bis 2024 wurden mit Lire à Saint-Louis – Limousin in Schulen von Saint-Louis im Senegal drei Schulbibliotheken eingerichtet und mit Büchern ausgestattet.",
            "en": "From 2022 to 2024, three school libraries were set up and stocked with books in schools in Saint-Louis, Senegal, with Lire à Saint-Louis – Limousin.",
        },
        "body": {
            "fr": (
                "<p>Pour donner aux enfants le goût de la lecture, Lire à Saint-Louis – Limousin a aménagé entre 2022 et 2024 trois bibliothèques "
                "dans des écoles élémentaires de Saint-Louis.</p>"
                "<p>Les livres ont été achetés en priorité auprès d'éditeurs et de libraires sénégalais, afin de soutenir la chaîne du livre locale. "
                "Des parents et des enseignants ont été formés pour animer les bibliothèques et accueillir les classes.</p>"
            ),
            "de": (
                "<p>Um Kindern Freude am Lesen zu vermitteln, hat Lire à Saint-Louis – Limousin zwischen 2022 und 2024 drei Bibliotheken "
                "in Grundschulen von Saint-Louis eingerichtet.</p>"
                "<p>Die Bücher wurden vorrangig bei senegalesischen Verlagen und Buchhandlungen gekauft, um die örtliche Buchbranche zu stärken. "
                "Eltern und Lehrkräfte wurden geschult, die Bibliotheken zu betreuen und Schulklassen zu empfangen.</p>"
            ),
            "en": (
                "<p>To give children a love of reading, Lire à Saint-Louis – Limousin set up three libraries in primary schools in Saint-Louis "
                "between 2022 and 2024.</p>"
                "<p>The books were bought mainly from Senegalese publishers and booksellers, to support the local book trade. "
                "Parents and teachers were trained to run the libraries and welcome school classes.</p>"
            ),
        },
        "country": "SN",
        "partner_city": None,
        "place": "Saint-Louis",
        "association": "lire-a-saint-louis-limousin",
        "theme": "education",
        "start_year": 2022,
        "end_year": 2024,
        "city_funding": "9500.00",
        "project_status": "completed",
        "image": None,
        "editor_note": FICTITIOUS,
        "status": "published",
    },
    {
        "slug": {
            "fr": "foyers-de-cuisson-ameliores-en-ceramique",
            "de": "verbesserte-kochherde-aus-keramik",
            "en": "improved-ceramic-cookstoves",
        },
        "title": {
            "fr": "Des foyers de cuisson améliorés en céramique",
            "de": "Verbesserte Kochherde aus Keramik",
            "en": "Improved ceramic cookstoves",
        },
        "summary": {
            "fr": "Projet conduit par la Ville elle-même : diffuser dans la région de Kaolack, au Sénégal, des foyers de cuisson à revêtement céramique qui consomment moins de bois et de charbon.",
            "de": "Ein Projekt der Stadt selbst: In der Region Kaolack im Senegal sollen Kochherde mit Keramikauskleidung verbreitet werden, die weniger Holz und Holzkohle verbrauchen.",
            "en": "A project run by the City itself: spreading cookstoves with a ceramic lining, which use less wood and charcoal, in the Kaolack area of Senegal.",
        },
        "body": {
            "fr": (
                "<p>Cuisiner sur un feu ouvert consomme beaucoup de bois et de charbon de bois et expose les familles aux fumées. "
                "Les foyers améliorés, dont la chambre de combustion est revêtue de céramique, réduisent cette consommation et la pollution dans les cuisines.</p>"
                "<p>La Ville de Limoges prévoit de conduire elle-même ce projet à partir de 2027, en mobilisant le savoir-faire céramique limousin : "
                "formation d'artisans potiers locaux à la fabrication des revêtements, puis diffusion des foyers auprès des familles.</p>"
            ),
            "de": (
                "<p>Kochen über offenem Feuer verbraucht viel Holz und Holzkohle und setzt die Familien dem Rauch aus. "
                "Verbesserte Kochherde, deren Brennkammer mit Keramik ausgekleidet ist, senken den Verbrauch und die Luftverschmutzung in den Küchen.</p>"
                "<p>Die Stadt Limoges will dieses Projekt ab 2027 selbst durchführen und dabei das Keramik-Know-how des Limousin einbringen: "
                "Zunächst werden örtliche Töpfer in der Herstellung der Auskleidungen geschult, dann werden die Herde an Familien verteilt.</p>"
            ),
            "en": (
                "<p>Cooking over an open fire uses a great deal of wood and charcoal and exposes families to smoke. "
                "Improved cookstoves, whose combustion chamber is lined with ceramic, reduce this consumption and indoor pollution.</p>"
                "<p>The City of Limoges plans to run this project itself from 2027, drawing on the Limousin's ceramic expertise: "
                "first training local potters to make the linings, then distributing the stoves to families.</p>"
            ),
        },
        "country": "SN",
        "partner_city": None,
        "place": "Kaolack",
        "association": None,
        "theme": "environment",
        "start_year": 2027,
        "end_year": 2029,
        "city_funding": "15000.00",
        "project_status": "planned",
        "image": "Arts du feu (illustration)",
        "editor_note": FICTITIOUS,
        "status": "published",
    },
]

# The subsidies the city granted to the associations above, for the projects above.
SUBSIDIES = [
    {
        "association": "limoges-solidarite-sahel",
        "year": 2023,
        "amount": "8000.00",
        "purpose": {
            "fr": "Réalisation d'un premier forage équipé d'une pompe manuelle près de Koudougou",
            "de": "Bau eines ersten Brunnens mit Handpumpe bei Koudougou",
            "en": "Drilling of a first borehole fitted with a hand pump near Koudougou",
        },
        "project": "eau-potable-pres-de-koudougou",
        "nature": "aide en numéraire",
        "payment_conditions": "échelonné",
        "agreement_date": "2023-03-30",
        "decision_reference": "",
        "payment_start": "2023-05-04",
        "payment_end": "2023-12-15",
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "limoges-solidarite-sahel",
        "year": 2024,
        "amount": "12000.00",
        "purpose": {
            "fr": "Deux nouveaux forages et formation des comités de gestion de l'eau près de Koudougou",
            "de": "Zwei weitere Brunnen und Schulung der Wasserkomitees bei Koudougou",
            "en": "Two further boreholes and training of the water management committees near Koudougou",
        },
        "project": "eau-potable-pres-de-koudougou",
        "nature": "aide en numéraire",
        "payment_conditions": "échelonné",
        "agreement_date": "2024-03-28",
        "decision_reference": "",
        "payment_start": "2024-05-02",
        "payment_end": "2024-12-15",
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "limoges-solidarite-sahel",
        "year": 2025,
        "amount": "6500.00",
        "purpose": {
            "fr": "Sensibilisation à l'hygiène dans les écoles et clôture du projet d'accès à l'eau",
            "de": "Hygieneaufklärung in Schulen und Abschluss des Wasserprojekts",
            "en": "Hygiene awareness in schools and completion of the water access project",
        },
        "project": "eau-potable-pres-de-koudougou",
        "nature": "aide en numéraire",
        "payment_conditions": "unique",
        "agreement_date": "2025-04-10",
        "decision_reference": "",
        "payment_start": "2025-05-15",
        "payment_end": None,
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "porcelaine-sans-frontieres-limousin",
        "year": 2024,
        "amount": "5000.00",
        "purpose": {
            "fr": "Achat d'un four et de tours de potier pour l'atelier-école d'Antsirabe",
            "de": "Anschaffung eines Brennofens und von Töpferscheiben für die Lehrwerkstatt in Antsirabe",
            "en": "Purchase of a kiln and potter's wheels for the Antsirabe training workshop",
        },
        "project": "atelier-ecole-de-ceramique-a-antsirabe",
        "nature": "aide en numéraire",
        "payment_conditions": "unique",
        "agreement_date": "2024-05-23",
        "decision_reference": "",
        "payment_start": "2024-06-27",
        "payment_end": None,
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "porcelaine-sans-frontieres-limousin",
        "year": 2025,
        "amount": "7500.00",
        "purpose": {
            "fr": "Formation des formateurs et missions de céramistes bénévoles à Antsirabe",
            "de": "Ausbildung der Ausbilder und Einsätze ehrenamtlicher Keramiker in Antsirabe",
            "en": "Training of trainers and volunteer ceramist missions in Antsirabe",
        },
        "project": "atelier-ecole-de-ceramique-a-antsirabe",
        "nature": "aide en numéraire",
        "payment_conditions": "échelonné",
        "agreement_date": "2025-04-10",
        "decision_reference": "",
        "payment_start": "2025-05-15",
        "payment_end": "2025-12-15",
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "porcelaine-sans-frontieres-limousin",
        "year": 2026,
        "amount": "7500.00",
        "purpose": {
            "fr": "Deuxième promotion d'apprentis et organisation de la vente des productions de l'atelier-école",
            "de": "Zweiter Ausbildungsjahrgang und Aufbau des Verkaufs der Erzeugnisse der Lehrwerkstatt",
            "en": "Second intake of apprentices and organising sales of the training workshop's products",
        },
        "project": "atelier-ecole-de-ceramique-a-antsirabe",
        "nature": "aide en numéraire",
        "payment_conditions": "échelonné",
        "agreement_date": "2026-04-09",
        "decision_reference": "",
        "payment_start": "2026-05-14",
        "payment_end": "2026-12-15",
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "les-amis-de-plzen-en-limousin",
        "year": 2023,
        "amount": "1500.00",
        "purpose": {
            "fr": "Accueil d'une délégation de Plzeň à Limoges",
            "de": "Empfang einer Delegation aus Plzeň in Limoges",
            "en": "Hosting a delegation from Plzeň in Limoges",
        },
        "project": None,
        "nature": "aide en numéraire",
        "payment_conditions": "unique",
        "agreement_date": "2023-05-11",
        "decision_reference": "",
        "payment_start": "2023-06-15",
        "payment_end": None,
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "les-amis-de-plzen-en-limousin",
        "year": 2024,
        "amount": "800.00",
        "purpose": {
            "fr": "Mise à disposition d'une salle municipale pour une exposition sur Plzeň",
            "de": "Bereitstellung eines städtischen Saals für eine Ausstellung über Plzeň",
            "en": "Use of a municipal hall for an exhibition on Plzeň",
        },
        "project": None,
        "nature": "aide en nature",
        "payment_conditions": "unique",
        "agreement_date": None,
        "decision_reference": "",
        "payment_start": None,
        "payment_end": None,
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS
        + " Pas de convention signée pour ce prêt de salle : la subvention reste hors des données ouvertes.",
    },
    {
        "association": "les-amis-de-plzen-en-limousin",
        "year": 2025,
        "amount": "1800.00",
        "purpose": {
            "fr": "Voyage d'échange à Plzeň et soirées culturelles tchèques",
            "de": "Austauschreise nach Plzeň und tschechische Kulturabende",
            "en": "Exchange trip to Plzeň and Czech cultural evenings",
        },
        "project": None,
        "nature": "aide en numéraire",
        "payment_conditions": "autre",
        "agreement_date": "2025-04-10",
        "decision_reference": "",
        "payment_start": "2025-05-15",
        "payment_end": "2025-12-15",
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "les-amis-de-plzen-en-limousin",
        "year": 2026,
        "amount": "2000.00",
        "purpose": {
            "fr": "Programme annuel d'activités du jumelage avec Plzeň",
            "de": "Jahresprogramm der Partnerschaftsaktivitäten mit Plzeň",
            "en": "Annual programme of twinning activities with Plzeň",
        },
        "project": None,
        "nature": "aide en numéraire",
        "payment_conditions": "unique",
        "agreement_date": "2026-03-12",
        "decision_reference": "",
        "payment_start": "2026-04-16",
        "payment_end": None,
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "limousin-sante-benin",
        "year": 2025,
        "amount": "10000.00",
        "purpose": {
            "fr": "Équipement de la salle d'accouchement d'un centre de santé à Parakou",
            "de": "Ausstattung des Kreißsaals eines Gesundheitszentrums in Parakou",
            "en": "Equipment for the delivery room of a health centre in Parakou",
        },
        "project": "equiper-une-maternite-a-parakou",
        "nature": "aide en numéraire",
        "payment_conditions": "échelonné",
        "agreement_date": "2025-06-26",
        "decision_reference": "",
        "payment_start": "2025-07-31",
        "payment_end": "2025-12-15",
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "limousin-sante-benin",
        "year": 2026,
        "amount": "12000.00",
        "purpose": {
            "fr": "Formation des sages-femmes et équipement néonatal de la maternité de Parakou",
            "de": "Schulung der Hebammen und Ausstattung für Neugeborene in der Geburtsstation in Parakou",
            "en": "Training of midwives and neonatal equipment for the Parakou maternity ward",
        },
        "project": "equiper-une-maternite-a-parakou",
        "nature": "aide en numéraire",
        "payment_conditions": "échelonné",
        "agreement_date": "2026-04-09",
        "decision_reference": "",
        "payment_start": "2026-05-14",
        "payment_end": "2026-12-15",
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "lire-a-saint-louis-limousin",
        "year": 2023,
        "amount": "4500.00",
        "purpose": {
            "fr": "Aménagement de deux bibliothèques scolaires à Saint-Louis",
            "de": "Einrichtung von zwei Schulbibliotheken in Saint-Louis",
            "en": "Setting up two school libraries in Saint-Louis",
        },
        "project": "bibliotheques-scolaires-a-saint-louis",
        "nature": "aide en numéraire",
        "payment_conditions": "unique",
        "agreement_date": "2023-03-30",
        "decision_reference": "",
        "payment_start": "2023-05-04",
        "payment_end": None,
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "lire-a-saint-louis-limousin",
        "year": 2024,
        "amount": "5000.00",
        "purpose": {
            "fr": "Achat de livres auprès d'éditeurs sénégalais et ouverture d'une troisième bibliothèque",
            "de": "Kauf von Büchern bei senegalesischen Verlagen und Eröffnung einer dritten Bibliothek",
            "en": "Purchase of books from Senegalese publishers and opening of a third library",
        },
        "project": "bibliotheques-scolaires-a-saint-louis",
        "nature": "aide en numéraire",
        "payment_conditions": "unique",
        "agreement_date": "2024-03-28",
        "decision_reference": "",
        "payment_start": "2024-05-02",
        "payment_end": None,
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "lire-a-saint-louis-limousin",
        "year": 2026,
        "amount": "3000.00",
        "purpose": {
            "fr": "Formation de bibliothécaires bénévoles à Saint-Louis",
            "de": "Ausbildung ehrenamtlicher Bibliothekarinnen und Bibliothekare in Saint-Louis",
            "en": "Training of volunteer librarians in Saint-Louis",
        },
        "project": None,
        "nature": "aide en numéraire",
        "payment_conditions": "unique",
        "agreement_date": "2026-04-09",
        "decision_reference": "",
        "payment_start": "2026-05-14",
        "payment_end": None,
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "jeunes-passerelles-limoges-furth",
        "year": 2024,
        "amount": "2500.00",
        "purpose": {
            "fr": "Échange de jeunes avec Fürth : séjour de vingt jeunes de Limoges en Bavière",
            "de": "Jugendaustausch mit Fürth: Aufenthalt von zwanzig Jugendlichen aus Limoges in Bayern",
            "en": "Youth exchange with Fürth: stay of twenty young people from Limoges in Bavaria",
        },
        "project": None,
        "nature": "aide en numéraire",
        "payment_conditions": "unique",
        "agreement_date": "2024-05-23",
        "decision_reference": "",
        "payment_start": "2024-06-27",
        "payment_end": None,
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "jeunes-passerelles-limoges-furth",
        "year": 2025,
        "amount": "2800.00",
        "purpose": {
            "fr": "Accueil de jeunes de Fürth à Limoges et tournoi sportif franco-allemand",
            "de": "Empfang junger Menschen aus Fürth in Limoges und deutsch-französisches Sportturnier",
            "en": "Hosting young people from Fürth in Limoges and a Franco-German sports tournament",
        },
        "project": None,
        "nature": "aide en numéraire",
        "payment_conditions": "autre",
        "agreement_date": "2025-04-10",
        "decision_reference": "",
        "payment_start": "2025-05-15",
        "payment_end": "2025-12-15",
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
    {
        "association": "jeunes-passerelles-limoges-furth",
        "year": 2026,
        "amount": "3000.00",
        "purpose": {
            "fr": "Programme d'échanges et de stages en entreprise entre Limoges et Fürth",
            "de": "Austausch- und Praktikumsprogramm zwischen Limoges und Fürth",
            "en": "Exchange and work placement programme between Limoges and Fürth",
        },
        "project": None,
        "nature": "aide en numéraire",
        "payment_conditions": "échelonné",
        "agreement_date": "2026-03-12",
        "decision_reference": "",
        "payment_start": "2026-04-16",
        "payment_end": "2026-12-15",
        "aid_scheme": "",
        "eu_notification": False,
        "share": "1.00",
        "editor_note": FICTITIOUS,
    },
]
