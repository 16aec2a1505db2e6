"""The admin home's dashboard: what the team changed, what goes online or offline soon, what waits
for review and for translation. A fixed number of queries, whatever the amount of content."""

import datetime

from django.db.models import Prefetch, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from reversion.models import Revision, Version

from .content_translation import object_states, translated_models
from .models import PublicationStatus, ReviewRequest
from .models.translation_records import CURRENT
from .roles import publishable_models
from .translation_admin import TARGET_LANGUAGES

UPCOMING_DAYS = 14
RECENT_CHANGES = 12


def change_url(model, pk):
    try:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[pk])
    except NoReverseMatch:
        return None


def recent_changes():
    """The team's last saves, everyone's, as the history keeps them (with the review steps). Two queries."""
    revisions = list(
        Revision.objects.select_related("user")
        .prefetch_related(Prefetch("version_set", queryset=Version.objects.select_related("content_type")))
        .order_by("-date_created")[:RECENT_CHANGES]
    )
    for revision in revisions:
        revision.items = [
            {"name": version.object_repr, "url": change_url(version.content_type.model_class(), version.object_id)}
            for version in revision.version_set.all()
            if version.content_type.model_class() is not None
        ]
    return revisions


def upcoming(now=None, days=UPCOMING_DAYS):
    """Published items that go live or expire in the coming days, soonest first (one query per kind)."""
    now = now or timezone.now()
    horizon = now + datetime.timedelta(days=days)
    events = []
    for model in publishable_models():
        items = model._default_manager.filter(
            Q(publish_from__gt=now, publish_from__lte=horizon) | Q(publish_until__gt=now, publish_until__lte=horizon),
            status=PublicationStatus.PUBLISHED,
        )
        for item in items:
            for when, going_live in ((item.publish_from, True), (item.publish_until, False)):
                if when and now < when <= horizon:
                    events.append(
                        {
                            "item": item,
                            "type": model._meta.verbose_name,
                            "when": when,
                            "going_live": going_live,
                            "url": change_url(model, item.pk),
                        }
                    )
    return sorted(events, key=lambda event: event["when"])


def waiting_reviews():
    reviews = list(ReviewRequest.objects.waiting().select_related("requested_by", "content_type"))
    for review in reviews:
        model = review.content_type.model_class()
        review.url = change_url(model, review.object_id) if model else None
        review.type = model._meta.verbose_name if model else ""
    return reviews


def translation_backlog():
    """Per language, how many items miss a translation or have an outdated one (two queries per kind)."""
    backlog = {code: {"name": name, "missing": 0, "outdated": 0} for code, name in TARGET_LANGUAGES}
    for model in translated_models():
        states = object_states(model, model._default_manager.all())
        for code, _name in TARGET_LANGUAGES:
            for by_language in states.values():
                if by_language[code] != CURRENT:
                    backlog[code][by_language[code]] += 1
    return list(backlog.values())


def dashboard():
    return {
        "recent_changes": recent_changes(),
        "upcoming": upcoming(),
        "upcoming_days": UPCOMING_DAYS,
        "waiting_reviews": waiting_reviews(),
        "translation_backlog": translation_backlog(),
    }
