"""The admin login locks after repeated failures (django-axes), in the user's language, without
letting anyone lock a staff member out: what is locked is a user name from one address, or one address."""

import pytest

pytestmark = pytest.mark.django_db

HOME = "192.0.2.10"
OFFICE = "198.51.100.20"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("claire", password="correct horse battery", is_staff=True)


def log_in(client, password, language="fr", username="claire", address=HOME):
    """The first step of the login form (tests/test_two_factor.py goes on to the code)."""
    return client.post(
        f"/{language}/admin/login/",
        {
            "admin_login_view-current_step": "auth",
            "auth-username": username,
            "auth-password": password,
            "next": f"/{language}/admin/",
        },
        REMOTE_ADDR=address,
    )


def test_the_right_password_logs_in(client, editor):
    response = log_in(client, "correct horse battery")
    assert response.status_code == 302 and response["Location"] == "/fr/admin/"
    assert client.get("/fr/admin/").status_code == 200


def test_the_login_locks_after_five_failures_even_with_the_right_password(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = log_in(client, "wrong guess")
        assert response.status_code == 200  # the login form again, with its error
    response = log_in(client, "wrong guess", "de")
    assert response.status_code == 429
    assert "Anmeldung gesperrt" in response.content.decode()
    response = log_in(client, "correct horse battery", "en")
    assert response.status_code == 429
    assert "Login locked" in response.content.decode() and "15 minutes" in response.content.decode()
    assert client.get("/fr/admin/").status_code == 302  # still not logged in


def test_a_user_locked_out_from_one_address_still_logs_in_from_another(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "wrong guess", address=HOME)
    assert log_in(client, "correct horse battery", address=HOME).status_code == 429
    assert log_in(client, "correct horse battery", address=OFFICE).status_code == 302


def test_an_address_guessing_other_accounts_is_locked_for_every_user_name(client, editor, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "wrong", username=f"someone{attempt}")
    assert log_in(client, "correct horse battery").status_code == 429
    assert log_in(client, "correct horse battery", username="nobody-tried-this-name").status_code == 429
    assert log_in(client, "correct horse battery", address=OFFICE).status_code == 302


def test_a_success_clears_earlier_failures(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "wrong guess")
    assert log_in(client, "correct horse battery").status_code == 302
    client.logout()
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "wrong guess")
    assert log_in(client, "correct horse battery").status_code == 302
