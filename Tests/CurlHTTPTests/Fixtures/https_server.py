#!/usr/bin/env python3
"""HTTPS server for lamp's CurlHTTP tests (standard library only).

Listens on 127.0.0.1 on an ephemeral port, prints "PORT <n>" once it accepts connections, and exits
when its standard input closes (so it never outlives the test process). TLS 1.3 only; optionally
requires client certificates signed by --client-ca.

Endpoints:
  /ok                      200 "ok"
  /slow?ms=N               waits N ms, then 200 "slow"
  /connection?ms=N         waits N ms, then 200 with the client's port: which connection carried the request
  /chunked-lines           chunked body of lines, cut into odd-sized chunks sent with delays
  /echo-headers            JSON: method, path, request headers, TLS SNI, request body
  /status/NNN              status NNN (3xx also carry a Location header)
  /gzip                    gzip-encoded body
  /never-ends?id=X         chunked "tick N" lines forever, until the client goes away
  /stats?id=X              JSON: how many /never-ends?id=X responses are running
  /cut                     Content-Length larger than the body, then the connection closes
  /secrets/NAME            a body that must never appear in logs
  /held?id=X               chunked body "head:", held until /release?id=X is asked for (up to 5 s), then
                           "released" (or "not released" after 5 s)
  /release?id=X            releases /held?id=X; 200 "ok"
"""
import argparse
import gzip
import json
import os
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

CHUNKED_LINES = (
    b'{"type":"ADDED","object":{"n":1}}\n'
    b'{"type":"MODIFIED","object":{"n":2}}\r\n'
    b"\n"
    b'{"type":"DELETED","object":{"n":3}}\n'
    b"last line without newline"
)
CHUNK_SIZES = [1, 3, 7, 2, 11, 5, 13, 1, 17, 4]

streams_lock = threading.Lock()
active_streams = {}
releases_lock = threading.Lock()
releases = {}
handshake_info = threading.local()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        # The handshake runs here, in the connection's own thread, so a slow or failing client
        # never blocks the accept loop.
        handshake_info.sni = None
        self.request.do_handshake()
        self.sni = handshake_info.sni
        super().setup()

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        self.route()

    def do_POST(self):
        self.route()

    def do_PUT(self):
        self.route()

    def do_PATCH(self):
        self.route()

    def do_DELETE(self):
        self.route()

    def do_HEAD(self):
        self.send_body(200, b"ok\n", head_only=True)

    def route(self):
        url = urlparse(self.path)
        query = parse_qs(url.query)
        path = url.path
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if path == "/ok":
            self.send_body(200, b"ok\n")
        elif path == "/slow":
            time.sleep(int(query.get("ms", ["1000"])[0]) / 1000)
            self.send_body(200, b"slow\n")
        elif path == "/connection":
            time.sleep(int(query.get("ms", ["0"])[0]) / 1000)
            self.send_body(200, str(self.client_address[1]).encode())
        elif path == "/chunked-lines":
            self.send_chunked_lines()
        elif path == "/bytes":
            # n bytes of a fixed pattern, with a Content-Length or (chunked=1) in chunks of 64 KiB.
            size = int(query.get("n", ["0"])[0])
            payload = bytes(i % 251 for i in range(size))
            if query.get("chunked", ["0"])[0] == "1":
                self.start_chunked()
                for start in range(0, size, 65536):
                    self.write_chunk(payload[start:start + 65536])
                self.wfile.write(b"0\r\n\r\n")
            else:
                self.send_body(200, payload, content_type="application/octet-stream")
        elif path == "/echo-headers":
            self.echo(url, body)
        elif path.startswith("/status/"):
            self.send_status(int(path[len("/status/"):]))
        elif path == "/gzip":
            payload = gzip.compress(b"hello gzip\n" * 100)
            self.send_body(200, payload, extra={"Content-Encoding": "gzip"})
        elif path == "/never-ends":
            self.never_ends(query.get("id", [""])[0])
        elif path == "/stats":
            with streams_lock:
                count = active_streams.get(query.get("id", [""])[0], 0)
            self.send_body(200, json.dumps({"active": count}).encode(), content_type="application/json")
        elif path == "/cut":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"0123456789")
            self.wfile.flush()
            self.close_connection = True
        elif path == "/held":
            self.held(query.get("id", [""])[0])
        elif path == "/release":
            self.release_event(query.get("id", [""])[0]).set()
            self.send_body(200, b"ok\n")
        elif path.startswith("/secrets/"):
            self.send_body(200, b'{"kind":"Secret","data":{"password":"c3VwZXItc2VjcmV0"}}\n',
                           content_type="application/json")
        else:
            self.send_body(404, b"not found\n")

    def send_body(self, status, payload, content_type="text/plain", extra=None, head_only=False):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if not head_only:
            self.wfile.write(payload)

    def send_status(self, status):
        extra = {"Location": "/ok"} if 300 <= status < 400 else None
        self.send_body(status, f"status {status}\n".encode(), extra=extra)

    def echo(self, url, body):
        headers = {}
        for name, value in self.headers.items():
            headers[name.lower()] = value
        payload = json.dumps({
            "method": self.command,
            "path": url.path,
            "query": url.query,
            "headers": headers,
            "sni": self.sni,
            "body": body.decode("utf-8", "replace"),
        }).encode()
        extra = {"Set-Cookie": "session=cookie-value-123", "X-Secret-Token": "token-value-456"}
        self.send_body(200, payload, content_type="application/json", extra=extra)

    def start_chunked(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def write_chunk(self, data):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def send_chunked_lines(self):
        self.start_chunked()
        offset = 0
        index = 0
        while offset < len(CHUNKED_LINES):
            size = CHUNK_SIZES[index % len(CHUNK_SIZES)]
            self.write_chunk(CHUNKED_LINES[offset:offset + size])
            offset += size
            index += 1
            time.sleep(0.01)
        self.wfile.write(b"0\r\n\r\n")

    def release_event(self, held_id):
        with releases_lock:
            return releases.setdefault(held_id, threading.Event())

    def held(self, held_id):
        released = self.release_event(held_id)
        self.start_chunked()
        self.write_chunk(b"head:")
        self.write_chunk(b"released" if released.wait(5) else b"not released")
        self.wfile.write(b"0\r\n\r\n")

    def never_ends(self, stream_id):
        with streams_lock:
            active_streams[stream_id] = active_streams.get(stream_id, 0) + 1
        try:
            self.start_chunked()
            tick = 0
            while True:
                tick += 1
                self.write_chunk(b"tick %d\n" % tick)
                time.sleep(0.05)
        except (OSError, ssl.SSLError):
            self.close_connection = True
        finally:
            with streams_lock:
                active_streams[stream_id] -= 1


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops bursts of concurrent connects

    def handle_error(self, request, client_address):
        pass  # rejected handshakes and vanished clients are part of the tests


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--client-ca")
    args = parser.parse_args()

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.load_cert_chain(args.cert, args.key)
    context.set_alpn_protocols(["http/1.1"])
    if args.client_ca:
        context.load_verify_locations(args.client_ca)
        context.verify_mode = ssl.CERT_REQUIRED

    def remember_sni(ssl_object, server_name, ssl_context):
        handshake_info.sni = server_name

    context.sni_callback = remember_sni

    server = Server(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)

    def exit_when_parent_goes():
        sys.stdin.read()
        os._exit(0)

    threading.Thread(target=exit_when_parent_goes, daemon=True).start()
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
