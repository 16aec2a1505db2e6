"""Two people edit the same item: the second to save is told, keeps their input, and overwrites nothing."""

import pytest

from relations.models import Article
from tests.forms import form_data

pytestmark = pytest.mark.django_db


def change_url(article, language="fr"):
    return f"/{language}/admin/relations/article/{article.pk}/change/"


@pytest.fixture
def two_editors(client, staff_member, django_user_model):
    from django.test import Client

    anne, bruno = Client(), Client()
    anne.force_login(staff_member("editors", "anne"))
    bruno.force_login(staff_member("editors", "bruno"))
    return anne, bruno


def test_a_stale_form_is_refused_with_a_conflict_message(two_editors, article):
    anne, bruno = two_editors
    annes_form = form_data(anne.get(change_url(article)), "article_form")
    brunos_form = form_data(bruno.get(change_url(article, "de")), "article_form")

    annes_form["title_fr"] = "Le titre d'Anne"
    assert anne.post(change_url(article), annes_form).status_code == 302

    brunos_form["summary_fr"] = "Le résumé de Bruno."
    response = bruno.post(change_url(article, "de"), brunos_form)
    assert response.status_code == 200
    page = response.content.decode()
    assert "anne hat dieses Element" in page and "nicht gespeichert" in page
    # Bruno's input is still in the form; Anne's text is still in the database.
    assert "Le résumé de Bruno." in page
    article.refresh_from_db()
    assert (article.title_fr, article.summary_fr) == ("Le titre d'Anne", "Le concert revient.")

    # Having read the message, Bruno saves again on purpose: now his version replaces Anne's.
    response = bruno.post(change_url(article, "de"), form_data(response, "article_form"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.summary_fr == "Le résumé de Bruno."


def test_one_person_saving_twice_in_a_row_meets_no_conflict(two_editors, article):
    anne, _bruno = two_editors
    for title in ["Premier", "Second"]:
        data = form_data(anne.get(change_url(article)), "article_form")
        data["title_fr"] = title
        assert anne.post(change_url(article), data).status_code == 302
    assert Article.objects.get().title_fr == "Second"


def test_a_form_without_its_version_is_refused(admin_client, article):
    data = form_data(admin_client.get(change_url(article)), "article_form")
    del data["edited_version"]
    data["title_fr"] = "Sans version"
    assert admin_client.post(change_url(article), data).status_code == 200
    assert Article.objects.get().title_fr == "Concert des villes unies"


def test_the_image_library_refuses_a_stale_form_too(two_editors):
    import io

    from django.core.files.base import ContentFile
    from PIL import Image as PillowImage

    from relations.models import Image

    picture = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "teal").save(picture, "PNG")
    image = Image.objects.create(
        title="Pont", file=ContentFile(picture.getvalue(), name="pont.png"), alt_text_fr="Pont"
    )
    anne, bruno = two_editors
    url = f"/fr/admin/relations/image/{image.pk}/change/"
    annes_form, brunos_form = form_data(anne.get(url), "image_form"), form_data(bruno.get(url), "image_form")
    annes_form["alt_text_fr"] = "Le pont d'Anne"
    assert anne.post(url, annes_form).status_code == 302
    brunos_form["alt_text_fr"] = "Le pont de Bruno"
    assert bruno.post(url, brunos_form).status_code == 200
    assert Image.objects.get().alt_text_fr == "Le pont d'Anne"
