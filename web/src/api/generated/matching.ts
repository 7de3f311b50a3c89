// Generated from the matching service's OpenAPI by scripts/clients.mjs: do not edit.

export interface paths {
    "/asyncapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AsyncAPI 3.0 of the events */
        get: operations["matching_asyncapi_json"];
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
        get: operations["matching_healthz"];
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
        get: operations["matching_metrics_endpoint"];
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
        get: operations["matching_readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My duties: my turns of every roster, soonest first */
        get: operations["matching_my_duties"];
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
        /** Orders by step, acceptance time, completion, ratings */
        get: operations["matching_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members, teams or communities by points in a period */
        get: operations["matching_leaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's or team's hours and points, newest first */
        get: operations["matching_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders: mine, or my scope's (staff) */
        get: operations["matching_list_orders"];
        put?: never;
        /** 居民点单: place a service order */
        post: operations["matching_place_order"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Order */
        get: operations["matching_get_order"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 党员接单 */
        post: operations["matching_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel */
        post: operations["matching_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who should take it: ranked, with the reason for each score */
        get: operations["matching_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete */
        post: operations["matching_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The resident's name, phone and address for the assignee; every read logged */
        get: operations["matching_order_contact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/contact-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read the order's contact, and when (staff of its scope) */
        get: operations["matching_contact_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The community declines, with a reason */
        post: operations["matching_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 支部下单 */
        post: operations["matching_dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/hand-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 社区交单 */
        post: operations["matching_hand_over"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 民意评单 */
        post: operations["matching_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reassign */
        post: operations["matching_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an offer; it goes to the next candidate */
        post: operations["matching_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start */
        post: operations["matching_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's file */
        get: operations["matching_order_steps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Posts */
        get: operations["matching_list_posts"];
        put?: never;
        /** Open Post */
        post: operations["matching_open_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/posts/{post_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a post: title, description, seats, end date */
        patch: operations["matching_edit_post"];
        trace?: never;
    };
    "/v1/posts/{post_id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Post Claims */
        get: operations["matching_post_claims"];
        put?: never;
        /** 认领: claim a seat of the post for a period */
        post: operations["matching_claim_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/posts/{post_id}/claims/{claim_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Release Claim */
        delete: operations["matching_release_claim"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/posts/{post_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a post, with the reason; its claims are released */
        post: operations["matching_close_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rosters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rosters: my scope's (staff), or those I am on */
        get: operations["matching_list_rosters"];
        put?: never;
        /** A recurring duty roster; every turn is booked */
        post: operations["matching_create_roster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rosters/{roster_id}/duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roster Duties */
        get: operations["matching_roster_duties"];
        put?: never;
        post?: never;
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
        /** Cancel */
        Cancel: {
            /** Reason */
            reason: string;
        };
        /**
         * Candidate
         * @description One ranked candidate for an order, with the reason for each part of its score.
         */
        Candidate: {
            /** Grid Id */
            grid_id: string | null;
            /** Grid Name */
            grid_name?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /**
             * Kind Label
             * @default
             */
            kind_label: string;
            /** Name */
            name: string;
            /** Parts */
            parts: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /**
             * Reason
             * @default
             */
            reason: string;
            /** Score */
            score: number;
        };
        /** Claim */
        Claim: {
            /**
             * Claimed At
             * Format: date-time
             */
            claimed_at: string;
            /**
             * From On
             * Format: date
             */
            from_on: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Person Name */
            person_name?: string | null;
            /**
             * Post Id
             * Format: uuid
             */
            post_id: string;
            /** Released At */
            released_at: string | null;
            /** Status */
            status: string;
            /**
             * Until On
             * Format: date
             */
            until_on: string;
        };
        /** Complete */
        Complete: {
            /** Hours */
            hours: number;
            /** Note */
            note?: string | null;
            /** Participant Ids */
            participant_ids?: string[];
        };
        /**
         * ContactReadEntry
         * @description One read of an order's contact: who, as what, when.
         */
        ContactReadEntry: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /**
             * Reader Id
             * Format: uuid
             */
            reader_id: string;
            /** Reader Name */
            reader_name?: string | null;
            /** Roles */
            roles: string[];
        };
        /** Decline */
        Decline: {
            /** Reason */
            reason: string;
        };
        /**
         * Dispatch
         * @description 支部下单: to a person, to a team, or to the best-ranked candidate (auto).
         */
        Dispatch: {
            /**
             * Auto
             * @default false
             */
            auto: boolean;
            /** Note */
            note?: string | null;
            /** Person Id */
            person_id?: string | null;
            /** Team Id */
            team_id?: string | null;
        };
        /** Duty */
        Duty: {
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Person Name */
            person_name?: string | null;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
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
        /**
         * HandOver
         * @description 社区交单: the community reviewed the need; it may name the branch and settle details.
         */
        HandOver: {
            /** Branch Id */
            branch_id?: string | null;
            /** Needs */
            needs?: string[] | null;
            /** Note */
            note?: string | null;
            /** Service Type */
            service_type?: string | null;
            urgency?: components["schemas"]["Urgency"] | null;
            /** Window End */
            window_end?: string | null;
            /** Window Start */
            window_start?: string | null;
        };
        /**
         * Ledger
         * @description A member's or team's totals and their newest ledger entries (GET /v1/ledger).
         */
        Ledger: {
            /** Entries */
            entries: components["schemas"]["LedgerEntry"][];
            /** Hours */
            hours: number;
            /** Orders */
            orders: number;
            /** Points */
            points: number;
        };
        /** LedgerEntry */
        LedgerEntry: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name?: string | null;
            /** Dual Report */
            dual_report: boolean;
            /** Hours */
            hours: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Order Id */
            order_id: string | null;
            /** Order Title */
            order_title?: string | null;
            /** Person Id */
            person_id: string | null;
            /** Person Name */
            person_name?: string | null;
            /** Points */
            points: number;
            /** Team Id */
            team_id: string | null;
            /** Team Name */
            team_name?: string | null;
        };
        /**
         * MyDuty
         * @description A turn of a duty roster, with the roster it belongs to ("my duties").
         */
        MyDuty: {
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name?: string | null;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /** Ends At Local */
            ends_at_local?: string | null;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Person Name */
            person_name?: string | null;
            /**
             * Roster Id
             * Format: uuid
             */
            roster_id: string;
            /** Roster Title */
            roster_title: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** Starts At Local */
            starts_at_local?: string | null;
        };
        /**
         * OrderContact
         * @description How to reach the resident, for the person who serves them: in full (each read logged)
         *     from accepting the order until a day after it ends (`until`), masked after.
         */
        OrderContact: {
            /** Address */
            address: string | null;
            /** Masked */
            masked: boolean;
            /** Name */
            name: string | null;
            /**
             * Order Id
             * Format: uuid
             */
            order_id: string;
            /** Phone */
            phone: string | null;
            /** Until */
            until: string | null;
            /** Until Local */
            until_local?: string | null;
        };
        /**
         * OrderPublic
         * @description An order as shown: the address, free text and the resident's name in full only to the
         *     resident and to the person who took it; masked for everyone else. Times of the window in
         *     Beijing time beside UTC, as the resident agreed them.
         */
        OrderPublic: {
            /** Accepted At */
            accepted_at: string | null;
            /** Address */
            address: string | null;
            /** Allowed Actions */
            allowed_actions?: string[];
            /** Assignee Person Id */
            assignee_person_id: string | null;
            /** Assignee Person Name */
            assignee_person_name?: string | null;
            /** Assignee Team Id */
            assignee_team_id: string | null;
            /** Assignee Team Name */
            assignee_team_name?: string | null;
            /** Branch Id */
            branch_id: string | null;
            /** Branch Name */
            branch_name?: string | null;
            /** Comment */
            comment: string | null;
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name?: string | null;
            /** Completed At */
            completed_at: string | null;
            /** Description */
            description: string;
            /** Grid Id */
            grid_id: string | null;
            /** Grid Name */
            grid_name?: string | null;
            /** Hours */
            hours: number | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Needs */
            needs: string[];
            /** Offer Expires At */
            offer_expires_at: string | null;
            /** Offer Expires At Local */
            offer_expires_at_local?: string | null;
            /**
             * Placed At
             * Format: date-time
             */
            placed_at: string;
            /** Rating */
            rating: number | null;
            /** Resident Person Id */
            resident_person_id: string | null;
            /** Resident Person Name */
            resident_person_name?: string | null;
            /** Service Type */
            service_type: string;
            /** Source Ticket Id */
            source_ticket_id: string | null;
            /** Source Ticket Number */
            source_ticket_number?: string | null;
            /** Status */
            status: string;
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Urgency */
            urgency: string;
            /** Version */
            version: number;
            /** Window End */
            window_end: string | null;
            /** Window End Local */
            window_end_local?: string | null;
            /** Window Start */
            window_start: string | null;
            /** Window Start Local */
            window_start_local?: string | null;
        };
        /** OrderStep */
        OrderStep: {
            /** Actor Name */
            actor_name?: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** By Person */
            by_person: string | null;
            /** Note */
            note: string | null;
            /** Reason */
            reason: string | null;
            /** Status */
            status: string;
            /** Verb */
            verb: string;
            /** Version */
            version: number;
        };
        /** Page[OrderPublic] */
        Page_OrderPublic_: {
            /** Items */
            items: components["schemas"]["OrderPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[PostPublic] */
        Page_PostPublic_: {
            /** Items */
            items: components["schemas"]["PostPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Roster] */
        Page_Roster_: {
            /** Items */
            items: components["schemas"]["Roster"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * PlaceOrder
         * @description 居民点单: what, when, where, how urgent.
         */
        PlaceOrder: {
            /** Address */
            address?: string | null;
            /**
             * Description
             * @default
             */
            description: string;
            /** Grid Id */
            grid_id?: string | null;
            /** Lat */
            lat?: number | null;
            /** Lng */
            lng?: number | null;
            /** Needs */
            needs?: string[] | null;
            /** Resident Person Id */
            resident_person_id?: string | null;
            /** Service Type */
            service_type: string;
            /** Title */
            title: string;
            /** @default normal */
            urgency: components["schemas"]["Urgency"];
            /**
             * Window End
             * Format: date-time
             */
            window_end: string;
            /**
             * Window Start
             * Format: date-time
             */
            window_start: string;
        };
        /** PostClaim */
        PostClaim: {
            /**
             * From On
             * Format: date
             */
            from_on: string;
            /** Person Id */
            person_id?: string | null;
            /**
             * Until On
             * Format: date
             */
            until_on: string;
        };
        /** PostClose */
        PostClose: {
            /** Reason */
            reason: string;
        };
        /** PostCreate */
        PostCreate: {
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            kind: components["schemas"]["PostKind"];
            /** Seats */
            seats: number;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /** Title */
            title: string;
        };
        /**
         * PostKind
         * @description The ten kinds of service post from 蕉北街道.
         * @enum {string}
         */
        PostKind: "policy_outreach" | "poverty_relief" | "legal_aid" | "mediation" | "civility" | "health_care" | "employment_policy" | "traffic_guidance" | "public_order" | "sanitation_greening";
        /** PostPublic */
        PostPublic: {
            /** Claimed */
            claimed: number;
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name?: string | null;
            /** Description */
            description: string;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Seats */
            seats: number;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Version */
            version: number;
        };
        /**
         * PostUpdate
         * @description A post edited: what it says, how many seats, until when (what is left out stays).
         */
        PostUpdate: {
            /** Description */
            description?: string | null;
            /** Ends On */
            ends_on?: string | null;
            /** Seats */
            seats?: number | null;
            /** Title */
            title?: string | null;
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
        /** Rate */
        Rate: {
            /**
             * Comment
             * @default
             */
            comment: string;
            /** Rating */
            rating: number;
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
        /** Reassign */
        Reassign: {
            /**
             * Auto
             * @default false
             */
            auto: boolean;
            /** Note */
            note?: string | null;
            /** Person Id */
            person_id?: string | null;
            /** Reason */
            reason: string;
            /** Team Id */
            team_id?: string | null;
        };
        /** Refuse */
        Refuse: {
            /** Reason */
            reason: string;
        };
        /** Roster */
        Roster: {
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** End Time */
            end_time: string;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /** Frequency */
            frequency: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Org Path */
            org_path: string;
            /** Rota */
            rota: string[];
            /**
             * Rota Names
             * @default []
             */
            rota_names: (string | null)[];
            /** Start Time */
            start_time: string;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /** Title */
            title: string;
            /** Week Of Month */
            week_of_month: number | null;
            /** Weekday */
            weekday: number;
        };
        /**
         * RosterCreate
         * @description A recurring duty: weekly on a weekday, or monthly on the n-th weekday (-1: the last).
         */
        RosterCreate: {
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** End Time */
            end_time: string;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /** Frequency */
            frequency: string;
            /** Rota */
            rota: string[];
            /** Start Time */
            start_time: string;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /** Title */
            title: string;
            /** Week Of Month */
            week_of_month?: number | null;
            /** Weekday */
            weekday: number;
        };
        /**
         * Standing
         * @description A line of a leaderboard: a member (name masked), a team or a community.
         */
        Standing: {
            /** Hours */
            hours: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string | null;
            /** Orders */
            orders: number;
            /** Points */
            points: number;
            /** Rank */
            rank: number;
        };
        /**
         * Status
         * @enum {string}
         */
        Status: "placed" | "handed_over" | "declined" | "dispatched" | "accepted" | "in_progress" | "completed" | "rated" | "cancelled" | "escalated" | "expired";
        /**
         * Urgency
         * @enum {string}
         */
        Urgency: "low" | "normal" | "high" | "urgent";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    matching_asyncapi_json: {
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
    matching_healthz: {
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
    matching_metrics_endpoint: {
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
    matching_readyz: {
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
    matching_my_duties: {
        parameters: {
            query?: {
                since?: string | null;
                until?: string | null;
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
                     * @example [
                     *       {
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "person_name": "王建国",
                     *         "starts_at": "2026-03-11T01:00:00Z",
                     *         "ends_at": "2026-03-11T03:30:00Z",
                     *         "roster_id": "01956f3a-00a1-7c3e-9a41-6d2b8e0f00a1",
                     *         "roster_title": "社区法律门诊周三值班",
                     *         "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *         "community_name": "育红社区",
                     *         "starts_at_local": "2026-03-11T09:00:00+08:00",
                     *         "ends_at_local": "2026-03-11T11:30:00+08:00"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["MyDuty"][];
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
    matching_figures: {
        parameters: {
            query?: {
                by?: "all" | "community" | "grid";
                interval?: "none" | "day" | "week" | "month";
                org_id?: string | null;
                since?: string | null;
                until?: string | null;
                /** @description by grid: the orders of a merged or split grid count under the grid it went into (网格调整); false: under the grid they were placed in */
                with_lineage?: boolean;
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
                        [key: string]: unknown;
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
    matching_leaderboard: {
        parameters: {
            query?: {
                by?: "member" | "team" | "community";
                limit?: number;
                org_id?: string | null;
                since?: string | null;
                until?: string | null;
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
                     * @example [
                     *       {
                     *         "rank": 3,
                     *         "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *         "name": "育红社区",
                     *         "hours": 2.5,
                     *         "points": 3,
                     *         "orders": 3
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Standing"][];
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
    matching_ledger: {
        parameters: {
            query?: {
                before?: string | null;
                limit?: number;
                person_id?: string | null;
                team_id?: string | null;
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
                     *       "hours": 12.5,
                     *       "points": 125,
                     *       "orders": 6,
                     *       "entries": [
                     *         {
                     *           "id": "01956f3a-00b1-7c3e-9a41-6d2b8e0f00b1",
                     *           "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *           "team_id": null,
                     *           "order_id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "hours": 1.5,
                     *           "points": 15,
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "kind": "service",
                     *           "dual_report": false,
                     *           "at": "2026-03-12T11:00:00+08:00",
                     *           "person_name": "张建国",
                     *           "team_name": null,
                     *           "community_name": "育红社区",
                     *           "order_title": "陪同就医"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Ledger"];
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
    matching_list_orders: {
        parameters: {
            query?: {
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                grid_id?: string | null;
                /** @description Page length */
                limit?: number;
                mine?: ("placed" | "assigned") | null;
                status?: components["schemas"]["Status"] | null;
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
                     *           "version": 3,
                     *           "status": "dispatched",
                     *           "service_type": "陪诊",
                     *           "title": "双井巷地面方砖松动",
                     *           "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *           "needs": [
                     *             "陪诊"
                     *           ],
                     *           "urgency": "normal",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *           "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *           "address": "大中街道育红路12号3单元502室",
                     *           "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *           "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *           "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *           "window_start": "2026-03-12T09:30:00+08:00",
                     *           "window_end": "2026-03-12T11:30:00+08:00",
                     *           "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *           "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *           "rating": 5,
                     *           "comment": "服务很热心",
                     *           "hours": 2.5,
                     *           "placed_at": "2026-03-12T09:30:00+08:00",
                     *           "accepted_at": "2026-03-12T09:30:00+08:00",
                     *           "completed_at": "2026-03-12T09:30:00+08:00",
                     *           "updated_at": "2026-03-12T09:30:00+08:00",
                     *           "source_ticket_number": "DZ-2026-000123",
                     *           "community_name": "育红社区党委",
                     *           "grid_name": "育红第一网格",
                     *           "branch_name": "育红社区第一网格党支部",
                     *           "resident_person_name": "李**",
                     *           "assignee_person_name": "王建国",
                     *           "assignee_team_name": null,
                     *           "window_start_local": "2026-03-12T09:30:00+08:00",
                     *           "window_end_local": "2026-03-12T11:30:00+08:00",
                     *           "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *           "allowed_actions": [
                     *             "accept",
                     *             "refuse"
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_OrderPublic_"];
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
    matching_place_order: {
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
                 *       "service_type": "陪诊",
                 *       "title": "双井巷地面方砖松动",
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                 *       "needs": [
                 *         "陪诊"
                 *       ],
                 *       "urgency": "low",
                 *       "window_start": "2026-03-12T09:30:00+08:00",
                 *       "window_end": "2026-03-12T09:30:00+08:00",
                 *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                 *       "lat": 33.2016,
                 *       "lng": 120.4768,
                 *       "address": "大中街道育红路12号3单元502室",
                 *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095"
                 *     }
                 */
                "application/json": components["schemas"]["PlaceOrder"];
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
                     *       "version": 3,
                     *       "status": "dispatched",
                     *       "service_type": "陪诊",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "needs": [
                     *         "陪诊"
                     *       ],
                     *       "urgency": "normal",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *       "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *       "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *       "window_start": "2026-03-12T09:30:00+08:00",
                     *       "window_end": "2026-03-12T11:30:00+08:00",
                     *       "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *       "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "comment": "服务很热心",
                     *       "hours": 2.5,
                     *       "placed_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "source_ticket_number": "DZ-2026-000123",
                     *       "community_name": "育红社区党委",
                     *       "grid_name": "育红第一网格",
                     *       "branch_name": "育红社区第一网格党支部",
                     *       "resident_person_name": "李**",
                     *       "assignee_person_name": "王建国",
                     *       "assignee_team_name": null,
                     *       "window_start_local": "2026-03-12T09:30:00+08:00",
                     *       "window_end_local": "2026-03-12T11:30:00+08:00",
                     *       "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "accept",
                     *         "refuse"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderPublic"];
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
    matching_get_order: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
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
                     *       "version": 3,
                     *       "status": "dispatched",
                     *       "service_type": "陪诊",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "needs": [
                     *         "陪诊"
                     *       ],
                     *       "urgency": "normal",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *       "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *       "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *       "window_start": "2026-03-12T09:30:00+08:00",
                     *       "window_end": "2026-03-12T11:30:00+08:00",
                     *       "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *       "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "comment": "服务很热心",
                     *       "hours": 2.5,
                     *       "placed_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "source_ticket_number": "DZ-2026-000123",
                     *       "community_name": "育红社区党委",
                     *       "grid_name": "育红第一网格",
                     *       "branch_name": "育红社区第一网格党支部",
                     *       "resident_person_name": "李**",
                     *       "assignee_person_name": "王建国",
                     *       "assignee_team_name": null,
                     *       "window_start_local": "2026-03-12T09:30:00+08:00",
                     *       "window_end_local": "2026-03-12T11:30:00+08:00",
                     *       "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "accept",
                     *         "refuse"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderPublic"];
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
    matching_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
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
                     *       "version": 3,
                     *       "status": "dispatched",
                     *       "service_type": "陪诊",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "needs": [
                     *         "陪诊"
                     *       ],
                     *       "urgency": "normal",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *       "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *       "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *       "window_start": "2026-03-12T09:30:00+08:00",
                     *       "window_end": "2026-03-12T11:30:00+08:00",
                     *       "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *       "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "comment": "服务很热心",
                     *       "hours": 2.5,
                     *       "placed_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "source_ticket_number": "DZ-2026-000123",
                     *       "community_name": "育红社区党委",
                     *       "grid_name": "育红第一网格",
                     *       "branch_name": "育红社区第一网格党支部",
                     *       "resident_person_name": "李**",
                     *       "assignee_person_name": "王建国",
                     *       "assignee_team_name": null,
                     *       "window_start_local": "2026-03-12T09:30:00+08:00",
                     *       "window_end_local": "2026-03-12T11:30:00+08:00",
                     *       "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "accept",
                     *         "refuse"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderPublic"];
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
    matching_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "不属于本网格职责"
                 *     }
                 */
                "application/json": components["schemas"]["Cancel"];
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
                     *       "version": 3,
                     *       "status": "dispatched",
                     *       "service_type": "陪诊",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "needs": [
                     *         "陪诊"
                     *       ],
                     *       "urgency": "normal",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *       "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *       "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *       "window_start": "2026-03-12T09:30:00+08:00",
                     *       "window_end": "2026-03-12T11:30:00+08:00",
                     *       "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *       "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "comment": "服务很热心",
                     *       "hours": 2.5,
                     *       "placed_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "source_ticket_number": "DZ-2026-000123",
                     *       "community_name": "育红社区党委",
                     *       "grid_name": "育红第一网格",
                     *       "branch_name": "育红社区第一网格党支部",
                     *       "resident_person_name": "李**",
                     *       "assignee_person_name": "王建国",
                     *       "assignee_team_name": null,
                     *       "window_start_local": "2026-03-12T09:30:00+08:00",
                     *       "window_end_local": "2026-03-12T11:30:00+08:00",
                     *       "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "accept",
                     *         "refuse"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderPublic"];
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
    matching_candidates: {
        parameters: {
            query?: {
                limit?: number;
                teams?: boolean;
            };
            header?: never;
            path: {
                order_id: string;
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
                     *         "kind": "person",
                     *         "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *         "name": "刘梅",
                     *         "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *         "grid_name": "育红第一网格",
                     *         "score": 0.8725,
                     *         "parts": {
                     *           "skills": {
                     *             "score": 1,
                     *             "weight": 0.35,
                     *             "name": "技能",
                     *             "why": "具备陪诊（所需 1 项中的 1 项）",
                     *             "why_en": "has 陪诊 (1 of 1 needed)"
                     *           },
                     *           "nearness": {
                     *             "score": 1,
                     *             "weight": 0.25,
                     *             "name": "距离",
                     *             "why": "住在订单所在网格",
                     *             "why_en": "lives in the order's grid"
                     *           }
                     *         },
                     *         "kind_label": "在职党员（已双报到）",
                     *         "reason": "在职党员（已双报到）：技能：具备陪诊（所需 1 项中的 1 项）；距离：住在订单所在网格"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Candidate"][];
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
    matching_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "hours": 2.5,
                 *       "participant_ids": [
                 *         "01956f3a-008c-7c3e-9a41-6d2b8e0f008c"
                 *       ],
                 *       "note": "已电话确认时间"
                 *     }
                 */
                "application/json": components["schemas"]["Complete"];
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
                     *       "version": 3,
                     *       "status": "dispatched",
                     *       "service_type": "陪诊",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "needs": [
                     *         "陪诊"
                     *       ],
                     *       "urgency": "normal",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *       "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *       "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *       "window_start": "2026-03-12T09:30:00+08:00",
                     *       "window_end": "2026-03-12T11:30:00+08:00",
                     *       "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *       "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "comment": "服务很热心",
                     *       "hours": 2.5,
                     *       "placed_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "source_ticket_number": "DZ-2026-000123",
                     *       "community_name": "育红社区党委",
                     *       "grid_name": "育红第一网格",
                     *       "branch_name": "育红社区第一网格党支部",
                     *       "resident_person_name": "李**",
                     *       "assignee_person_name": "王建国",
                     *       "assignee_team_name": null,
                     *       "window_start_local": "2026-03-12T09:30:00+08:00",
                     *       "window_end_local": "2026-03-12T11:30:00+08:00",
                     *       "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "accept",
                     *         "refuse"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderPublic"];
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
    matching_order_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
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
                     *       "order_id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "name": "赵六",
                     *       "phone": "13912345678",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "masked": false,
                     *       "until": null,
                     *       "until_local": null
                     *     }
                     */
                    "application/json": components["schemas"]["OrderContact"];
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
    matching_contact_log: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
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
                     *         "reader_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *         "roles": [
                     *           "party_member"
                     *         ],
                     *         "at": "2026-03-12T08:40:00+08:00",
                     *         "reader_name": "陈杰"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ContactReadEntry"][];
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
    matching_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "不属于本网格职责"
                 *     }
                 */
                "application/json": components["schemas"]["Decline"];
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
                     *       "version": 3,
                     *       "status": "dispatched",
                     *       "service_type": "陪诊",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "needs": [
                     *         "陪诊"
                     *       ],
                     *       "urgency": "normal",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *       "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *       "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *       "window_start": "2026-03-12T09:30:00+08:00",
                     *       "window_end": "2026-03-12T11:30:00+08:00",
                     *       "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *       "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "comment": "服务很热心",
                     *       "hours": 2.5,
                     *       "placed_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "source_ticket_number": "DZ-2026-000123",
                     *       "community_name": "育红社区党委",
                     *       "grid_name": "育红第一网格",
                     *       "branch_name": "育红社区第一网格党支部",
                     *       "resident_person_name": "李**",
                     *       "assignee_person_name": "王建国",
                     *       "assignee_team_name": null,
                     *       "window_start_local": "2026-03-12T09:30:00+08:00",
                     *       "window_end_local": "2026-03-12T11:30:00+08:00",
                     *       "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "accept",
                     *         "refuse"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderPublic"];
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
    matching_dispatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                 *       "team_id": "01956f3a-008e-7c3e-9a41-6d2b8e0f008e",
                 *       "auto": false,
                 *       "note": "已电话确认时间"
                 *     }
                 */
                "application/json": components["schemas"]["Dispatch"];
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
                     *       "version": 3,
                     *       "status": "dispatched",
                     *       "service_type": "陪诊",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "needs": [
                     *         "陪诊"
                     *       ],
                     *       "urgency": "normal",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *       "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *       "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *       "window_start": "2026-03-12T09:30:00+08:00",
                     *       "window_end": "2026-03-12T11:30:00+08:00",
                     *       "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *       "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "comment": "服务很热心",
                     *       "hours": 2.5,
                     *       "placed_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "source_ticket_number": "DZ-2026-000123",
                     *       "community_name": "育红社区党委",
                     *       "grid_name": "育红第一网格",
                     *       "branch_name": "育红社区第一网格党支部",
                     *       "resident_person_name": "李**",
                     *       "assignee_person_name": "王建国",
                     *       "assignee_team_name": null,
                     *       "window_start_local": "2026-03-12T09:30:00+08:00",
                     *       "window_end_local": "2026-03-12T11:30:00+08:00",
                     *       "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "accept",
                     *         "refuse"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderPublic"];
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
    matching_hand_over: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                 *       "service_type": "陪诊",
                 *       "needs": [
                 *         "陪诊"
                 *       ],
                 *       "urgency": "low",
                 *       "window_start": "2026-03-12T09:30:00+08:00",
                 *       "window_end": "2026-03-12T09:30:00+08:00",
                 *       "note": "已电话确认时间"
                 *     }
                 */
                "application/json": components["schemas"]["HandOver"];
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
                     *       "version": 3,
                     *       "status": "dispatched",
                     *       "service_type": "陪诊",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "needs": [
                     *         "陪诊"
                     *       ],
                     *       "urgency": "normal",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *       "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *       "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *       "window_start": "2026-03-12T09:30:00+08:00",
                     *       "window_end": "2026-03-12T11:30:00+08:00",
                     *       "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *       "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "comment": "服务很热心",
                     *       "hours": 2.5,
                     *       "placed_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "source_ticket_number": "DZ-2026-000123",
                     *       "community_name": "育红社区党委",
                     *       "grid_name": "育红第一网格",
                     *       "branch_name": "育红社区第一网格党支部",
                     *       "resident_person_name": "李**",
                     *       "assignee_person_name": "王建国",
                     *       "assignee_team_name": null,
                     *       "window_start_local": "2026-03-12T09:30:00+08:00",
                     *       "window_end_local": "2026-03-12T11:30:00+08:00",
                     *       "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "accept",
                     *         "refuse"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderPublic"];
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
    matching_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rating": 5,
                 *       "comment": "服务很热心"
                 *     }
                 */
                "application/json": components["schemas"]["Rate"];
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
                     *       "version": 3,
                     *       "status": "dispatched",
                     *       "service_type": "陪诊",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "needs": [
                     *         "陪诊"
                     *       ],
                     *       "urgency": "normal",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *       "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *       "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *       "window_start": "2026-03-12T09:30:00+08:00",
                     *       "window_end": "2026-03-12T11:30:00+08:00",
                     *       "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *       "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "comment": "服务很热心",
                     *       "hours": 2.5,
                     *       "placed_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "source_ticket_number": "DZ-2026-000123",
                     *       "community_name": "育红社区党委",
                     *       "grid_name": "育红第一网格",
                     *       "branch_name": "育红社区第一网格党支部",
                     *       "resident_person_name": "李**",
                     *       "assignee_person_name": "王建国",
                     *       "assignee_team_name": null,
                     *       "window_start_local": "2026-03-12T09:30:00+08:00",
                     *       "window_end_local": "2026-03-12T11:30:00+08:00",
                     *       "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "accept",
                     *         "refuse"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderPublic"];
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
    matching_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                 *       "team_id": "01956f3a-008e-7c3e-9a41-6d2b8e0f008e",
                 *       "auto": false,
                 *       "note": "已电话确认时间",
                 *       "reason": "不属于本网格职责"
                 *     }
                 */
                "application/json": components["schemas"]["Reassign"];
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
                     *       "version": 3,
                     *       "status": "dispatched",
                     *       "service_type": "陪诊",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "needs": [
                     *         "陪诊"
                     *       ],
                     *       "urgency": "normal",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *       "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *       "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *       "window_start": "2026-03-12T09:30:00+08:00",
                     *       "window_end": "2026-03-12T11:30:00+08:00",
                     *       "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *       "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "comment": "服务很热心",
                     *       "hours": 2.5,
                     *       "placed_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "source_ticket_number": "DZ-2026-000123",
                     *       "community_name": "育红社区党委",
                     *       "grid_name": "育红第一网格",
                     *       "branch_name": "育红社区第一网格党支部",
                     *       "resident_person_name": "李**",
                     *       "assignee_person_name": "王建国",
                     *       "assignee_team_name": null,
                     *       "window_start_local": "2026-03-12T09:30:00+08:00",
                     *       "window_end_local": "2026-03-12T11:30:00+08:00",
                     *       "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "accept",
                     *         "refuse"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderPublic"];
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
    matching_refuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "不属于本网格职责"
                 *     }
                 */
                "application/json": components["schemas"]["Refuse"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    matching_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
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
                     *       "version": 3,
                     *       "status": "dispatched",
                     *       "service_type": "陪诊",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "needs": [
                     *         "陪诊"
                     *       ],
                     *       "urgency": "normal",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "resident_person_id": "01956f3a-0095-7c3e-9a41-6d2b8e0f0095",
                     *       "assignee_person_id": "01956f3a-0096-7c3e-9a41-6d2b8e0f0096",
                     *       "assignee_team_id": "01956f3a-0097-7c3e-9a41-6d2b8e0f0097",
                     *       "window_start": "2026-03-12T09:30:00+08:00",
                     *       "window_end": "2026-03-12T11:30:00+08:00",
                     *       "source_ticket_id": "01956f3a-0098-7c3e-9a41-6d2b8e0f0098",
                     *       "offer_expires_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "comment": "服务很热心",
                     *       "hours": 2.5,
                     *       "placed_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "source_ticket_number": "DZ-2026-000123",
                     *       "community_name": "育红社区党委",
                     *       "grid_name": "育红第一网格",
                     *       "branch_name": "育红社区第一网格党支部",
                     *       "resident_person_name": "李**",
                     *       "assignee_person_name": "王建国",
                     *       "assignee_team_name": null,
                     *       "window_start_local": "2026-03-12T09:30:00+08:00",
                     *       "window_end_local": "2026-03-12T11:30:00+08:00",
                     *       "offer_expires_at_local": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "accept",
                     *         "refuse"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderPublic"];
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
    matching_order_steps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
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
                     *         "version": 3,
                     *         "verb": "accept",
                     *         "status": "active",
                     *         "by_person": "01956f3a-0022-7c3e-9a41-6d2b8e0f0022",
                     *         "reason": "不属于本网格职责",
                     *         "note": "已电话确认时间",
                     *         "at": "2026-03-12T09:30:00+08:00",
                     *         "actor_name": "王建国"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["OrderStep"][];
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
    matching_list_posts: {
        parameters: {
            query?: {
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                open_on?: string | null;
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
                     *           "kind": "government",
                     *           "title": "双井巷地面方砖松动",
                     *           "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "seats": 3,
                     *           "claimed": 3,
                     *           "starts_on": "2026-03-12",
                     *           "ends_on": "2026-03-12",
                     *           "status": "active",
                     *           "version": 3,
                     *           "community_name": "育红社区党委"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_PostPublic_"];
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
    matching_open_post: {
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
                 *       "kind": "policy_outreach",
                 *       "title": "双井巷地面方砖松动",
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                 *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                 *       "seats": 3,
                 *       "starts_on": "2026-03-12",
                 *       "ends_on": "2026-03-12"
                 *     }
                 */
                "application/json": components["schemas"]["PostCreate"];
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
                     *       "kind": "government",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "seats": 3,
                     *       "claimed": 3,
                     *       "starts_on": "2026-03-12",
                     *       "ends_on": "2026-03-12",
                     *       "status": "active",
                     *       "version": 3,
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["PostPublic"];
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
    matching_edit_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                post_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "纠纷调解岗（周末）",
                 *       "seats": 3,
                 *       "ends_on": "2026-06-30"
                 *     }
                 */
                "application/json": components["schemas"]["PostUpdate"];
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
                     *       "kind": "government",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "seats": 3,
                     *       "claimed": 3,
                     *       "starts_on": "2026-03-12",
                     *       "ends_on": "2026-03-12",
                     *       "status": "active",
                     *       "version": 3,
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["PostPublic"];
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
    matching_post_claims: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                post_id: string;
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
                     *         "post_id": "01956f3a-008a-7c3e-9a41-6d2b8e0f008a",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "from_on": "2026-03-12",
                     *         "until_on": "2026-03-12",
                     *         "status": "active",
                     *         "claimed_at": "2026-03-12T09:30:00+08:00",
                     *         "released_at": "2026-03-12T09:30:00+08:00",
                     *         "person_name": "王建国"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Claim"][];
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
    matching_claim_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                post_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from_on": "2026-03-12",
                 *       "until_on": "2026-03-12",
                 *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002"
                 *     }
                 */
                "application/json": components["schemas"]["PostClaim"];
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
                     *       "post_id": "01956f3a-008a-7c3e-9a41-6d2b8e0f008a",
                     *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *       "from_on": "2026-03-12",
                     *       "until_on": "2026-03-12",
                     *       "status": "active",
                     *       "claimed_at": "2026-03-12T09:30:00+08:00",
                     *       "released_at": "2026-03-12T09:30:00+08:00",
                     *       "person_name": "王建国"
                     *     }
                     */
                    "application/json": components["schemas"]["Claim"];
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
    matching_release_claim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claim_id: string;
                post_id: string;
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
                     *       "post_id": "01956f3a-008a-7c3e-9a41-6d2b8e0f008a",
                     *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *       "from_on": "2026-03-12",
                     *       "until_on": "2026-03-12",
                     *       "status": "active",
                     *       "claimed_at": "2026-03-12T09:30:00+08:00",
                     *       "released_at": "2026-03-12T09:30:00+08:00",
                     *       "person_name": "王建国"
                     *     }
                     */
                    "application/json": components["schemas"]["Claim"];
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
    matching_close_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                post_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "调解室装修，岗位暂停"
                 *     }
                 */
                "application/json": components["schemas"]["PostClose"];
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
                     *       "kind": "government",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "seats": 3,
                     *       "claimed": 3,
                     *       "starts_on": "2026-03-12",
                     *       "ends_on": "2026-03-12",
                     *       "status": "active",
                     *       "version": 3,
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["PostPublic"];
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
    matching_list_rosters: {
        parameters: {
            query?: {
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
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
                     *           "id": "01956f3a-00a1-7c3e-9a41-6d2b8e0f00a1",
                     *           "title": "社区法律门诊周三值班",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "/01956f3a-0007-7c3e-9a41-6d2b8e0f0007/01956f3a-0008-7c3e-9a41-6d2b8e0f0008/",
                     *           "frequency": "weekly",
                     *           "weekday": 3,
                     *           "week_of_month": null,
                     *           "start_time": "09:00",
                     *           "end_time": "11:30",
                     *           "starts_on": "2026-03-04",
                     *           "ends_on": "2026-06-24",
                     *           "rota": [
                     *             "01956f3a-0002-7c3e-9a41-6d2b8e0f0002"
                     *           ],
                     *           "created_at": "2026-03-01T10:00:00+08:00",
                     *           "community_name": "育红社区",
                     *           "rota_names": [
                     *             "王建国"
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Roster_"];
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
    matching_create_roster: {
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
                 *       "title": "双井巷地面方砖松动",
                 *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                 *       "frequency": "monthly",
                 *       "weekday": 3,
                 *       "week_of_month": 3,
                 *       "start_time": "09:00",
                 *       "end_time": "11:30",
                 *       "starts_on": "2026-03-12",
                 *       "ends_on": "2026-03-12",
                 *       "rota": [
                 *         "01956f3a-00a3-7c3e-9a41-6d2b8e0f00a3"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RosterCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    matching_roster_duties: {
        parameters: {
            query?: {
                since?: string | null;
                until?: string | null;
            };
            header?: never;
            path: {
                roster_id: string;
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
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "person_name": "王建国",
                     *         "starts_at": "2026-03-12T09:30:00+08:00",
                     *         "ends_at": "2026-03-12T09:30:00+08:00"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Duty"][];
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
}
