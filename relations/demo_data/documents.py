"""The demo's documents: small PDF summaries written at load time, in French and German (English
readers get the French file, as they would of a document the city has not translated).

A few lines of text on an A4 page need no PDF library: pdf() writes the five objects of such a file
and its cross-reference table. The text is in the standard Helvetica font with its Windows encoding,
which has every letter of French and German (Czech letters lose their accent). The same input gives the same bytes.
"""

import unicodedata
from dataclasses import dataclass

from django.core.files.base import ContentFile

LEFT, TOP, LINE_HEIGHT = 56, 780, 18


def _text(line):
    escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    # A letter the font's encoding lacks (the ň of Plzeň) is written without its accent.
    return "".join(_encodable(character) for character in escaped).encode("cp1252")


def _encodable(character):
    try:
        character.encode("cp1252")
    except UnicodeEncodeError:
        return unicodedata.normalize("NFKD", character)[0]
    return character


def pdf(title, lines):
    """A one-page A4 PDF with the title, then the lines, with the title in its metadata."""
    content = b"BT /F1 16 Tf %d %d Td (%s) Tj ET\n" % (LEFT, TOP, _text(title))
    for number, line in enumerate(lines, start=2):
        content += b"BT /F1 11 Tf %d %d Td (%s) Tj ET\n" % (LEFT, TOP - number * LINE_HEIGHT, _text(line))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%sendstream" % (len(content), content),
        b"<< /Title (%s) /Producer (Ville de Limoges) >>" % _text(title),
    ]
    output = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return output


@dataclass(frozen=True)
class DemoPdf:
    """A file of a demo document, written when the demo is loaded (as Illustration draws the images)."""

    name: str
    title: str
    lines: tuple

    def draw(self):
        return ContentFile(pdf(self.title, self.lines), name=self.name)


CHARTERS_FR = DemoPdf(
    "chartes-de-jumelage-limoges.pdf",
    "Les chartes de jumelage de Limoges",
    (
        "Ville de Limoges - Relations internationales",
        "",
        "Entre 1982 et 2003, Limoges a signé cinq chartes de jumelage :",
        "- Plzeň (République tchèque) : charte signée le 11 juin 1987 ;",
        "- Fürth (Allemagne) : charte signée en 1992 ;",
        "- Charlotte (Caroline du Nord, États-Unis) : charte signée en 1992 ;",
        "- Seto (Japon) : charte signée le 18 novembre 2003 ;",
        "- Grodno (Hrodna, Biélorussie) : date de la charte non établie.",
        "",
        "Tous les deux ans, le Concert des Cités Unies réunit à l'Opéra de Limoges",
        "des musiciens des cinq villes jumelles.",
    ),
)
CHARTERS_DE = DemoPdf(
    "partnerschaftsurkunden-limoges.pdf",
    "Die Partnerschaftsurkunden von Limoges",
    (
        "Stadt Limoges - Internationale Beziehungen",
        "",
        "Zwischen 1982 und 2003 hat Limoges fünf Partnerschaftsurkunden unterzeichnet:",
        "- Plzeň (Pilsen, Tschechien): unterzeichnet am 11. Juni 1987;",
        "- Fürth (Deutschland): unterzeichnet 1992;",
        "- Charlotte (North Carolina, USA): unterzeichnet 1992;",
        "- Seto (Japan): unterzeichnet am 18. November 2003;",
        "- Grodno (Hrodna, Belarus): Datum der Urkunde nicht belegt.",
        "",
        "Alle zwei Jahre vereint das Konzert der vereinten Städte Musikerinnen und Musiker",
        "aus den fünf Partnerstädten in der Oper Limoges.",
    ),
)

DOCUMENTS = [
    {
        "slug": {
            "fr": "chartes-de-jumelage-resume",
            "de": "partnerschaftsurkunden-zusammenfassung",
            "en": "twinning-charters-summary",
        },
        "title": {
            "fr": "Les chartes de jumelage de Limoges (résumé)",
            "de": "Die Partnerschaftsurkunden von Limoges (Zusammenfassung)",
            "en": "The twinning charters of Limoges (summary)",
        },
        "summary": {
            "fr": "Les cinq chartes de jumelage signées par Limoges entre 1982 et 2003, ville par ville.",
            "de": "Die fünf Partnerschaftsurkunden, die Limoges zwischen 1982 und 2003 unterzeichnet hat, Stadt für Stadt.",
            "en": "The five twinning charters Limoges signed between 1982 and 2003, city by city.",
        },
        "body": {
            "fr": (
                "<p>Entre 1982 et 2003, Limoges a signé cinq chartes de jumelage : Plzeň (11 juin 1987), Fürth (1992), "
                "Charlotte (1992), Seto (18 novembre 2003) et Grodno, dont la date de la charte n'est pas établie.</p>"
            ),
            "de": (
                "<p>Zwischen 1982 und 2003 hat Limoges fünf Partnerschaftsurkunden unterzeichnet: Plzeň (11. Juni 1987), "
                "Fürth (1992), Charlotte (1992), Seto (18. November 2003) und Grodno, dessen Urkundendatum nicht belegt ist.</p>"
            ),
            "en": (
                "<p>Between 1982 and 2003, Limoges signed five twinning charters: Plzeň (11 June 1987), Fürth (1992), "
                "Charlotte (1992), Seto (18 November 2003) and Grodno, whose charter date is not established.</p>"
            ),
        },
        "file_fr": CHARTERS_FR,
        "file_de": CHARTERS_DE,
        "status": "published",
    },
]
