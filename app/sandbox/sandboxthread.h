// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QThread>
#include <QUrl>

#include <future>

namespace rte::sandbox {

class SandboxServer;

// The practice server (--demo) on a thread of its own, as a real Reply server is on another machine:
// the window's thread then does only what it does with Reply itself. Building the sample data and
// answering requests no longer take turns with building and painting the window (bench_startup:
// about 12 ms of the demo's start were the server's).
class SandboxThread
{
public:
    // Starts the thread; the server is built and starts listening there, on a port the system picks.
    SandboxThread();
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    // Waits until the server listens; empty when it could not.
    QUrl baseUrl() const;

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; the server is its child
    std::shared_future<QUrl> m_url;
};

} // namespace rte::sandbox
