"""Nothing of a request body is read before the site allows it: anonymous requests to the admin post
nothing larger than the login form, no request anything larger than the proxy lets through."""

import io

import pytest

pytestmark = pytest.mark.django_db


class UnreadBody(io.RawIOBase):
    """A request body of any announced size, which records whether anyone read it."""

    read_from = False

    def readable(self):
        return True

    def readinto(self, buffer):
        self.read_from = True
        buffer[: len(buffer)] = b"x" * len(buffer)
        return len(buffer)


def post_large(client, path, size):
    body = UnreadBody()
    response = client.generic(
        "POST",
        path,
        b"x",
        content_type="multipart/form-data; boundary=limoges",
        **{"wsgi.input": body, "CONTENT_LENGTH": str(size)},
    )
    return response, body


def test_a_large_anonymous_upload_to_the_admin_login_is_refused_unread(client, settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    response, body = post_large(client, "/fr/admin/login/", 200 * 1024 * 1024)
    assert response.status_code == 400
    assert not body.read_from and list(tmp_path.iterdir()) == []


def test_a_large_anonymous_upload_to_any_admin_page_is_refused_unread(client):
    response, body = post_large(client, "/fr/admin/relations/image/add/", 1024 * 1024)
    assert response.status_code == 400 and not body.read_from


def test_nobody_sends_more_than_the_proxy_allows(admin_client, settings):
    response, body = post_large(admin_client, "/fr/admin/relations/image/add/", settings.REQUEST_BODY_MAX_BYTES + 1)
    assert response.status_code == 400 and not body.read_from


def test_the_login_form_itself_still_goes_through(client, django_user_model):
    django_user_model.objects.create_user("claire", password="correct horse battery", is_staff=True)
    response = client.post(
        "/fr/admin/login/",
        {"admin_login_view-current_step": "auth", "auth-username": "claire", "auth-password": "correct horse battery"},
    )
    assert response.status_code == 302


def test_an_empty_to_field_is_refused_in_the_query_and_in_the_form(admin_client, furth):
    change = f"/fr/admin/relations/city/{furth.pk}/change/"
    assert admin_client.get(change, {"_to_field": ""}).status_code == 400
    assert admin_client.post(change, {"_to_field": ""}).status_code == 400
    assert admin_client.post(f"/fr/admin/relations/city/{furth.pk}/delete/", {"_to_field": ""}).status_code == 400
