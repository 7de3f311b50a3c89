// Generated from the notifications service's OpenAPI by scripts/clients.mjs: do not edit.

export interface paths {
    "/asyncapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AsyncAPI 3.0 of the events */
        get: operations["notifications_asyncapi_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: operations["notifications_healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: operations["notifications_metrics_endpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database and NATS are reachable */
        get: operations["notifications_readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** E-mails and SMS of the matters in my scope, newest first */
        get: operations["notifications_list_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sent, failed, retried per channel; delivered, failed, lag per subscriber */
        get: operations["notifications_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grids/{grid_id}/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The grid workers and secretaries told about a matter in this grid */
        get: operations["notifications_grid_audience"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notices, newest first */
        get: operations["notifications_list_notices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbox/{notice_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark Read */
        post: operations["notifications_mark_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbox/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all (or all up to a seq) read */
        post: operations["notifications_mark_all_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbox/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live notices (text/event-stream); reconnect with Last-Event-ID; from a browser with ?ticket= */
        get: operations["notifications_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbox/stream-ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A single-use ticket (about a minute) to open the live stream from a browser: GET /v1/inbox/stream?ticket=… */
        post: operations["notifications_stream_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbox/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notices are unread */
        get: operations["notifications_unread_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Preferences */
        get: operations["notifications_get_preferences"];
        /** Set Preferences */
        put: operations["notifications_set_preferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Subscriptions */
        get: operations["notifications_list_subscriptions"];
        put?: never;
        /** Subscribe; the answer holds the signing secret (shown this once) */
        post: operations["notifications_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: operations["notifications_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update */
        patch: operations["notifications_update"];
        trace?: never;
    };
    "/v1/webhooks/{subscription_id}/data-classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 数据类别: what it may receive beyond the minimum (the city's admins only) */
        put: operations["notifications_grant_data_classes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{subscription_id}/data-classes/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit of its grants: who, when, why, before and after */
        get: operations["notifications_data_class_grants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{subscription_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries in log order, with their status and tries */
        get: operations["notifications_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{subscription_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a suspended subscription now, or deliver again from a log seq */
        post: operations["notifications_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{subscription_id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret (shown this once) */
        post: operations["notifications_rotate_secret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** ChannelFigures */
        ChannelFigures: {
            /** Channel */
            channel: string;
            /** Deferred */
            deferred: number;
            /** Failed */
            failed: number;
            /** Pending */
            pending: number;
            /** Retried */
            retried: number;
            /** Sent */
            sent: number;
        };
        /**
         * DataClass
         * @enum {string}
         */
        DataClass: "names" | "party" | "skills" | "residents" | "precise_location";
        /**
         * DataClassesGrant
         * @description 数据类别: what a subscription may receive beyond the minimum; the whole set, replacing
         *     the one before (an empty list withdraws every grant), with the reason for the audit.
         */
        DataClassesGrant: {
            /** Data Classes */
            data_classes: components["schemas"]["DataClass"][];
            /** Reason */
            reason: string;
        };
        /**
         * DataClassGrant
         * @description One grant of data classes to a subscription, as audited: who, with which roles, when,
         *     why, and what it had before.
         */
        DataClassGrant: {
            /** Before Classes */
            before_classes: string[];
            /** Data Classes */
            data_classes: string[];
            /**
             * Granted At
             * Format: date-time
             */
            granted_at: string;
            /** Granted By */
            granted_by: string | null;
            /** Granted Roles */
            granted_roles: string[];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Reason */
            reason: string;
            /**
             * Subscription Id
             * Format: uuid
             */
            subscription_id: string;
        };
        /**
         * DeliveryPublic
         * @description An e-mail or SMS as staff see it: who and how it went, never the address itself.
         */
        DeliveryPublic: {
            /** Attempts */
            attempts: number;
            /** Channel */
            channel: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deferred */
            deferred: boolean;
            /** Done At */
            done_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Last Error */
            last_error: string | null;
            /** Not Before */
            not_before: string | null;
            /**
             * Notice Id
             * Format: uuid
             */
            notice_id: string;
            /**
             * Recipient Id
             * Format: uuid
             */
            recipient_id: string;
            /** Recipient Kind */
            recipient_kind: string;
            /** Status */
            status: string;
            /** Urgent */
            urgent: boolean;
        };
        /** FieldError */
        FieldError: {
            /** Loc */
            loc: (string | number)[];
            /** Msg */
            msg: string;
            /** Type */
            type: string;
        };
        /** Figures */
        Figures: {
            /** Channels */
            channels: components["schemas"]["ChannelFigures"][];
            /** Notices */
            notices: number;
            /** Subscribers */
            subscribers: components["schemas"]["SubscriberFigures"][];
            /** Unread */
            unread: number;
        };
        /**
         * GridAudience
         * @description Who is told about a matter in a grid: its workers, and on escalation its secretaries.
         */
        GridAudience: {
            /**
             * Grid Id
             * Format: uuid
             */
            grid_id: string;
            /** Grid Name */
            grid_name: string;
            /** Secretaries */
            secretaries: components["schemas"]["Someone"][];
            /** Workers */
            workers: components["schemas"]["Someone"][];
        };
        /**
         * MessageKind
         * @enum {string}
         */
        MessageKind: "ticket_received" | "ticket_dispatched" | "ticket_due_soon" | "ticket_escalated" | "ticket_accepted" | "ticket_rejected" | "ticket_resolved" | "ticket_published" | "ticket_followed_up" | "ticket_cohandling" | "ticket_rehomed" | "order_dispatched" | "order_accepted" | "order_completed" | "order_escalated" | "claim_confirmed" | "caller_accepted" | "caller_replied" | "order_declined" | "order_cancelled" | "order_expired" | "order_called_off" | "order_taken_away" | "order_reminder" | "duty_reminder" | "claim_made" | "need_published";
        /**
         * NoticePublic
         * @description An inbox item as its recipient sees it.
         */
        NoticePublic: {
            /** Body */
            body: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Link */
            link?: string | null;
            /** Read At */
            read_at: string | null;
            /** Seq */
            seq: number;
            /** Source Type */
            source_type: string;
            /** Subject Id */
            subject_id: string | null;
            /** Subject Type */
            subject_type: string;
            /** Title */
            title: string;
            /** Urgent */
            urgent: boolean;
        };
        /** Page[DeliveryPublic] */
        Page_DeliveryPublic_: {
            /** Items */
            items: components["schemas"]["DeliveryPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[NoticePublic] */
        Page_NoticePublic_: {
            /** Items */
            items: components["schemas"]["NoticePublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[WebhookDelivery] */
        Page_WebhookDelivery_: {
            /** Items */
            items: components["schemas"]["WebhookDelivery"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** PreferencesPublic */
        PreferencesPublic: {
            /** Off */
            off: {
                [key: string]: string[];
            };
            /** Quiet End */
            quiet_end: string;
            /** Quiet Start */
            quiet_start: string;
        };
        /**
         * PreferencesSet
         * @description Channels switched off per message kind (the inbox cannot be), and quiet hours.
         */
        PreferencesSet: {
            /** Off */
            off?: {
                [key: string]: ("email" | "sms")[];
            };
            /** Quiet End */
            quiet_end?: string | null;
            /** Quiet Start */
            quiet_start?: string | null;
        };
        /**
         * Problem
         * @description RFC 9457 problem details; some problems add members of their own (e.g. `allowed`).
         */
        Problem: {
            /**
             * Detail
             * @default null
             */
            detail: string | null;
            /**
             * Errors
             * @description For 422: each invalid input
             * @default null
             */
            errors: components["schemas"]["FieldError"][] | null;
            /** Status */
            status: number;
            /** Title */
            title: string;
            /**
             * Type
             * @description https://redgrid.dev/problems/<slug>; the types are listed in the examples
             * @example https://redgrid.dev/problems/bad-request
             * @example https://redgrid.dev/problems/conflict
             * @example https://redgrid.dev/problems/forbidden
             * @example https://redgrid.dev/problems/http-error
             * @example https://redgrid.dev/problems/internal
             * @example https://redgrid.dev/problems/invalid
             * @example https://redgrid.dev/problems/invalid-transition
             * @example https://redgrid.dev/problems/method-not-allowed
             * @example https://redgrid.dev/problems/not-found
             * @example https://redgrid.dev/problems/timed-out
             * @example https://redgrid.dev/problems/too-large
             * @example https://redgrid.dev/problems/too-many-requests
             * @example https://redgrid.dev/problems/unauthorized
             * @example https://redgrid.dev/problems/unavailable
             */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** Readiness */
        Readiness: {
            /** Checks */
            checks: {
                [key: string]: boolean;
            };
            /**
             * Status
             * @enum {string}
             */
            status: "ok" | "unavailable";
            /**
             * Warnings
             * @default {}
             */
            warnings: {
                [key: string]: string;
            };
        };
        /**
         * Replay
         * @description Deliver again from `from_seq` (a log position, see the deliveries), or resume from
         *     where the subscription stopped when absent.
         */
        Replay: {
            /** From Seq */
            from_seq?: number | null;
        };
        /** Someone */
        Someone: {
            /** Name Masked */
            name_masked: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
        };
        /** StreamTicket */
        StreamTicket: {
            /** Expires In */
            expires_in: number;
            /** Ticket */
            ticket: string;
        };
        /** SubscriberFigures */
        SubscriberFigures: {
            /** Behind */
            behind: number;
            /** Delivered */
            delivered: number;
            /** Failed */
            failed: number;
            /** Name */
            name: string;
            /** Retried */
            retried: number;
            /** Status */
            status: string;
            /**
             * Subscription Id
             * Format: uuid
             */
            subscription_id: string;
        };
        /** SubscriptionCreate */
        SubscriptionCreate: {
            /**
             * From Start
             * @default false
             */
            from_start: boolean;
            /** Name */
            name: string;
            /** Org Id */
            org_id?: string | null;
            /** Patterns */
            patterns: string[];
            /** Url */
            url: string;
        };
        /**
         * SubscriptionPublic
         * @description A subscription as shown; the secret only once, when created or rotated.
         */
        SubscriptionPublic: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Data Classes
             * @default []
             */
            data_classes: string[];
            /** Head Attempts */
            head_attempts: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Last Error */
            last_error: string | null;
            /** Name */
            name: string;
            /** Next Attempt At */
            next_attempt_at: string | null;
            /** Org Id */
            org_id: string | null;
            /** Patterns */
            patterns: string[];
            /** Position */
            position: number;
            /** Secret */
            secret?: string | null;
            /** Status */
            status: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Url */
            url: string;
        };
        /** SubscriptionUpdate */
        SubscriptionUpdate: {
            /** Active */
            active?: boolean;
            /** Name */
            name?: string;
            /** Patterns */
            patterns?: string[];
            /** Url */
            url?: string;
        };
        /** WebhookDelivery */
        WebhookDelivery: {
            /** Attempts */
            attempts: number;
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /** Event Type */
            event_type: string;
            /**
             * First Try At
             * Format: date-time
             */
            first_try_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Last Error */
            last_error: string | null;
            /** Last Status */
            last_status: number | null;
            /**
             * Last Try At
             * Format: date-time
             */
            last_try_at: string;
            /** Log Seq */
            log_seq: number;
            /** Replays */
            replays: number;
            /** Status */
            status: string;
            /**
             * Subscription Id
             * Format: uuid
             */
            subscription_id: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    notifications_asyncapi_json: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    notifications_healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    notifications_metrics_endpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    notifications_readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    notifications_list_deliveries: {
        parameters: {
            query?: {
                channel?: ("email" | "sms") | null;
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                status?: ("pending" | "sent" | "failed" | "skipped") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "notice_id": "01956f3a-00f6-7c3e-9a41-6d2b8e0f00f6",
                     *           "channel": "育红社区",
                     *           "status": "active",
                     *           "urgent": false,
                     *           "deferred": false,
                     *           "attempts": 3,
                     *           "last_error": "育红社区",
                     *           "recipient_kind": "育红社区",
                     *           "recipient_id": "01956f3a-00f7-7c3e-9a41-6d2b8e0f00f7",
                     *           "kind": "government",
                     *           "not_before": "2026-03-12T09:30:00+08:00",
                     *           "created_at": "2026-03-12T09:30:00+08:00",
                     *           "done_at": "2026-03-12T09:30:00+08:00"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_DeliveryPublic_"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_figures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "notices": 3,
                     *       "unread": 3,
                     *       "channels": [
                     *         {
                     *           "channel": "育红社区",
                     *           "sent": 3,
                     *           "failed": 3,
                     *           "retried": 3,
                     *           "pending": 3,
                     *           "deferred": 3
                     *         }
                     *       ],
                     *       "subscribers": [
                     *         {
                     *           "subscription_id": "01956f3a-00f8-7c3e-9a41-6d2b8e0f00f8",
                     *           "name": "育红社区",
                     *           "status": "active",
                     *           "delivered": 3,
                     *           "failed": 3,
                     *           "retried": 3,
                     *           "behind": 3
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Figures"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_grid_audience: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                grid_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "grid_name": "育红社区第3网格",
                     *       "workers": [
                     *         {
                     *           "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *           "name_masked": "王*"
                     *         }
                     *       ],
                     *       "secretaries": [
                     *         {
                     *           "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *           "name_masked": "王*"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GridAudience"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_list_notices: {
        parameters: {
            query?: {
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                /** @description Only unread ones */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "seq": 42,
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "kind": "government",
                     *           "urgent": false,
                     *           "title": "双井巷地面方砖松动",
                     *           "body": "您反映的双井巷地面方砖松动已办结",
                     *           "subject_type": "育红社区",
                     *           "subject_id": "01956f3a-00fd-7c3e-9a41-6d2b8e0f00fd",
                     *           "source_type": "育红社区",
                     *           "created_at": "2026-03-12T09:30:00+08:00",
                     *           "read_at": "2026-03-12T09:30:00+08:00",
                     *           "link": "https://wangge.example.cn/m/tickets/01956f3a-00fd-7c3e-9a41-6d2b8e0f00fd"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_NoticePublic_"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_mark_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notice_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a step not allowed from it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_mark_all_read: {
        parameters: {
            query?: {
                up_to_seq?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: number;
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a step not allowed from it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_stream: {
        parameters: {
            query?: {
                /** @description from POST /stream-ticket */
                ticket?: string | null;
            };
            header?: {
                "last-event-id"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: try again after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_stream_ticket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": "q8Zr3V0mD2sXwY7tL1nB5cK9pH4fJ6aE0gU2iO8eR5w",
                     *       "expires_in": 60
                     *     }
                     */
                    "application/json": components["schemas"]["StreamTicket"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a step not allowed from it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_unread_count: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: number;
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_get_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "off": {},
                     *       "quiet_start": "22:00",
                     *       "quiet_end": "07:00"
                     *     }
                     */
                    "application/json": components["schemas"]["PreferencesPublic"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_set_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "off": {},
                 *       "quiet_start": "22:00",
                 *       "quiet_end": "07:00"
                 *     }
                 */
                "application/json": components["schemas"]["PreferencesSet"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "off": {},
                     *       "quiet_start": "22:00",
                     *       "quiet_end": "07:00"
                     *     }
                     */
                    "application/json": components["schemas"]["PreferencesPublic"];
                };
            };
            /** @description The body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a step not allowed from it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_list_subscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *         "name": "开发用接收端",
                     *         "url": "https://hooks.example.cn/redgrid",
                     *         "patterns": [
                     *           "redgrid.tickets.*"
                     *         ],
                     *         "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *         "status": "active",
                     *         "position": 3,
                     *         "head_attempts": 3,
                     *         "next_attempt_at": "2026-03-12T09:30:00+08:00",
                     *         "last_error": "育红社区",
                     *         "created_at": "2026-03-12T09:30:00+08:00",
                     *         "updated_at": "2026-03-12T09:30:00+08:00",
                     *         "data_classes": [],
                     *         "secret": "whsec_MfKQ9r8GKYqXn2VEEBKKtB6KZ5ZxLP1b"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["SubscriptionPublic"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "开发用接收端",
                 *       "url": "https://hooks.example.cn/redgrid",
                 *       "patterns": [
                 *         "redgrid.tickets.*"
                 *       ],
                 *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                 *       "from_start": false
                 *     }
                 */
                "application/json": components["schemas"]["SubscriptionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "name": "开发用接收端",
                     *       "url": "https://hooks.example.cn/redgrid",
                     *       "patterns": [
                     *         "redgrid.tickets.*"
                     *       ],
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "status": "active",
                     *       "position": 3,
                     *       "head_attempts": 3,
                     *       "next_attempt_at": "2026-03-12T09:30:00+08:00",
                     *       "last_error": "育红社区",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "data_classes": [],
                     *       "secret": "whsec_MfKQ9r8GKYqXn2VEEBKKtB6KZ5ZxLP1b"
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionPublic"];
                };
            };
            /** @description The body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a step not allowed from it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "name": "开发用接收端",
                     *       "url": "https://hooks.example.cn/redgrid",
                     *       "patterns": [
                     *         "redgrid.tickets.*"
                     *       ],
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "status": "active",
                     *       "position": 3,
                     *       "head_attempts": 3,
                     *       "next_attempt_at": "2026-03-12T09:30:00+08:00",
                     *       "last_error": "育红社区",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "data_classes": [],
                     *       "secret": "whsec_MfKQ9r8GKYqXn2VEEBKKtB6KZ5ZxLP1b"
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionPublic"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "开发用接收端",
                 *       "url": "https://hooks.example.cn/redgrid",
                 *       "patterns": [
                 *         "redgrid.tickets.*"
                 *       ],
                 *       "active": false
                 *     }
                 */
                "application/json": components["schemas"]["SubscriptionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "name": "开发用接收端",
                     *       "url": "https://hooks.example.cn/redgrid",
                     *       "patterns": [
                     *         "redgrid.tickets.*"
                     *       ],
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "status": "active",
                     *       "position": 3,
                     *       "head_attempts": 3,
                     *       "next_attempt_at": "2026-03-12T09:30:00+08:00",
                     *       "last_error": "育红社区",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "data_classes": [],
                     *       "secret": "whsec_MfKQ9r8GKYqXn2VEEBKKtB6KZ5ZxLP1b"
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionPublic"];
                };
            };
            /** @description The body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a step not allowed from it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_grant_data_classes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data_classes": [
                 *         "names",
                 *         "skills"
                 *       ],
                 *       "reason": "市民政局志愿服务调度系统需要志愿者姓名与技能（市大数据局2026年第12号批复）"
                 *     }
                 */
                "application/json": components["schemas"]["DataClassesGrant"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "name": "开发用接收端",
                     *       "url": "https://hooks.example.cn/redgrid",
                     *       "patterns": [
                     *         "redgrid.tickets.*"
                     *       ],
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "status": "active",
                     *       "position": 3,
                     *       "head_attempts": 3,
                     *       "next_attempt_at": "2026-03-12T09:30:00+08:00",
                     *       "last_error": "育红社区",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "data_classes": [],
                     *       "secret": "whsec_MfKQ9r8GKYqXn2VEEBKKtB6KZ5ZxLP1b"
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionPublic"];
                };
            };
            /** @description The body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a step not allowed from it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_data_class_grants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *         "subscription_id": "01956f3a-00f8-7c3e-9a41-6d2b8e0f00f8",
                     *         "data_classes": [
                     *           "names",
                     *           "skills"
                     *         ],
                     *         "before_classes": [],
                     *         "reason": "市民政局志愿服务调度系统需要志愿者姓名与技能（市大数据局2026年第12号批复）",
                     *         "granted_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *         "granted_roles": [
                     *           "system"
                     *         ],
                     *         "granted_at": "2026-03-12T09:30:00+08:00"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DataClassGrant"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_deliveries: {
        parameters: {
            query?: {
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                status?: ("retrying" | "delivered" | "failed") | null;
            };
            header?: never;
            path: {
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "subscription_id": "01956f3a-00f8-7c3e-9a41-6d2b8e0f00f8",
                     *           "log_seq": 3,
                     *           "event_id": "01956f3a-0103-7c3e-9a41-6d2b8e0f0103",
                     *           "event_type": "育红社区",
                     *           "status": "active",
                     *           "attempts": 3,
                     *           "replays": 3,
                     *           "last_status": 3,
                     *           "last_error": "育红社区",
                     *           "first_try_at": "2026-03-12T09:30:00+08:00",
                     *           "last_try_at": "2026-03-12T09:30:00+08:00"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_WebhookDelivery_"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from_seq": 3
                 *     }
                 */
                "application/json": components["schemas"]["Replay"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "name": "开发用接收端",
                     *       "url": "https://hooks.example.cn/redgrid",
                     *       "patterns": [
                     *         "redgrid.tickets.*"
                     *       ],
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "status": "active",
                     *       "position": 3,
                     *       "head_attempts": 3,
                     *       "next_attempt_at": "2026-03-12T09:30:00+08:00",
                     *       "last_error": "育红社区",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "data_classes": [],
                     *       "secret": "whsec_MfKQ9r8GKYqXn2VEEBKKtB6KZ5ZxLP1b"
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionPublic"];
                };
            };
            /** @description The body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a step not allowed from it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_rotate_secret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "name": "开发用接收端",
                     *       "url": "https://hooks.example.cn/redgrid",
                     *       "patterns": [
                     *         "redgrid.tickets.*"
                     *       ],
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "status": "active",
                     *       "position": 3,
                     *       "head_attempts": 3,
                     *       "next_attempt_at": "2026-03-12T09:30:00+08:00",
                     *       "last_error": "育红社区",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "data_classes": [],
                     *       "secret": "whsec_MfKQ9r8GKYqXn2VEEBKKtB6KZ5ZxLP1b"
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionPublic"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for your roles */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a step not allowed from it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; try again (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
