"""The vault: create, unlock, lock and change the passphrase of the local encrypted store.

A vault is one SQLite file in the data folder. Its metadata holds the Argon2id parameters and the
user's key bundle sealed under ``master_key``; when the OS keyring is secure, a second copy is
sealed again under a random device key kept in the keyring. Team keys are stored as grants to the
user's own X25519 key, so nothing in the file opens without the passphrase.
"""

from __future__ import annotations

import base64
import binascii
import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import TracebackType

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.crypto.aead import open_sealed, random_key, seal
from desktop_app.crypto.bundle import key_bundle_version, open_key_bundle, seal_key_bundle
from desktop_app.crypto.errors import BundleError, DecryptionError, GrantError
from desktop_app.crypto.grants import make_grant, open_grant
from desktop_app.crypto.kdf import KdfParams, derive_account_keys
from desktop_app.crypto.keys import UserKeyPair
from desktop_app.crypto.teamkeys import TeamKeyring
from desktop_app.domain.ids import new_id
from desktop_app.storage import search_snapshot
from desktop_app.storage.db import Connection, translate_error
from desktop_app.storage.derived import DerivedCache
from desktop_app.storage.errors import (
    DeviceKeyMissing,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from desktop_app.storage.key_seal import check_rows, seal_team
from desktop_app.storage.keyring_store import (
    KeyringStatus,
    keyring_status,
    load_device_key,
    probe_keyring,
    store_device_key,
)
from desktop_app.storage.meta import (
    VaultMeta,
    count_failed_unlock,
    has_meta,
    read_meta,
    write_meta,
)
from desktop_app.storage.paths import database_path
from desktop_app.storage.schema import migrate
from desktop_app.storage.search import SearchIndex
from desktop_app.storage.search_cache import BATCH, IndexCache, load_index, write_rows
from desktop_app.storage.store import RecordStore
from desktop_app.storage.vault_keys import SealedValues, add_team_key, get_plain, granter_keys


@dataclass(frozen=True)
class VaultIdentity:
    """Who a vault belongs to: user id and name, and the team new records belong to."""

    user_id: str
    user_name: str
    team_id: str


def _device_aad(vault_id: str) -> bytes:
    return f"fallakte/device-bundle/v1|{vault_id}".encode()


def _backup_aad(vault_id: str) -> bytes:
    return f"fallakte/device-key-backup/v1|{vault_id}".encode()


_CODE_BYTES = 20
_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def new_recovery_code() -> str:
    """32 base32 characters (160 random bits) in eight groups of four, e.g. ``K7QD-...``."""
    text = base64.b32encode(os.urandom(_CODE_BYTES)).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _recovery_key(code: str, vault_id: str) -> bytes:
    """The key a recovery code seals the device key under (any case, any separators)."""
    text = "".join(c for c in code.upper() if c in _CODE_ALPHABET)
    try:
        raw = base64.b32decode(text)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != _CODE_BYTES:
        raise WrongRecoveryCode()
    info = f"fallakte/recovery-code/v1|{vault_id}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(raw)


def _device_key_for(vault_id: str) -> bytes | None:
    """The keyring's device key of the vault, made and stored now if missing (None if the
    keyring is not secure or refuses)."""
    device_key = load_device_key(vault_id)
    if device_key is None:
        device_key = random_key()
        # A keyring that takes the key but does not give it back (a broken Secret Service, a
        # collection that locks between calls) would shut the vault at the next unlock.
        if not store_device_key(vault_id, device_key) or load_device_key(vault_id) != device_key:
            return None
    return device_key


def _bind(meta: VaultMeta, device_key: bytes) -> None:
    """Seal the bundle under the device key and check that it opens before anything relies on
    it; ``write_meta`` then drops the passphrase-only copy."""
    sealed = seal(device_key, meta.bundle, _device_aad(meta.vault_id))
    if open_sealed(device_key, sealed, _device_aad(meta.vault_id)) != meta.bundle:
        raise VaultCorrupt("the device-sealed key bundle does not open back")  # pragma: no cover
    meta.bundle_device, meta.bound = sealed, True


def _seal_for_device(meta: VaultMeta, use_keyring: bool) -> bytes | None:
    """Bind a new vault to the keyring's device key if the keyring is secure; the device key."""
    meta.bundle_device = None
    device_key = _device_key_for(meta.vault_id) if use_keyring else None
    if device_key is not None:
        _bind(meta, device_key)
    return device_key


def _reseal_for_device(meta: VaultMeta) -> None:
    """After the bundle changed (a new passphrase): seal it again under the same device key."""
    if meta.bundle_device is None:
        return
    device_key = load_device_key(meta.vault_id)
    if device_key is not None:
        bound = meta.bound
        _bind(meta, device_key)
        meta.bound = bound
    elif meta.bound:
        raise DeviceKeyMissing("the keyring no longer holds this vault's device key")
    else:
        meta.bundle_device = None  # an old vault's stale device copy


def _missing_device_key(meta: VaultMeta, connected: bool) -> DeviceKeyMissing:
    head = (
        "this vault is bound to the keyring of the laptop it was set up on, and this keyring"
        " does not hold its device key: the passphrase alone does not open it."
    )
    if connected:
        return DeviceKeyMissing(
            f"{head} Your synced data is on the server: log in on this laptop into a new data"
            " folder ('fallakte login --server URL --username NAME'); changes never synced"
            " stay unreadable in this copy.",
            way="login",
        )
    if meta.device_backup is not None:
        return DeviceKeyMissing(
            f"{head} Open it once with the recovery code noted when it was made"
            " (FALLAKTE_RECOVERY_CODE) together with the passphrase.",
            way="code",
        )
    return DeviceKeyMissing(f"{head} It has no recovery code.")


def _open_connection(data_dir: Path) -> Connection:
    path = database_path(data_dir)
    if not path.exists():
        raise VaultNotFound(f"no vault in {data_dir} (create one with 'fallakte init')")
    conn = Connection(path)
    try:
        migrate(conn)
        if not has_meta(conn.raw):
            raise VaultNotFound(f"no vault in {data_dir} (create one with 'fallakte init')")
    except sqlite3.Error as exc:
        conn.raw.close()
        raise translate_error(exc) from exc
    except Exception:
        conn.raw.close()
        raise
    return conn


def _check_not_truncated(data_dir: Path, conn: Connection) -> None:
    page_size = conn.raw.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.raw.execute("PRAGMA page_count").fetchone()[0]
    db_size = database_path(data_dir).stat().st_size
    wal = Path(str(database_path(data_dir)) + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    if db_size < page_size * pages and wal_size == 0:
        raise VaultCorrupt(
            f"the vault database is truncated ({db_size} of {page_size * pages} bytes); "
            "restore it from a backup"
        )


class Vault:
    """An unlocked vault: the user's keys, the team keys, the store and the search index."""

    def __init__(
        self,
        data_dir: Path,
        conn: Connection,
        meta: VaultMeta,
        user_keys: UserKeyPair,
        team_keys: dict[str, TeamKeyring],
    ) -> None:
        self.data_dir = data_dir
        self._conn = conn
        self._meta = meta
        self._user_keys: UserKeyPair | None = user_keys
        self.team_keys = team_keys
        self.index = SearchIndex()
        self.store = RecordStore(conn, team_keys, self.index)
        self.store.derived = DerivedCache(conn, user_keys, meta.vault_id)
        self.store.author = meta.user_id
        self.index_cache: IndexCache | None = None
        """What the unlock built from records and has yet to keep as cache rows."""
        self.passphrase_only = not meta.bound
        """True if the passphrase alone opens this vault (no secure keyring, or not bound yet)."""
        self.recovery_code: str | None = None
        """A recovery code made by this call (``create``, :meth:`make_recovery_code`): show it
        to the person once; it is not kept anywhere."""

    @cached_property
    def keyring_status(self) -> KeyringStatus:
        """This laptop's keyring backend and whether it is trusted (looked up when first asked:
        loading the keyring's backends takes a noticeable part of a CLI command). An unbound
        vault asks the keyring itself: locked or empty says so (issue 19)."""
        return keyring_status() if not self.passphrase_only else probe_keyring()

    # -- identity -----------------------------------------------------------------------------
    @property
    def vault_id(self) -> str:
        """Stable id of this vault (names its keyring entries)."""
        return self._meta.vault_id

    @property
    def user_id(self) -> str:
        """The user's id (a local id until the vault is enrolled on a server)."""
        return self._meta.user_id

    @property
    def user_name(self) -> str:
        """The user's display name."""
        return self._meta.user_name

    @property
    def team_id(self) -> str:
        """The team new records belong to."""
        return self._meta.team_id

    @property
    def user_keys(self) -> UserKeyPair:
        """The user's key pair; :class:`VaultLocked` after :meth:`lock`."""
        if self._user_keys is None:
            raise VaultLocked()
        return self._user_keys

    # -- life cycle ---------------------------------------------------------------------------
    @staticmethod
    def exists(data_dir: Path) -> bool:
        """True if ``data_dir`` holds a vault."""
        path = database_path(data_dir)
        if not path.exists():
            return False
        try:
            raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                return has_meta(raw)
            finally:
                raw.close()
        except sqlite3.Error:
            return True  # something is there; unlocking it will say what is wrong

    @classmethod
    def create(
        cls, data_dir: Path, passphrase: str, *, user_name: str = "local", use_keyring: bool = True
    ) -> Vault:
        """Make a standalone vault with its own local team, and return it unlocked."""
        if cls.exists(data_dir):
            raise VaultExists(f"a vault already exists in {data_dir}")
        kdf = KdfParams.generate()
        keys = derive_account_keys(passphrase, kdf)
        user_keys = UserKeyPair.generate()
        identity = VaultIdentity(new_id(), user_name, new_id())
        bundle = seal_key_bundle(user_keys, keys.master_key)
        return cls.create_with(
            data_dir, kdf, bundle, user_keys, identity, local_team=True, use_keyring=use_keyring
        )

    @classmethod
    def create_with(
        cls,
        data_dir: Path,
        kdf: KdfParams,
        bundle: bytes,
        user_keys: UserKeyPair,
        identity: VaultIdentity,
        *,
        local_team: bool,
        use_keyring: bool = True,
    ) -> Vault:
        """Make a vault from keys derived elsewhere (enrollment or login on a server).

        ``bundle`` must be ``user_keys`` sealed under the ``master_key`` of ``kdf``. With
        ``local_team`` the vault makes key version 1 of ``identity.team_id`` itself (a standalone
        vault); otherwise team keys arrive later as grants from the server.
        """
        if cls.exists(data_dir):
            raise VaultExists(f"a vault already exists in {data_dir}")
        data_dir.mkdir(parents=True, exist_ok=True)
        conn = Connection(database_path(data_dir))
        migrate(conn)
        meta = VaultMeta(
            vault_id=new_id(),
            kdf=kdf,
            bundle=bundle,
            user_id=identity.user_id,
            user_name=identity.user_name,
            team_id=identity.team_id,
        )
        device_key = _seal_for_device(meta, use_keyring)
        code = None
        if device_key is not None and local_team:
            # A standalone vault has no server to recover from: the recovery code backs up the
            # device key (docs/decisions/0011).
            code = new_recovery_code()
            backup_key = _recovery_key(code, meta.vault_id)
            meta.device_backup = seal(backup_key, device_key, _backup_aad(meta.vault_id))
        team_keys: dict[str, TeamKeyring] = {}
        with conn.transaction() as raw:
            write_meta(raw, meta)
            if local_team:
                team_key = random_key()
                grant = make_grant(
                    team_key,
                    team_id=meta.team_id,
                    key_version=1,
                    member_id=meta.user_id,
                    member_x25519=user_keys.public_keys.x25519,
                    granter=user_keys,
                )
                raw.execute(
                    "INSERT INTO team_keys (team_id, key_version, grant_blob, granter_ed25519,"
                    " current) VALUES (?, 1, ?, ?, 1)",
                    (meta.team_id, grant, user_keys.public_keys.ed25519),
                )
                seal_team(raw, user_keys, meta.vault_id, meta.team_id)
                team_keys[meta.team_id] = TeamKeyring(meta.team_id, {1: team_key}, 1)
        os.chmod(data_dir, 0o700)
        vault = cls(data_dir, conn, meta, user_keys, team_keys)
        vault.recovery_code = code
        return vault

    @classmethod
    def unlock(
        cls,
        data_dir: Path,
        passphrase: str,
        *,
        use_keyring: bool = True,
        recovery_code: str | None = None,
        build_index: bool = True,
    ) -> Vault:
        """Open a vault with its passphrase (and, for a bound vault, the keyring's device key or
        the recovery code). Nothing on disk changes on a wrong passphrase but the count of failed
        unlocks in the clear meta (:func:`~desktop_app.storage.meta.count_failed_unlock`).

        Without ``build_index`` the search index stays empty until :meth:`open_index`."""
        conn = _open_connection(data_dir)
        try:
            meta = read_meta(conn.raw)
            connected = get_plain(conn, "server_url") is not None
            device_key = cls._device_bundle(meta, use_keyring, recovery_code, connected)
            keys = derive_account_keys(passphrase, meta.kdf)
            try:
                user_keys = open_key_bundle(meta.bundle, keys.master_key)[0]
            except BundleError:
                with conn.transaction() as raw:
                    count_failed_unlock(raw)  # a count only (docs/SECURITY.md, audit)
                raise WrongPassphrase(connected=connected) from None
            cls._after_open(conn, meta, device_key, use_keyring, connected)
            team_keys = cls._open_team_keys(conn, meta, user_keys)
            vault = cls(data_dir, conn, meta, user_keys, team_keys)
            if build_index:
                vault.index_cache = load_index(vault.store, vault.index)
            _check_not_truncated(data_dir, conn)
        except sqlite3.Error as exc:
            conn.raw.close()
            raise translate_error(exc) from exc
        except BaseException:
            conn.raw.close()
            raise
        return vault

    @staticmethod
    def _device_bundle(
        meta: VaultMeta, use_keyring: bool, recovery_code: str | None, connected: bool
    ) -> tuple[bytes, bool] | None:
        """Fill ``meta.bundle`` from the device copy of a bound vault; ``(device key, came from
        the recovery code)``, or None for a vault the passphrase alone opens."""
        if meta.bundle_device is None:
            return None
        aad = _device_aad(meta.vault_id)
        device_key = load_device_key(meta.vault_id) if use_keyring else None
        if device_key is not None:
            with suppress(DecryptionError):
                meta.bundle = open_sealed(device_key, meta.bundle_device, aad)
                return device_key, False
        if not meta.bound:
            return None  # an old vault's passphrase-only copy is still there
        if recovery_code is not None and meta.device_backup is not None:
            backup_key = _recovery_key(recovery_code, meta.vault_id)
            try:
                device_key = open_sealed(backup_key, meta.device_backup, _backup_aad(meta.vault_id))
                meta.bundle = open_sealed(device_key, meta.bundle_device, aad)
            except DecryptionError:
                raise WrongRecoveryCode() from None
            return device_key, True
        raise _missing_device_key(meta, connected)

    @staticmethod
    def _after_open(
        conn: Connection,
        meta: VaultMeta,
        device: tuple[bytes, bool] | None,
        use_keyring: bool,
        connected: bool,
    ) -> None:
        """Once the passphrase opened the bundle: keep a recovered vault bound to this laptop's
        keyring, and bind a synced vault still kept with its passphrase-only copy."""
        if device is not None and device[1]:
            if not (use_keyring and store_device_key(meta.vault_id, device[0])):
                # No secure keyring here: the passphrase alone protects this copy from now on.
                meta.bundle_device = meta.device_backup = None
                meta.bound = False
        elif not meta.bound and use_keyring and connected and keyring_status().secure:
            # Migration (issue 13): a synced vault recovers from the server's bundle, so the
            # passphrase-only copy goes once the device copy is verified.
            device_key = _device_key_for(meta.vault_id)
            if device_key is None:
                return
            _bind(meta, device_key)
        else:
            return
        with conn.transaction() as raw:
            write_meta(raw, meta)

    @staticmethod
    def _open_team_keys(
        conn: Connection, meta: VaultMeta, user_keys: UserKeyPair
    ) -> dict[str, TeamKeyring]:
        rings: dict[str, TeamKeyring] = {}
        rows = conn.raw.execute(
            "SELECT team_id, key_version, grant_blob, granter_ed25519, current, seal"
            " FROM team_keys ORDER BY team_id, key_version"
        ).fetchall()
        check_rows(conn, user_keys, meta.vault_id, rows)  # a planted or changed row: refused
        for team_id, version, grant, granter, current, _ in rows:
            try:
                key = open_grant(
                    grant,
                    team_id=team_id,
                    key_version=version,
                    member_id=meta.user_id,
                    member=user_keys,
                    granter_ed25519=granter,
                )
            except GrantError as exc:
                raise VaultCorrupt(f"team key {team_id} v{version} is damaged: {exc}") from exc
            if team_id in rings:
                rings[team_id].add(version, key, make_current=bool(current))
            else:
                rings[team_id] = TeamKeyring(team_id, {version: key}, version)
        return rings

    def open_index(self) -> bool:
        """Fill the search index from its sealed snapshot when one fits the vault as it is
        (``storage/search_snapshot.py``), else as the unlock does; True if from the snapshot."""
        derived = self.store.derived
        if derived is not None and search_snapshot.load(derived, self.index, self._key_count()):
            return True
        self.index_cache = load_index(self.store, self.index)
        return False

    def _key_count(self) -> int:
        return sum(len(ring.versions()) for ring in self.team_keys.values())

    def save_index_cache(self, limit: int | None = BATCH) -> bool:
        """Write the search cache rows of the next ``limit`` cases the unlock built from
        records (see ``desktop_app.storage.search_cache``); True while more remain."""
        cache = self.index_cache
        if cache is None or not cache.pending or self._user_keys is None:
            return False
        return write_rows(self.store, self.index, cache, limit)

    # -- used by the sync client (desktop_app.sync) -------------------------------------------
    @property
    def connection(self) -> Connection:
        """The vault's database connection (one writer; use its transactions)."""
        if self._user_keys is None:
            raise VaultLocked()
        return self._conn

    @property
    def kdf(self) -> KdfParams:
        """The Argon2id parameters the passphrase is stretched with."""
        return self._meta.kdf

    @property
    def bundle(self) -> bytes:
        """The key bundle sealed under ``master_key`` (the copy the server also holds)."""
        return self._meta.bundle

    @property
    def sealed(self) -> SealedValues:
        """Small secrets kept in ``meta``, sealed under a key only the user's keys open."""
        return SealedValues(self.connection, self.user_keys, self.vault_id)

    def make_recovery_code(self, code: str | None = None) -> str:
        """Bind this vault to the keyring's device key (if it is not yet) and back the device
        key up under a new recovery code, which replaces any earlier one; returns the code.
        ``code`` (from :func:`new_recovery_code`): one the person has already noted (the app
        shows it before binding, so a bound vault never has a code nobody saw).

        :class:`DeviceKeyMissing` if there is no secure keyring (the passphrase alone protects
        the vault then, and there is nothing to back up)."""
        if self._user_keys is None:
            raise VaultLocked()
        device_key = _device_key_for(self.vault_id) if keyring_status().secure else None
        if device_key is None:
            raise DeviceKeyMissing(
                "no secure keyring on this laptop: the passphrase alone protects this vault"
            )
        meta = read_meta(self._conn.raw)
        meta.bundle = self._meta.bundle
        if not meta.bound:
            _bind(meta, device_key)
        code = code or new_recovery_code()
        backup_key = _recovery_key(code, self.vault_id)
        meta.device_backup = seal(backup_key, device_key, _backup_aad(self.vault_id))
        with self._conn.transaction() as raw:
            write_meta(raw, meta)
        self._meta, self.passphrase_only, self.recovery_code = meta, False, code
        return code

    def keep_passphrase_only(self) -> None:
        """Store the passphrase-only bundle again and drop the device copy and its backup (a
        vault moved on purpose to a machine without this keyring). Needs the unlocked vault."""
        if self._user_keys is None:
            raise VaultLocked()
        meta = read_meta(self._conn.raw)
        meta.bundle, meta.bundle_device, meta.device_backup = self._meta.bundle, None, None
        meta.bound = False
        with self._conn.transaction() as raw:
            write_meta(raw, meta)
        self._meta, self.passphrase_only = meta, True

    def adopt_identity(self, identity: VaultIdentity) -> None:
        """Take the server's user id and team (after enrollment); nothing else changes."""
        meta = read_meta(self._conn.raw)
        meta.bundle = self._meta.bundle
        meta.user_id, meta.user_name, meta.team_id = (
            identity.user_id,
            identity.user_name,
            identity.team_id,
        )
        with self._conn.transaction() as raw:
            write_meta(raw, meta)
        self._meta = meta
        self.store.author = meta.user_id

    def replace_bundle(self, kdf: KdfParams, bundle: bytes, master_key: bytes) -> None:
        """Adopt a bundle sealed under a new passphrase (changed here or on another device).

        The bundle must open with ``master_key`` to this vault's own key pair.
        """
        try:
            keys, _ = open_key_bundle(bundle, master_key)
        except BundleError:
            raise WrongPassphrase() from None
        if keys.public_keys != self.user_keys.public_keys:
            raise VaultCorrupt("the new key bundle holds another user's keys")
        meta = read_meta(self._conn.raw)
        meta.kdf, meta.bundle = kdf, bundle
        _reseal_for_device(meta)
        with self._conn.transaction() as raw:
            write_meta(raw, meta)
        self._meta = meta

    def known_lead_keys(self, team_id: str) -> set[bytes]:
        """Ed25519 keys this vault already trusts as a lead's of ``team_id``: those that signed
        its grants of the team's keys, and the user's own (a purge they signed themselves).

        The default lead-key provider of purge checks until the team's lead-signed roster
        replaces it (docs/SECURITY.md)."""
        return granter_keys(self.connection, team_id) | {self.user_keys.public_keys.ed25519}

    def add_team_key(
        self, team_id: str, key_version: int, grant: bytes, granter_ed25519: bytes, *, current: bool
    ) -> None:
        """Store a verified grant and put its key on the team's keyring (``GrantError`` if bad)."""
        key = add_team_key(
            self.connection,
            self.user_id,
            self.user_keys,
            (team_id, key_version, grant, granter_ed25519),
            current=current,
        )
        with self.connection.transaction() as raw:
            seal_team(raw, self.user_keys, self.vault_id, team_id)
        ring = self.team_keys.get(team_id)
        if ring is None:
            self.team_keys[team_id] = TeamKeyring(team_id, {key_version: key}, key_version)
        else:
            ring.add(key_version, key, make_current=current)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-seal the key bundle under a new passphrase, atomically."""
        if self._user_keys is None:
            raise VaultLocked()
        current = read_meta(self._conn.raw)
        current.bundle = self._meta.bundle
        try:
            open_key_bundle(current.bundle, derive_account_keys(old, current.kdf).master_key)
        except BundleError:
            raise WrongPassphrase() from None
        kdf = KdfParams.generate()
        keys = derive_account_keys(new, kdf)
        version = key_bundle_version(current.bundle) + 1
        current.kdf = kdf
        current.bundle = seal_key_bundle(self._user_keys, keys.master_key, bundle_version=version)
        _reseal_for_device(current)
        with self._conn.transaction() as raw:
            write_meta(raw, current)
        self._meta = current

    def lock(self) -> None:
        """Drop keys, decrypted data and the index from memory, and close the database."""
        if self._user_keys is None:
            return
        cache, self.index_cache = self.index_cache, None
        if cache is not None and cache.pending and not cache.stale:
            with suppress(sqlite3.Error, VaultError):  # a cache: the next unlock makes it again
                write_rows(self.store, self.index, cache, None)
        derived = self.store.derived
        if cache is not None and not cache.stale and derived is not None:
            with suppress(sqlite3.Error, VaultError):  # only if no record was written since
                search_snapshot.save(derived, self.index, cache.since, self._key_count())
        self.store.lock()
        for ring in self.team_keys.values():
            ring.forget()
        self.team_keys.clear()
        self.index.clear()
        self._user_keys = None
        self._conn.close()

    close = lock

    @property
    def locked(self) -> bool:
        """True after :meth:`lock`."""
        return self._user_keys is None

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.lock()
