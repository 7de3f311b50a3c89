// Generated from the lists service's OpenAPI by scripts/clients.mjs: do not edit.

export interface paths {
    "/asyncapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AsyncAPI 3.0 of the events */
        get: operations["lists_asyncapi_json"];
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
        get: operations["lists_healthz"];
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
        get: operations["lists_metrics_endpoint"];
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
        get: operations["lists_readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Agreements */
        get: operations["lists_list_agreements"];
        put?: never;
        /** Sign Agreement */
        post: operations["lists_sign_agreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreement_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Agreement */
        get: operations["lists_get_agreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreement_id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End Agreement */
        post: operations["lists_end_agreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/board/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs still open to claims (or met: state=done), in a street or community */
        get: operations["lists_board_needs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/board/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects planned or running (or completed: state=done) */
        get: operations["lists_board_projects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets and service orders of your communities that could become needs */
        get: operations["lists_list_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/{kind}/{source_id}/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Promote */
        post: operations["lists_promote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff: their subtree's claims; a unit: its own */
        get: operations["lists_list_claims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claim_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Claim */
        get: operations["lists_get_claim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claim_id}/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** confirm, decline or fulfil (the community); withdraw (the unit or staff) */
        post: operations["lists_step_claim"];
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
        /** Counts in your subtree (or org_id's), for a unit, over [since, until), grouped by community, unit or month */
        get: operations["lists_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Meetings */
        get: operations["lists_list_meetings"];
        put?: never;
        /** Record Meeting */
        post: operations["lists_record_meeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meeting_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Meeting */
        get: operations["lists_get_meeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a recorded meeting, with the reason */
        patch: operations["lists_correct_meeting"];
        trace?: never;
    };
    "/v1/meetings/{meeting_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a meeting never held, with the reason: it and its resolutions no longer count */
        post: operations["lists_withdraw_meeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff: their subtree's needs; a unit: needs of the communities it serves */
        get: operations["lists_list_needs"];
        put?: never;
        /** Publish Need */
        post: operations["lists_publish_need"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs/{need_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Need */
        get: operations["lists_get_need"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Need */
        patch: operations["lists_update_need"];
        trace?: never;
    };
    "/v1/needs/{need_id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Need Claims */
        get: operations["lists_need_claims"];
        put?: never;
        /** Make Claim */
        post: operations["lists_make_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs/{need_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close Need */
        post: operations["lists_close_need"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff: their subtree's projects; a unit: those it is a partner of */
        get: operations["lists_list_projects"];
        put?: never;
        /** Create Project */
        post: operations["lists_create_project"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Project */
        get: operations["lists_get_project"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Project */
        patch: operations["lists_update_project"];
        trace?: never;
    };
    "/v1/projects/{project_id}/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step Project */
        post: operations["lists_step_project"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{project_id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Activities */
        get: operations["lists_list_activities"];
        put?: never;
        /** Record Activity */
        post: operations["lists_record_activity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{project_id}/activities/{activity_id}": {
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
        /** Correct a recorded activity, with the reason (the figures follow) */
        patch: operations["lists_correct_activity"];
        trace?: never;
    };
    "/v1/projects/{project_id}/activities/{activity_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a recorded activity, with the reason: it no longer counts */
        post: operations["lists_withdraw_activity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{project_id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Milestone */
        post: operations["lists_add_milestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{project_id}/milestones/{milestone_id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete Milestone */
        post: operations["lists_complete_milestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{project_id}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bind a need */
        post: operations["lists_bind_need"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{project_id}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take (part of) an offer; its unit becomes a partner */
        post: operations["lists_bind_resource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resolutions and how far each has come (the tracking list) */
        get: operations["lists_list_resolutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resolutions/{resolution_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Resolution */
        get: operations["lists_get_resolution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resolutions/{resolution_id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A work item is done (staff, or the unit it was given to) */
        post: operations["lists_work_item_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resolutions/{resolution_id}/drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Drop */
        post: operations["lists_drop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resolutions/{resolution_id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow as a need, a project, a ticket or a work item */
        post: operations["lists_follow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff: their subtree's offers; a unit or member: their own */
        get: operations["lists_list_resources"];
        put?: never;
        /** Offer Resource */
        post: operations["lists_offer_resource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{resource_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Resource */
        get: operations["lists_get_resource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Resource */
        patch: operations["lists_update_resource"];
        trace?: never;
    };
    "/v1/resources/{resource_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw Resource */
        post: operations["lists_withdraw_resource"];
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
        /** Activity */
        Activity: {
            /** Community Id */
            community_id: string | null;
            /** Community Name */
            community_name?: string | null;
            /** Corrected At */
            corrected_at?: string | null;
            /**
             * Held On
             * Format: date
             */
            held_on: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Org Path */
            org_path: string;
            /** Participants */
            participants: number;
            /**
             * Project Id
             * Format: uuid
             */
            project_id: string;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /** Served */
            served: number;
            /** Title */
            title: string;
            /** Unit Ids */
            unit_ids: string[];
            /**
             * Unit Names
             * @default []
             */
            unit_names: (string | null)[];
            /** Version */
            version: number;
            /** Withdrawn At */
            withdrawn_at?: string | null;
            /** Withdrawn Reason */
            withdrawn_reason?: string | null;
        };
        /**
         * ActivityCorrect
         * @description A correction of a recorded activity: the fields that were wrong, and why.
         */
        ActivityCorrect: {
            /**
             * Held On
             * Format: date
             */
            held_on?: string;
            kind?: components["schemas"]["ActivityKind"];
            /** Participants */
            participants?: number;
            /** Reason */
            reason: string;
            /** Served */
            served?: number;
            /** Title */
            title?: string;
        };
        /**
         * ActivityKind
         * @enum {string}
         */
        ActivityKind: "visit" | "event" | "service" | "training" | "other";
        /** ActivityRecord */
        ActivityRecord: {
            /**
             * Held On
             * Format: date
             */
            held_on: string;
            /** @default event */
            kind: components["schemas"]["ActivityKind"];
            /**
             * Participants
             * @default 0
             */
            participants: number;
            /**
             * Served
             * @default 0
             */
            served: number;
            /** Title */
            title: string;
            /** Unit Ids */
            unit_ids?: string[];
        };
        /** Agreement */
        Agreement: {
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
            /** Ended On */
            ended_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Org Path */
            org_path: string;
            /**
             * Signed On
             * Format: date
             */
            signed_on: string;
            /** Status */
            status: string;
            /** Terms */
            terms: string;
            /** Title */
            title: string;
            /**
             * Unit Id
             * Format: uuid
             */
            unit_id: string;
            /** Unit Name */
            unit_name?: string | null;
            /** Valid Until */
            valid_until: string | null;
            /** Version */
            version: number;
        };
        /** AgreementSign */
        AgreementSign: {
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /**
             * Signed On
             * Format: date
             */
            signed_on: string;
            /**
             * Terms
             * @default
             */
            terms: string;
            /** Title */
            title: string;
            /**
             * Unit Id
             * Format: uuid
             */
            unit_id: string;
            /** Valid Until */
            valid_until?: string | null;
        };
        /**
         * AgreementStatus
         * @enum {string}
         */
        AgreementStatus: "active" | "ended";
        /** Attendee */
        Attendee: {
            /**
             * Count
             * @default 1
             */
            count: number;
            /** Kind */
            kind: string;
            /** Name */
            name?: string | null;
            /** Unit Id */
            unit_id?: string | null;
        };
        /** AttendeeIn */
        AttendeeIn: {
            /**
             * Count
             * @default 1
             */
            count: number;
            kind: components["schemas"]["AttendeeKind"];
            /** Name */
            name?: string | null;
            /** Unit Id */
            unit_id?: string | null;
        };
        /**
         * AttendeeKind
         * @enum {string}
         */
        AttendeeKind: "community" | "grid_branch" | "unit" | "owners_committee" | "property_company" | "resident_representatives" | "department" | "other";
        /**
         * Beneficiary
         * @enum {string}
         */
        Beneficiary: "people" | "households";
        /** BoardNeed */
        BoardNeed: {
            /** Category */
            category: string;
            /** Claimed */
            claimed: number;
            /** Claimed By */
            claimed_by: string[];
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name: string | null;
            /** Description */
            description: string;
            /** Due On */
            due_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Published At
             * Format: date-time
             */
            published_at: string;
            /** Quantity */
            quantity: number;
            /** Remaining */
            remaining: number;
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Unit Of Measure */
            unit_of_measure: string;
        };
        /** BoardProject */
        BoardProject: {
            /** Activities */
            activities: number;
            /** Beneficiaries */
            beneficiaries: number | null;
            /** Beneficiary Kind */
            beneficiary_kind: string;
            /** Community Id */
            community_id: string | null;
            /** Community Name */
            community_name: string | null;
            /** Description */
            description: string;
            /** Ends On */
            ends_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Milestones */
            milestones: components["schemas"]["Milestone"][];
            /** Owner */
            owner: string | null;
            /** Partners */
            partners: string[];
            /** Served */
            served: number;
            /** Starts On */
            starts_on: string | null;
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Visits */
            visits: number;
        };
        /** Claim */
        Claim: {
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name?: string | null;
            /** Confirmed At */
            confirmed_at: string | null;
            /** Ended At */
            ended_at: string | null;
            /** Fulfilled At */
            fulfilled_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Made At
             * Format: date-time
             */
            made_at: string;
            /** Made By */
            made_by: string | null;
            /** Made By Name */
            made_by_name?: string | null;
            /**
             * Need Id
             * Format: uuid
             */
            need_id: string;
            /** Note */
            note: string;
            /** Org Path */
            org_path: string;
            /** Quantity */
            quantity: number;
            /** Reason */
            reason: string | null;
            /** Resource Id */
            resource_id: string | null;
            /** Status */
            status: string;
            /**
             * Unit Id
             * Format: uuid
             */
            unit_id: string;
            /** Unit Name */
            unit_name?: string | null;
            /** Version */
            version: number;
        };
        /**
         * ClaimMake
         * @description A unit claims part or all of a need (精准接单); staff may record it for a unit.
         */
        ClaimMake: {
            /**
             * Note
             * @default
             */
            note: string;
            /** Quantity */
            quantity: number;
            /** Resource Id */
            resource_id?: string | null;
            /** Unit Id */
            unit_id?: string | null;
        };
        /**
         * ClaimStatus
         * @enum {string}
         */
        ClaimStatus: "made" | "confirmed" | "declined" | "withdrawn" | "fulfilled";
        /** FieldError */
        FieldError: {
            /** Loc */
            loc: (string | number)[];
            /** Msg */
            msg: string;
            /** Type */
            type: string;
        };
        /** FollowAsNeed */
        FollowAsNeed: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "need";
            need: components["schemas"]["NeedFromCandidate"];
        };
        /** FollowAsProject */
        FollowAsProject: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "project";
            project?: components["schemas"]["ProjectCreate"] | null;
            /** Project Id */
            project_id?: string | null;
        };
        /** FollowAsTicket */
        FollowAsTicket: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "ticket";
            /**
             * Ticket Id
             * Format: uuid
             */
            ticket_id: string;
        };
        /** FollowAsWorkItem */
        FollowAsWorkItem: {
            /** Assignee Org Id */
            assignee_org_id?: string | null;
            /** Assignee Unit Id */
            assignee_unit_id?: string | null;
            /** Due On */
            due_on?: string | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "work_item";
            /** Note */
            note?: string | null;
        };
        /** Meeting */
        Meeting: {
            /** Agenda */
            agenda: string[];
            /** Attendees */
            attendees: components["schemas"]["Attendee"][];
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name?: string | null;
            /** Corrected At */
            corrected_at?: string | null;
            /**
             * Held At
             * Format: date-time
             */
            held_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Minutes */
            minutes: string;
            /** Org Path */
            org_path: string;
            /** Place */
            place: string | null;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /**
             * Resolutions
             * @default []
             */
            resolutions: components["schemas"]["Resolution"][];
            /** Title */
            title: string;
            /** Unit Ids */
            unit_ids: string[];
            /**
             * Unit Names
             * @default []
             */
            unit_names: (string | null)[];
            /** Version */
            version: number;
            /** Withdrawn At */
            withdrawn_at?: string | null;
            /** Withdrawn Reason */
            withdrawn_reason?: string | null;
        };
        /**
         * MeetingCorrect
         * @description A correction of a recorded joint meeting: the fields that were wrong, and why.
         */
        MeetingCorrect: {
            /**
             * Held At
             * Format: date-time
             */
            held_at?: string;
            /** Minutes */
            minutes?: string;
            /** Place */
            place?: string | null;
            /** Reason */
            reason: string;
            /** Title */
            title?: string;
        };
        /** MeetingRecord */
        MeetingRecord: {
            /** Agenda */
            agenda?: string[];
            /** Attendees */
            attendees: components["schemas"]["AttendeeIn"][];
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /**
             * Held At
             * Format: date-time
             */
            held_at: string;
            /**
             * Minutes
             * @default
             */
            minutes: string;
            /** Place */
            place?: string | null;
            /** Resolutions */
            resolutions?: components["schemas"]["ResolutionIn"][];
            /** Title */
            title: string;
        };
        /** Milestone */
        Milestone: {
            /** Done On */
            done_on: string | null;
            /** Due On */
            due_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Title */
            title: string;
        };
        /** MilestoneAdd */
        MilestoneAdd: {
            /** Due On */
            due_on?: string | null;
            /** Title */
            title: string;
        };
        /** Need */
        Need: {
            /** Category */
            category: string;
            /** Claimed */
            claimed: number;
            /** Close Reason */
            close_reason: string | null;
            /** Closed At */
            closed_at: string | null;
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name?: string | null;
            /** Description */
            description: string;
            /** Due On */
            due_on: string | null;
            /** Fulfilled */
            fulfilled: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Met At */
            met_at: string | null;
            /** Org Path */
            org_path: string;
            /**
             * Published At
             * Format: date-time
             */
            published_at: string;
            /** Published By */
            published_by: string | null;
            /** Published By Name */
            published_by_name?: string | null;
            /** Quantity */
            quantity: number;
            /** Resolution Id */
            resolution_id: string | null;
            /** Source Id */
            source_id: string | null;
            /** Source Kind */
            source_kind: string | null;
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Unit Of Measure */
            unit_of_measure: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** NeedClose */
        NeedClose: {
            /** Reason */
            reason: string;
        };
        /**
         * NeedFromCandidate
         * @description Promote a ticket or order to a need; what is left out is taken from it.
         */
        NeedFromCandidate: {
            /**
             * Description
             * @default
             */
            description: string;
            /** Due On */
            due_on?: string | null;
            /**
             * Quantity
             * @default 1
             */
            quantity: number;
            /** Title */
            title?: string | null;
            /**
             * Unit Of Measure
             * @default 次
             */
            unit_of_measure: string;
        };
        /** NeedPublish */
        NeedPublish: {
            /**
             * Category
             * @default 综合服务
             */
            category: string;
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
            /** Due On */
            due_on?: string | null;
            /**
             * Quantity
             * @default 1
             */
            quantity: number;
            /** Title */
            title: string;
            /**
             * Unit Of Measure
             * @default 次
             */
            unit_of_measure: string;
        };
        /**
         * NeedStatus
         * @enum {string}
         */
        NeedStatus: "open" | "claimed" | "met" | "closed";
        /** NeedUpdate */
        NeedUpdate: {
            /** Description */
            description?: string;
            /** Due On */
            due_on?: string | null;
            /** Quantity */
            quantity?: number;
            /** Title */
            title?: string;
            /** Unit Of Measure */
            unit_of_measure?: string;
        };
        /**
         * OffererKind
         * @enum {string}
         */
        OffererKind: "unit" | "team" | "person";
        /** Page[Activity] */
        Page_Activity_: {
            /** Items */
            items: components["schemas"]["Activity"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Agreement] */
        Page_Agreement_: {
            /** Items */
            items: components["schemas"]["Agreement"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[BoardNeed] */
        Page_BoardNeed_: {
            /** Items */
            items: components["schemas"]["BoardNeed"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[BoardProject] */
        Page_BoardProject_: {
            /** Items */
            items: components["schemas"]["BoardProject"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Claim] */
        Page_Claim_: {
            /** Items */
            items: components["schemas"]["Claim"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Meeting] */
        Page_Meeting_: {
            /** Items */
            items: components["schemas"]["Meeting"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Need] */
        Page_Need_: {
            /** Items */
            items: components["schemas"]["Need"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Project] */
        Page_Project_: {
            /** Items */
            items: components["schemas"]["Project"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Resolution] */
        Page_Resolution_: {
            /** Items */
            items: components["schemas"]["Resolution"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Resource] */
        Page_Resource_: {
            /** Items */
            items: components["schemas"]["Resource"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Source] */
        Page_Source_: {
            /** Items */
            items: components["schemas"]["Source"][];
            /** Next Cursor */
            next_cursor?: string | null;
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
        /** Project */
        Project: {
            /**
             * Activities
             * @default 0
             */
            activities: number;
            /** Beneficiaries */
            beneficiaries: number | null;
            /** Beneficiary Kind */
            beneficiary_kind: string;
            /** Community Id */
            community_id: string | null;
            /** Community Name */
            community_name?: string | null;
            /** Completed At */
            completed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string;
            /** Ended At */
            ended_at: string | null;
            /** Ends On */
            ends_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Milestones
             * @default []
             */
            milestones: components["schemas"]["Milestone"][];
            /**
             * Need Ids
             * @default []
             */
            need_ids: string[];
            /** Org Path */
            org_path: string;
            /**
             * Owner Org Id
             * Format: uuid
             */
            owner_org_id: string;
            /** Owner Org Name */
            owner_org_name?: string | null;
            /**
             * Participants
             * @default 0
             */
            participants: number;
            /**
             * Partner Unit Ids
             * @default []
             */
            partner_unit_ids: string[];
            /**
             * Partner Unit Names
             * @default []
             */
            partner_unit_names: (string | null)[];
            /** Resolution Id */
            resolution_id: string | null;
            /**
             * Resource Ids
             * @default []
             */
            resource_ids: string[];
            /**
             * Served
             * @default 0
             */
            served: number;
            /** Started At */
            started_at: string | null;
            /** Starts On */
            starts_on: string | null;
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Version */
            version: number;
            /**
             * Visits
             * @default 0
             */
            visits: number;
        };
        /** ProjectCreate */
        ProjectCreate: {
            /** Beneficiaries */
            beneficiaries?: number | null;
            /** @default people */
            beneficiary_kind: components["schemas"]["Beneficiary"];
            /**
             * Description
             * @default
             */
            description: string;
            /** Ends On */
            ends_on?: string | null;
            /** Milestones */
            milestones?: components["schemas"]["MilestoneAdd"][];
            /** Need Ids */
            need_ids?: string[];
            /**
             * Owner Org Id
             * Format: uuid
             */
            owner_org_id: string;
            /** Partner Unit Ids */
            partner_unit_ids?: string[];
            /** Starts On */
            starts_on?: string | null;
            /** Title */
            title: string;
        };
        /** ProjectNeed */
        ProjectNeed: {
            /**
             * Need Id
             * Format: uuid
             */
            need_id: string;
        };
        /** ProjectResource */
        ProjectResource: {
            /** Quantity */
            quantity?: number | null;
            /**
             * Resource Id
             * Format: uuid
             */
            resource_id: string;
        };
        /**
         * ProjectStatus
         * @enum {string}
         */
        ProjectStatus: "planned" | "active" | "completed" | "cancelled";
        /** ProjectUpdate */
        ProjectUpdate: {
            /** Beneficiaries */
            beneficiaries?: number | null;
            beneficiary_kind?: components["schemas"]["Beneficiary"];
            /** Description */
            description?: string;
            /** Ends On */
            ends_on?: string | null;
            /** Partner Unit Ids */
            partner_unit_ids?: string[];
            /** Starts On */
            starts_on?: string | null;
            /** Title */
            title?: string;
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
        /** Resolution */
        Resolution: {
            /** Assignee Org Id */
            assignee_org_id: string | null;
            /** Assignee Org Name */
            assignee_org_name?: string | null;
            /** Assignee Unit Id */
            assignee_unit_id: string | null;
            /** Assignee Unit Name */
            assignee_unit_name?: string | null;
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name?: string | null;
            /** Done At */
            done_at: string | null;
            /** Due On */
            due_on: string | null;
            /** Follow Kind */
            follow_kind: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Meeting Id
             * Format: uuid
             */
            meeting_id: string;
            /** Need Id */
            need_id: string | null;
            /** Note */
            note: string | null;
            /** Org Path */
            org_path: string;
            /** Project Id */
            project_id: string | null;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /** Seq */
            seq: number;
            /** Status */
            status: string;
            /** Text */
            text: string;
            /** Ticket Id */
            ticket_id: string | null;
            /** Version */
            version: number;
        };
        /** ResolutionIn */
        ResolutionIn: {
            /** Due On */
            due_on?: string | null;
            /** Text */
            text: string;
        };
        /**
         * ResolutionStatus
         * @enum {string}
         */
        ResolutionStatus: "open" | "following" | "done" | "dropped";
        /** Resource */
        Resource: {
            /** Availability */
            availability: string | null;
            /** Available From */
            available_from: string | null;
            /** Available Until */
            available_until: string | null;
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name?: string | null;
            /** Description */
            description: string;
            /** First Used At */
            first_used_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /**
             * Offered At
             * Format: date-time
             */
            offered_at: string;
            /**
             * Offerer Id
             * Format: uuid
             */
            offerer_id: string;
            /** Offerer Kind */
            offerer_kind: string;
            /** Offerer Name */
            offerer_name?: string | null;
            /** Org Path */
            org_path: string;
            /** Quantity */
            quantity: number | null;
            /**
             * Service Types
             * @default []
             */
            service_types: string[];
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Unit Of Measure */
            unit_of_measure: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Used */
            used: number;
            /** Version */
            version: number;
            /** Withdrawn At */
            withdrawn_at: string | null;
        };
        /**
         * ResourceKind
         * @enum {string}
         */
        ResourceKind: "venue" | "funds" | "expertise" | "equipment" | "volunteer_time" | "other";
        /**
         * ResourceOffer
         * @description An offer: a unit offers its own (its token's unit); a member offers themself; a team's
         *     leader offers the team's; community staff record any offer for their communities.
         */
        ResourceOffer: {
            /** Availability */
            availability?: string | null;
            /** Available From */
            available_from?: string | null;
            /** Available Until */
            available_until?: string | null;
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
            kind: components["schemas"]["ResourceKind"];
            /** Offerer Id */
            offerer_id?: string | null;
            offerer_kind?: components["schemas"]["OffererKind"] | null;
            /** Quantity */
            quantity?: number | null;
            /** Service Types */
            service_types?: string[];
            /** Title */
            title: string;
            /** Unit Of Measure */
            unit_of_measure?: string | null;
        };
        /**
         * ResourceStatus
         * @enum {string}
         */
        ResourceStatus: "offered" | "withdrawn";
        /** ResourceUpdate */
        ResourceUpdate: {
            /** Availability */
            availability?: string | null;
            /** Available From */
            available_from?: string | null;
            /** Available Until */
            available_until?: string | null;
            /** Description */
            description?: string;
            /** Quantity */
            quantity?: number | null;
            /** Service Types */
            service_types?: string[];
            /** Title */
            title?: string;
            /** Unit Of Measure */
            unit_of_measure?: string | null;
        };
        /**
         * Source
         * @description A ticket or order seen through events; a candidate need while its status allows.
         */
        Source: {
            /** Category */
            category: string | null;
            /** Community Id */
            community_id: string | null;
            /** Community Name */
            community_name?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Need Id */
            need_id?: string | null;
            /** Number */
            number: string | null;
            /** Org Path */
            org_path: string;
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Updated At */
            updated_at: string | null;
            /** Version */
            version: number;
        };
        /**
         * SourceKind
         * @enum {string}
         */
        SourceKind: "ticket" | "order";
        /** StepNote */
        StepNote: {
            /** Reason */
            reason?: string | null;
        };
        /**
         * Withdrawal
         * @description A record withdrawn (it should never have been made): why, kept on record.
         */
        Withdrawal: {
            /** Reason */
            reason: string;
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
    lists_asyncapi_json: {
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
    lists_healthz: {
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
    lists_metrics_endpoint: {
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
    lists_readyz: {
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
    lists_list_agreements: {
        parameters: {
            query?: {
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                status?: components["schemas"]["AgreementStatus"] | null;
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
                     *           "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "title": "双井巷地面方砖松动",
                     *           "terms": "双联系双报到双服务:每季度至少开展一次共建活动",
                     *           "signed_on": "2026-03-12",
                     *           "valid_until": "2026-03-12",
                     *           "status": "active",
                     *           "ended_on": "2026-03-12",
                     *           "created_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "unit_name": "江苏工程学院",
                     *           "community_name": "育红社区党委"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Agreement_"];
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
    lists_sign_agreement: {
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
                 *       "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                 *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                 *       "title": "双井巷地面方砖松动",
                 *       "terms": "双联系双报到双服务:每季度至少开展一次共建活动",
                 *       "signed_on": "2026-03-12",
                 *       "valid_until": "2026-03-12"
                 *     }
                 */
                "application/json": components["schemas"]["AgreementSign"];
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
                     *       "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "title": "双井巷地面方砖松动",
                     *       "terms": "双联系双报到双服务:每季度至少开展一次共建活动",
                     *       "signed_on": "2026-03-12",
                     *       "valid_until": "2026-03-12",
                     *       "status": "active",
                     *       "ended_on": "2026-03-12",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "unit_name": "江苏工程学院",
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["Agreement"];
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
    lists_get_agreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement_id: string;
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
                     *       "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "title": "双井巷地面方砖松动",
                     *       "terms": "双联系双报到双服务:每季度至少开展一次共建活动",
                     *       "signed_on": "2026-03-12",
                     *       "valid_until": "2026-03-12",
                     *       "status": "active",
                     *       "ended_on": "2026-03-12",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "unit_name": "江苏工程学院",
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["Agreement"];
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
    lists_end_agreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement_id: string;
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
                     *       "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "title": "双井巷地面方砖松动",
                     *       "terms": "双联系双报到双服务:每季度至少开展一次共建活动",
                     *       "signed_on": "2026-03-12",
                     *       "valid_until": "2026-03-12",
                     *       "status": "active",
                     *       "ended_on": "2026-03-12",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "unit_name": "江苏工程学院",
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["Agreement"];
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
    lists_board_needs: {
        parameters: {
            query?: {
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                org_id?: string | null;
                state?: "open" | "done";
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
                     *           "title": "双井巷地面方砖松动",
                     *           "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *           "category": "维修",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "community_name": "育红社区",
                     *           "quantity": 3,
                     *           "unit_of_measure": "人次",
                     *           "claimed": 3,
                     *           "remaining": 3,
                     *           "status": "active",
                     *           "due_on": "2026-03-12",
                     *           "published_at": "2026-03-12T09:30:00+08:00",
                     *           "claimed_by": [
                     *             "大中派出所"
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_BoardNeed_"];
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
    lists_board_projects: {
        parameters: {
            query?: {
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                org_id?: string | null;
                state?: "open" | "done";
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
                     *           "title": "双井巷地面方砖松动",
                     *           "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *           "status": "active",
                     *           "owner": "育红社区党委",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "partners": [
                     *             "江苏工程学院"
                     *           ],
                     *           "starts_on": "2026-03-12",
                     *           "ends_on": "2026-03-12",
                     *           "milestones": [
                     *             {
                     *               "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *               "title": "双井巷地面方砖松动",
                     *               "due_on": "2026-03-12",
                     *               "done_on": "2026-03-12"
                     *             }
                     *           ],
                     *           "activities": 3,
                     *           "visits": 3,
                     *           "served": 3,
                     *           "beneficiaries": 3,
                     *           "beneficiary_kind": "育红社区",
                     *           "community_name": "育红社区党委"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_BoardProject_"];
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
    lists_list_candidates: {
        parameters: {
            query?: {
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                kind?: components["schemas"]["SourceKind"] | null;
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
                     *           "kind": "government",
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "number": "DZ2026031200012",
                     *           "title": "双井巷地面方砖松动",
                     *           "category": "city_appearance",
                     *           "status": "active",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "version": 3,
                     *           "updated_at": "2026-03-12T09:30:00+08:00",
                     *           "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *           "community_name": "育红社区党委"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Source_"];
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
    lists_promote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: components["schemas"]["SourceKind"];
                source_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "双井巷地面方砖松动",
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                 *       "quantity": 3,
                 *       "unit_of_measure": "人次",
                 *       "due_on": "2026-03-12"
                 *     }
                 */
                "application/json": components["schemas"]["NeedFromCandidate"];
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "category": "维修",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "quantity": 3,
                     *       "unit_of_measure": "人次",
                     *       "claimed": 3,
                     *       "fulfilled": 3,
                     *       "status": "active",
                     *       "due_on": "2026-03-12",
                     *       "source_kind": "育红社区",
                     *       "source_id": "01956f3a-00d3-7c3e-9a41-6d2b8e0f00d3",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "published_by": "01956f3a-00d5-7c3e-9a41-6d2b8e0f00d5",
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "met_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "close_reason": "已解决",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "community_name": "育红社区党委",
                     *       "published_by_name": "钱干事"
                     *     }
                     */
                    "application/json": components["schemas"]["Need"];
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
    lists_list_claims: {
        parameters: {
            query?: {
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                status?: components["schemas"]["ClaimStatus"] | null;
                unit_id?: string | null;
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
                     *           "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *           "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *           "resource_id": "01956f3a-00b7-7c3e-9a41-6d2b8e0f00b7",
                     *           "quantity": 3,
                     *           "status": "active",
                     *           "note": "已电话确认时间",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "made_by": "01956f3a-00b9-7c3e-9a41-6d2b8e0f00b9",
                     *           "made_at": "2026-03-12T09:30:00+08:00",
                     *           "confirmed_at": "2026-03-12T09:30:00+08:00",
                     *           "fulfilled_at": "2026-03-12T09:30:00+08:00",
                     *           "ended_at": "2026-03-12T09:30:00+08:00",
                     *           "reason": "不属于本网格职责",
                     *           "version": 3,
                     *           "unit_name": "大中社区卫生服务中心",
                     *           "community_name": "育红社区党委",
                     *           "made_by_name": "钱干事"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Claim_"];
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
    lists_get_claim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claim_id: string;
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
                     *       "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *       "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *       "resource_id": "01956f3a-00b7-7c3e-9a41-6d2b8e0f00b7",
                     *       "quantity": 3,
                     *       "status": "active",
                     *       "note": "已电话确认时间",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "made_by": "01956f3a-00b9-7c3e-9a41-6d2b8e0f00b9",
                     *       "made_at": "2026-03-12T09:30:00+08:00",
                     *       "confirmed_at": "2026-03-12T09:30:00+08:00",
                     *       "fulfilled_at": "2026-03-12T09:30:00+08:00",
                     *       "ended_at": "2026-03-12T09:30:00+08:00",
                     *       "reason": "不属于本网格职责",
                     *       "version": 3,
                     *       "unit_name": "大中社区卫生服务中心",
                     *       "community_name": "育红社区党委",
                     *       "made_by_name": "钱干事"
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
    lists_step_claim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claim_id: string;
                step: "confirm" | "decline" | "withdraw" | "fulfil";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "不属于本网格职责"
                 *     }
                 */
                "application/json": components["schemas"]["StepNote"] | null;
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
                     *       "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *       "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *       "resource_id": "01956f3a-00b7-7c3e-9a41-6d2b8e0f00b7",
                     *       "quantity": 3,
                     *       "status": "active",
                     *       "note": "已电话确认时间",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "made_by": "01956f3a-00b9-7c3e-9a41-6d2b8e0f00b9",
                     *       "made_at": "2026-03-12T09:30:00+08:00",
                     *       "confirmed_at": "2026-03-12T09:30:00+08:00",
                     *       "fulfilled_at": "2026-03-12T09:30:00+08:00",
                     *       "ended_at": "2026-03-12T09:30:00+08:00",
                     *       "reason": "不属于本网格职责",
                     *       "version": 3,
                     *       "unit_name": "大中社区卫生服务中心",
                     *       "community_name": "育红社区党委",
                     *       "made_by_name": "钱干事"
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
    lists_figures: {
        parameters: {
            query?: {
                group_by?: ("community" | "unit" | "month") | null;
                org_id?: string | null;
                since?: string | null;
                unit_id?: string | null;
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
    lists_list_meetings: {
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
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "title": "双井巷地面方砖松动",
                     *           "held_at": "2026-03-12T09:30:00+08:00",
                     *           "place": "育红社区双井巷3号楼",
                     *           "attendees": [
                     *             {
                     *               "kind": "government",
                     *               "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *               "name": "育红社区",
                     *               "count": 3
                     *             }
                     *           ],
                     *           "unit_ids": [
                     *             "01956f3a-00a7-7c3e-9a41-6d2b8e0f00a7"
                     *           ],
                     *           "agenda": [
                     *             "小区停车难"
                     *           ],
                     *           "minutes": "15",
                     *           "recorded_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "resolutions": [
                     *             {
                     *               "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *               "meeting_id": "01956f3a-00c8-7c3e-9a41-6d2b8e0f00c8",
                     *               "seq": 42,
                     *               "text": "已现场处置并回复居民",
                     *               "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *               "org_path": "大中街道/育红社区",
                     *               "due_on": "2026-03-12",
                     *               "status": "active",
                     *               "follow_kind": "育红社区",
                     *               "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *               "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *               "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *               "assignee_unit_id": "01956f3a-00c1-7c3e-9a41-6d2b8e0f00c1",
                     *               "assignee_org_id": "01956f3a-00c2-7c3e-9a41-6d2b8e0f00c2",
                     *               "note": "已电话确认时间",
                     *               "recorded_at": "2026-03-12T09:30:00+08:00",
                     *               "done_at": "2026-03-12T09:30:00+08:00",
                     *               "version": 3,
                     *               "community_name": "育红社区党委",
                     *               "assignee_unit_name": "大中派出所",
                     *               "assignee_org_name": "育红社区第一网格党支部"
                     *             }
                     *           ],
                     *           "community_name": "育红社区党委",
                     *           "unit_names": [
                     *             "大中派出所"
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Meeting_"];
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
    lists_record_meeting: {
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
                 *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                 *       "title": "双井巷地面方砖松动",
                 *       "held_at": "2026-03-12T09:30:00+08:00",
                 *       "place": "育红社区双井巷3号楼",
                 *       "attendees": [
                 *         {
                 *           "kind": "community",
                 *           "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                 *           "name": "育红社区",
                 *           "count": 3
                 *         }
                 *       ],
                 *       "agenda": [
                 *         "小区停车难"
                 *       ],
                 *       "minutes": "15",
                 *       "resolutions": [
                 *         {
                 *           "text": "已现场处置并回复居民",
                 *           "due_on": "2026-03-12"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["MeetingRecord"];
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
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "title": "双井巷地面方砖松动",
                     *       "held_at": "2026-03-12T09:30:00+08:00",
                     *       "place": "育红社区双井巷3号楼",
                     *       "attendees": [
                     *         {
                     *           "kind": "government",
                     *           "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *           "name": "育红社区",
                     *           "count": 3
                     *         }
                     *       ],
                     *       "unit_ids": [
                     *         "01956f3a-00a7-7c3e-9a41-6d2b8e0f00a7"
                     *       ],
                     *       "agenda": [
                     *         "小区停车难"
                     *       ],
                     *       "minutes": "15",
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "resolutions": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "meeting_id": "01956f3a-00c8-7c3e-9a41-6d2b8e0f00c8",
                     *           "seq": 42,
                     *           "text": "已现场处置并回复居民",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "due_on": "2026-03-12",
                     *           "status": "active",
                     *           "follow_kind": "育红社区",
                     *           "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *           "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *           "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *           "assignee_unit_id": "01956f3a-00c1-7c3e-9a41-6d2b8e0f00c1",
                     *           "assignee_org_id": "01956f3a-00c2-7c3e-9a41-6d2b8e0f00c2",
                     *           "note": "已电话确认时间",
                     *           "recorded_at": "2026-03-12T09:30:00+08:00",
                     *           "done_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "community_name": "育红社区党委",
                     *           "assignee_unit_name": "大中派出所",
                     *           "assignee_org_name": "育红社区第一网格党支部"
                     *         }
                     *       ],
                     *       "community_name": "育红社区党委",
                     *       "unit_names": [
                     *         "大中派出所"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Meeting"];
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
    lists_get_meeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meeting_id: string;
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
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "title": "双井巷地面方砖松动",
                     *       "held_at": "2026-03-12T09:30:00+08:00",
                     *       "place": "育红社区双井巷3号楼",
                     *       "attendees": [
                     *         {
                     *           "kind": "government",
                     *           "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *           "name": "育红社区",
                     *           "count": 3
                     *         }
                     *       ],
                     *       "unit_ids": [
                     *         "01956f3a-00a7-7c3e-9a41-6d2b8e0f00a7"
                     *       ],
                     *       "agenda": [
                     *         "小区停车难"
                     *       ],
                     *       "minutes": "15",
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "resolutions": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "meeting_id": "01956f3a-00c8-7c3e-9a41-6d2b8e0f00c8",
                     *           "seq": 42,
                     *           "text": "已现场处置并回复居民",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "due_on": "2026-03-12",
                     *           "status": "active",
                     *           "follow_kind": "育红社区",
                     *           "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *           "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *           "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *           "assignee_unit_id": "01956f3a-00c1-7c3e-9a41-6d2b8e0f00c1",
                     *           "assignee_org_id": "01956f3a-00c2-7c3e-9a41-6d2b8e0f00c2",
                     *           "note": "已电话确认时间",
                     *           "recorded_at": "2026-03-12T09:30:00+08:00",
                     *           "done_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "community_name": "育红社区党委",
                     *           "assignee_unit_name": "大中派出所",
                     *           "assignee_org_name": "育红社区第一网格党支部"
                     *         }
                     *       ],
                     *       "community_name": "育红社区党委",
                     *       "unit_names": [
                     *         "大中派出所"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Meeting"];
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
    lists_correct_meeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meeting_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "会议实际在下午召开，按会议纪要更正",
                 *       "held_at": "2026-03-12T14:30:00+08:00"
                 *     }
                 */
                "application/json": components["schemas"]["MeetingCorrect"];
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
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "title": "双井巷地面方砖松动",
                     *       "held_at": "2026-03-12T09:30:00+08:00",
                     *       "place": "育红社区双井巷3号楼",
                     *       "attendees": [
                     *         {
                     *           "kind": "government",
                     *           "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *           "name": "育红社区",
                     *           "count": 3
                     *         }
                     *       ],
                     *       "unit_ids": [
                     *         "01956f3a-00a7-7c3e-9a41-6d2b8e0f00a7"
                     *       ],
                     *       "agenda": [
                     *         "小区停车难"
                     *       ],
                     *       "minutes": "15",
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "resolutions": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "meeting_id": "01956f3a-00c8-7c3e-9a41-6d2b8e0f00c8",
                     *           "seq": 42,
                     *           "text": "已现场处置并回复居民",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "due_on": "2026-03-12",
                     *           "status": "active",
                     *           "follow_kind": "育红社区",
                     *           "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *           "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *           "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *           "assignee_unit_id": "01956f3a-00c1-7c3e-9a41-6d2b8e0f00c1",
                     *           "assignee_org_id": "01956f3a-00c2-7c3e-9a41-6d2b8e0f00c2",
                     *           "note": "已电话确认时间",
                     *           "recorded_at": "2026-03-12T09:30:00+08:00",
                     *           "done_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "community_name": "育红社区党委",
                     *           "assignee_unit_name": "大中派出所",
                     *           "assignee_org_name": "育红社区第一网格党支部"
                     *         }
                     *       ],
                     *       "community_name": "育红社区党委",
                     *       "unit_names": [
                     *         "大中派出所"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Meeting"];
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
    lists_withdraw_meeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meeting_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "重复登记，同一次走访已记录"
                 *     }
                 */
                "application/json": components["schemas"]["Withdrawal"];
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
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "title": "双井巷地面方砖松动",
                     *       "held_at": "2026-03-12T09:30:00+08:00",
                     *       "place": "育红社区双井巷3号楼",
                     *       "attendees": [
                     *         {
                     *           "kind": "government",
                     *           "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *           "name": "育红社区",
                     *           "count": 3
                     *         }
                     *       ],
                     *       "unit_ids": [
                     *         "01956f3a-00a7-7c3e-9a41-6d2b8e0f00a7"
                     *       ],
                     *       "agenda": [
                     *         "小区停车难"
                     *       ],
                     *       "minutes": "15",
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "resolutions": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "meeting_id": "01956f3a-00c8-7c3e-9a41-6d2b8e0f00c8",
                     *           "seq": 42,
                     *           "text": "已现场处置并回复居民",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "due_on": "2026-03-12",
                     *           "status": "active",
                     *           "follow_kind": "育红社区",
                     *           "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *           "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *           "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *           "assignee_unit_id": "01956f3a-00c1-7c3e-9a41-6d2b8e0f00c1",
                     *           "assignee_org_id": "01956f3a-00c2-7c3e-9a41-6d2b8e0f00c2",
                     *           "note": "已电话确认时间",
                     *           "recorded_at": "2026-03-12T09:30:00+08:00",
                     *           "done_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "community_name": "育红社区党委",
                     *           "assignee_unit_name": "大中派出所",
                     *           "assignee_org_name": "育红社区第一网格党支部"
                     *         }
                     *       ],
                     *       "community_name": "育红社区党委",
                     *       "unit_names": [
                     *         "大中派出所"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Meeting"];
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
    lists_list_needs: {
        parameters: {
            query?: {
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                status?: components["schemas"]["NeedStatus"] | null;
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
                     *           "title": "双井巷地面方砖松动",
                     *           "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *           "category": "维修",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "quantity": 3,
                     *           "unit_of_measure": "人次",
                     *           "claimed": 3,
                     *           "fulfilled": 3,
                     *           "status": "active",
                     *           "due_on": "2026-03-12",
                     *           "source_kind": "育红社区",
                     *           "source_id": "01956f3a-00d3-7c3e-9a41-6d2b8e0f00d3",
                     *           "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *           "published_by": "01956f3a-00d5-7c3e-9a41-6d2b8e0f00d5",
                     *           "published_at": "2026-03-12T09:30:00+08:00",
                     *           "met_at": "2026-03-12T09:30:00+08:00",
                     *           "closed_at": "2026-03-12T09:30:00+08:00",
                     *           "close_reason": "已解决",
                     *           "updated_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "community_name": "育红社区党委",
                     *           "published_by_name": "钱干事"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Need_"];
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
    lists_publish_need: {
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
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                 *       "category": "维修",
                 *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                 *       "quantity": 3,
                 *       "unit_of_measure": "人次",
                 *       "due_on": "2026-03-12"
                 *     }
                 */
                "application/json": components["schemas"]["NeedPublish"];
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "category": "维修",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "quantity": 3,
                     *       "unit_of_measure": "人次",
                     *       "claimed": 3,
                     *       "fulfilled": 3,
                     *       "status": "active",
                     *       "due_on": "2026-03-12",
                     *       "source_kind": "育红社区",
                     *       "source_id": "01956f3a-00d3-7c3e-9a41-6d2b8e0f00d3",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "published_by": "01956f3a-00d5-7c3e-9a41-6d2b8e0f00d5",
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "met_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "close_reason": "已解决",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "community_name": "育红社区党委",
                     *       "published_by_name": "钱干事"
                     *     }
                     */
                    "application/json": components["schemas"]["Need"];
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
    lists_get_need: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                need_id: string;
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "category": "维修",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "quantity": 3,
                     *       "unit_of_measure": "人次",
                     *       "claimed": 3,
                     *       "fulfilled": 3,
                     *       "status": "active",
                     *       "due_on": "2026-03-12",
                     *       "source_kind": "育红社区",
                     *       "source_id": "01956f3a-00d3-7c3e-9a41-6d2b8e0f00d3",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "published_by": "01956f3a-00d5-7c3e-9a41-6d2b8e0f00d5",
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "met_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "close_reason": "已解决",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "community_name": "育红社区党委",
                     *       "published_by_name": "钱干事"
                     *     }
                     */
                    "application/json": components["schemas"]["Need"];
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
    lists_update_need: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                need_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "双井巷地面方砖松动",
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                 *       "quantity": 3,
                 *       "unit_of_measure": "人次",
                 *       "due_on": "2026-03-12"
                 *     }
                 */
                "application/json": components["schemas"]["NeedUpdate"];
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "category": "维修",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "quantity": 3,
                     *       "unit_of_measure": "人次",
                     *       "claimed": 3,
                     *       "fulfilled": 3,
                     *       "status": "active",
                     *       "due_on": "2026-03-12",
                     *       "source_kind": "育红社区",
                     *       "source_id": "01956f3a-00d3-7c3e-9a41-6d2b8e0f00d3",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "published_by": "01956f3a-00d5-7c3e-9a41-6d2b8e0f00d5",
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "met_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "close_reason": "已解决",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "community_name": "育红社区党委",
                     *       "published_by_name": "钱干事"
                     *     }
                     */
                    "application/json": components["schemas"]["Need"];
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
    lists_need_claims: {
        parameters: {
            query?: {
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
            };
            header?: never;
            path: {
                need_id: string;
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
                     *           "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *           "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *           "resource_id": "01956f3a-00b7-7c3e-9a41-6d2b8e0f00b7",
                     *           "quantity": 3,
                     *           "status": "active",
                     *           "note": "已电话确认时间",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "made_by": "01956f3a-00b9-7c3e-9a41-6d2b8e0f00b9",
                     *           "made_at": "2026-03-12T09:30:00+08:00",
                     *           "confirmed_at": "2026-03-12T09:30:00+08:00",
                     *           "fulfilled_at": "2026-03-12T09:30:00+08:00",
                     *           "ended_at": "2026-03-12T09:30:00+08:00",
                     *           "reason": "不属于本网格职责",
                     *           "version": 3,
                     *           "unit_name": "大中社区卫生服务中心",
                     *           "community_name": "育红社区党委",
                     *           "made_by_name": "钱干事"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Claim_"];
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
    lists_make_claim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                need_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "quantity": 3,
                 *       "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                 *       "resource_id": "01956f3a-00b7-7c3e-9a41-6d2b8e0f00b7",
                 *       "note": "已电话确认时间"
                 *     }
                 */
                "application/json": components["schemas"]["ClaimMake"];
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
                     *       "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *       "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *       "resource_id": "01956f3a-00b7-7c3e-9a41-6d2b8e0f00b7",
                     *       "quantity": 3,
                     *       "status": "active",
                     *       "note": "已电话确认时间",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "made_by": "01956f3a-00b9-7c3e-9a41-6d2b8e0f00b9",
                     *       "made_at": "2026-03-12T09:30:00+08:00",
                     *       "confirmed_at": "2026-03-12T09:30:00+08:00",
                     *       "fulfilled_at": "2026-03-12T09:30:00+08:00",
                     *       "ended_at": "2026-03-12T09:30:00+08:00",
                     *       "reason": "不属于本网格职责",
                     *       "version": 3,
                     *       "unit_name": "大中社区卫生服务中心",
                     *       "community_name": "育红社区党委",
                     *       "made_by_name": "钱干事"
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
    lists_close_need: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                need_id: string;
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
                "application/json": components["schemas"]["NeedClose"];
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "category": "维修",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "quantity": 3,
                     *       "unit_of_measure": "人次",
                     *       "claimed": 3,
                     *       "fulfilled": 3,
                     *       "status": "active",
                     *       "due_on": "2026-03-12",
                     *       "source_kind": "育红社区",
                     *       "source_id": "01956f3a-00d3-7c3e-9a41-6d2b8e0f00d3",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "published_by": "01956f3a-00d5-7c3e-9a41-6d2b8e0f00d5",
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "met_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "close_reason": "已解决",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "community_name": "育红社区党委",
                     *       "published_by_name": "钱干事"
                     *     }
                     */
                    "application/json": components["schemas"]["Need"];
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
    lists_list_projects: {
        parameters: {
            query?: {
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                status?: components["schemas"]["ProjectStatus"] | null;
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
                     *           "title": "双井巷地面方砖松动",
                     *           "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *           "owner_org_id": "01956f3a-00bc-7c3e-9a41-6d2b8e0f00bc",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "status": "active",
                     *           "starts_on": "2026-03-12",
                     *           "ends_on": "2026-03-12",
                     *           "beneficiaries": 3,
                     *           "beneficiary_kind": "育红社区",
                     *           "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *           "created_at": "2026-03-12T09:30:00+08:00",
                     *           "started_at": "2026-03-12T09:30:00+08:00",
                     *           "completed_at": "2026-03-12T09:30:00+08:00",
                     *           "ended_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "partner_unit_ids": [
                     *             "01956f3a-00bd-7c3e-9a41-6d2b8e0f00bd"
                     *           ],
                     *           "need_ids": [
                     *             "01956f3a-00be-7c3e-9a41-6d2b8e0f00be"
                     *           ],
                     *           "resource_ids": [
                     *             "01956f3a-00dd-7c3e-9a41-6d2b8e0f00dd"
                     *           ],
                     *           "milestones": [
                     *             {
                     *               "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *               "title": "双井巷地面方砖松动",
                     *               "due_on": "2026-03-12",
                     *               "done_on": "2026-03-12"
                     *             }
                     *           ],
                     *           "activities": 3,
                     *           "visits": 3,
                     *           "participants": 3,
                     *           "served": 3,
                     *           "owner_org_name": "育红社区党委",
                     *           "community_name": "育红社区党委",
                     *           "partner_unit_names": [
                     *             "江苏工程学院"
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Project_"];
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
    lists_create_project: {
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
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                 *       "owner_org_id": "01956f3a-00bc-7c3e-9a41-6d2b8e0f00bc",
                 *       "partner_unit_ids": [
                 *         "01956f3a-00bd-7c3e-9a41-6d2b8e0f00bd"
                 *       ],
                 *       "need_ids": [
                 *         "01956f3a-00be-7c3e-9a41-6d2b8e0f00be"
                 *       ],
                 *       "milestones": [
                 *         {
                 *           "title": "双井巷地面方砖松动",
                 *           "due_on": "2026-03-12"
                 *         }
                 *       ],
                 *       "starts_on": "2026-03-12",
                 *       "ends_on": "2026-03-12",
                 *       "beneficiaries": 3,
                 *       "beneficiary_kind": "people"
                 *     }
                 */
                "application/json": components["schemas"]["ProjectCreate"];
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "owner_org_id": "01956f3a-00bc-7c3e-9a41-6d2b8e0f00bc",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "starts_on": "2026-03-12",
                     *       "ends_on": "2026-03-12",
                     *       "beneficiaries": 3,
                     *       "beneficiary_kind": "育红社区",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "started_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "ended_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "partner_unit_ids": [
                     *         "01956f3a-00bd-7c3e-9a41-6d2b8e0f00bd"
                     *       ],
                     *       "need_ids": [
                     *         "01956f3a-00be-7c3e-9a41-6d2b8e0f00be"
                     *       ],
                     *       "resource_ids": [
                     *         "01956f3a-00dd-7c3e-9a41-6d2b8e0f00dd"
                     *       ],
                     *       "milestones": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "title": "双井巷地面方砖松动",
                     *           "due_on": "2026-03-12",
                     *           "done_on": "2026-03-12"
                     *         }
                     *       ],
                     *       "activities": 3,
                     *       "visits": 3,
                     *       "participants": 3,
                     *       "served": 3,
                     *       "owner_org_name": "育红社区党委",
                     *       "community_name": "育红社区党委",
                     *       "partner_unit_names": [
                     *         "江苏工程学院"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
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
    lists_get_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "owner_org_id": "01956f3a-00bc-7c3e-9a41-6d2b8e0f00bc",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "starts_on": "2026-03-12",
                     *       "ends_on": "2026-03-12",
                     *       "beneficiaries": 3,
                     *       "beneficiary_kind": "育红社区",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "started_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "ended_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "partner_unit_ids": [
                     *         "01956f3a-00bd-7c3e-9a41-6d2b8e0f00bd"
                     *       ],
                     *       "need_ids": [
                     *         "01956f3a-00be-7c3e-9a41-6d2b8e0f00be"
                     *       ],
                     *       "resource_ids": [
                     *         "01956f3a-00dd-7c3e-9a41-6d2b8e0f00dd"
                     *       ],
                     *       "milestones": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "title": "双井巷地面方砖松动",
                     *           "due_on": "2026-03-12",
                     *           "done_on": "2026-03-12"
                     *         }
                     *       ],
                     *       "activities": 3,
                     *       "visits": 3,
                     *       "participants": 3,
                     *       "served": 3,
                     *       "owner_org_name": "育红社区党委",
                     *       "community_name": "育红社区党委",
                     *       "partner_unit_names": [
                     *         "江苏工程学院"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
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
    lists_update_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "双井巷地面方砖松动",
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                 *       "starts_on": "2026-03-12",
                 *       "ends_on": "2026-03-12",
                 *       "beneficiaries": 3,
                 *       "beneficiary_kind": "people",
                 *       "partner_unit_ids": [
                 *         "01956f3a-00bd-7c3e-9a41-6d2b8e0f00bd"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ProjectUpdate"];
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "owner_org_id": "01956f3a-00bc-7c3e-9a41-6d2b8e0f00bc",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "starts_on": "2026-03-12",
                     *       "ends_on": "2026-03-12",
                     *       "beneficiaries": 3,
                     *       "beneficiary_kind": "育红社区",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "started_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "ended_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "partner_unit_ids": [
                     *         "01956f3a-00bd-7c3e-9a41-6d2b8e0f00bd"
                     *       ],
                     *       "need_ids": [
                     *         "01956f3a-00be-7c3e-9a41-6d2b8e0f00be"
                     *       ],
                     *       "resource_ids": [
                     *         "01956f3a-00dd-7c3e-9a41-6d2b8e0f00dd"
                     *       ],
                     *       "milestones": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "title": "双井巷地面方砖松动",
                     *           "due_on": "2026-03-12",
                     *           "done_on": "2026-03-12"
                     *         }
                     *       ],
                     *       "activities": 3,
                     *       "visits": 3,
                     *       "participants": 3,
                     *       "served": 3,
                     *       "owner_org_name": "育红社区党委",
                     *       "community_name": "育红社区党委",
                     *       "partner_unit_names": [
                     *         "江苏工程学院"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
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
    lists_step_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                step: "start" | "complete" | "cancel";
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "owner_org_id": "01956f3a-00bc-7c3e-9a41-6d2b8e0f00bc",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "starts_on": "2026-03-12",
                     *       "ends_on": "2026-03-12",
                     *       "beneficiaries": 3,
                     *       "beneficiary_kind": "育红社区",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "started_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "ended_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "partner_unit_ids": [
                     *         "01956f3a-00bd-7c3e-9a41-6d2b8e0f00bd"
                     *       ],
                     *       "need_ids": [
                     *         "01956f3a-00be-7c3e-9a41-6d2b8e0f00be"
                     *       ],
                     *       "resource_ids": [
                     *         "01956f3a-00dd-7c3e-9a41-6d2b8e0f00dd"
                     *       ],
                     *       "milestones": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "title": "双井巷地面方砖松动",
                     *           "due_on": "2026-03-12",
                     *           "done_on": "2026-03-12"
                     *         }
                     *       ],
                     *       "activities": 3,
                     *       "visits": 3,
                     *       "participants": 3,
                     *       "served": 3,
                     *       "owner_org_name": "育红社区党委",
                     *       "community_name": "育红社区党委",
                     *       "partner_unit_names": [
                     *         "江苏工程学院"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
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
    lists_list_activities: {
        parameters: {
            query?: {
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
            };
            header?: never;
            path: {
                project_id: string;
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
                     *           "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *           "title": "双井巷地面方砖松动",
                     *           "kind": "government",
                     *           "held_on": "2026-03-12",
                     *           "participants": 3,
                     *           "served": 3,
                     *           "unit_ids": [
                     *             "01956f3a-00a7-7c3e-9a41-6d2b8e0f00a7"
                     *           ],
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "recorded_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "unit_names": [
                     *             "江苏工程学院"
                     *           ],
                     *           "community_name": "育红社区党委"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Activity_"];
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
    lists_record_activity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "双井巷地面方砖松动",
                 *       "kind": "visit",
                 *       "held_on": "2026-03-12",
                 *       "participants": 3,
                 *       "served": 3,
                 *       "unit_ids": [
                 *         "01956f3a-00a7-7c3e-9a41-6d2b8e0f00a7"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ActivityRecord"];
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
                     *       "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *       "title": "双井巷地面方砖松动",
                     *       "kind": "government",
                     *       "held_on": "2026-03-12",
                     *       "participants": 3,
                     *       "served": 3,
                     *       "unit_ids": [
                     *         "01956f3a-00a7-7c3e-9a41-6d2b8e0f00a7"
                     *       ],
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "unit_names": [
                     *         "江苏工程学院"
                     *       ],
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["Activity"];
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
    lists_correct_activity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: string;
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "参加人数多录了一个零，按签到表更正",
                 *       "participants": 30
                 *     }
                 */
                "application/json": components["schemas"]["ActivityCorrect"];
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
                     *       "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *       "title": "双井巷地面方砖松动",
                     *       "kind": "government",
                     *       "held_on": "2026-03-12",
                     *       "participants": 3,
                     *       "served": 3,
                     *       "unit_ids": [
                     *         "01956f3a-00a7-7c3e-9a41-6d2b8e0f00a7"
                     *       ],
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "unit_names": [
                     *         "江苏工程学院"
                     *       ],
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["Activity"];
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
    lists_withdraw_activity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: string;
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "重复登记，同一次走访已记录"
                 *     }
                 */
                "application/json": components["schemas"]["Withdrawal"];
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
                     *       "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *       "title": "双井巷地面方砖松动",
                     *       "kind": "government",
                     *       "held_on": "2026-03-12",
                     *       "participants": 3,
                     *       "served": 3,
                     *       "unit_ids": [
                     *         "01956f3a-00a7-7c3e-9a41-6d2b8e0f00a7"
                     *       ],
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "unit_names": [
                     *         "江苏工程学院"
                     *       ],
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["Activity"];
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
    lists_add_milestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "双井巷地面方砖松动",
                 *       "due_on": "2026-03-12"
                 *     }
                 */
                "application/json": components["schemas"]["MilestoneAdd"];
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "owner_org_id": "01956f3a-00bc-7c3e-9a41-6d2b8e0f00bc",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "starts_on": "2026-03-12",
                     *       "ends_on": "2026-03-12",
                     *       "beneficiaries": 3,
                     *       "beneficiary_kind": "育红社区",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "started_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "ended_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "partner_unit_ids": [
                     *         "01956f3a-00bd-7c3e-9a41-6d2b8e0f00bd"
                     *       ],
                     *       "need_ids": [
                     *         "01956f3a-00be-7c3e-9a41-6d2b8e0f00be"
                     *       ],
                     *       "resource_ids": [
                     *         "01956f3a-00dd-7c3e-9a41-6d2b8e0f00dd"
                     *       ],
                     *       "milestones": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "title": "双井巷地面方砖松动",
                     *           "due_on": "2026-03-12",
                     *           "done_on": "2026-03-12"
                     *         }
                     *       ],
                     *       "activities": 3,
                     *       "visits": 3,
                     *       "participants": 3,
                     *       "served": 3,
                     *       "owner_org_name": "育红社区党委",
                     *       "community_name": "育红社区党委",
                     *       "partner_unit_names": [
                     *         "江苏工程学院"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
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
    lists_complete_milestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                milestone_id: string;
                project_id: string;
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "owner_org_id": "01956f3a-00bc-7c3e-9a41-6d2b8e0f00bc",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "starts_on": "2026-03-12",
                     *       "ends_on": "2026-03-12",
                     *       "beneficiaries": 3,
                     *       "beneficiary_kind": "育红社区",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "started_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "ended_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "partner_unit_ids": [
                     *         "01956f3a-00bd-7c3e-9a41-6d2b8e0f00bd"
                     *       ],
                     *       "need_ids": [
                     *         "01956f3a-00be-7c3e-9a41-6d2b8e0f00be"
                     *       ],
                     *       "resource_ids": [
                     *         "01956f3a-00dd-7c3e-9a41-6d2b8e0f00dd"
                     *       ],
                     *       "milestones": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "title": "双井巷地面方砖松动",
                     *           "due_on": "2026-03-12",
                     *           "done_on": "2026-03-12"
                     *         }
                     *       ],
                     *       "activities": 3,
                     *       "visits": 3,
                     *       "participants": 3,
                     *       "served": 3,
                     *       "owner_org_name": "育红社区党委",
                     *       "community_name": "育红社区党委",
                     *       "partner_unit_names": [
                     *         "江苏工程学院"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
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
    lists_bind_need: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5"
                 *     }
                 */
                "application/json": components["schemas"]["ProjectNeed"];
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "owner_org_id": "01956f3a-00bc-7c3e-9a41-6d2b8e0f00bc",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "starts_on": "2026-03-12",
                     *       "ends_on": "2026-03-12",
                     *       "beneficiaries": 3,
                     *       "beneficiary_kind": "育红社区",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "started_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "ended_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "partner_unit_ids": [
                     *         "01956f3a-00bd-7c3e-9a41-6d2b8e0f00bd"
                     *       ],
                     *       "need_ids": [
                     *         "01956f3a-00be-7c3e-9a41-6d2b8e0f00be"
                     *       ],
                     *       "resource_ids": [
                     *         "01956f3a-00dd-7c3e-9a41-6d2b8e0f00dd"
                     *       ],
                     *       "milestones": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "title": "双井巷地面方砖松动",
                     *           "due_on": "2026-03-12",
                     *           "done_on": "2026-03-12"
                     *         }
                     *       ],
                     *       "activities": 3,
                     *       "visits": 3,
                     *       "participants": 3,
                     *       "served": 3,
                     *       "owner_org_name": "育红社区党委",
                     *       "community_name": "育红社区党委",
                     *       "partner_unit_names": [
                     *         "江苏工程学院"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
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
    lists_bind_resource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resource_id": "01956f3a-00b7-7c3e-9a41-6d2b8e0f00b7",
                 *       "quantity": 3
                 *     }
                 */
                "application/json": components["schemas"]["ProjectResource"];
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
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "owner_org_id": "01956f3a-00bc-7c3e-9a41-6d2b8e0f00bc",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "starts_on": "2026-03-12",
                     *       "ends_on": "2026-03-12",
                     *       "beneficiaries": 3,
                     *       "beneficiary_kind": "育红社区",
                     *       "resolution_id": "01956f3a-00d4-7c3e-9a41-6d2b8e0f00d4",
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "started_at": "2026-03-12T09:30:00+08:00",
                     *       "completed_at": "2026-03-12T09:30:00+08:00",
                     *       "ended_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "partner_unit_ids": [
                     *         "01956f3a-00bd-7c3e-9a41-6d2b8e0f00bd"
                     *       ],
                     *       "need_ids": [
                     *         "01956f3a-00be-7c3e-9a41-6d2b8e0f00be"
                     *       ],
                     *       "resource_ids": [
                     *         "01956f3a-00dd-7c3e-9a41-6d2b8e0f00dd"
                     *       ],
                     *       "milestones": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "title": "双井巷地面方砖松动",
                     *           "due_on": "2026-03-12",
                     *           "done_on": "2026-03-12"
                     *         }
                     *       ],
                     *       "activities": 3,
                     *       "visits": 3,
                     *       "participants": 3,
                     *       "served": 3,
                     *       "owner_org_name": "育红社区党委",
                     *       "community_name": "育红社区党委",
                     *       "partner_unit_names": [
                     *         "江苏工程学院"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
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
    lists_list_resolutions: {
        parameters: {
            query?: {
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                status?: components["schemas"]["ResolutionStatus"] | null;
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
                     *           "meeting_id": "01956f3a-00c8-7c3e-9a41-6d2b8e0f00c8",
                     *           "seq": 42,
                     *           "text": "已现场处置并回复居民",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "due_on": "2026-03-12",
                     *           "status": "active",
                     *           "follow_kind": "育红社区",
                     *           "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *           "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *           "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *           "assignee_unit_id": "01956f3a-00c1-7c3e-9a41-6d2b8e0f00c1",
                     *           "assignee_org_id": "01956f3a-00c2-7c3e-9a41-6d2b8e0f00c2",
                     *           "note": "已电话确认时间",
                     *           "recorded_at": "2026-03-12T09:30:00+08:00",
                     *           "done_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "community_name": "育红社区党委",
                     *           "assignee_unit_name": "大中派出所",
                     *           "assignee_org_name": "育红社区第一网格党支部"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Resolution_"];
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
    lists_get_resolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resolution_id: string;
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
                     *       "meeting_id": "01956f3a-00c8-7c3e-9a41-6d2b8e0f00c8",
                     *       "seq": 42,
                     *       "text": "已现场处置并回复居民",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "due_on": "2026-03-12",
                     *       "status": "active",
                     *       "follow_kind": "育红社区",
                     *       "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *       "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *       "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *       "assignee_unit_id": "01956f3a-00c1-7c3e-9a41-6d2b8e0f00c1",
                     *       "assignee_org_id": "01956f3a-00c2-7c3e-9a41-6d2b8e0f00c2",
                     *       "note": "已电话确认时间",
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "done_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "community_name": "育红社区党委",
                     *       "assignee_unit_name": "大中派出所",
                     *       "assignee_org_name": "育红社区第一网格党支部"
                     *     }
                     */
                    "application/json": components["schemas"]["Resolution"];
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
    lists_work_item_done: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resolution_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "不属于本网格职责"
                 *     }
                 */
                "application/json": components["schemas"]["StepNote"] | null;
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
                     *       "meeting_id": "01956f3a-00c8-7c3e-9a41-6d2b8e0f00c8",
                     *       "seq": 42,
                     *       "text": "已现场处置并回复居民",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "due_on": "2026-03-12",
                     *       "status": "active",
                     *       "follow_kind": "育红社区",
                     *       "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *       "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *       "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *       "assignee_unit_id": "01956f3a-00c1-7c3e-9a41-6d2b8e0f00c1",
                     *       "assignee_org_id": "01956f3a-00c2-7c3e-9a41-6d2b8e0f00c2",
                     *       "note": "已电话确认时间",
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "done_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "community_name": "育红社区党委",
                     *       "assignee_unit_name": "大中派出所",
                     *       "assignee_org_name": "育红社区第一网格党支部"
                     *     }
                     */
                    "application/json": components["schemas"]["Resolution"];
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
    lists_drop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resolution_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "不属于本网格职责"
                 *     }
                 */
                "application/json": components["schemas"]["StepNote"] | null;
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
                     *       "meeting_id": "01956f3a-00c8-7c3e-9a41-6d2b8e0f00c8",
                     *       "seq": 42,
                     *       "text": "已现场处置并回复居民",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "due_on": "2026-03-12",
                     *       "status": "active",
                     *       "follow_kind": "育红社区",
                     *       "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *       "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *       "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *       "assignee_unit_id": "01956f3a-00c1-7c3e-9a41-6d2b8e0f00c1",
                     *       "assignee_org_id": "01956f3a-00c2-7c3e-9a41-6d2b8e0f00c2",
                     *       "note": "已电话确认时间",
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "done_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "community_name": "育红社区党委",
                     *       "assignee_unit_name": "大中派出所",
                     *       "assignee_org_name": "育红社区第一网格党支部"
                     *     }
                     */
                    "application/json": components["schemas"]["Resolution"];
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
    lists_follow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resolution_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "need",
                 *       "need": {
                 *         "title": "双井巷地面方砖松动",
                 *         "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                 *         "quantity": 3,
                 *         "unit_of_measure": "人次",
                 *         "due_on": "2026-03-12"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["FollowAsNeed"] | components["schemas"]["FollowAsProject"] | components["schemas"]["FollowAsTicket"] | components["schemas"]["FollowAsWorkItem"];
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
                     *       "meeting_id": "01956f3a-00c8-7c3e-9a41-6d2b8e0f00c8",
                     *       "seq": 42,
                     *       "text": "已现场处置并回复居民",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "due_on": "2026-03-12",
                     *       "status": "active",
                     *       "follow_kind": "育红社区",
                     *       "need_id": "01956f3a-00b5-7c3e-9a41-6d2b8e0f00b5",
                     *       "project_id": "01956f3a-00a6-7c3e-9a41-6d2b8e0f00a6",
                     *       "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *       "assignee_unit_id": "01956f3a-00c1-7c3e-9a41-6d2b8e0f00c1",
                     *       "assignee_org_id": "01956f3a-00c2-7c3e-9a41-6d2b8e0f00c2",
                     *       "note": "已电话确认时间",
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "done_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "community_name": "育红社区党委",
                     *       "assignee_unit_name": "大中派出所",
                     *       "assignee_org_name": "育红社区第一网格党支部"
                     *     }
                     */
                    "application/json": components["schemas"]["Resolution"];
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
    lists_list_resources: {
        parameters: {
            query?: {
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                kind?: components["schemas"]["ResourceKind"] | null;
                /** @description Page length */
                limit?: number;
                status?: components["schemas"]["ResourceStatus"] | null;
                unit_id?: string | null;
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
                     *           "service_types": [
                     *             "课业辅导"
                     *           ],
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "kind": "government",
                     *           "title": "双井巷地面方砖松动",
                     *           "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *           "quantity": 3,
                     *           "unit_of_measure": "人次",
                     *           "used": 3,
                     *           "available_from": "2026-03-12",
                     *           "available_until": "2026-03-12",
                     *           "availability": "工作日,提前三天预约",
                     *           "offerer_kind": "育红社区",
                     *           "offerer_id": "01956f3a-00ee-7c3e-9a41-6d2b8e0f00ee",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "status": "active",
                     *           "offered_at": "2026-03-12T09:30:00+08:00",
                     *           "first_used_at": "2026-03-12T09:30:00+08:00",
                     *           "withdrawn_at": "2026-03-12T09:30:00+08:00",
                     *           "updated_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "offerer_name": "江苏工程学院",
                     *           "community_name": "育红社区党委"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Resource_"];
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
    lists_offer_resource: {
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
                 *       "kind": "venue",
                 *       "service_types": [
                 *         "课业辅导"
                 *       ],
                 *       "title": "双井巷地面方砖松动",
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                 *       "quantity": 3,
                 *       "unit_of_measure": "人次",
                 *       "available_from": "2026-03-12",
                 *       "available_until": "2026-03-12",
                 *       "availability": "工作日,提前三天预约",
                 *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                 *       "offerer_kind": "unit",
                 *       "offerer_id": "01956f3a-00ee-7c3e-9a41-6d2b8e0f00ee"
                 *     }
                 */
                "application/json": components["schemas"]["ResourceOffer"];
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
                     *       "service_types": [
                     *         "课业辅导"
                     *       ],
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "kind": "government",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "quantity": 3,
                     *       "unit_of_measure": "人次",
                     *       "used": 3,
                     *       "available_from": "2026-03-12",
                     *       "available_until": "2026-03-12",
                     *       "availability": "工作日,提前三天预约",
                     *       "offerer_kind": "育红社区",
                     *       "offerer_id": "01956f3a-00ee-7c3e-9a41-6d2b8e0f00ee",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "offered_at": "2026-03-12T09:30:00+08:00",
                     *       "first_used_at": "2026-03-12T09:30:00+08:00",
                     *       "withdrawn_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "offerer_name": "江苏工程学院",
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["Resource"];
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
    lists_get_resource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resource_id: string;
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
                     *       "service_types": [
                     *         "课业辅导"
                     *       ],
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "kind": "government",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "quantity": 3,
                     *       "unit_of_measure": "人次",
                     *       "used": 3,
                     *       "available_from": "2026-03-12",
                     *       "available_until": "2026-03-12",
                     *       "availability": "工作日,提前三天预约",
                     *       "offerer_kind": "育红社区",
                     *       "offerer_id": "01956f3a-00ee-7c3e-9a41-6d2b8e0f00ee",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "offered_at": "2026-03-12T09:30:00+08:00",
                     *       "first_used_at": "2026-03-12T09:30:00+08:00",
                     *       "withdrawn_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "offerer_name": "江苏工程学院",
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["Resource"];
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
    lists_update_resource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resource_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "service_types": [
                 *         "课业辅导",
                 *         "托育"
                 *       ],
                 *       "title": "双井巷地面方砖松动",
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                 *       "quantity": 3,
                 *       "unit_of_measure": "人次",
                 *       "available_from": "2026-03-12",
                 *       "available_until": "2026-03-12",
                 *       "availability": "工作日,提前三天预约"
                 *     }
                 */
                "application/json": components["schemas"]["ResourceUpdate"];
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
                     *       "service_types": [
                     *         "课业辅导"
                     *       ],
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "kind": "government",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "quantity": 3,
                     *       "unit_of_measure": "人次",
                     *       "used": 3,
                     *       "available_from": "2026-03-12",
                     *       "available_until": "2026-03-12",
                     *       "availability": "工作日,提前三天预约",
                     *       "offerer_kind": "育红社区",
                     *       "offerer_id": "01956f3a-00ee-7c3e-9a41-6d2b8e0f00ee",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "offered_at": "2026-03-12T09:30:00+08:00",
                     *       "first_used_at": "2026-03-12T09:30:00+08:00",
                     *       "withdrawn_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "offerer_name": "江苏工程学院",
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["Resource"];
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
    lists_withdraw_resource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resource_id: string;
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
                     *       "service_types": [
                     *         "课业辅导"
                     *       ],
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "kind": "government",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "quantity": 3,
                     *       "unit_of_measure": "人次",
                     *       "used": 3,
                     *       "available_from": "2026-03-12",
                     *       "available_until": "2026-03-12",
                     *       "availability": "工作日,提前三天预约",
                     *       "offerer_kind": "育红社区",
                     *       "offerer_id": "01956f3a-00ee-7c3e-9a41-6d2b8e0f00ee",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "status": "active",
                     *       "offered_at": "2026-03-12T09:30:00+08:00",
                     *       "first_used_at": "2026-03-12T09:30:00+08:00",
                     *       "withdrawn_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "offerer_name": "江苏工程学院",
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["Resource"];
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
