#include "presentation/accountsession.h"

#include "api/replyclient.h"
#include "core/redaction.h"
#include "presentation/accountlogging.h"
#include "presentation/clientsetup.h"
#include "presentation/connectioncheck.h"
#include "presentation/secretkeeper.h"
#include "store/accountstore.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <utility>

namespace rte::presentation {

AccountSession::AccountSession(api::ReplyClient *client, store::AccountStore *accounts,
    store::CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_secrets(new SecretKeeper(credentials, this))
    , m_check(new ConnectionCheck(client, accounts, this))
{
    setEnvironmentKey(qEnvironmentVariable("REPLY_API_KEY"));
    connect(m_secrets, &SecretKeeper::secretRead, this, &AccountSession::onSecretRead);
    connect(m_secrets, &SecretKeeper::secretFailed, this, &AccountSession::onSecretFailed);
    connect(m_secrets, &SecretKeeper::finished, this, &AccountSession::finishLoading);
    connect(m_secrets, &SecretKeeper::secretWritten, this, &AccountSession::onKeyWritten);
    connect(m_secrets, &SecretKeeper::writeFailed, this, &AccountSession::onWriteFailed);
    connect(m_check, &ConnectionCheck::headerDetected, this, &AccountSession::authHeaderDetected);
    connect(m_check, &ConnectionCheck::succeeded, this, &AccountSession::onCheckSucceeded);
    connect(m_check, &ConnectionCheck::failed, this, &AccountSession::onCheckFailed);
}

AccountSession::~AccountSession()
{
    stopRequests();
}

void AccountSession::setEnvironmentKey(const QString &key)
{
    m_environmentKey = key.trimmed();
    core::Redaction::registerSecret(m_environmentKey);
}

void AccountSession::setKeyFilePath(const QString &path)
{
    m_keyFilePath = path;
    // The file exists only because the rep opted in on an earlier run: keep honouring that choice.
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_credentials->setFileFallback(path);
}

void AccountSession::setDemoServer(std::function<QUrl()> start, const QString &demoKey)
{
    m_demoStart = std::move(start);
    m_demoKey = demoKey;
}

void AccountSession::start()
{
    if (const auto current = m_accounts->current())
        return apply(*current);
    const QList<store::Account> all = m_accounts->list();
    if (!all.isEmpty()) {
        switchTo(all.constFirst().id);
        return;
    }
    if (usesEnvironmentKey()) {
        store::Account account;
        account.name = tr("My Reply account");
        const QString id = addAccount(account);
        if (!id.isEmpty() && switchTo(id))
            return;
    }
    setState(State::NoKey);
    Q_EMIT keyNeeded();
}

bool AccountSession::switchTo(const QString &accountId)
{
    const auto account = m_accounts->account(accountId);
    if (!account || !m_accounts->setCurrent(accountId)) {
        Q_EMIT problem(tr("That account could not be opened."));
        return false;
    }
    apply(*account);
    return true;
}

QString AccountSession::addAccount(const store::Account &account)
{
    const QString id = m_accounts->add(account);
    if (id.isEmpty())
        Q_EMIT problem(m_accounts->lastError());
    return id;
}

QString AccountSession::openDemo()
{
    for (const store::Account &account : m_accounts->list()) {
        if (account.demo) {
            switchTo(account.id);
            return account.id;
        }
    }
    store::Account demo;
    demo.name = tr("Demo");
    demo.demo = true;
    const QString id = addAccount(demo);
    if (!id.isEmpty())
        switchTo(id);
    return id;
}

std::optional<store::Account> AccountSession::account() const
{
    return m_accounts->account(m_accountId);
}

QString AccountSession::connectionFile(const QString &accountId) const
{
    const QString folder = m_accounts->dataDirectory(accountId);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QStringLiteral("connection.ini"));
}

void AccountSession::stopRequests()
{
    m_check->abort();
    m_readyAfterCheck = false;
    m_testAfterCheck = false;
}

void AccountSession::apply(const store::Account &account)
{
    stopRequests();
    m_accountId = account.id;
    m_secrets->reset(account.id);
    m_proxyPassword.clear();
    m_hasStoredKey = false;
    m_hasActingUserEmail = false;
    m_hasProxyPassword = false;
    m_client->setApiKey(QString()); // the last account's key must not reach this one's server
    qCDebug(lcAccount) << "applying account" << account.id;
    Q_EMIT accountChanged();

    if (account.demo) {
        m_connection = ConnectionSettings();
        if (!m_demoUrl.isValid() && m_demoStart)
            m_demoUrl = m_demoStart();
        if (m_demoUrl.isValid()) {
            ClientSetup::applyDemo(m_client, m_demoUrl, m_demoKey);
            setState(State::Ready);
            Q_EMIT ready();
        } else {
            setState(State::NoKey);
            Q_EMIT problem(tr("The demo server could not start on this computer's loopback address."));
        }
        return;
    }

    m_connection = ConnectionSettings::load(connectionFile(account.id));
    QSet<Secret> reads;
    if (account.actingUserId.isEmpty())
        reads.insert(Secret::ActingUserEmail);
    if (m_connection.isManualProxy() && !m_connection.proxyUser.isEmpty())
        reads.insert(Secret::ProxyPassword);
    if (usesEnvironmentKey())
        m_client->setApiKey(m_environmentKey);
    else
        reads.insert(Secret::ApiKey);
    applyConnection(account);
    setState(State::Loading);
    m_secrets->read(reads);
}

void AccountSession::applyConnection(const store::Account &account)
{
    ClientSetup::applyAccount(m_client, account, m_baseUrlOverride);
    // Only this account's company CA is trusted: another account's (or one removed in Settings) goes.
    m_client->clearCaCertificates();
    const QString ca = m_connection.caFile;
    if (!ca.isEmpty()) {
        const api::ApiError error = m_client->addCaCertificatesFromFile(ca);
        if (error.isError())
            Q_EMIT problem(error.message());
    }
    applyProxy();
}

void AccountSession::applyProxy()
{
    ClientSetup::applyProxy(m_client, m_connection, m_proxyPassword);
}

AccountSession::State AccountSession::storedKeyState() const
{
    if (usesEnvironmentKey())
        return State::Ready;
    if (m_credentials->usesFileFallback())
        return State::FileFallback;
    if (m_credentials->isSessionOnly(m_accountId))
        return State::SessionOnlyKey;
    return State::Ready;
}

void AccountSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcAccount) << "key state" << state;
    Q_EMIT stateChanged(state);
}

void AccountSession::finishLoading()
{
    if (!m_client->hasApiKey()) {
        setState(State::NoKey);
        Q_EMIT keyNeeded();
        return;
    }
    setState(storedKeyState());
    const auto current = account();
    if (current && current->authHeader == store::Account::AuthHeader::Auto) {
        m_readyAfterCheck = true;
        m_check->run(m_accountId); // joins a check under way: one ready() for both
        return;
    }
    Q_EMIT ready();
}

void AccountSession::saveKey(const QString &key, bool allowFileFallback)
{
    const QString trimmed = key.trimmed();
    auto current = account();
    if (!current || current->demo) {
        Q_EMIT problem(tr("Choose or add an account before you enter a key."));
        return;
    }
    if (trimmed.isEmpty()) {
        Q_EMIT problem(tr("Enter your Reply API key."));
        return;
    }
    core::Redaction::registerSecret(trimmed);
    if (allowFileFallback && !m_keyFilePath.isEmpty())
        m_credentials->setFileFallback(m_keyFilePath);
    if (!usesEnvironmentKey())
        m_client->setApiKey(trimmed);
    // Another key may want the other header: find out again on the next request.
    if (current->authHeader != store::Account::AuthHeader::Auto) {
        current->authHeader = store::Account::AuthHeader::Auto;
        m_accounts->update(*current);
    }
    bool stored = false;
    m_secrets->write(Secret::ApiKey, trimmed, &stored); // also drops a stored key still on its way
}

bool AccountSession::saveSettings(const store::Account &edited, const ConnectionSettings &connection)
{
    store::Account account = edited;
    account.id = m_accountId;
    if (!m_accounts->update(account)) {
        Q_EMIT problem(m_accounts->lastError());
        return false;
    }
    if (!connection.save(connectionFile(account.id))) {
        Q_EMIT problem(tr("The connection settings could not be saved."));
        return false;
    }
    // The e-mail is personal data: keychain only, never the settings file.
    m_secrets->write(Secret::ActingUserEmail, account.actingUserEmail, &m_hasActingUserEmail);
    m_connection = connection;
    if (!account.demo)
        applyConnection(account);
    return true;
}

void AccountSession::saveProxyPassword(const QString &password)
{
    if (m_accountId.isEmpty())
        return;
    m_proxyPassword = password;
    m_secrets->write(Secret::ProxyPassword, password, &m_hasProxyPassword);
    applyProxy();
}

QString AccountSession::actingUserEmail() const
{
    return m_client->actingUserEmail();
}

QString AccountSession::keyWarning() const
{
    if (m_state == State::SessionOnlyKey)
        return tr("No keychain is available on this computer. Your API key is kept only until you quit "
                  "the app.");
    if (m_state == State::FileFallback)
        return tr("Your API key is kept in a file on this computer that only you can read, not in the "
                  "keychain: %1")
            .arg(QDir::toNativeSeparators(m_keyFilePath));
    return QString();
}

void AccountSession::onSecretRead(Secret secret, const QString &value)
{
    switch (secret) {
    case Secret::ApiKey:
        m_hasStoredKey = true;
        m_client->setApiKey(value);
        return;
    case Secret::ActingUserEmail:
        m_hasActingUserEmail = true;
        m_client->setActingUserEmail(value);
        return;
    case Secret::ProxyPassword:
        m_hasProxyPassword = true;
        m_proxyPassword = value;
        applyProxy();
        return;
    }
}

void AccountSession::onSecretFailed(Secret, store::CredentialStore::Error error, const QString &message)
{
    using Error = store::CredentialStore::Error;
    m_keychainMissing = m_keychainMissing || error == Error::NoBackend;
    // Nothing stored is the normal first-run case; the rep is asked, not alarmed.
    if (error != Error::NotFound && error != Error::NoBackend)
        Q_EMIT problem(message);
}

void AccountSession::onKeyWritten(Secret secret)
{
    if (secret != Secret::ApiKey)
        return;
    m_hasStoredKey = true;
    setState(storedKeyState());
    if (!m_secrets->isReading())
        finishLoading();
}

void AccountSession::onWriteFailed(Secret secret, store::CredentialStore::Error error, const QString &message)
{
    using Error = store::CredentialStore::Error;
    m_keychainMissing = m_keychainMissing || error == Error::NoBackend;
    // No keychain is no surprise worth a message: the state says it, and the window shows it for as
    // long as it lasts. The key stays on the client for this session either way.
    if (error != Error::NoBackend)
        Q_EMIT problem(message);
    if (secret != Secret::ApiKey)
        return;
    m_hasStoredKey = error == Error::NoBackend;
    setState(State::SessionOnlyKey);
    if (!m_secrets->isReading())
        finishLoading();
}

void AccountSession::testConnection()
{
    if (!m_client->hasApiKey()) {
        m_lastTestError = api::ApiError();
        Q_EMIT connectionTested(false, QString(), tr("Enter your Reply API key first."), {});
        return;
    }
    m_testAfterCheck = true;
    m_check->run(m_accountId);
}

void AccountSession::onCheckSucceeded(const api::WhoAmI &who)
{
    if (std::exchange(m_testAfterCheck, false)) {
        m_lastTestError = api::ApiError();
        Q_EMIT connectionTested(true, ConnectionCheck::describe(who), QString(), {});
    }
    if (std::exchange(m_readyAfterCheck, false))
        Q_EMIT ready();
}

void AccountSession::onCheckFailed(const api::ApiError &error)
{
    const bool startup = std::exchange(m_readyAfterCheck, false);
    if (std::exchange(m_testAfterCheck, false)) {
        m_lastTestError = error;
        Q_EMIT connectionTested(false, QString(), error.message(), error.teams());
    } else if (startup) {
        Q_EMIT problem(error.message());
    }
}

} // namespace rte::presentation
