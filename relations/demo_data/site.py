"""What every page shows around its content: the legal pages, the accessibility statement, the office's
contact details and the menus. The city's postal address is the city hall's public one; what could not
be checked (phone line of the office, email, opening hours, audit) is marked as demo content."""

DEMO_NOTE = "Contenu de démonstration : à vérifier et compléter par le service avant la mise en ligne."

# The legal pages, in the tree below the section's home, left out of its list of sections.
LEGAL_PAGES = [
    {
        "slug": {"fr": "mentions-legales", "de": "impressum", "en": "legal-notice"},
        "title": {"fr": "Mentions légales", "de": "Impressum", "en": "Legal notice"},
        "parent": "relations-internationales",
        "sib_order": 90,
        "show_in_navigation": False,
        "summary": {"fr": "", "de": "", "en": ""},
        "body": {
            "fr": (
                "<h2>Éditeur</h2>"
                "<p>Ville de Limoges, Hôtel de ville, Place Léon-Betoulle, 87031 Limoges Cedex 1.</p>"
                "<p>Directeur de la publication : le maire de Limoges.</p>"
                "<h2>Hébergement</h2>"
                "<p><em>Version de démonstration : le nom et l'adresse de l'hébergeur seront indiqués ici.</em></p>"
                "<h2>Propriété intellectuelle</h2>"
                "<p>Les textes de cette rubrique sont publiés par la Ville de Limoges. Sauf mention contraire, "
                "leur reproduction est autorisée à condition d'en citer la source. Les photographies et illustrations "
                "restent la propriété de leurs auteurs, indiqués sous chacune d'elles.</p>"
                "<h2>Données personnelles</h2>"
                '<p>Voir la page <a href="/fr/donnees-personnelles/" rel="noopener">Données personnelles</a>.</p>'
            ),
            "de": (
                "<h2>Herausgeber</h2>"
                "<p>Stadt Limoges, Rathaus, Place Léon-Betoulle, 87031 Limoges Cedex 1, Frankreich.</p>"
                "<p>Verantwortlich für die Veröffentlichung: der Bürgermeister von Limoges.</p>"
                "<h2>Hosting</h2>"
                "<p><em>Demoversion: Name und Anschrift des Hosting-Anbieters werden hier angegeben.</em></p>"
                "<h2>Urheberrecht</h2>"
                "<p>Die Texte dieser Rubrik werden von der Stadt Limoges veröffentlicht. Sofern nicht anders angegeben, "
                "dürfen sie mit Quellenangabe wiedergegeben werden. Fotos und Illustrationen bleiben Eigentum ihrer "
                "unter dem jeweiligen Bild genannten Urheber.</p>"
                "<h2>Personenbezogene Daten</h2>"
                '<p>Siehe die Seite <a href="/de/datenschutz/" rel="noopener">Datenschutz</a>.</p>'
            ),
            "en": (
                "<h2>Publisher</h2>"
                "<p>City of Limoges, City Hall, Place Léon-Betoulle, 87031 Limoges Cedex 1, France.</p>"
                "<p>Director of publication: the Mayor of Limoges.</p>"
                "<h2>Hosting</h2>"
                "<p><em>Demo version: the name and address of the hosting provider will be given here.</em></p>"
                "<h2>Intellectual property</h2>"
                "<p>The texts of this section are published by the City of Limoges. Unless stated otherwise, they may "
                "be reproduced provided the source is given. Photographs and illustrations remain the property of "
                "their authors, named under each of them.</p>"
                "<h2>Personal data</h2>"
                '<p>See the <a href="/en/personal-data/" rel="noopener">Personal data</a> page.</p>'
            ),
        },
        "image": None,
        "status": "published",
        "editor_note": DEMO_NOTE,
    },
    {
        "slug": {"fr": "donnees-personnelles", "de": "datenschutz", "en": "personal-data"},
        "title": {"fr": "Données personnelles", "de": "Datenschutz", "en": "Personal data"},
        "parent": "relations-internationales",
        "sib_order": 91,
        "show_in_navigation": False,
        "summary": {"fr": "", "de": "", "en": ""},
        "body": {
            "fr": (
                "<h2>Aucun cookie pour les lecteurs</h2>"
                "<p>Cette rubrique ne dépose aucun cookie sur votre appareil lorsque vous la consultez : "
                "pas de mesure d'audience, pas de publicité, pas de bouton de réseau social ni de contenu d'un autre site. "
                "Aucun bandeau de consentement n'est donc nécessaire.</p>"
                "<p>Seuls les agents de la Ville qui se connectent à l'espace d'administration reçoivent les cookies "
                "strictement nécessaires à leur connexion (session et protection contre la falsification de requêtes).</p>"
                "<h2>Journaux techniques</h2>"
                "<p>Comme tout site, les serveurs enregistrent l'adresse IP et la page demandée pour assurer la sécurité "
                "du service. <em>Version de démonstration : la durée de conservation sera indiquée ici.</em></p>"
                "<h2>Vos droits</h2>"
                "<p>Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du délégué à la "
                "protection des données de la Ville de Limoges, par courrier : Hôtel de ville, Place Léon-Betoulle, "
                "87031 Limoges Cedex 1. Vous pouvez aussi adresser une réclamation à la CNIL "
                '(<a href="https://www.cnil.fr/" rel="noopener">www.cnil.fr</a>).</p>'
            ),
            "de": (
                "<h2>Keine Cookies für Leserinnen und Leser</h2>"
                "<p>Diese Rubrik speichert beim Lesen keine Cookies auf Ihrem Gerät: keine Reichweitenmessung, "
                "keine Werbung, keine Schaltflächen sozialer Netzwerke und keine Inhalte anderer Websites. "
                "Ein Einwilligungsbanner ist daher nicht nötig.</p>"
                "<p>Nur Mitarbeitende der Stadt, die sich im Verwaltungsbereich anmelden, erhalten die für ihre "
                "Anmeldung unbedingt nötigen Cookies (Sitzung und Schutz vor gefälschten Anfragen).</p>"
                "<h2>Technische Protokolle</h2>"
                "<p>Wie jede Website protokollieren die Server die IP-Adresse und die aufgerufene Seite, um die "
                "Sicherheit des Dienstes zu gewährleisten. <em>Demoversion: Die Aufbewahrungsdauer wird hier angegeben.</em></p>"
                "<h2>Ihre Rechte</h2>"
                "<p>Ihre Rechte auf Auskunft, Berichtigung und Löschung können Sie beim Datenschutzbeauftragten der "
                "Stadt Limoges schriftlich geltend machen: Hôtel de ville, Place Léon-Betoulle, 87031 Limoges Cedex 1, "
                "Frankreich. Beschwerden können Sie an die französische Datenschutzbehörde CNIL richten "
                '(<a href="https://www.cnil.fr/" hreflang="fr" rel="noopener">www.cnil.fr</a>).</p>'
            ),
            "en": (
                "<h2>No cookies for readers</h2>"
                "<p>This section sets no cookie on your device when you read it: no audience measurement, no "
                "advertising, no social network buttons and no content from other sites. No consent banner is "
                "therefore needed.</p>"
                "<p>Only City staff who sign in to the administration area receive the cookies strictly needed for "
                "their session (the session itself and protection against forged requests).</p>"
                "<h2>Technical logs</h2>"
                "<p>As on any site, the servers log the IP address and the page requested to keep the service secure. "
                "<em>Demo version: the retention period will be given here.</em></p>"
                "<h2>Your rights</h2>"
                "<p>You may exercise your rights of access, rectification and erasure with the data protection officer "
                "of the City of Limoges, by post: Hôtel de ville, Place Léon-Betoulle, 87031 Limoges Cedex 1, France. "
                "You may also lodge a complaint with the French data protection authority, the CNIL "
                '(<a href="https://www.cnil.fr/" hreflang="fr" rel="noopener">www.cnil.fr</a>).</p>'
            ),
        },
        "image": None,
        "status": "published",
        "editor_note": DEMO_NOTE,
    },
]

ACCESSIBILITY_STATEMENTS = [
    {
        "standard": "RGAA 4.1.2",
        "title": {
            "fr": "Déclaration d'accessibilité",
            "de": "Erklärung zur Barrierefreiheit",
            "en": "Accessibility statement",
        },
        "conformity": "partial",
        "compliance_rate": "82.5",
        "audit_date": None,
        "audited_by": "Démonstration : aucun audit n'a encore été réalisé",
        "commitment": {
            "fr": (
                "<p>La Ville de Limoges s'engage à rendre ses sites internet accessibles conformément à l'article 47 "
                "de la loi n° 2005-102 du 11 février 2005. Cette déclaration s'applique à la rubrique "
                "« Relations internationales ».</p>"
                "<p><em>Version de démonstration : le taux et les résultats ci-dessous sont des exemples, "
                "à remplacer par ceux d'un audit réel.</em></p>"
            ),
            "de": (
                "<p>Die Stadt Limoges verpflichtet sich, ihre Websites gemäß Artikel 47 des französischen Gesetzes "
                "Nr. 2005-102 vom 11. Februar 2005 barrierefrei zu gestalten. Diese Erklärung gilt für die Rubrik "
                "„Internationale Beziehungen“.</p>"
                "<p><em>Demoversion: Quote und Ergebnisse unten sind Beispiele und werden durch die eines echten "
                "Audits ersetzt.</em></p>"
            ),
            "en": (
                "<p>The City of Limoges is committed to making its websites accessible in accordance with article 47 "
                "of French law no. 2005-102 of 11 February 2005. This statement applies to the "
                "“International relations” section.</p>"
                "<p><em>Demo version: the rate and results below are examples, to be replaced with those of a real "
                "audit.</em></p>"
            ),
        },
        "non_conformities": {
            "fr": (
                "<ul><li>Certains textes alternatifs d'images ne sont pas encore traduits en allemand et en anglais "
                "(exemple de démonstration).</li>"
                "<li>Certains documents anciens ne sont pas proposés dans un format accessible "
                "(exemple de démonstration).</li></ul>"
            ),
            "de": (
                "<ul><li>Einige Alternativtexte von Bildern sind noch nicht ins Deutsche und Englische übersetzt "
                "(Demo-Beispiel).</li>"
                "<li>Einige ältere Dokumente liegen nicht in einem barrierefreien Format vor (Demo-Beispiel).</li></ul>"
            ),
            "en": (
                "<ul><li>Some image text alternatives are not yet translated into German and English "
                "(demo example).</li>"
                "<li>Some older documents are not offered in an accessible format (demo example).</li></ul>"
            ),
        },
        "derogations": {
            "fr": (
                "<p>Contenus non soumis à l'obligation d'accessibilité : la carte des villes jumelles. "
                "Les informations qu'elle donne figurent aussi dans la liste des villes jumelles.</p>"
            ),
            "de": (
                "<p>Inhalte, die nicht der Pflicht zur Barrierefreiheit unterliegen: die Karte der Partnerstädte. "
                "Ihre Angaben stehen auch in der Liste der Partnerstädte.</p>"
            ),
            "en": (
                "<p>Content not subject to the accessibility obligation: the map of the twin cities. "
                "The information it gives is also in the list of twin cities.</p>"
            ),
        },
        "feedback": {
            "fr": (
                "<p>Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le service "
                'des relations internationales (<a href="/fr/contact/" rel="noopener">coordonnées</a>) pour être orienté vers '
                "une alternative accessible ou obtenir le contenu sous une autre forme.</p>"
            ),
            "de": (
                "<p>Wenn Sie auf einen Inhalt oder einen Dienst nicht zugreifen können, wenden Sie sich an das Büro "
                'für internationale Beziehungen (<a href="/de/kontakt/" rel="noopener">Kontakt</a>), um eine barrierefreie '
                "Alternative oder den Inhalt in anderer Form zu erhalten.</p>"
            ),
            "en": (
                "<p>If you cannot access a content or a service, contact the international relations office "
                '(<a href="/en/contact/" rel="noopener">contact details</a>) to be directed to an accessible alternative or to '
                "receive the content in another form.</p>"
            ),
        },
        "recourse": {
            "fr": (
                "<p>Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou à une "
                "fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse "
                "de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au "
                "Défenseur des droits :</p>"
                "<ul>"
                '<li>par le <a href="https://formulaire.defenseurdesdroits.fr/" rel="noopener">formulaire en ligne</a> ;</li>'
                '<li>auprès d\'un <a href="https://www.defenseurdesdroits.fr/saisir/delegues" rel="noopener">délégué du Défenseur '
                "des droits</a> dans votre région ;</li>"
                "<li>par courrier (gratuit, sans timbre) : Défenseur des droits, Libre réponse 71120, "
                "75342 Paris CEDEX 07.</li>"
                "</ul>"
            ),
            "de": (
                "<p>Wenn Sie eine Barriere melden, die Sie am Zugang zu einem Inhalt oder einer Funktion hindert, "
                "und keine Antwort von uns erhalten, können Sie sich an den französischen Défenseur des droits "
                "(Bürgerbeauftragter) wenden:</p>"
                "<ul>"
                '<li>über das <a href="https://formulaire.defenseurdesdroits.fr/" hreflang="fr" rel="noopener">Online-Formular</a>;</li>'
                '<li>bei einem <a href="https://www.defenseurdesdroits.fr/saisir/delegues" hreflang="fr" rel="noopener">Delegierten '
                "des Défenseur des droits</a> in Ihrer Region;</li>"
                "<li>per Post (gebührenfrei innerhalb Frankreichs): Défenseur des droits, Libre réponse 71120, "
                "75342 Paris CEDEX 07, Frankreich.</li>"
                "</ul>"
            ),
            "en": (
                "<p>If you report an accessibility problem that prevents you from accessing a content or a feature "
                "of the site and do not get an answer from us, you may send a complaint or a referral to the "
                "Défenseur des droits (the French rights ombudsman):</p>"
                "<ul>"
                '<li>through the <a href="https://formulaire.defenseurdesdroits.fr/" hreflang="fr" rel="noopener">online form</a>;</li>'
                '<li>with a <a href="https://www.defenseurdesdroits.fr/saisir/delegues" hreflang="fr" rel="noopener">delegate of '
                "the Défenseur des droits</a> in your region;</li>"
                "<li>by post (free of charge within France): Défenseur des droits, Libre réponse 71120, "
                "75342 Paris CEDEX 07, France.</li>"
                "</ul>"
            ),
        },
    },
]

CONTACT_DETAILS = [
    {
        "title": {"fr": "Contact", "de": "Kontakt", "en": "Contact"},
        "office": {
            "fr": "Service des relations internationales",
            "de": "Büro für internationale Beziehungen",
            "en": "International relations office",
        },
        "street_address": "Hôtel de ville, Place Léon-Betoulle",
        "postal_code": "87031",
        "locality": "Limoges Cedex 1",
        # Demo values, to be confirmed by the office (example.org is a reserved example domain).
        "phone": "",
        "email": "relations-internationales@example.org",
        "opening_hours": {
            "fr": "Démonstration : horaires à confirmer par le service.\nDu lundi au vendredi, sur rendez-vous.",
            "de": "Demo: Öffnungszeiten werden vom Büro bestätigt.\nMontag bis Freitag, nach Vereinbarung.",
            "en": "Demo: opening hours to be confirmed by the office.\nMonday to Friday, by appointment.",
        },
        "introduction": {
            "fr": "<p>Pour un projet de jumelage, d'échange ou de solidarité internationale, écrivez-nous ou passez nous voir.</p>",
            "de": "<p>Für ein Partnerschafts-, Austausch- oder Solidaritätsprojekt schreiben Sie uns oder besuchen Sie uns.</p>",
            "en": "<p>For a twinning, exchange or international solidarity project, write to us or come and see us.</p>",
        },
    },
]

# The menus as the site showed them before they could be edited: the list of each type in the main
# menu; the section's fixed and legal pages, feeds and open data in the footer.
MENU_ENTRIES = [
    *(
        {"menu": "main", "sort_order": number, "label": {}, "page": None, "list_name": name, "url": ""}
        for number, name in enumerate(
            [
                "relations:city_list",
                "relations:network_list",
                "relations:project_list",
                "relations:association_list",
                "relations:article_list",
                "relations:event_list",
            ],
            start=1,
        )
    ),
    {"menu": "footer", "sort_order": 1, "label": {}, "page": None, "list_name": "relations:site_map", "url": ""},
    {"menu": "footer", "sort_order": 2, "label": {}, "page": None, "list_name": "relations:accessibility", "url": ""},
    {"menu": "footer", "sort_order": 3, "label": {}, "page": "mentions-legales", "list_name": "", "url": ""},
    {"menu": "footer", "sort_order": 4, "label": {}, "page": "donnees-personnelles", "list_name": "", "url": ""},
    {"menu": "footer", "sort_order": 5, "label": {}, "page": None, "list_name": "relations:contact", "url": ""},
    {"menu": "footer", "sort_order": 6, "label": {}, "page": None, "list_name": "relations:article_feed", "url": ""},
    {"menu": "footer", "sort_order": 7, "label": {}, "page": None, "list_name": "relations:event_calendar", "url": ""},
    {"menu": "footer", "sort_order": 8, "label": {}, "page": None, "list_name": "relations:subsidies_csv", "url": ""},
    {
        "menu": "footer",
        "sort_order": 9,
        "label": {"fr": "Ville de Limoges", "de": "Stadt Limoges", "en": "City of Limoges"},
        "page": None,
        "list_name": "",
        "url": "https://www.limoges.fr/",
    },
]

__all__ = ["ACCESSIBILITY_STATEMENTS", "CONTACT_DETAILS", "LEGAL_PAGES", "MENU_ENTRIES"]
