"""A local Neo4j Community server without Docker: jars from Maven Central, one JVM in the background.

Neo4j's packaged tarball is not published to Maven Central, but every jar in it is. So
`devserver/neo4j-dist/pom.xml` names the server's class path, Maven copies it into a cache
directory once, and the server is started straight from that class path with
``org.neo4j.server.CommunityEntryPoint`` (the class the distribution's own boot loader
launches). Neo4j Browser comes as a jar too and is served at ``/browser/``.

Directory layout::

    <home_dir>/lib/<version>/*.jar     shared jars (+ a stamp file), reused by every instance
    <data_dir>/conf/neo4j.conf         generated on every start
    <data_dir>/db/                     Neo4j's own data directory (databases, transactions, auth)
    <data_dir>/logs/                   neo4j.log, debug.log, console.log (JVM stdout/stderr)
    <data_dir>/run/neo4j.pid

One ``data_dir`` is one server instance. The development server keeps its data under the
home dir; the test suite points a second instance at a throwaway directory and other ports.

This module does not import ``app``: callers build a `LocalServerConfig` explicitly.
"""

from devserver.backup import dump, load
from devserver.config import LocalServerConfig, LocalServerError, ServerStatus
from devserver.install import (
                               ensure_installed,
                               is_initialized,
                               is_installed,
                               java_binary,
                               java_major,
                               render_config,
                               set_initial_password,
                               write_config,
)
from devserver.process import start, status, stop

__all__ = ["LocalServerConfig", "LocalServerError", "ServerStatus", "dump", "ensure_installed", "is_initialized",
           "is_installed", "java_binary", "java_major", "load", "render_config", "set_initial_password", "start",
           "status", "stop", "write_config"]
