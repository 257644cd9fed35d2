// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "sandboxthread.h"

#include "sandboxserver.h"

namespace rte::sandbox {

SandboxThread::SandboxThread()
{
    m_thread.setObjectName(QStringLiteral("practice server"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    // Deleted in its own thread when the thread's event loop ends, with the server (its child).
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    auto listening = std::make_shared<std::promise<QUrl>>();
    m_url = listening->get_future().share();
    QObject *context = m_context;
    QMetaObject::invokeMethod(
        m_context,
        [context, listening] {
            auto *server = new SandboxServer(context);
            listening->set_value(server->listen() ? server->baseUrl() : QUrl());
        },
        Qt::QueuedConnection);
    m_thread.start();
}

SandboxThread::~SandboxThread()
{
    m_thread.quit();
    m_thread.wait();
}

QUrl SandboxThread::baseUrl() const
{
    return m_url.get();
}

} // namespace rte::sandbox
