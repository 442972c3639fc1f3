"""returndesk policy|returns: the return policy and return transactions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import EXIT_BAD_INPUT, EXIT_OK, CliError, context, print_json, read_json


def policy_check(args: argparse.Namespace) -> int:
    from desktop.services.policies import check_file

    problems = check_file(args.file)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{args.file}: {len(problems)} problem{'s' if len(problems) > 1 else ''}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"{args.file}: valid")
    for warning in _unmapped_departments(args):
        print(f"{args.file}: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _unmapped_departments(args: argparse.Namespace) -> list[str]:
    """The catalogue's departments with no category: their products get the
    policy's default rules. Only when the station's database answers (a file
    checked on its own has no catalogue to look at)."""
    from desktop.config import load_pos_config
    from desktop.services.policies import unmapped_departments

    try:
        unmapped = unmapped_departments(context(args, migrate=False), load_pos_config().departments)
    except Exception:  # noqa: BLE001 - no database here: nothing to warn about
        return []
    if not unmapped:
        return []
    return [f"department{'s' if len(unmapped) > 1 else ''} {', '.join(unmapped)} of the catalogue map to no "
            "category: their products get the default rules (map them in [pos.departments], docs/setting-up.md)"]


def policy_evaluate(args: argparse.Namespace) -> int:
    from desktop.services.policies import evaluate_file

    print_json(evaluate_file(args.policy, read_json(args.case, "case")))
    return EXIT_OK


def policy_install(args: argparse.Namespace) -> int:
    from desktop.services.policies import install_for_store

    installed = install_for_store(context(args), args.store or "", Path(args.file), "command line")
    print(f"policy version {installed.version} installed for store {installed.store}")
    return EXIT_OK


def returns_process(args: argparse.Namespace) -> int:
    from desktop.services import auth, returns
    from desktop.services.commands import handle

    doc = read_json(args.request, "request")
    request = returns.parse_request(doc)
    staff = doc.get("staff")
    if not isinstance(staff, dict) or not isinstance(staff.get("id"), str) or not isinstance(staff.get("pin"), str):
        raise CliError("staff: the clerk's staff id and pin are required, as strings")
    ctx = context(args)
    actor = auth.sign_in(auth.SignIn(staff["id"], staff["pin"], one_time_ok=False), ctx)
    approval = None
    override = doc.get("override") or {}
    if override.get("manager_id") is not None:
        if not isinstance(override.get("manager_id"), str) or not isinstance(override.get("pin"), str):
            raise CliError("override: manager_id and pin must be strings")
        manager = auth.authorize_manager(ctx, override["manager_id"], override["pin"], actor.staff_id)
        approval = returns.Approval(manager, str(override.get("reason") or ""))
    reply = handle(ctx, returns.ProcessReturn(request, approval), actor)
    print_json(reply.body)
    return reply.exit_code
