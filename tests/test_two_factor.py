"""Two-factor authentication of the staff: administrators and editors log in with a code of their
authenticator app (or a recovery code) after their password, and set it up before anything else;
translators may use it. Wrong codes count as failed logins (django-axes)."""

from base64 import b32decode

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from relations.roles import EDITORS, TRANSLATORS

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
STEP = "admin_login_view-current_step"


@pytest.fixture
def member(django_user_model):
    """A staff member of a group, with no device yet: member("editors")."""

    def make(group, username="eva"):
        user = django_user_model.objects.create_user(username, password=PASSWORD, is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def enrolled_editor(member):
    editor = member(EDITORS)
    device = TOTPDevice.objects.create(user=editor, name="default")
    backup = StaticDevice.objects.create(user=editor, name="backup")
    backup.token_set.create(token="recovery1")
    return device


def current_code(device):
    return f"{totp(device.bin_key):06d}"


def log_in_with_password(client, username="eva", password=PASSWORD):
    return client.post(
        "/fr/admin/login/", {STEP: "auth", "auth-username": username, "auth-password": password, "next": "/fr/admin/"}
    )


def enter_code(client, code, step="token"):
    return client.post("/fr/admin/login/", {STEP: step, f"{step}-otp_token": code, "next": "/fr/admin/"})


def test_an_editor_without_a_device_can_only_set_one_up(client, member):
    member(EDITORS)
    assert log_in_with_password(client).status_code == 302
    for page in ("/fr/admin/", "/fr/admin/relations/article/", "/de/admin/translations/catalogues/"):
        response = client.get(page)
        assert response.status_code == 302 and "/admin/account/two_factor/setup/" in response["Location"]
    setup = client.get("/en/admin/account/two_factor/setup/")
    assert setup.status_code == 200 and "Enable Two-Factor Authentication" in setup.content.decode()


def test_setting_up_the_authenticator_app_opens_the_admin(client, member):
    editor = member(EDITORS)
    log_in_with_password(client)
    setup = "/fr/admin/account/two_factor/setup/"
    client.get(setup)
    response = client.post(setup, {"admin_setup_view-current_step": "welcome"})
    page = response.content.decode()
    assert 'src="/fr/admin/account/two_factor/qrcode/"' in page
    qr_code = client.get("/fr/admin/account/two_factor/qrcode/")
    assert qr_code["Content-Type"].startswith("image/svg+xml")
    # The secret the QR code carries, as the app reads it (base 32).
    secret = b32decode(client.session["django_two_factor-qr_secret_key"])
    response = client.post(
        setup, {"admin_setup_view-current_step": "generator", "generator-token": f"{totp(secret):06d}"}
    )
    assert response.status_code == 302
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert client.get("/fr/admin/").status_code == 200
    codes = client.post("/de/admin/account/two_factor/backup/tokens/", follow=True).content.decode()
    assert "Wiederherstellungscodes" in codes
    assert all(token.token in codes for token in StaticDevice.objects.get(user=editor).token_set.all())


def test_an_enrolled_editor_logs_in_with_a_code_of_the_app(client, enrolled_editor):
    response = log_in_with_password(client)
    assert response.status_code == 200 and 'name="token-otp_token"' in response.content.decode()
    assert client.get("/fr/admin/").status_code == 302  # not logged in with the password alone
    response = enter_code(client, current_code(enrolled_editor))
    assert response.status_code == 302 and response["Location"] == "/fr/admin/"
    assert client.get("/fr/admin/").status_code == 200


def test_a_recovery_code_works_once(client, enrolled_editor):
    log_in_with_password(client)
    client.post("/fr/admin/login/", {STEP: "token", "wizard_goto_step": "backup"})
    assert enter_code(client, "recovery1", step="backup").status_code == 302
    assert client.get("/fr/admin/").status_code == 200
    client.logout()
    log_in_with_password(client)
    client.post("/fr/admin/login/", {STEP: "token", "wizard_goto_step": "backup"})
    assert enter_code(client, "recovery1", step="backup").status_code == 200
    assert client.get("/fr/admin/").status_code == 302


def test_wrong_codes_lock_the_login_like_wrong_passwords(client, enrolled_editor, settings):
    log_in_with_password(client)
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert enter_code(client, "000000").status_code == 200
    assert enter_code(client, "000000").status_code == 429
    # Neither the password nor the right code opens the admin while locked out.
    assert log_in_with_password(client).status_code == 429
    assert enter_code(client, current_code(enrolled_editor)).status_code != 302
    assert client.get("/fr/admin/").status_code == 302


def test_translators_may_log_in_with_their_password_alone(client, member):
    member(TRANSLATORS)
    log_in_with_password(client)
    assert client.get("/fr/admin/relations/article/").status_code == 200


def test_a_translator_with_a_device_is_asked_for_its_code(client, member):
    translator = member(TRANSLATORS)
    TOTPDevice.objects.create(user=translator, name="default")
    response = log_in_with_password(client)
    assert 'name="token-otp_token"' in response.content.decode()
    assert client.get("/fr/admin/").status_code == 302


def test_a_session_opened_with_the_password_alone_is_closed_once_a_device_exists(client, member):
    editor = member(EDITORS)
    log_in_with_password(client)
    TOTPDevice.objects.create(user=editor, name="default")
    response = client.get("/fr/admin/relations/article/")
    assert response.status_code == 302 and response["Location"].startswith("/fr/admin/login/")
    assert "_auth_user_id" not in client.session


def test_every_admin_page_links_to_the_two_factor_settings(admin_client):
    page = admin_client.get("/en/admin/").content.decode()
    assert 'href="/en/admin/account/two_factor/"' in page and "Two-factor authentication" in page


@pytest.mark.parametrize("page", ["config", "qrcode"])
def test_the_admin_never_shows_an_authenticator_secret(admin_client, enrolled_editor, page):
    for device in (enrolled_editor.pk, 999_999):
        response = admin_client.get(f"/fr/admin/otp_totp/totpdevice/{device}/{page}/")
        assert response.status_code in (403, 404), (device, response.status_code)
        assert enrolled_editor.key not in response.content.decode()
