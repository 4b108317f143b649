"""SSRF guard: which addresses may be fetched, and the vetted address to connect to.

A host is resolved once per fetch session; every address it resolves to must
pass the policy (one bad address refuses the host, so a resolver cannot sneak a
private address in behind a public one). The transport connects only to the
addresses vetted here, so DNS cannot be rebound between the check and the
connect. ``connect_to`` routes a host elsewhere (like curl ``--connect-to``);
the target is vetted by the same policy.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Mapping, Sequence

from newsetl.fetch.outcomes import BlockedAddress, ResolutionFailed

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Endpoint = tuple[str, int]
# (host, port) -> the IP address strings it resolves to.
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]

_SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_SITE_LOCAL = ipaddress.ip_network("fec0::/10")


async def system_resolver(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        temporary = exc.errno == socket.EAI_AGAIN
        raise ResolutionFailed(f"cannot resolve {host}: {exc}", temporary=temporary) from exc
    except UnicodeError as exc:
        raise ResolutionFailed(f"cannot resolve {host}: {exc}", temporary=False) from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def refusal_reason(address: IPAddress) -> str | None:
    """Why ``address`` is not a public internet address, or None when it is."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            reason = refusal_reason(embedded)
            return f"embeds {embedded} ({reason})" if reason else None
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("shared address space (CGNAT)", address in _SHARED_ADDRESS_SPACE),
        ("site-local", address in _SITE_LOCAL),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("not globally routable", not address.is_global),
    )
    return next((name for name, applies in checks if applies), None)


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped, 6to4, Teredo or NAT64 IPv6 address."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def parse_address(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None


class AddressGuard:
    """Resolves and vets hosts for one fetch session, and remembers the verdicts."""

    def __init__(
        self,
        *,
        allow_private_networks: bool,
        allowed_networks: Sequence[str] = (),
        connect_to: Mapping[str, tuple[str, int]] | None = None,
        resolver: Resolver | None = None,
        resolve_timeout_s: float = 10.0,
    ) -> None:
        self._allow_private = allow_private_networks
        self._resolve_timeout_s = resolve_timeout_s
        self._allowed = [ipaddress.ip_network(net, strict=False) for net in allowed_networks]
        self._connect_to = {
            key.lower(): (host, int(port)) for key, (host, port) in (connect_to or {}).items()
        }
        self._resolve = resolver or system_resolver
        self._verdicts: dict[Endpoint, asyncio.Future[list[Endpoint]]] = {}

    async def endpoints(self, host: str, port: int) -> list[Endpoint]:
        """The vetted (address, port) pairs to connect to for ``host:port``.

        Raises ``BlockedAddress`` or ``ResolutionFailed`` (a fresh one per
        caller, since callers annotate it). Concurrent callers share one
        lookup; a refusal is remembered, a DNS failure is not.
        """
        key = (host.lower().rstrip("."), port)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = asyncio.ensure_future(self._vet(*key))
            self._verdicts[key] = verdict
        try:
            return list(await asyncio.shield(verdict))
        except ResolutionFailed as failure:
            self._verdicts.pop(key, None)
            raise ResolutionFailed(failure.message, temporary=failure.retryable) from None
        except BlockedAddress as failure:
            raise BlockedAddress(failure.message) from None

    async def _vet(self, host: str, port: int) -> list[Endpoint]:
        target_host, target_port = self._target(host, port)
        literal = parse_address(target_host)
        addresses = [str(literal)] if literal else await self._lookup(target_host, target_port)
        if not addresses:
            raise ResolutionFailed(f"{target_host} resolved to no address", temporary=True)
        for text in addresses:
            reason = self._refusal(text)
            if reason:
                shown = host if target_host == host else f"{host} (routed to {target_host})"
                raise BlockedAddress(f"{shown} resolves to {text}, refused: {reason}")
        return [(text, target_port) for text in addresses]

    async def _lookup(self, host: str, port: int) -> Sequence[str]:
        try:
            async with asyncio.timeout(self._resolve_timeout_s):
                return await self._resolve(host, port)
        except TimeoutError:
            message = f"DNS lookup of {host} took over {self._resolve_timeout_s:g}s"
            raise ResolutionFailed(message, temporary=True) from None

    def _target(self, host: str, port: int) -> Endpoint:
        return self._connect_to.get(f"{host}:{port}") or self._connect_to.get(host) or (host, port)

    def _refusal(self, text: str) -> str | None:
        address = parse_address(text)
        if address is None:
            return "not an IP address"
        if self._allow_private or any(address in net for net in self._allowed):
            return None
        return refusal_reason(address)
