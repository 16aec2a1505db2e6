"""The document library: only real PDF, OpenDocument and Office files of a reasonable size are
accepted, judged by their content; a link to a document says its format and size in the reader's
language; documents attach to content, have a page (in the search and the sitemap), and their admin
page says where they are used."""

import html
import io
import zipfile
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from PIL import Image as PillowImage

from relations import documents
from relations.demo_data.documents import pdf
from relations.models import Document, Image, PublicationStatus
from tests.forms import form_data

pytestmark = pytest.mark.django_db

ADD_URL = "/{language}/admin/relations/document/add/"
CHARTER = pdf("Charte de jumelage Limoges-Fürth", ["Signée en 1992."])


def zipped(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def opendocument(mimetype):
    return zipped({"mimetype": mimetype, "content.xml": "<office:document-content/>"})


def office(main_type, main_part):
    content_types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Override PartName="/{main_part}" ContentType="{main_type}"/></Types>'
    )
    return zipped({"[Content_Types].xml": content_types, main_part: "<document/>"})


DOCX = office(documents.OFFICE_MAIN_PARTS["docx"][0], "word/document.xml")
XLSX = office(documents.OFFICE_MAIN_PARTS["xlsx"][0], "xl/workbook.xml")
ODT = opendocument("application/vnd.oasis.opendocument.text")
ODS = opendocument("application/vnd.oasis.opendocument.spreadsheet")
# A Linux program and a Windows one: what a renamed executable starts with.
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00" + bytes(200)
PE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + bytes(44)
    + b"\x80\x00\x00\x00"
    + bytes(64)
    + b"PE\x00\x00"
)
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script>%PDF-1.4</body></html>"
# A workbook with macros says so in its content types, and is no XLSX.
XLSM = office("application/vnd.ms-excel.sheet.macroEnabled.main+xml", "xl/workbook.xml")

REFUSED = {
    "not_a_document": {
        "fr": "Ce fichier n'est pas un document PDF, OpenDocument (ODT, ODS) ou Word ou Excel (DOCX, XLSX).",
        "de": "Diese Datei ist kein PDF-, OpenDocument- (ODT, ODS) oder Word- oder Excel-Dokument (DOCX, XLSX).",
    },
    "too_large": {"fr": "Le fichier est trop volumineux", "de": "Die Datei ist zu groß"},
}
BAD_UPLOADS = {
    "Linux executable named .pdf": ("charte.pdf", ELF, "not_a_document"),
    "Windows executable named .pdf": ("charte.pdf", PE, "not_a_document"),
    "HTML page named .pdf": ("charte.pdf", HTML_PAGE, "not_a_document"),
    "plain ZIP named .docx": ("budget.docx", zipped({"readme.txt": "bonjour"}), "not_a_document"),
    "macro-enabled workbook named .xlsx": ("budget.xlsx", XLSM, "not_a_document"),
    "oversized PDF": ("charte.pdf", CHARTER + b"%" + b" " * 70_000 + b"\n", "too_large"),
}


@pytest.fixture
def editor_client(client, staff_member):
    client.force_login(staff_member("editors"))
    return client


def upload(client, name, content, language="fr"):
    data = form_data(client.get(ADD_URL.format(language=language)), "document_form")
    data.update(title_fr="Charte de jumelage", slug_fr="charte-de-jumelage", status=PublicationStatus.PUBLISHED)
    data["file_fr"] = SimpleUploadedFile(name, content, "application/pdf")
    return client.post(ADD_URL.format(language=language), data)


def stored_files(settings):
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]


def make_document(**fields):
    files = {
        name: ContentFile(fields.pop(name), name="charte.pdf") for name in ("file_fr", "file_de") if name in fields
    }
    document = Document(
        title_fr=fields.pop("title_fr", "Charte de jumelage"),
        slug_fr=fields.pop("slug_fr", "charte-de-jumelage"),
        status=fields.pop("status", PublicationStatus.PUBLISHED),
        **fields,
    )
    for name, content in files.items():
        getattr(document, name).save(content.name, content, save=False)
    document.save()
    return document


@pytest.mark.parametrize("language", ["fr", "de"])
@pytest.mark.parametrize("case", BAD_UPLOADS)
def test_a_bad_upload_is_refused_with_a_message_in_the_editors_language_and_nothing_stored(
    editor_client, settings, case, language
):
    settings.DOCUMENT_MAX_UPLOAD_BYTES = 60_000
    name, content, refusal = BAD_UPLOADS[case]
    response = upload(editor_client, name, content, language)
    assert response.status_code == 200, "the form is shown again"
    assert REFUSED[refusal][language] in html.unescape(response.content.decode())
    assert not Document.objects.exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize(
    "name, content, extension",
    [
        ("charte.pdf", CHARTER, "pdf"),
        ("charte.html", CHARTER, "pdf"),
        ("rapport.odt", ODT, "odt"),
        ("budget.ods", ODS, "ods"),
        ("rapport.docx", DOCX, "docx"),
        ("budget", XLSX, "xlsx"),
    ],
)
def test_an_accepted_document_is_stored_under_the_extension_of_its_real_format(
    editor_client, settings, name, content, extension
):
    assert upload(editor_client, name, content).status_code == 302
    document = Document.objects.get()
    assert document.file_fr.name.endswith(f".{extension}")
    assert [path.suffix for path in stored_files(settings)] == [f".{extension}"]
    assert document.file_sizes == {document.file_fr.name: len(content)}


def test_a_script_cannot_store_a_bad_file_either(settings):
    with pytest.raises(ValidationError, match="pas un document PDF"):
        make_document(file_fr=HTML_PAGE)
    assert not Document.objects.exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize(
    "language, size_words",
    [("fr", "Ko"), ("de", "KB"), ("en", "KB")],
)
def test_an_accepted_pdfs_link_says_its_format_and_size_in_each_language(editor_client, client, language, size_words):
    content = CHARTER + b"%" + b" " * 240 * 1024 + b"\n"
    assert upload(editor_client, "charte.pdf", content).status_code == 302
    document = Document.objects.get()
    with translation.override(language):
        expected_size = filesizeformat(len(content))
        page = html.unescape(client.get(document.get_absolute_url()).content.decode())
    assert size_words in expected_size and expected_size[0].isdigit()
    assert f"(PDF, {expected_size}" in page
    assert f'href="{document.file_fr.url}"' in page


def test_a_german_reader_gets_the_german_file_and_an_english_one_the_french_file_marked_as_french(client):
    german = pdf("Partnerschaftsurkunde", ["Unterzeichnet 1992."])
    document = make_document(file_fr=CHARTER, file_de=german, slug_de="partnerschaftsurkunde")
    with translation.override("de"):
        page = client.get(document.get_absolute_url()).content.decode()
    assert f'href="{document.file_de.url}"' in page
    assert f'href="{document.file_fr.url}"' not in page
    with translation.override("en"):
        page = html.unescape(client.get(document.get_absolute_url()).content.decode())
        size = filesizeformat(len(CHARTER))
    assert f'href="{document.file_fr.url}" hreflang="fr"' in page
    assert f"(PDF, {size}, French)" in page


def test_a_document_attached_to_a_city_is_offered_on_its_page_once_published(client, furth):
    document = make_document(file_fr=CHARTER)
    draft = make_document(file_fr=CHARTER, title_fr="Brouillon", slug_fr="brouillon", status=PublicationStatus.DRAFT)
    furth.documents.set([document, draft])
    page = html.unescape(client.get(furth.get_absolute_url()).content.decode())
    assert "Charte de jumelage" in page and f"(PDF, {filesizeformat(len(CHARTER))})" in page
    assert "Brouillon" not in page


def test_documents_are_searched_and_listed_in_the_sitemap(client):
    document = make_document(file_fr=CHARTER, summary_fr="Le texte de la charte signée avec Fürth.")
    results = client.get("/fr/recherche/", {"q": "charte Fürth"})
    assert document in [result["object"] for group in results.context["groups"] for result in group["results"]]
    assert "/sitemap-document.xml" in client.get("/sitemap.xml").content.decode()
    assert f"/fr/documents/{document.slug_fr}/" in client.get("/sitemap-document.xml").content.decode()


def test_media_documents_are_served_so_that_nothing_in_them_runs_as_a_page(client, settings):
    settings.SERVE_MEDIA = True
    from django.urls import clear_url_caches

    import limoges_site.urls

    document = make_document(file_fr=CHARTER)
    response = limoges_site.urls.serve_media(
        client.get("/").wsgi_request, document.file_fr.name, document_root=settings.MEDIA_ROOT
    )
    clear_url_caches()
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["Content-Disposition"].startswith("inline")
    assert documents.media_headers("documents/2026/11/budget.xlsx")["Content-Disposition"].startswith("attachment")


def test_a_document_linked_from_a_body_leads_to_its_file_and_says_its_format_and_size(client, article):
    document = make_document(file_fr=CHARTER)
    article.body_fr = f'<p>Lire <a href="/link/relations.document/{document.pk}/">la charte</a>.</p>'
    article.save()
    page = html.unescape(client.get(article.get_absolute_url()).content.decode())
    assert f'href="{document.file_fr.url}"' in page
    assert f'la charte <span class="document-link__details">(PDF, {filesizeformat(len(CHARTER))})</span>' in page


def png():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def test_the_admin_page_of_a_document_or_an_image_says_where_it_is_used(
    editor_client, article, furth, unic, django_capture_on_commit_callbacks
):
    document = make_document(file_fr=CHARTER)
    unused = make_document(file_fr=CHARTER, title_fr="Inutilisé", slug_fr="inutilise")
    with django_capture_on_commit_callbacks(execute=True):
        image = Image.objects.create(title="Pont", file=ContentFile(png(), name="pont.png"), alt_text_fr="Un pont")
    image.refresh_from_db()
    furth.documents.add(document)
    furth.image = image
    furth.save()
    article.body_de = (
        f'<p><a href="/link/relations.document/{document.pk}/">Urkunde</a></p>'
        f'<p><img src="{image.rendition_url("full", 960)}" alt="Brücke"></p>'
    )
    article.save()

    for obj, url in [(document, "document"), (image, "image")]:
        page = html.unescape(editor_client.get(f"/fr/admin/relations/{url}/{obj.pk}/change/").content.decode())
        used_on = page[page.index('class="used-on"') :]
        used_on = used_on[: used_on.index("</ul>")]
        assert f'<a href="/fr/admin/relations/city/{furth.pk}/change/">Fürth</a>' in used_on, url
        assert f'<a href="/fr/admin/relations/article/{article.pk}/change/">{article.title_fr}</a>' in used_on, url
        assert "UNIC" not in used_on
    page = html.unescape(editor_client.get(f"/fr/admin/relations/document/{unused.pk}/change/").content.decode())
    assert "Utilisé sur aucun contenu." in page
