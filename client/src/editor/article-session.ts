/**
 * One open article, as every panel of the editor screen sees it: the Y.Doc and its provider, the
 * `/desk` room, the threads, and small stores the panels subscribe to (connection, refusal, the
 * ProseMirror view and document, the live attribution report, workflow status, …). Panels read and
 * follow these instead of being handed setters; a panel that learns something (the editor pane
 * its view, the workflow bar a refused publish) sets the store it owns.
 *
 * Opening it opens the sockets; `dispose` closes them. The screen's components are disposed first.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { ArticleStatus } from '../../../shared/article/layout';
import type { AttributionIssue } from '../../../shared/attribution/checker';
import type { ArticleWorkflowEvent, AttributionReport, AttributionReverted } from '../../../shared/contract/desk';
import { CloseCode } from '../../../shared/contract/errors';
import { can, type Identity as Account } from '../../../shared/contract/roles';
import { getArticle } from '../app/api';
import { openDesk, type Desk } from '../app/desk-client';
import { deskSocket } from '../app/desk-socket';
import { identityOf } from '../app/identity';
import { sessionExpired } from '../app/session';
import { createEvents, createStore, type Events, type Store, type Writable } from '../app/store';
import { openCollab, type Collab, type ConnectionState, type Refusal } from '../collab/connection';
import { setLocalUser } from '../collab/presence';
import { handleThreadLinks, takePendingThread } from '../threads/thread-links';
import { createThreadsStore, type ThreadsStore } from '../threads/threads-store';

/** What the signed-in user may do here (from their role). */
/** A metadata field a refused publish named (409 `metadata`, `fields`). */
export type MetadataRefusal = { field: string; message: string };

export type Permissions = { edit: boolean; comment: boolean; publish: boolean; administer: boolean };

/** The live attribution checks on `/desk`: `live` joined, `offline` retrying, `failed` refused. */
export type LiveStatus = { state: 'connecting' | 'live' | 'offline' | 'failed'; detail?: string };

export type ArticleSession = {
  readonly articleId: string;
  readonly user: Account;
  readonly may: Permissions;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly desk: Desk;
  readonly threads: ThreadsStore;
  /** The collab socket, as the connection indicator shows it. */
  readonly connection: Store<ConnectionState>;
  /** Set once when the server refused the article for good (final close code); null until then. */
  readonly refusal: Store<Refusal | null>;
  /** Where the document first came from; null until it has loaded (then the editor can be made). */
  readonly loaded: Store<'server' | 'browser' | null>;
  /** The editor pane's view: null before the document loaded and after a refusal. Set by the pane. */
  readonly view: Writable<EditorView | null>;
  /** The ProseMirror document after every change (any author). Set by the editor pane. */
  readonly document: Writable<PMNode | null>;
  /** The headline's text. Set by the editor pane. */
  readonly headline: Writable<string | null>;
  /** The server's latest attribution report; null until the first join reply. */
  readonly report: Store<AttributionReport | null>;
  readonly live: Store<LiveStatus>;
  /** The server guard restored attributions (every author's: check `clientIds` against `doc.clientID`). */
  readonly reverted: Events<AttributionReverted>;
  /** A thread was asked for (a notification link): the sidebar shows and focuses it. */
  readonly threadAsked: Events<string>;
  /** Workflow status (the server's): from the HTTP API, then from the workflow bar's actions. */
  readonly status: Writable<ArticleStatus | null>;
  /** The attribution issues of the last refused publish; null when none (or a new attempt began). */
  readonly publishRefusal: Writable<AttributionIssue[] | null>;
  /** The metadata fields (slug, section) the last refused publish named; null when none (or a new attempt began). */
  readonly metadataRefusal: Writable<MetadataRefusal[] | null>;
  /** Published once and changed since (the server's flag, live on `/desk`). */
  readonly changedSincePublish: Writable<boolean>;
  /** The last workflow move announced on `/desk` (any user), for the bar's notice. */
  readonly workflowMoves: Events<ArticleWorkflowEvent>;
  /** HEADLINE_GUIDE_CHARS from the server; null until the article loaded. */
  readonly headlineGuide: Store<number | null>;
  dispose(): void;
};

export function permissionsOf(user: Account): Permissions {
  return { edit: can(user.role, 'edit'), comment: can(user.role, 'comment'), publish: can(user.role, 'publish'), administer: can(user.role, 'administer') };
}

/** The stores of a session before any socket is open (tests make sessions' stores this way too). */
export function createSessionStores() {
  return {
    connection: createStore<ConnectionState>('connecting'),
    refusal: createStore<Refusal | null>(null),
    loaded: createStore<'server' | 'browser' | null>(null),
    view: createStore<EditorView | null>(null),
    document: createStore<PMNode | null>(null),
    headline: createStore<string | null>(null),
    report: createStore<AttributionReport | null>(null),
    live: createStore<LiveStatus>({ state: 'connecting' }),
    reverted: createEvents<AttributionReverted>(),
    threadAsked: createEvents<string>(),
    status: createStore<ArticleStatus | null>(null),
    publishRefusal: createStore<AttributionIssue[] | null>(null),
    metadataRefusal: createStore<MetadataRefusal[] | null>(null),
    changedSincePublish: createStore<boolean>(false),
    workflowMoves: createEvents<ArticleWorkflowEvent>(),
    headlineGuide: createStore<number | null>(null),
  };
}

type SessionStores = ReturnType<typeof createSessionStores>;

function connectCollab(articleId: string, stores: SessionStores): Collab {
  return openCollab(articleId, {
    onState: (state) => stores.connection.set(state),
    onFirstSync: (source) => stores.loaded.set(source),
    onRefused: (refusal) => {
      if (refusal.code === CloseCode.unauthorized) return sessionExpired();
      stores.refusal.set(refusal);
    },
  });
}

function connectDesk(user: Account, articleId: string, stores: SessionStores, threads: () => ThreadsStore): Desk {
  return openDesk(deskSocket(user.id), articleId, {
    onReport: (report) => stores.report.set(report),
    onState: (state, detail) => stores.live.set({ state, detail }),
    onUnauthorized: sessionExpired,
    onThreads: (sync) => {
      threads().applySync(sync);
      const asked = takePendingThread(articleId);
      if (asked) stores.threadAsked.emit(asked);
    },
    onThreadChange: (change) => threads().applyChange(change),
    lastSeq: () => threads().seq(),
    onReverted: (notice) => stores.reverted.emit(notice),
    onWorkflow: (event) => {
      stores.status.set(event.status);
      stores.changedSincePublish.set(event.changedSincePublish);
      stores.workflowMoves.emit(event);
    },
  });
}

export function openArticleSession(articleId: string, user: Account): ArticleSession {
  const stores = createSessionStores();
  let disposed = false;
  const collab = connectCollab(articleId, stores);
  const threads = createThreadsStore(() => desk.rejoin());
  const desk = connectDesk(user, articleId, stores, () => threads);
  setLocalUser(collab.provider.awareness, identityOf(user));
  const unlink = handleThreadLinks(articleId, (threadId) => stores.threadAsked.emit(threadId));

  getArticle(articleId)
    .then((article) => {
      if (disposed) return;
      stores.status.set(article.status);
      stores.changedSincePublish.set(article.changedSincePublish === true);
      stores.headlineGuide.set(article.headlineGuideChars);
    })
    // A missing article is reported by the collab socket (4404); offline, the status just stays unknown.
    .catch(() => undefined);

  return {
    articleId,
    user,
    may: permissionsOf(user),
    doc: collab.doc,
    provider: collab.provider,
    desk,
    threads,
    ...stores,
    dispose() {
      if (disposed) return;
      disposed = true;
      unlink();
      desk.close();
      collab.destroy();
    },
  };
}
