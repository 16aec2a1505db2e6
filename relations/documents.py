"""The documents of the library (charters, agreements, council decisions): what an upload must be, and
how a link to one says its format and size.

An upload is accepted only when its content is a PDF, an OpenDocument text or spreadsheet (ODT, ODS)
or an Office Open XML text or workbook (DOCX, XLSX), of a reasonable size (validate_upload). The
name and the content type the browser sent are not looked at: a page or a program named
"charte.pdf" is refused. The first bytes are read by the `filetype` library; a ZIP archive is then
opened to read what it says it is: an OpenDocument file names its type in its first entry,
"mimetype", and an Office file in "[Content_Types].xml" (a macro-enabled workbook says so there,
and is refused). The file is stored under the extension of the format found in it.

Documents are served from the media storage as the images are, with X-Content-Type-Options: nosniff,
a Content-Disposition that makes the office formats downloads, and a sandboxing Content-Security-Policy
(deploy/nginx.conf, limoges_site/urls.py, limoges_site/storage_backends.py: media_headers).
"""

import zipfile
from pathlib import PurePosixPath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
FOLDER = "documents/"

# The formats accepted, by the extension they are stored with: (label shown to readers, content type).
FORMATS = {
    "pdf": ("PDF", "application/pdf"),
    "odt": ("ODT", "application/vnd.oasis.opendocument.text"),
    "ods": ("ODS", "application/vnd.oasis.opendocument.spreadsheet"),
    "docx": ("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}
# What the "mimetype" entry of an OpenDocument archive says, and the main part an Office archive declares.
OPENDOCUMENT_TYPES = {FORMATS["odt"][1]: "odt", FORMATS["ods"][1]: "ods"}
OFFICE_MAIN_PARTS = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml"),
}
# What is read of an archive's own description: enough for any real one, never a whole entry of a bomb.
DESCRIPTION_BYTES = 64 * 1024
HEAD_BYTES = 8192


def max_upload_bytes():
    return getattr(settings, "DOCUMENT_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES)


def not_accepted():
    return ValidationError(
        _(
            "This file is not a PDF, OpenDocument (ODT, ODS) or Word or Excel (DOCX, XLSX) document. "
            "Other formats are not accepted."
        ),
        code="invalid_document",
    )


def format_in_archive(source):
    """The extension of the OpenDocument or Office file the ZIP archive says it is; None otherwise."""
    try:
        with zipfile.ZipFile(source) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as entry:
                    return OPENDOCUMENT_TYPES.get(entry.read(200).decode("ascii", "replace").strip())
            if "[Content_Types].xml" in names:
                with archive.open("[Content_Types].xml") as entry:
                    content_types = entry.read(DESCRIPTION_BYTES).decode("utf-8", "replace")
                for extension, (main_type, main_part) in OFFICE_MAIN_PARTS.items():
                    if f'ContentType="{main_type}"' in content_types and main_part in names:
                        return extension
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return None
    return None


def detect_format(source):
    """The extension of the accepted format the file's content is in ("pdf", "odt"…), or None.
    source: an open binary file, read from its start and left at its start."""
    source.seek(0)
    head = source.read(HEAD_BYTES)
    source.seek(0)
    kind = filetype.guess(head)
    if kind is None:
        return None
    if kind.extension == "pdf":
        return "pdf"
    if kind.extension in ("zip", *OPENDOCUMENT_TYPES.values(), *OFFICE_MAIN_PARTS):
        try:
            return format_in_archive(source)
        finally:
            source.seek(0)
    return None


def validate_upload(upload):
    """Checks an uploaded file's size and content; returns the extension of its format."""
    if upload.size > max_upload_bytes():
        raise ValidationError(
            _("The file is too large (%(size)s): a document of at most %(limit)s is accepted."),
            code="file_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(max_upload_bytes())},
        )
    upload.open("rb")
    extension = detect_format(upload)
    if extension is None:
        raise not_accepted()
    return extension


def name_for_format(name, extension):
    """The uploaded file's name, made safe, with the extension of the format found in it (charte.html → charte.pdf)."""
    stem = slugify(PurePosixPath(name).stem)[:80] or "document"
    return f"{stem}.{extension}"


class CheckedDocumentFieldFile(FieldFile):
    def save(self, name, content, save=True):
        # Every way a file reaches the field (the admin, the demo, a script) goes through the check.
        name = name_for_format(name, validate_upload(content))
        super().save(name, content, save)


class DocumentFileField(models.FileField):
    """A file field that stores only a document of an accepted format and size (validate_upload),
    under the extension of the format found in it."""

    attr_class = CheckedDocumentFieldFile


def format_label(name):
    """What readers are told of a stored file's format: "PDF", "ODT"…"""
    extension = PurePosixPath(name).suffix.lstrip(".").lower()
    return FORMATS.get(extension, (extension.upper(), None))[0]


def content_type(name):
    extension = PurePosixPath(name).suffix.lstrip(".").lower()
    return FORMATS.get(extension, (None, "application/octet-stream"))[1]


def media_headers(name):
    """The headers a document of the media storage is served with, besides its type and nosniff: a PDF
    opens in the browser's reader, the office files are downloads, and nothing in either may run as a
    page of the site's origin."""
    if not name.startswith(FOLDER):
        return {}
    filename = PurePosixPath(name).name
    disposition = "inline" if filename.endswith(".pdf") else "attachment"
    return {
        "Content-Disposition": f'{disposition}; filename="{filename}"',
        "Content-Security-Policy": "sandbox",
    }
