"""make dev for a real phone on the same network (REDGRID_LAN_HOST): the services trust tokens
of the identity provider named by that address, notices link there, and the provider listens
where the phone can reach it; without it everything stays on this computer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from redgrid.common import devstack, launcher
from redgrid.common.settings import DevSettings


def env_of(dev: DevSettings) -> dict[str, str]:
    nats = devstack.Nats(Path("/nonexistent"), dev.nats_port)  # its settings; never started
    return launcher.service_env(dev, "notifications", nats)


def test_on_this_computer_by_default():
    dev = DevSettings()
    env = env_of(dev)
    assert env["REDGRID_OIDC_ISSUER"] == "http://127.0.0.1:8090"
    assert env["REDGRID_WEB_BASE_URL"] == launcher.web_origin(dev) == "http://127.0.0.1:8080"
    idp = devstack.OidcProvider(Path("users.json"), 8090, ["http://127.0.0.1:8080/"])
    assert idp.issuer == "http://127.0.0.1:8090"


def test_a_phone_on_the_network_reaches_the_app_and_the_login_at_the_lan_address():
    dev = DevSettings(lan_host="192.168.1.20")
    env = env_of(dev)
    assert env["REDGRID_OIDC_ISSUER"] == "http://192.168.1.20:8090"
    assert env["REDGRID_WEB_BASE_URL"] == "http://192.168.1.20:8080"
    idp = devstack.OidcProvider(Path("users.json"), 8090, ["http://192.168.1.20:8080/"],
                                public_host=dev.lan_host)
    assert idp.issuer == env["REDGRID_OIDC_ISSUER"]  # the tokens' iss is what services trust


def test_a_lan_host_is_a_name_or_an_address_only():
    with pytest.raises(ValidationError):
        DevSettings(lan_host="192.168.1.20:8080/x")
