"""The publication workflow: states that tell the truth, review before publication, the dashboard."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from reversion.models import Version

from relations.models import Article, PublicationStatus, ReviewRequest
from tests.forms import form_data

pytestmark = pytest.mark.django_db

ARTICLES = "/en/admin/relations/article/"


def change_url(article, language="en"):
    return f"/{language}/admin/relations/article/{article.pk}/change/"


def public_url(article):
    with translation.override("fr"):
        return article.get_absolute_url()


@pytest.fixture
def scheduled_and_expired(article):
    now = timezone.now()
    scheduled = Article.objects.get(pk=article.pk)
    scheduled.publish_from = now + datetime.timedelta(days=3)
    scheduled.save()
    expired = Article.objects.create(
        category=article.category,
        title_fr="Fin du festival",
        slug_fr="fin-du-festival",
        summary_fr="Terminé.",
        status=PublicationStatus.PUBLISHED,
        publish_from=now - datetime.timedelta(days=10),
        publish_until=now - datetime.timedelta(days=1),
    )
    return scheduled, expired


def publication_column(page):
    """{title: its publication cell} of an admin list page."""
    rows = page.context["cl"].result_list
    admin = page.context["cl"].model_admin
    return {obj.title_fr: str(admin.publication_state(obj)) for obj in rows}


@pytest.mark.parametrize(
    "language, scheduled_label, expired_label",
    [("en", "Scheduled", "Expired"), ("de", "Geplant", "Abgelaufen"), ("fr", "Programmé", "Expiré")],
)
def test_a_scheduled_and_an_expired_item_show_as_such_in_the_list_and_the_filter(
    admin_client, scheduled_and_expired, language, scheduled_label, expired_label
):
    scheduled, expired = scheduled_and_expired
    url = f"/{language}/admin/relations/article/"
    page = admin_client.get(url)
    html = page.content.decode()
    assert f'publication-state--scheduled">{scheduled_label}<' in html
    assert f'publication-state--expired">{expired_label}<' in html
    assert "?publication=scheduled" in html and f">{scheduled_label}</a>" in html  # offered by the filter
    only_scheduled = admin_client.get(url, {"publication": "scheduled"})
    assert [obj.pk for obj in only_scheduled.context["cl"].result_list] == [scheduled.pk]
    only_expired = admin_client.get(url, {"publication": "expired"})
    assert [obj.pk for obj in only_expired.context["cl"].result_list] == [expired.pk]
    assert list(admin_client.get(url, {"publication": "live"}).context["cl"].result_list) == []


def test_titles_link_to_the_change_form(admin_client, article):
    html = admin_client.get(ARTICLES).content.decode()
    assert f'<a href="{change_url(article)}">Concert of the united cities</a>' in html


def test_a_submitted_item_is_not_public_until_approved_and_the_approval_is_in_its_history(
    client, staff_member, article, django_capture_on_commit_callbacks
):
    editor = staff_member("editors", "anne")
    editor.email = "anne@limoges.example"
    editor.save()
    publisher = staff_member("publishers", "paul")
    publisher.email = "paul@limoges.example"
    publisher.save()
    article.status = PublicationStatus.DRAFT
    article.save()

    client.force_login(editor)
    data = form_data(client.get(change_url(article, "de")), "article_form")
    assert "status" not in data, "an editor does not publish"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(change_url(article, "de"), {**data, "_submit_for_review": "1"}).status_code == 302
    article.refresh_from_db()
    assert article.status == PublicationStatus.REVIEW
    [to_publisher] = mail.outbox
    assert to_publisher.to == ["paul@limoges.example"] and "Concert des villes unies" in to_publisher.subject
    client.logout()
    assert client.get(public_url(article)).status_code == 404

    client.force_login(publisher)
    page = client.get(change_url(article))
    assert 'name="_approve"' in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(change_url(article), {**form_data(page, "article_form"), "_approve": "1"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == PublicationStatus.PUBLISHED
    assert not ReviewRequest.objects.waiting().exists()
    history = [version.revision.comment for version in Version.objects.get_for_object(article)]
    assert history[0] == "Approved and published"
    assert history[1] == "Zur Prüfung eingereicht", "in the language of the editor's admin"
    # The author is told in the language she submitted in.
    to_author = mail.outbox[-1]
    assert to_author.to == ["anne@limoges.example"] and to_author.subject.startswith("Freigegeben")
    client.logout()
    assert client.get(public_url(article)).status_code == 200


def test_a_publisher_sends_back_with_a_comment(client, staff_member, article, django_capture_on_commit_callbacks):
    editor = staff_member("editors", "anne")
    editor.email = "anne@limoges.example"
    editor.save()
    article.status = PublicationStatus.DRAFT
    article.save()
    client.force_login(editor)
    client.post(ARTICLES, {"action": "submit_for_review", "_selected_action": [article.pk]})
    client.force_login(staff_member("publishers", "paul"))
    data = form_data(client.get(change_url(article)), "article_form")
    refused = client.post(change_url(article), {**data, "_send_back": "1"})
    assert refused.status_code == 200 and "review_comment" in refused.context["adminform"].form.errors
    with django_capture_on_commit_callbacks(execute=True):
        client.post(change_url(article), {**data, "_send_back": "1", "review_comment": "Add the date of the concert."})
    article.refresh_from_db()
    assert article.status == PublicationStatus.DRAFT
    latest = Version.objects.get_for_object(article).first().revision.comment
    assert "Add the date of the concert." in latest
    assert mail.outbox[-1].to == ["anne@limoges.example"] and "Add the date of the concert." in mail.outbox[-1].body


def test_the_dashboard_lists_a_scheduled_item_and_a_waiting_review(
    admin_client, staff_member, scheduled_and_expired, client, django_assert_max_num_queries
):
    scheduled, _expired = scheduled_and_expired
    draft = Article.objects.create(
        category=scheduled.category, title_fr="Visite à Fürth", slug_fr="visite-a-furth", summary_fr="…"
    )
    client.force_login(staff_member("editors"))
    client.post(ARTICLES, {"action": "submit_for_review", "_selected_action": [draft.pk]})
    admin_client.get("/en/admin/")  # a process looks each content type up once
    with django_assert_max_num_queries(40):
        html = admin_client.get("/en/admin/").content.decode()
    upcoming = html.split('id="upcoming-module"')[1].split("</table>")[0]
    assert "Concert of the united cities" in upcoming and "goes live" in upcoming
    waiting = html.split('id="review-module"')[1].split("</table>")[0]
    assert "Visite à Fürth" in waiting
    backlog = html.split('id="backlog-module"')[1].split("</table>")[0]
    assert "Deutsch" in backlog or "German" in backlog
    recent = html.split('id="recent-changes-module"')[1].split("</table>")[0]
    assert "Submitted for review" in recent


def test_the_dashboard_takes_a_constant_number_of_queries(admin_client, article):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    admin_client.get("/en/admin/")  # a process looks each content type up once
    with CaptureQueriesContext(connection) as few:
        admin_client.get("/en/admin/")
    for number in range(5):
        Article.objects.create(
            category=article.category,
            title_fr=f"Article {number}",
            slug_fr=f"article-{number}",
            summary_fr="…",
            status=PublicationStatus.PUBLISHED,
            publish_from=timezone.now() + datetime.timedelta(days=2),
        )
        ReviewRequest.objects.create(
            content_type_id=article_type(), object_id=article.pk, object_repr=f"Article {number}"
        )
    with CaptureQueriesContext(connection) as more:
        admin_client.get("/en/admin/")
    assert len(more.captured_queries) == len(few.captured_queries)


def article_type():
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(Article).pk


def test_the_admin_index_names_its_sections_for_people(admin_client):
    html = admin_client.get("/en/admin/").content.decode()
    assert "Login lock-outs" in html and ">Axes<" not in html
    # The interface translation editor is listed once, by the site's own link.
    assert html.count(reverse("rosetta-file-list", kwargs={"po_filter": "project"})) == 1


def test_a_translators_change_to_a_live_item_waits_for_review(
    client, staff_member, article, django_capture_on_commit_callbacks
):
    publisher = staff_member("publishers", "paul")
    publisher.email = "paul@limoges.example"
    publisher.save()
    client.force_login(staff_member("translators"))
    data = form_data(client.get(change_url(article)), "article_form")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(change_url(article), {**data, "title_de": "Konzert der Partnerstädte"}).status_code == 302
    [review] = ReviewRequest.objects.waiting()
    assert review.language == "de" and mail.outbox[0].to == ["paul@limoges.example"]
    article.refresh_from_db()
    assert article.status == PublicationStatus.PUBLISHED, "a live item stays online while its translation is read"
    client.force_login(publisher)
    page = client.get(change_url(article))
    client.post(change_url(article), {**form_data(page, "article_form"), "_approve": "1"})
    assert not ReviewRequest.objects.waiting().exists()
    assert "Translation approved" in Version.objects.get_for_object(article).first().revision.comment


def test_an_editor_restoring_a_published_version_does_not_publish_it(client, staff_member, article):
    import reversion

    with reversion.create_revision():
        article.save()  # the published version, in the history
    article.status = PublicationStatus.DRAFT
    article.title_fr = "Nouveau titre"
    with reversion.create_revision():
        article.save()
    published = Version.objects.get_for_object(article).last()
    client.force_login(staff_member("editors"))
    revert = f"{change_url(article)[: -len('change/')]}history/{published.pk}/"
    assert client.post(revert, form_data(client.get(revert), "article_form")).status_code == 302
    article.refresh_from_db()
    assert article.title_fr == "Concert des villes unies" and article.status == PublicationStatus.DRAFT


def test_publishers_are_written_to_in_the_language_they_last_decided_in(
    client, staff_member, article, django_capture_on_commit_callbacks
):
    editor = staff_member("editors", "anne")
    publisher = staff_member("publishers", "paul")
    publisher.email = "paul@limoges.example"
    publisher.save()
    article.status = PublicationStatus.DRAFT
    article.save()
    client.force_login(editor)
    client.post(ARTICLES, {"action": "submit_for_review", "_selected_action": [article.pk]})
    client.force_login(publisher)
    data = form_data(client.get(change_url(article, "de")), "article_form")
    client.post(change_url(article, "de"), {**data, "_send_back": "1", "review_comment": "Datum fehlt."})
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ARTICLES, {"action": "submit_for_review", "_selected_action": [article.pk]})
    assert mail.outbox[-1].to == ["paul@limoges.example"] and mail.outbox[-1].subject.startswith("Zu prüfen")
