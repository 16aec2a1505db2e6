"""Which French text each translation was made from, and what state a translation is in.

The one definition of a translation's state, used by the public pages (which languages an
object exists in), the sitemap, the translators' status page, the admin lists and the PO export:

- a field is *missing* in a language when its text there is empty while the French is not;
- *outdated* when the French changed since the translation was made (its TranslationRecord
  remembers the French it was made from);
- *current* otherwise. A field whose French is empty has nothing to translate (no state).

An object is translated in a language when every field its public page shows (every translated
field but the addresses) is current or outdated.

Texts are compared normalised: bodies after the same cleaning as on the page and with their
whitespace collapsed, so that the rich-text editor re-serialising a body changes nothing.
"""

import functools
import hashlib
import re

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from tinymce.models import HTMLField

from ..rich_text import clean_html

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
MISSING, OUTDATED, CURRENT = "missing", "outdated", "current"
STATES = (MISSING, OUTDATED, CURRENT)

# Whitespace next to a block element is layout of the HTML source, not text.
BLOCK_TAG_SPACE = re.compile(r"\s*(</?(?:p|h[1-6]|ul|ol|li|blockquote|br)\b[^>]*>)\s*")
# Matched from the start, it stops at the first visible character rather than rewriting the text.
NOTHING_VISIBLE = re.compile(r"(?:<[^>]*>|&nbsp;|\s)*")


def is_rich_text(model, field_name):
    return isinstance(model._meta.get_field(field_name), HTMLField)


def normalised(model, field_name, text):
    """The text as compared: what a reader could tell apart, not how its source is laid out."""
    text = text or ""
    if is_rich_text(model, field_name):
        text = BLOCK_TAG_SPACE.sub(r"\1", clean_html(text).replace("\xa0", " "))
    return " ".join(text.split())


def fingerprint(model, field_name, text):
    return hashlib.sha256(normalised(model, field_name, text).encode()).hexdigest()


def is_empty(model, field_name, text):
    if not text or not text.strip():
        return True
    # An emptied editor may leave "<p>&nbsp;</p>"; an image alone is content.
    return is_rich_text(model, field_name) and "<img" not in text and NOTHING_VISIBLE.fullmatch(text) is not None


def translatable_fields(model):
    return translator.get_options_for_model(model).fields


def shown_fields(model):
    """The translated fields a reader sees: all but the addresses (an untranslated address uses the French one)."""
    fields = translatable_fields(model)
    return [name for name in fields if not isinstance(model._meta.get_field(name), models.SlugField)]


def translation_state(obj, field_name, language, records=None):
    """MISSING, OUTDATED or CURRENT for one field of one object in one language; None when its French
    is empty (nothing to translate).

    records: {(object id, field): TranslationRecord} of the language (content_translation.records_for).
    Without them, outdated cannot be told from current: only whether the translation exists is known.
    """
    model = type(obj)
    source = getattr(obj, build_localized_fieldname(field_name, SOURCE_LANGUAGE))
    if is_empty(model, field_name, source):
        return None
    if language == SOURCE_LANGUAGE:
        return CURRENT
    if is_empty(model, field_name, getattr(obj, build_localized_fieldname(field_name, language))):
        return MISSING
    record = (records or {}).get((obj.pk, field_name))
    if record is not None and record.source_hash != fingerprint(model, field_name, source):
        return OUTDATED
    return CURRENT


def shown_field_states(obj, language, records=None):
    """{field: state} of the fields the object's page shows that have a French text."""
    states = {name: translation_state(obj, name, language, records) for name in shown_fields(type(obj))}
    return {name: state for name, state in states.items() if state is not None}


def object_state(states):
    """An object's state from its fields' states: the worst of them."""
    values = set(states.values() if isinstance(states, dict) else states)
    return MISSING if MISSING in values else OUTDATED if OUTDATED in values else CURRENT


@functools.cache
def shown_field_pairs(model, language):
    """[(French field, field of the language, whether rich text)] of the fields a reader sees."""
    return [
        (
            build_localized_fieldname(name, SOURCE_LANGUAGE),
            build_localized_fieldname(name, language),
            is_rich_text(model, name),
        )
        for name in shown_fields(model)
    ]


def is_blank(text, rich):
    """is_empty() of a field known to be rich text or not."""
    if not text or not text.strip():
        return True
    return rich and "<img" not in text and NOTHING_VISIBLE.fullmatch(text) is not None


def is_translated(obj, language):
    """Whether the object exists in the language: no field its page shows is missing there. No query.

    The same as no MISSING in shown_field_states(), without working out the other states: every
    page and every sitemap entry asks it for each language."""
    if language == SOURCE_LANGUAGE:
        return True
    return not any(
        is_blank(getattr(obj, translated), rich) and not is_blank(getattr(obj, source), rich)
        for source, translated, rich in shown_field_pairs(type(obj), language)
    )


class TranslationRecord(models.Model):
    """Which French text a translation was made from, so that a change of the French marks it outdated.

    Written when a translation is imported from a PO file or changed in the admin, and for the
    translations that existed before (data migration 0007 and load_demo: the French of that time).
    A translation without a record counts as current.
    """

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(_("field"), max_length=50)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    source_hash = models.CharField(_("fingerprint of the French text"), max_length=64)
    source_text = models.TextField(_("French text translated"), blank=True)
    translated_at = models.DateTimeField(_("translated"), auto_now=True)

    staff_content = False  # bookkeeping kept by the site itself

    class Meta:
        ordering = ["content_type", "object_id", "field", "language"]
        verbose_name = _("translation record")
        verbose_name_plural = _("translation records")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"], name="relations_one_record_per_translation"
            )
        ]

    def __str__(self):
        return f"{self.content_type} #{self.object_id} {self.field} ({self.language})"
