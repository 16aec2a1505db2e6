"""The review workflow: an editor submits an item, a publisher approves it or sends it back.

- Submitting puts the item "in review" (not public) and opens a ReviewRequest; the publishers
  (relations/roles.py) get an email.
- Approving publishes the item: at once, or on its "publish from" date (it is then scheduled).
  Sending back returns it to draft with the publisher's comment. The author gets an email, in the
  admin language they submitted in; publishers get theirs in the language they last decided in.
- A translator's change to a live item is online at once; with REVIEW_LIVE_TRANSLATIONS on it is also
  put in the queue, to be read and approved (or sent back to the translator with a comment).

Every step is a version in the item's history (django-reversion), with its comment.
"""

import reversion
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from .addresses import absolute_url
from .models import PublicationState, PublicationStatus, ReviewRequest
from .roles import publishers


def person(user):
    return (user.get_full_name() or user.get_username()) if user else gettext("someone")


def in_french(obj):
    with translation.override(settings.LANGUAGE_CODE):
        return str(obj)


def admin_address(request, obj):
    opts = obj._meta
    return absolute_url(request, reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))


def open_request(request, obj, language=""):
    """The item's open review request (for its publication, or for a translation), opened if need be."""
    review, _created = ReviewRequest.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        language=language,
        decided_at__isnull=True,
        defaults={
            # In French, the language every item has: its name in the mails and the dashboard.
            "object_repr": in_french(obj)[:200],
            "requested_by": request.user,
            "author_language": translation.get_language() or settings.LANGUAGE_CODE,
        },
    )
    return review


def save_step(request, obj, comment):
    """Saves the item as one version of its history, with the step as its comment."""
    with reversion.create_revision():
        obj.save()
        reversion.set_user(request.user)
        reversion.set_comment(comment)
    return comment


def submit(request, obj):
    """The editor asks for the item to be published. Returns the history's comment."""
    obj.status = PublicationStatus.REVIEW
    comment = save_step(request, obj, gettext("Submitted for review"))
    review = open_request(request, obj)
    notify_publishers(request, obj, review)
    return comment


def submit_translation(request, obj, language):
    """A translator changed a live item: the publishers read the translation afterwards."""
    review = open_request(request, obj, language)
    notify_publishers(request, obj, review)
    return gettext("Translation submitted for review")


def approve(request, obj, comment=""):
    """Publishes the item (now, or on its "publish from" date), closes its reviews, tells the authors."""
    obj.status = PublicationStatus.PUBLISHED
    if obj.publication_state == PublicationState.SCHEDULED:
        step = gettext("Approved: goes live on %(time)s") % {
            "time": formats.date_format(timezone.localtime(obj.publish_from), "DATETIME_FORMAT")
        }
    else:
        step = gettext("Approved and published")
    history = save_step(request, obj, with_comment(step, comment))
    decide(request, obj, ReviewRequest.Decision.APPROVED, comment)
    return history


def approve_translation(request, obj, comment=""):
    decide(request, obj, ReviewRequest.Decision.APPROVED, comment)
    return with_comment(gettext("Translation approved"), comment)


def send_back(request, obj, comment):
    """Returns the item to its author as a draft, with what to change."""
    if obj.status == PublicationStatus.REVIEW:
        obj.status = PublicationStatus.DRAFT
    history = save_step(request, obj, with_comment(gettext("Sent back to its author"), comment))
    decide(request, obj, ReviewRequest.Decision.SENT_BACK, comment)
    return history


def with_comment(step, comment):
    return f"{step}: {comment}" if comment else step


def decide(request, obj, decision, comment):
    reviews = list(ReviewRequest.objects.waiting().for_object(obj).select_related("requested_by"))
    ReviewRequest.objects.filter(pk__in=[review.pk for review in reviews]).update(
        decision=decision,
        comment=comment,
        decided_by=request.user,
        decided_at=timezone.now(),
        decider_language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    for review in reviews:
        review.decision, review.comment = decision, comment
        notify_author(request, obj, review)


def staff_languages(users):
    """{user id: the admin language they last used in the workflow}, for the users it knows. One query."""
    languages = {}
    steps = ReviewRequest.objects.filter(Q(requested_by__in=users) | Q(decided_by__in=users)).order_by("requested_at")
    for step in steps.values("requested_by", "author_language", "decided_by", "decider_language"):
        languages[step["requested_by"]] = step["author_language"]
        if step["decided_by"] and step["decider_language"]:
            languages[step["decided_by"]] = step["decider_language"]
    return languages


def notify_publishers(request, obj, review):
    """In the admin language each publisher last used in the workflow; the site's own for the others."""
    recipients = [user for user in publishers().exclude(pk=request.user.pk) if user.email]
    languages = staff_languages(recipients)
    by_language = {}
    for user in recipients:
        by_language.setdefault(languages.get(user.pk, settings.LANGUAGE_CODE), []).append(user.email)
    for language, addresses in by_language.items():
        with translation.override(language):
            if review.language:
                subject = gettext("Translation to review (%(language)s): %(item)s") % {
                    "language": review.get_language_display(),
                    "item": review.object_repr,
                }
            else:
                subject = gettext("To review: %(item)s") % {"item": review.object_repr}
            body = gettext("%(person)s submitted “%(item)s” for review. Approve it or send it back:\n%(address)s") % {
                "person": person(request.user),
                "item": review.object_repr,
                "address": admin_address(request, obj),
            }
        mail(subject, body, addresses)


def notify_author(request, obj, review):
    author = review.requested_by
    if not author or not author.email or author == request.user:
        return
    with translation.override(review.author_language):
        values = {"item": review.object_repr, "person": person(request.user), "address": admin_address(request, obj)}
        if review.decision == ReviewRequest.Decision.APPROVED:
            subject = gettext("Approved: %(item)s") % values
            body = gettext("%(person)s approved “%(item)s”.") % values
        else:
            subject = gettext("Sent back: %(item)s") % values
            body = gettext("%(person)s sent “%(item)s” back to you.") % values
        if review.comment:
            body += "\n\n" + review.comment
        body += "\n\n" + values["address"]
    mail(subject, body, [author.email])


def mail(subject, body, recipients):
    # Once the step is saved: a step undone by an error sends nothing.
    transaction.on_commit(lambda: send_mail(subject, body, None, recipients, fail_silently=True))
