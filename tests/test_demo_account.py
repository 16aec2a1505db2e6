import io
import re

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

STEP = "admin_login_view-current_step"


def test_the_demo_account_prints_how_to_log_in_and_can_log_in(client, settings):
    settings.DEBUG = True
    output = io.StringIO()
    call_command("create_demo_account", stdout=output)
    password, code = re.search(r"demo +password '([^']+)' +recovery code '([^']+)'", output.getvalue()).groups()
    assert "/fr/admin/" in output.getvalue()
    client.post("/fr/admin/login/", {STEP: "auth", "auth-username": "demo", "auth-password": password})
    client.post("/fr/admin/login/", {STEP: "token", "wizard_goto_step": "backup"})
    response = client.post("/fr/admin/login/", {STEP: "backup", "backup-otp_token": code, "next": "/fr/admin/"})
    assert response.status_code == 302
    assert client.get("/fr/admin/").status_code == 200


def test_the_role_accounts_can_do_what_their_group_may(client, settings):
    settings.DEBUG = True
    output = io.StringIO()
    call_command("create_demo_account", stdout=output)
    password = re.search(r"demo-translator +password '([^']+)'", output.getvalue())[1]
    # Translators may log in with their password alone.
    assert "recovery code" not in re.search(r"demo-translator .*", output.getvalue())[0]
    client.post("/fr/admin/login/", {STEP: "auth", "auth-username": "demo-translator", "auth-password": password})
    assert client.get("/fr/admin/relations/article/").status_code == 200
    assert client.get("/fr/admin/relations/article/add/").status_code == 403


def test_each_run_gives_a_new_password(settings):
    settings.DEBUG = True
    first, second = io.StringIO(), io.StringIO()
    call_command("create_demo_account", stdout=first)
    call_command("create_demo_account", stdout=second)
    assert first.getvalue() != second.getvalue()


def test_there_is_no_demo_account_in_production(settings, django_user_model):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("create_demo_account")
    assert not django_user_model.objects.filter(username="demo").exists()
