// Generated from the tickets service's OpenAPI by scripts/clients.mjs: do not edit.

export interface paths {
    "/asyncapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AsyncAPI 3.0 of the events */
        get: operations["tickets_asyncapi_json"];
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
        get: operations["tickets_healthz"];
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
        get: operations["tickets_metrics_endpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Notices */
        get: operations["tickets_list_notices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/notices/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Notice */
        get: operations["tickets_get_notice"];
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
        get: operations["tickets_readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What counts for a year: the loaded notice, else the package's */
        get: operations["tickets_year_of"];
        /** Load a year's notice (street or city office); recounts open deadlines */
        put: operations["tickets_load"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When is it due: N working days (or hours) from a day, with its basis */
        get: operations["tickets_working_days"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rows in force at a moment (a street's own rows before the defaults) */
        get: operations["tickets_in_force"];
        put?: never;
        /** A new row from valid_from on (street admins for their street) */
        post: operations["tickets_add_entry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/{category}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** History */
        get: operations["tickets_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: the categories */
        get: operations["tickets_categories"];
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
        /** Report */
        get: operations["tickets_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/media/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo through its signed URL (the local store's; expires, then 403) */
        get: operations["tickets_media"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A photo before its report: name its id in the intake's photo_ids (or a resolve's, a visit's) within photo_pending_hours */
        post: operations["tickets_upload_photo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reply-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 答复模板: the caller's street's templates (of a category) */
        get: operations["tickets_list_templates"];
        put?: never;
        /** A template (street admins) */
        post: operations["tickets_add_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reply-templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Template */
        delete: operations["tickets_delete_template"];
        options?: never;
        head?: never;
        /** Update Template */
        patch: operations["tickets_update_template"];
        trace?: never;
    };
    "/v1/streets/{street_id}/number-prefix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set Prefix */
        put: operations["tickets_set_prefix"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff: tickets held in or about their subtree; residents: their own */
        get: operations["tickets_list_tickets"];
        put?: never;
        /** File Ticket */
        post: operations["tickets_file_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一号一档: the complete file */
        get: operations["tickets_get_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理: accept; the deadline starts */
        post: operations["tickets_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An attachment's metadata */
        post: operations["tickets_add_attachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/bounce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退单: send it back, with a reason */
        post: operations["tickets_bounce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结案: close the file */
        post: operations["tickets_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/cohandlers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Cohandlers */
        get: operations["tickets_list_cohandlers"];
        put?: never;
        /** 协办: name grids, communities or departments co-handling beside the lead */
        post: operations["tickets_add_cohandlers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/cohandlers/{cohandler_id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 协办办结: the co-handler's part is done, with what was done */
        post: operations["tickets_resolve_cohandler"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/cohandlers/{cohandler_id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 协办签收: the co-handler signs for its part */
        post: operations["tickets_sign_cohandler"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 派单: to a grid, community, street or department (default: the catalogue's) */
        post: operations["tickets_dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 升级: up one level, with a reason */
        post: operations["tickets_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's extension requests and their decisions */
        get: operations["tickets_list_extensions"];
        put?: never;
        /** 延期申请: the holder asks for a later deadline, with a reason */
        post: operations["tickets_ask_extension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/extensions/{extension_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准延期: the office grants it; the holder's deadline moves */
        post: operations["tickets_approve_extension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/extensions/{extension_id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回延期: the office refuses it, with a reason; the deadline stays */
        post: operations["tickets_refuse_extension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回访: 是否解决, 是否满意 (or a 1-5 rating), who called and when */
        post: operations["tickets_follow_up"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/mediation/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** agreed (调解协议), failed or referred */
        put: operations["tickets_record_outcome"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/mediation/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The parties' contact data: in full for the mediator and the office (each read logged, as the reporter's) */
        get: operations["tickets_parties"];
        /** Set Parties */
        put: operations["tickets_set_parties"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/mediation/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record Session */
        post: operations["tickets_record_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 并案: fold into another ticket */
        post: operations["tickets_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Note */
        post: operations["tickets_add_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示稿: the detector's proposal and what was approved */
        get: operations["tickets_get_notice_draft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/notice/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核公示: approve the summary (edited) the public reads */
        post: operations["tickets_approve_notice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A photo added to a ticket (its reporter, staff of its scope) */
        post: operations["tickets_upload_ticket_photo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/photos/{photo_id}": {
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
        /** 公示: show a photo on the public notice once the ticket is published (staff who publish) */
        patch: operations["tickets_update_ticket_photo"];
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公示回应: give (and show) the response */
        post: operations["tickets_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/recollect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 再收集: a new matter raised at follow-up, as a linked ticket (the new one) */
        post: operations["tickets_recollect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予受理: reject, with a reason */
        post: operations["tickets_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen as a linked follow-up ticket (the new one) */
        post: operations["tickets_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/reporter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reporter's contact data: in full only as the reader's role needs (each staff read logged) */
        get: operations["tickets_reporter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/reporter/reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read the reporter's contact data in full (the access log) */
        get: operations["tickets_reporter_reads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结: resolved, with what was done */
        post: operations["tickets_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收: sign for it */
        post: operations["tickets_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticket_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start handling */
        post: operations["tickets_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/by-number/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** By Number */
        get: operations["tickets_by_number"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff: the list as CSV in UTF-8 with a BOM (Chinese headers, the xlsx's rows: newest first, at most 5000) */
        get: operations["tickets_export_tickets_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff: the list as xlsx (标题、统计单位、制表时间, Chinese headers; newest first, at most 5000 rows) */
        get: operations["tickets_export_tickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已有人反映: open matters of a category near a point (no reporter data) */
        get: operations["tickets_nearby"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/routing/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a matter at this place would go (grid, queue) */
        get: operations["tickets_routing_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Visits */
        get: operations["tickets_list_visits"];
        put?: never;
        /** Record Visit */
        post: operations["tickets_record_visit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits per kind of the six (六上门) */
        get: operations["tickets_visit_counts"];
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
        /** Agreement */
        Agreement: {
            /**
             * Agreement
             * @default
             */
            agreement: string;
            /** Outcome */
            outcome: string;
        };
        /**
         * AppealKind
         * @description 诉求类型 as 12345 uses them.
         * @enum {string}
         */
        AppealKind: "consultation" | "help" | "complaint" | "suggestion";
        /** Attachment */
        Attachment: {
            /** Action */
            action?: string | null;
            /**
             * Added At
             * Format: date-time
             */
            added_at: string;
            /** Added By */
            added_by: string | null;
            /** Content Type */
            content_type: string;
            /** Height */
            height?: number | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Location Kept
             * @default false
             */
            location_kept: boolean;
            /** Name */
            name: string;
            /**
             * Public
             * @default false
             */
            public: boolean;
            /** Sha256 */
            sha256: string | null;
            /** Size */
            size: number;
            /** Thumb Url */
            thumb_url?: string | null;
            /** Url */
            url: string | null;
            /** Url Expires At */
            url_expires_at?: string | null;
            /** Width */
            width?: number | null;
        };
        /**
         * AttachmentIn
         * @description An attachment's metadata; the file itself lives in the city's object store.
         */
        AttachmentIn: {
            /** Content Type */
            content_type: string;
            /** Name */
            name: string;
            /** Sha256 */
            sha256?: string | null;
            /** Size */
            size: number;
            /** Url */
            url?: string | null;
        };
        /** Body_tickets_upload_photo */
        Body_tickets_upload_photo: {
            /**
             * File
             * @description JPEG, PNG, WebP or HEIC; re-encoded, EXIF (the location above all) removed
             */
            file: string;
            /**
             * Keep Location
             * @description staff only: keep the EXIF location on purpose (such a photo is never public)
             * @default false
             */
            keep_location: boolean;
        };
        /** Body_tickets_upload_ticket_photo */
        Body_tickets_upload_ticket_photo: {
            /**
             * File
             * @description JPEG, PNG, WebP or HEIC; re-encoded, EXIF (the location above all) removed
             */
            file: string;
            /**
             * Keep Location
             * @description staff only: keep the EXIF location on purpose (such a photo is never public)
             * @default false
             */
            keep_location: boolean;
            /**
             * Public
             * @description staff who publish: show it on the notice
             * @default false
             */
            public: boolean;
        };
        /**
         * CalendarLoad
         * @description A year's holiday notice (国务院办公厅关于…年部分节假日安排的通知): its days off (weekdays
         *     or not) and its make-up working days (调休, weekend days worked).
         */
        CalendarLoad: {
            /** Days Off */
            days_off: string[];
            /** Source */
            source?: string | null;
            /** Working Days */
            working_days?: string[];
        };
        /**
         * CalendarYear
         * @description A year's holiday notice as loaded (the latest version of its year).
         */
        CalendarYear: {
            /** Days Off */
            days_off: string[];
            /**
             * Loaded At
             * Format: date-time
             */
            loaded_at: string;
            /** Loaded By */
            loaded_by: string | null;
            /** Source */
            source: string | null;
            /** Version */
            version: number;
            /** Working Days */
            working_days: string[];
            /** Year */
            year: number;
        };
        /**
         * CalendarYearPublic
         * @description What counts for a year: the loaded notice, else the package's, and on what basis.
         */
        CalendarYearPublic: {
            /** Basis */
            basis: string;
            /** Days Off */
            days_off: string[];
            loaded?: components["schemas"]["CalendarYear"] | null;
            /** Note */
            note?: string | null;
            /** Rescheduled */
            rescheduled?: number | null;
            /** Working Days */
            working_days: string[];
            /** Year */
            year: number;
        };
        /** CatalogueEntry */
        CatalogueEntry: {
            /** Category */
            category: string;
            /** Department */
            department: string | null;
            /** Emergency */
            emergency: boolean;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Level */
            level: string;
            /** Limit Hours */
            limit_hours: number | null;
            /** Limit Working Days */
            limit_working_days: number | null;
            /** Sign Hours */
            sign_hours: number;
            /** Street Id */
            street_id: string | null;
            /**
             * Valid From
             * Format: date-time
             */
            valid_from: string;
            /** Valid To */
            valid_to: string | null;
        };
        /** CatalogueEntryCreate */
        CatalogueEntryCreate: {
            /** Category */
            category: string;
            /** Department */
            department?: string | null;
            /**
             * Emergency
             * @default false
             */
            emergency: boolean;
            level: components["schemas"]["Level"];
            /** Limit Hours */
            limit_hours?: number | null;
            /** Limit Working Days */
            limit_working_days?: number | null;
            /**
             * Sign Hours
             * @default 24
             */
            sign_hours: number;
            /** Street Id */
            street_id?: string | null;
            /**
             * Valid From
             * Format: date-time
             */
            valid_from: string;
            /** Valid To */
            valid_to?: string | null;
        };
        /** Category */
        Category: {
            /** Code */
            code: string;
            /** Mediation */
            mediation: boolean;
            /** Name */
            name: string;
            /** Public */
            public: boolean;
        };
        /**
         * Channel
         * @enum {string}
         */
        Channel: "online" | "letters_visits" | "hotline" | "12345" | "patrol" | "window" | "forum" | "door_visit";
        /** Cohandle */
        Cohandle: {
            /** Cohandlers */
            cohandlers: components["schemas"]["CohandlerIn"][];
            /** Note */
            note?: string | null;
        };
        /**
         * Cohandler
         * @description 协办单位: a grid, community or department handling a part beside the lead.
         */
        Cohandler: {
            /**
             * Added At
             * Format: date-time
             */
            added_at: string;
            /** Department */
            department: string | null;
            /** Grid Id */
            grid_id: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Level */
            level: string;
            /** Org Id */
            org_id: string | null;
            /** Resolution */
            resolution: string | null;
            /** Resolved At */
            resolved_at: string | null;
            /** Resolved By */
            resolved_by: string | null;
            /** Signed At */
            signed_at: string | null;
            /** Signed By */
            signed_by: string | null;
            /** Status */
            status: string;
            /**
             * Ticket Id
             * Format: uuid
             */
            ticket_id: string;
        };
        /**
         * CohandlerIn
         * @description One co-handler (协办单位): a grid (its branch handles it), a community, or a department
         *     at the street.
         */
        CohandlerIn: {
            /** Community Id */
            community_id?: string | null;
            /** Department */
            department?: string | null;
            /** Grid Id */
            grid_id?: string | null;
        };
        /** CohandlerResolve */
        CohandlerResolve: {
            /** Resolution */
            resolution: string;
        };
        /**
         * ContactRead
         * @description One staff read of a reporter's (or a mediation's parties') full contact data (who, with
         *     which roles, when).
         */
        ContactRead: {
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
            /** Roles */
            roles: string[];
            /**
             * Subject
             * @default reporter
             */
            subject: string;
        };
        /** Custody */
        Custody: {
            /** Assignee Id */
            assignee_id: string | null;
            /** Assignee Name */
            assignee_name?: string | null;
            /** Department */
            department: string | null;
            /**
             * From At
             * Format: date-time
             */
            from_at: string;
            /** Level */
            level: string;
            /** Org Id */
            org_id: string | null;
            /** Org Name */
            org_name?: string | null;
            /** Reason */
            reason: string;
            /** To At */
            to_at: string | null;
        };
        /**
         * DeadlineState
         * @description 期限状态 of a matter still to settle: the desk queue's filter and its tag.
         * @enum {string}
         */
        DeadlineState: "overdue" | "due_soon" | "on_time";
        /**
         * Dispatch
         * @description Where to send it; with nothing given, where the dispatch catalogue says.
         */
        Dispatch: {
            /** Assignee Id */
            assignee_id?: string | null;
            /** Department */
            department?: string | null;
            /** Grid Id */
            grid_id?: string | null;
            level?: components["schemas"]["Level"] | null;
            /** Note */
            note?: string | null;
        };
        /**
         * DueAnswer
         * @description "When is this due?": the due moment in Beijing time and UTC, and its basis.
         */
        DueAnswer: {
            /** Basis */
            basis: string;
            /** Days */
            days: number | null;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /** Due At Local */
            due_at_local: string;
            /** Hours */
            hours: number | null;
            /** Note */
            note?: string | null;
            /**
             * Start
             * Format: date-time
             */
            start: string;
        };
        /** Escalate */
        Escalate: {
            /** Reason */
            reason: string;
        };
        /**
         * Extension
         * @description 延期申请: asked by the holder, decided by the office (domain/extensions.py).
         */
        Extension: {
            /**
             * Asked At
             * Format: date-time
             */
            asked_at: string;
            /** Asked By */
            asked_by: string | null;
            /** Decided At */
            decided_at: string | null;
            /** Decided By */
            decided_by: string | null;
            /** Decision */
            decision: string | null;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /** Due Before */
            due_before: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Reason */
            reason: string;
            /** Status */
            status: string;
            /**
             * Ticket Id
             * Format: uuid
             */
            ticket_id: string;
        };
        /**
         * ExtensionAsk
         * @description 延期申请: a later deadline for the holder, with the reason.
         */
        ExtensionAsk: {
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /** Reason */
            reason: string;
        };
        /** ExtensionDecide */
        ExtensionDecide: {
            /** Note */
            note?: string | null;
        };
        /** ExtensionRefuse */
        ExtensionRefuse: {
            /** Reason */
            reason: string;
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
            /** Accepted */
            accepted: number;
            /** Asked Solved */
            asked_solved: number;
            /** Bounced */
            bounced: number;
            /** Dispatched */
            dispatched: number;
            /** Escalated */
            escalated: number;
            /** Group */
            group?: string | null;
            /** Group Name */
            group_name?: string | null;
            /** In Progress */
            in_progress: number;
            /** Mediated */
            mediated: number;
            /** Merged */
            merged: number;
            /** On Time */
            on_time: number;
            /** Overdue */
            overdue: number;
            /** Rated */
            rated: number;
            /** Received */
            received: number;
            /** Rejected */
            rejected: number;
            /** Resolution Rate */
            resolution_rate: number | null;
            /** Resolved */
            resolved: number;
            /** Responded */
            responded: number;
            /** Response Rate */
            response_rate: number | null;
            /** Satisfaction Rate */
            satisfaction_rate: number | null;
            /** Satisfied */
            satisfied: number;
            /** Solved */
            solved: number;
            /** Solved Rate */
            solved_rate: number | null;
            /** To Resolve */
            to_resolve: number;
            /** To Respond */
            to_respond: number;
            /** Unevaluated */
            unevaluated: number;
        };
        /** FiguresReport */
        FiguresReport: {
            /** Group By */
            group_by: string | null;
            /** Groups */
            groups: components["schemas"]["Figures"][];
            /** Since */
            since: string | null;
            total: components["schemas"]["Figures"];
            /** Until */
            until: string | null;
        };
        /**
         * Finding
         * @description Something a visit found that should become a ticket.
         */
        Finding: {
            /** @default help */
            appeal_kind: components["schemas"]["AppealKind"];
            /** Category */
            category: string;
            /**
             * Description
             * @default
             */
            description: string;
            /** Photo Ids */
            photo_ids?: string[];
            /** Title */
            title: string;
        };
        /**
         * FollowUp
         * @description 回访: 是否解决 and 是否满意 as two answers (a 1–5 score alone is read as the 是否满意);
         *     staff recording a phone call say who called and when (default: themselves, now).
         */
        FollowUp: {
            /** Called At */
            called_at?: string | null;
            /** Called By */
            called_by?: string | null;
            /**
             * Comment
             * @default
             */
            comment: string;
            /** Rating */
            rating?: number | null;
            satisfaction?: components["schemas"]["Satisfaction"] | null;
            /** Solved */
            solved?: boolean | null;
        };
        /**
         * Level
         * @enum {string}
         */
        Level: "grid" | "community" | "street" | "department";
        /** Location */
        Location: {
            /** Lat */
            lat: number;
            /** Lng */
            lng: number;
        };
        /** Mediation */
        Mediation: {
            /** Agreement */
            agreement: string | null;
            /** Concluded At */
            concluded_at: string | null;
            /** Outcome */
            outcome: string | null;
            /** Parties */
            parties: {
                [key: string]: unknown;
            }[];
            /**
             * Sessions
             * @default []
             */
            sessions: components["schemas"]["MediationSession"][];
            /**
             * Ticket Id
             * Format: uuid
             */
            ticket_id: string;
        };
        /** MediationOpen */
        MediationOpen: {
            /** Parties */
            parties: components["schemas"]["Party"][];
        };
        /** MediationSession */
        MediationSession: {
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
            /** Mediator Ids */
            mediator_ids: string[];
            /** Note */
            note: string;
            /** Place */
            place: string | null;
        };
        /** Merge */
        Merge: {
            /**
             * Into Id
             * Format: uuid
             */
            into_id: string;
            /** Reason */
            reason: string;
        };
        /**
         * NearbyMatter
         * @description An open matter near where a resident is about to report (已有人反映): only its number,
         *     its title (phone numbers and names masked), where it stands and how far; nothing of who
         *     reported it.
         */
        NearbyMatter: {
            /** Distance M */
            distance_m: number;
            /** Number */
            number: string;
            status: components["schemas"]["Status"];
            /** Title */
            title: string;
        };
        /** Note */
        Note: {
            /** Note */
            note?: string | null;
        };
        /**
         * Notice
         * @description 公示: a resolved matter and the summary the office approved, no reporter data at all.
         */
        Notice: {
            /** Appeal Kind */
            appeal_kind: string;
            /** Category */
            category: string;
            /** Category Name */
            category_name: string;
            /** Grid Name */
            grid_name: string | null;
            /** Number */
            number: string;
            /**
             * Photos
             * @default []
             */
            photos: components["schemas"]["NoticePhoto"][];
            /** Place */
            place: string | null;
            /** Published At */
            published_at: string | null;
            /**
             * Received At
             * Format: date-time
             */
            received_at: string;
            /** Resolved At */
            resolved_at: string | null;
            /** Response */
            response: string | null;
            /** Status */
            status: string;
            /** Title */
            title: string;
        };
        /**
         * NoticeApproval
         * @description 公示稿 as the office approves it (edited from the detector's proposal).
         */
        NoticeApproval: {
            /** Response */
            response: string;
            /** Title */
            title: string;
        };
        /**
         * NoticeDraft
         * @description 公示稿 under review: the detector's proposal from the raw title and response, and what
         *     the office approved (what the public reads), if anything yet.
         */
        NoticeDraft: {
            /** Approved At */
            approved_at: string | null;
            /** Approved By */
            approved_by: string | null;
            /** Number */
            number: string;
            /**
             * Proposed At
             * Format: date-time
             */
            proposed_at: string;
            /** Proposed Response */
            proposed_response: string;
            /** Proposed Title */
            proposed_title: string;
            /** Response */
            response: string | null;
            /** Shown */
            shown: boolean;
            /**
             * Ticket Id
             * Format: uuid
             */
            ticket_id: string;
            /** Title */
            title: string | null;
        };
        /**
         * NoticePhoto
         * @description A photo on the public notice: the ticket is published and staff marked it public.
         */
        NoticePhoto: {
            /** Height */
            height: number | null;
            /** Thumb Url */
            thumb_url: string | null;
            /** Url */
            url: string;
            /**
             * Url Expires At
             * Format: date-time
             */
            url_expires_at: string;
            /** Width */
            width: number | null;
        };
        /** Page[Notice] */
        Page_Notice_: {
            /** Items */
            items: components["schemas"]["Notice"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[TicketPublic] */
        Page_TicketPublic_: {
            /** Items */
            items: components["schemas"]["TicketPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[VisitPublic] */
        Page_VisitPublic_: {
            /** Items */
            items: components["schemas"]["VisitPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Party */
        Party: {
            /** Name */
            name: string;
            /** Person Id */
            person_id?: string | null;
            /** Phone */
            phone?: string | null;
            /** Role */
            role: string;
        };
        /**
         * PartyContact
         * @description A mediation party's contact data: in full for the mediator and the office.
         */
        PartyContact: {
            /** Name */
            name: string | null;
            /** Person Id */
            person_id?: string | null;
            /** Phone */
            phone?: string | null;
            /** Role */
            role: string;
        };
        /** PhotoUpdate */
        PhotoUpdate: {
            /** Public */
            public: boolean;
        };
        /** PrefixSet */
        PrefixSet: {
            /** Prefix */
            prefix: string;
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
        /** Publish */
        Publish: {
            /**
             * Public
             * @default true
             */
            public: boolean;
            /** Response */
            response: string;
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
        /** ReasonGiven */
        ReasonGiven: {
            /** Reason */
            reason: string;
        };
        /**
         * Recollect
         * @description 再收集: a new matter raised at follow-up, filed as a linked ticket.
         */
        Recollect: {
            appeal_kind: components["schemas"]["AppealKind"];
            /** Category */
            category: string;
            /**
             * Description
             * @default
             */
            description: string;
            /** Title */
            title: string;
        };
        /** Reopen */
        Reopen: {
            /**
             * Description
             * @default
             */
            description: string;
            /** Reason */
            reason: string;
        };
        /**
         * ReplyTemplate
         * @description 答复模板: a street office's response text for a category.
         */
        ReplyTemplate: {
            /** Body */
            body: string;
            /** Category */
            category: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Street Id
             * Format: uuid
             */
            street_id: string;
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** Reporter */
        Reporter: {
            /** Address */
            address: string | null;
            /** Name */
            name: string | null;
            /** Person Id */
            person_id: string | null;
            /** Phone */
            phone: string | null;
            /**
             * Ticket Id
             * Format: uuid
             */
            ticket_id: string;
        };
        /**
         * ReporterIn
         * @description Who reported it; staff fill this in when they file on a resident's behalf.
         */
        ReporterIn: {
            /** Address */
            address?: string | null;
            /** Name */
            name?: string | null;
            /** Person Id */
            person_id?: string | null;
            /** Phone */
            phone?: string | null;
        };
        /** Resolve */
        Resolve: {
            /** Photo Ids */
            photo_ids?: string[];
            /** Resolution */
            resolution: string;
            /**
             * Without Cohandlers
             * @default false
             */
            without_cohandlers: boolean;
        };
        /**
         * Satisfaction
         * @enum {string}
         */
        Satisfaction: "satisfied" | "basically_satisfied" | "dissatisfied" | "unevaluated";
        /** SessionRecord */
        SessionRecord: {
            /**
             * Held At
             * Format: date-time
             */
            held_at: string;
            /** Mediator Ids */
            mediator_ids?: string[];
            /**
             * Note
             * @default
             */
            note: string;
            /** Place */
            place?: string | null;
        };
        /**
         * Status
         * @enum {string}
         */
        Status: "received" | "accepted" | "dispatched" | "signed" | "in_progress" | "bounced" | "resolved" | "published" | "followed_up" | "closed" | "rejected" | "merged";
        /** Step */
        Step: {
            /** Action */
            action: string;
            /** Actor Name */
            actor_name?: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** By Org Name */
            by_org_name?: string | null;
            /** By Person */
            by_person: string | null;
            /** By Roles */
            by_roles: string[];
            /** Data */
            data: {
                [key: string]: unknown;
            };
            /** From Org Name */
            from_org_name?: string | null;
            /** From Status */
            from_status: string | null;
            /** Id */
            id: number;
            /** Note */
            note: string | null;
            /** Reason */
            reason: string | null;
            /** To Org Name */
            to_org_name?: string | null;
            /** To Status */
            to_status: string;
        };
        /**
         * TemplateCreate
         * @description 答复模板: a street office's response text for a category.
         */
        TemplateCreate: {
            /** Body */
            body: string;
            /** Category */
            category: string;
            /**
             * Street Id
             * Format: uuid
             */
            street_id: string;
            /** Title */
            title: string;
        };
        /** TemplateUpdate */
        TemplateUpdate: {
            /** Body */
            body?: string | null;
            /** Title */
            title?: string | null;
        };
        /** TicketCreate */
        TicketCreate: {
            /**
             * Accept
             * @default false
             */
            accept: boolean;
            /** Address */
            address?: string | null;
            appeal_kind: components["schemas"]["AppealKind"];
            /** Attachments */
            attachments?: components["schemas"]["AttachmentIn"][];
            /** Category */
            category: string;
            /** @default online */
            channel: components["schemas"]["Channel"];
            /** Community Id */
            community_id?: string | null;
            /**
             * Description
             * @default
             */
            description: string;
            /** External Ref */
            external_ref?: string | null;
            /** Grid Id */
            grid_id?: string | null;
            kind?: components["schemas"]["TicketKind"] | null;
            location?: components["schemas"]["Location"] | null;
            /** Occurred At */
            occurred_at?: string | null;
            /** Photo Ids */
            photo_ids?: string[];
            reporter?: components["schemas"]["ReporterIn"] | null;
            /** Title */
            title: string;
        };
        /**
         * TicketFile
         * @description 一号一档: the ticket and its complete file.
         */
        TicketFile: {
            /** Attachments */
            attachments: components["schemas"]["Attachment"][];
            /**
             * Cohandlers
             * @default []
             */
            cohandlers: components["schemas"]["Cohandler"][];
            /** Custody */
            custody: components["schemas"]["Custody"][];
            /**
             * Extensions
             * @default []
             */
            extensions: components["schemas"]["Extension"][];
            /**
             * Linked
             * @default []
             */
            linked: {
                [key: string]: unknown;
            }[];
            mediation?: components["schemas"]["Mediation"] | null;
            ticket: components["schemas"]["TicketPublic"];
            /** Timeline */
            timeline: components["schemas"]["Step"][];
        };
        /**
         * TicketKind
         * @enum {string}
         */
        TicketKind: "matter" | "mediation";
        /**
         * TicketPublic
         * @description A ticket as staff and its reporter see it: the reporter's data masked (in full from
         *     GET /v1/tickets/{id}/reporter for those whose role needs it); the place and phone numbers in
         *     the text masked too unless the reader is the reporter, the assignee or the office holding
         *     it.
         */
        TicketPublic: {
            /** Accepted At */
            accepted_at: string | null;
            /** Address */
            address: string | null;
            /**
             * Allowed Actions
             * @default []
             */
            allowed_actions: string[];
            /** Appeal Kind */
            appeal_kind: string;
            /** Assignee Id */
            assignee_id: string | null;
            /** Assignee Name */
            assignee_name?: string | null;
            /** Category */
            category: string;
            /** Channel */
            channel: string;
            /** Closed At */
            closed_at: string | null;
            /** Community Id */
            community_id: string | null;
            /** Community Name */
            community_name?: string | null;
            /** Deadline Basis */
            deadline_basis?: string | null;
            /** Deadline Note */
            deadline_note: string | null;
            deadline_state?: components["schemas"]["DeadlineState"] | null;
            /** Department */
            department: string | null;
            /** Description */
            description: string;
            /** Due At */
            due_at: string | null;
            /** Due At Local */
            due_at_local?: string | null;
            /** Emergency */
            emergency: boolean;
            /** Escalation Level */
            escalation_level: number;
            /** External Ref */
            external_ref: string | null;
            /** First Due At */
            first_due_at: string | null;
            /** First Due At Local */
            first_due_at_local?: string | null;
            /** Follows Id */
            follows_id: string | null;
            /** Followup By */
            followup_by?: string | null;
            /** Followup Called At */
            followup_called_at?: string | null;
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
            /** Lat */
            lat: number | null;
            /** Level */
            level: string;
            /** Lng */
            lng: number | null;
            /** Merged Into Id */
            merged_into_id: string | null;
            /** Number */
            number: string;
            /** Occurred At */
            occurred_at: string | null;
            /** Org Id */
            org_id: string | null;
            /** Org Name */
            org_name?: string | null;
            /** Overdue */
            overdue: boolean;
            /**
             * Possible Duplicate Tickets
             * @default []
             */
            possible_duplicate_tickets: components["schemas"]["TicketRef"][];
            /** Possible Duplicates */
            possible_duplicates: string[];
            /** Published At */
            published_at: string | null;
            /** Rating */
            rating: number | null;
            /** Rating Comment */
            rating_comment: string | null;
            /**
             * Received At
             * Format: date-time
             */
            received_at: string;
            reporter?: components["schemas"]["Reporter"] | null;
            /** Reporter Person Id */
            reporter_person_id: string | null;
            /** Resolution */
            resolution: string | null;
            /** Resolved At */
            resolved_at: string | null;
            /** Response */
            response: string | null;
            /** Response Public */
            response_public: boolean;
            /** Satisfaction */
            satisfaction?: string | null;
            /** Solved */
            solved?: boolean | null;
            /** Status */
            status: string;
            /** Street Id */
            street_id: string | null;
            /** Street Name */
            street_name?: string | null;
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Visit Id */
            visit_id: string | null;
        };
        /**
         * TicketRef
         * @description Another ticket as a list names it: its number and title (phone numbers masked).
         */
        TicketRef: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Number */
            number: string;
            /** Title */
            title: string;
        };
        /** VisitCreate */
        VisitCreate: {
            /** Community Id */
            community_id?: string | null;
            /** Findings */
            findings?: components["schemas"]["Finding"][];
            /** Grid Id */
            grid_id?: string | null;
            /** Household */
            household?: string | null;
            kind: components["schemas"]["VisitKind"];
            /**
             * Note
             * @default
             */
            note: string;
            /** Photo Ids */
            photo_ids?: string[];
            /**
             * Visited At
             * Format: date-time
             */
            visited_at: string;
        };
        /**
         * VisitKind
         * @enum {string}
         */
        VisitKind: "policy" | "opinion" | "problem" | "dispute" | "service" | "help";
        /** VisitPublic */
        VisitPublic: {
            /** Community Id */
            community_id: string | null;
            /** Grid Id */
            grid_id: string | null;
            /** Household */
            household: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Note */
            note: string;
            /**
             * Photos
             * @default []
             */
            photos: components["schemas"]["Attachment"][];
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /** Ticket Ids */
            ticket_ids: string[];
            /**
             * Visited At
             * Format: date-time
             */
            visited_at: string;
            /**
             * Visitor Id
             * Format: uuid
             */
            visitor_id: string;
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
    tickets_asyncapi_json: {
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
    tickets_healthz: {
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
    tickets_metrics_endpoint: {
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
    tickets_list_notices: {
        parameters: {
            query?: {
                category?: string | null;
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
                     *           "number": "DZ2026031200012",
                     *           "category": "city_appearance",
                     *           "category_name": "市容环境",
                     *           "appeal_kind": "育红社区",
                     *           "title": "双井巷地面方砖松动",
                     *           "place": "育红社区双井巷3号楼",
                     *           "grid_name": "育红社区第3网格",
                     *           "status": "active",
                     *           "received_at": "2026-03-12T09:30:00+08:00",
                     *           "resolved_at": "2026-03-12T09:30:00+08:00",
                     *           "published_at": "2026-03-12T09:30:00+08:00",
                     *           "response": "已处理完毕, 感谢反映",
                     *           "photos": [
                     *             {
                     *               "url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *               "thumb_url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.thumb.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *               "width": 1440,
                     *               "height": 1920,
                     *               "url_expires_at": "2026-03-12T09:40:00+08:00"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Notice_"];
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
    tickets_get_notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
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
                     *       "number": "DZ2026031200012",
                     *       "category": "city_appearance",
                     *       "category_name": "市容环境",
                     *       "appeal_kind": "育红社区",
                     *       "title": "双井巷地面方砖松动",
                     *       "place": "育红社区双井巷3号楼",
                     *       "grid_name": "育红社区第3网格",
                     *       "status": "active",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "photos": [
                     *         {
                     *           "url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *           "thumb_url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.thumb.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *           "width": 1440,
                     *           "height": 1920,
                     *           "url_expires_at": "2026-03-12T09:40:00+08:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Notice"];
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
    tickets_readyz: {
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
    tickets_year_of: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
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
                     *       "year": 2027,
                     *       "basis": "calendar",
                     *       "days_off": [
                     *         "2027-01-01",
                     *         "2027-02-05",
                     *         "2027-02-08"
                     *       ],
                     *       "working_days": [],
                     *       "loaded": null,
                     *       "rescheduled": 2,
                     *       "note": null
                     *     }
                     */
                    "application/json": components["schemas"]["CalendarYearPublic"];
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
    tickets_load: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days_off": [
                 *         "2027-01-01",
                 *         "2027-02-05",
                 *         "2027-02-06",
                 *         "2027-02-07",
                 *         "2027-02-08",
                 *         "2027-02-09",
                 *         "2027-02-10"
                 *       ],
                 *       "working_days": [],
                 *       "source": "国务院办公厅关于2027年部分节假日安排的通知"
                 *     }
                 */
                "application/json": components["schemas"]["CalendarLoad"];
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
                     *       "year": 2027,
                     *       "basis": "calendar",
                     *       "days_off": [
                     *         "2027-01-01",
                     *         "2027-02-05",
                     *         "2027-02-08"
                     *       ],
                     *       "working_days": [],
                     *       "loaded": null,
                     *       "rescheduled": 2,
                     *       "note": null
                     *     }
                     */
                    "application/json": components["schemas"]["CalendarYearPublic"];
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
    tickets_working_days: {
        parameters: {
            query: {
                days?: number | null;
                from: string;
                hours?: number | null;
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
                     *       "start": "2027-02-04T02:00:00Z",
                     *       "days": 3,
                     *       "hours": null,
                     *       "due_at": "2027-02-15T16:00:00Z",
                     *       "due_at_local": "2027-02-16T00:00:00+08:00",
                     *       "basis": "calendar",
                     *       "note": null
                     *     }
                     */
                    "application/json": components["schemas"]["DueAnswer"];
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
    tickets_in_force: {
        parameters: {
            query?: {
                at?: string | null;
                street_id?: string | null;
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
                     *         "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *         "category": "city_appearance",
                     *         "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *         "level": "community",
                     *         "department": "大中街道城管科",
                     *         "limit_hours": 72,
                     *         "limit_working_days": 5,
                     *         "emergency": false,
                     *         "sign_hours": 2,
                     *         "valid_from": "2026-03-12T09:30:00+08:00",
                     *         "valid_to": "2026-03-12T09:30:00+08:00"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CatalogueEntry"][];
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
    tickets_add_entry: {
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
                 *       "category": "city_appearance",
                 *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                 *       "level": "grid",
                 *       "department": "大中街道城管科",
                 *       "limit_hours": 72,
                 *       "limit_working_days": 5,
                 *       "emergency": false,
                 *       "sign_hours": 2,
                 *       "valid_from": "2026-03-12T09:30:00+08:00",
                 *       "valid_to": "2026-03-12T09:30:00+08:00"
                 *     }
                 */
                "application/json": components["schemas"]["CatalogueEntryCreate"];
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
                     *       "category": "city_appearance",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "limit_hours": 72,
                     *       "limit_working_days": 5,
                     *       "emergency": false,
                     *       "sign_hours": 2,
                     *       "valid_from": "2026-03-12T09:30:00+08:00",
                     *       "valid_to": "2026-03-12T09:30:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogueEntry"];
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
    tickets_history: {
        parameters: {
            query?: {
                street_id?: string | null;
            };
            header?: never;
            path: {
                category: string;
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
                     *         "category": "city_appearance",
                     *         "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *         "level": "community",
                     *         "department": "大中街道城管科",
                     *         "limit_hours": 72,
                     *         "limit_working_days": 5,
                     *         "emergency": false,
                     *         "sign_hours": 2,
                     *         "valid_from": "2026-03-12T09:30:00+08:00",
                     *         "valid_to": "2026-03-12T09:30:00+08:00"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CatalogueEntry"][];
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
    tickets_categories: {
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
                     *         "code": "city_appearance",
                     *         "name": "市容环境",
                     *         "public": false,
                     *         "mediation": false
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Category"][];
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
    tickets_report: {
        parameters: {
            query?: {
                category?: string | null;
                channel?: components["schemas"]["Channel"] | null;
                community_id?: string | null;
                grid_id?: string | null;
                group_by?: ("status" | "category" | "channel" | "grid" | "community" | "street" | "month") | null;
                /** @description received at or after */
                since?: string | null;
                status?: components["schemas"]["Status"] | null;
                street_id?: string | null;
                /** @description received before */
                until?: string | null;
                /** @description with grid_id: count the tickets of the grids merged or split into it too (网格调整), so its figures run on across a re-draw */
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
                    /**
                     * @example {
                     *       "since": "2026-03-12T09:30:00+08:00",
                     *       "until": "2026-03-12T09:30:00+08:00",
                     *       "group_by": "community",
                     *       "total": {
                     *         "group": null,
                     *         "received": 120,
                     *         "accepted": 112,
                     *         "rejected": 8,
                     *         "merged": 3,
                     *         "resolved": 96,
                     *         "in_progress": 13,
                     *         "on_time": 90,
                     *         "overdue": 6,
                     *         "escalated": 4,
                     *         "bounced": 2,
                     *         "mediated": 5,
                     *         "dispatched": 100,
                     *         "responded": 95,
                     *         "to_resolve": 109,
                     *         "rated": 80,
                     *         "satisfied": 76,
                     *         "response_rate": 0.9694,
                     *         "resolution_rate": 0.8807,
                     *         "satisfaction_rate": 0.95,
                     *         "to_respond": 98,
                     *         "unevaluated": 6,
                     *         "asked_solved": 86,
                     *         "solved": 81,
                     *         "solved_rate": 0.9419
                     *       },
                     *       "groups": [
                     *         {
                     *           "group": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "received": 120,
                     *           "accepted": 112,
                     *           "rejected": 8,
                     *           "merged": 3,
                     *           "resolved": 96,
                     *           "in_progress": 13,
                     *           "on_time": 90,
                     *           "overdue": 6,
                     *           "escalated": 4,
                     *           "bounced": 2,
                     *           "mediated": 5,
                     *           "dispatched": 100,
                     *           "responded": 95,
                     *           "to_resolve": 109,
                     *           "rated": 80,
                     *           "satisfied": 76,
                     *           "response_rate": 0.9694,
                     *           "resolution_rate": 0.8807,
                     *           "satisfaction_rate": 0.95,
                     *           "group_name": "育红社区党委",
                     *           "to_respond": 98,
                     *           "unevaluated": 6,
                     *           "asked_solved": 86,
                     *           "solved": 81,
                     *           "solved_rate": 0.9419
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FiguresReport"];
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
    tickets_media: {
        parameters: {
            query: {
                expires: number;
                sig: string;
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo's bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": unknown;
                    "image/png": unknown;
                    "image/webp": unknown;
                };
            };
            /** @description The link's signature is wrong, or it has expired */
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
        };
    };
    tickets_upload_photo: {
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
                 *       "file": "(the photo's bytes)",
                 *       "keep_location": false
                 *     }
                 */
                "multipart/form-data": components["schemas"]["Body_tickets_upload_photo"];
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
                     *       "id": "01956f3a-0061-7c3e-9a41-6d2b8e0f0061",
                     *       "name": "双井巷方砖.jpg",
                     *       "content_type": "image/jpeg",
                     *       "size": 248311,
                     *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *       "url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *       "added_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *       "added_at": "2026-03-12T09:30:00+08:00",
                     *       "thumb_url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.thumb.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *       "width": 1440,
                     *       "height": 1920,
                     *       "action": "receive",
                     *       "public": false,
                     *       "location_kept": false,
                     *       "url_expires_at": "2026-03-12T09:40:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["Attachment"];
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
            /** @description The photo is over settings.photo_max_bytes (10 MB) */
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
    tickets_list_templates: {
        parameters: {
            query?: {
                category?: string | null;
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
                     *         "id": "01956f3a-0072-7c3e-9a41-6d2b8e0f0072",
                     *         "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *         "category": "road_repair",
                     *         "title": "方砖松动已修复",
                     *         "body": "您反映的人行道方砖松动问题，已由社区联系施工队重新铺设，感谢您的监督。",
                     *         "updated_at": "2026-03-12T09:30:00+08:00"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ReplyTemplate"][];
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
    tickets_add_template: {
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
                 *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                 *       "category": "road_repair",
                 *       "title": "方砖松动已修复",
                 *       "body": "您反映的人行道方砖松动问题，已由社区联系施工队重新铺设，感谢您的监督。"
                 *     }
                 */
                "application/json": components["schemas"]["TemplateCreate"];
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
                     *       "id": "01956f3a-0072-7c3e-9a41-6d2b8e0f0072",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "category": "road_repair",
                     *       "title": "方砖松动已修复",
                     *       "body": "您反映的人行道方砖松动问题，已由社区联系施工队重新铺设，感谢您的监督。",
                     *       "updated_at": "2026-03-12T09:30:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ReplyTemplate"];
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
    tickets_delete_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
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
    tickets_update_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "您反映的人行道方砖松动问题已修复，欢迎继续监督。"
                 *     }
                 */
                "application/json": components["schemas"]["TemplateUpdate"];
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
                     *       "id": "01956f3a-0072-7c3e-9a41-6d2b8e0f0072",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "category": "road_repair",
                     *       "title": "方砖松动已修复",
                     *       "body": "您反映的人行道方砖松动问题，已由社区联系施工队重新铺设，感谢您的监督。",
                     *       "updated_at": "2026-03-12T09:30:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ReplyTemplate"];
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
    tickets_set_prefix: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                street_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prefix": "DZ"
                 *     }
                 */
                "application/json": components["schemas"]["PrefixSet"];
            };
        };
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
    tickets_list_tickets: {
        parameters: {
            query?: {
                assignee_id?: string | null;
                category?: string | null;
                channel?: components["schemas"]["Channel"] | null;
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description 期限状态: overdue 逾期, due_soon 即将到期 (less than a day left), on_time 正常; only matters a deadline runs for */
                deadline?: components["schemas"]["DeadlineState"] | null;
                grid_id?: string | null;
                kind?: components["schemas"]["TicketKind"] | null;
                /** @description Page length */
                limit?: number;
                /** @description Search: part of the number or the title; of the reporter's phone or name only for those who may see them in full (the office holding the matter, its assignee) */
                q?: string | null;
                received_from?: string | null;
                received_to?: string | null;
                status?: components["schemas"]["Status"] | null;
                street_id?: string | null;
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
                     *           "number": "DZ2026031200012",
                     *           "kind": "government",
                     *           "channel": "育红社区",
                     *           "appeal_kind": "育红社区",
                     *           "category": "city_appearance",
                     *           "title": "双井巷地面方砖松动",
                     *           "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *           "status": "active",
                     *           "emergency": false,
                     *           "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *           "level": "community",
                     *           "department": "大中街道城管科",
                     *           "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *           "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *           "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *           "reporter": {
                     *             "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *             "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *             "name": "育红社区",
                     *             "phone": "13912345678",
                     *             "address": "大中街道育红路12号3单元502室"
                     *           },
                     *           "external_ref": "12345-20260312-0088",
                     *           "lat": 33.2016,
                     *           "lng": 120.4768,
                     *           "address": "大中街道育红路12号3单元502室",
                     *           "occurred_at": "2026-03-12T09:30:00+08:00",
                     *           "received_at": "2026-03-12T09:30:00+08:00",
                     *           "accepted_at": "2026-03-12T09:30:00+08:00",
                     *           "first_due_at": "2026-03-12T09:30:00+08:00",
                     *           "due_at": "2026-03-12T09:30:00+08:00",
                     *           "deadline_note": "3个工作日内办结",
                     *           "overdue": false,
                     *           "deadline_state": null,
                     *           "escalation_level": 3,
                     *           "resolved_at": "2026-03-12T09:30:00+08:00",
                     *           "closed_at": "2026-03-12T09:30:00+08:00",
                     *           "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *           "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *           "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *           "possible_duplicates": [
                     *             "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *           ],
                     *           "resolution": "物业已重新铺设方砖",
                     *           "response": "已处理完毕, 感谢反映",
                     *           "response_public": false,
                     *           "published_at": "2026-03-12T09:30:00+08:00",
                     *           "rating": 5,
                     *           "rating_comment": "服务很热心",
                     *           "version": 3,
                     *           "updated_at": "2026-03-12T09:30:00+08:00",
                     *           "allowed_actions": [
                     *             "育红社区"
                     *           ],
                     *           "grid_name": "育红第一网格",
                     *           "community_name": "育红社区党委",
                     *           "street_name": "大中街道党工委",
                     *           "org_name": "育红社区党委",
                     *           "assignee_name": "刘建华",
                     *           "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *           "due_at_local": "2026-03-17T00:00:00+08:00",
                     *           "possible_duplicate_tickets": [
                     *             {
                     *               "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *               "number": "DZ2026031100007",
                     *               "title": "双井巷人行道方砖松动"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_TicketPublic_"];
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
    tickets_file_ticket: {
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
                 *       "channel": "online",
                 *       "appeal_kind": "consultation",
                 *       "category": "city_appearance",
                 *       "kind": "matter",
                 *       "title": "双井巷地面方砖松动",
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                 *       "location": {
                 *         "lat": 33.2016,
                 *         "lng": 120.4768
                 *       },
                 *       "address": "大中街道育红路12号3单元502室",
                 *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                 *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                 *       "external_ref": "12345-20260312-0088",
                 *       "occurred_at": "2026-03-12T09:30:00+08:00",
                 *       "reporter": {
                 *         "name": "育红社区",
                 *         "phone": "13912345678",
                 *         "address": "大中街道育红路12号3单元502室",
                 *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002"
                 *       },
                 *       "attachments": [
                 *         {
                 *           "name": "双井巷方砖.jpg",
                 *           "content_type": "image/jpeg",
                 *           "size": 248311,
                 *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 *           "url": "https://files.example.cn/redgrid/双井巷方砖.jpg"
                 *         }
                 *       ],
                 *       "accept": false,
                 *       "photo_ids": [
                 *         "01956f3a-0061-7c3e-9a41-6d2b8e0f0061"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TicketCreate"];
            };
        };
        responses: {
            /** @description The same 12345 order was filed before: that ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_get_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
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
                     *       "ticket": {
                     *         "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *         "number": "DZ2026031200012",
                     *         "kind": "government",
                     *         "channel": "育红社区",
                     *         "appeal_kind": "育红社区",
                     *         "category": "city_appearance",
                     *         "title": "双井巷地面方砖松动",
                     *         "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *         "status": "active",
                     *         "emergency": false,
                     *         "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *         "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *         "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *         "level": "community",
                     *         "department": "大中街道城管科",
                     *         "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *         "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *         "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *         "reporter": {
                     *           "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *           "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *           "name": "育红社区",
                     *           "phone": "13912345678",
                     *           "address": "大中街道育红路12号3单元502室"
                     *         },
                     *         "external_ref": "12345-20260312-0088",
                     *         "lat": 33.2016,
                     *         "lng": 120.4768,
                     *         "address": "大中街道育红路12号3单元502室",
                     *         "occurred_at": "2026-03-12T09:30:00+08:00",
                     *         "received_at": "2026-03-12T09:30:00+08:00",
                     *         "accepted_at": "2026-03-12T09:30:00+08:00",
                     *         "first_due_at": "2026-03-12T09:30:00+08:00",
                     *         "due_at": "2026-03-12T09:30:00+08:00",
                     *         "deadline_note": "3个工作日内办结",
                     *         "overdue": false,
                     *         "deadline_state": null,
                     *         "escalation_level": 3,
                     *         "resolved_at": "2026-03-12T09:30:00+08:00",
                     *         "closed_at": "2026-03-12T09:30:00+08:00",
                     *         "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *         "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *         "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *         "possible_duplicates": [
                     *           "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *         ],
                     *         "resolution": "物业已重新铺设方砖",
                     *         "response": "已处理完毕, 感谢反映",
                     *         "response_public": false,
                     *         "published_at": "2026-03-12T09:30:00+08:00",
                     *         "rating": 5,
                     *         "rating_comment": "服务很热心",
                     *         "version": 3,
                     *         "updated_at": "2026-03-12T09:30:00+08:00",
                     *         "allowed_actions": [
                     *           "育红社区"
                     *         ],
                     *         "grid_name": "育红第一网格",
                     *         "community_name": "育红社区党委",
                     *         "street_name": "大中街道党工委",
                     *         "org_name": "育红社区党委",
                     *         "assignee_name": "刘建华",
                     *         "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *         "due_at_local": "2026-03-17T00:00:00+08:00",
                     *         "possible_duplicate_tickets": [
                     *           {
                     *             "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *             "number": "DZ2026031100007",
                     *             "title": "双井巷人行道方砖松动"
                     *           }
                     *         ]
                     *       },
                     *       "timeline": [
                     *         {
                     *           "id": 3,
                     *           "action": "accept",
                     *           "from_status": "育红社区",
                     *           "to_status": "育红社区",
                     *           "by_person": "01956f3a-0022-7c3e-9a41-6d2b8e0f0022",
                     *           "by_roles": [
                     *             "育红社区"
                     *           ],
                     *           "reason": "不属于本网格职责",
                     *           "note": "已电话确认时间",
                     *           "data": {},
                     *           "at": "2026-03-12T09:30:00+08:00",
                     *           "actor_name": "刘建华",
                     *           "from_org_name": null,
                     *           "by_org_name": null,
                     *           "to_org_name": null
                     *         }
                     *       ],
                     *       "custody": [
                     *         {
                     *           "level": "community",
                     *           "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *           "department": "大中街道城管科",
                     *           "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *           "from_at": "2026-03-12T09:30:00+08:00",
                     *           "to_at": "2026-03-12T09:30:00+08:00",
                     *           "reason": "不属于本网格职责",
                     *           "org_name": "育红社区党委",
                     *           "assignee_name": "刘建华"
                     *         }
                     *       ],
                     *       "attachments": [
                     *         {
                     *           "id": "01956f3a-0061-7c3e-9a41-6d2b8e0f0061",
                     *           "name": "双井巷方砖.jpg",
                     *           "content_type": "image/jpeg",
                     *           "size": 248311,
                     *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *           "url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *           "added_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *           "added_at": "2026-03-12T09:30:00+08:00",
                     *           "thumb_url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.thumb.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *           "width": 1440,
                     *           "height": 1920,
                     *           "action": "receive",
                     *           "public": false,
                     *           "location_kept": false,
                     *           "url_expires_at": "2026-03-12T09:40:00+08:00"
                     *         }
                     *       ],
                     *       "mediation": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "parties": [
                     *           {}
                     *         ],
                     *         "agreement": "双方达成一致",
                     *         "outcome": "agreed",
                     *         "concluded_at": "2026-03-12T09:30:00+08:00",
                     *         "sessions": [
                     *           {
                     *             "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *             "held_at": "2026-03-12T09:30:00+08:00",
                     *             "place": "育红社区双井巷3号楼",
                     *             "mediator_ids": [
                     *               "01956f3a-0055-7c3e-9a41-6d2b8e0f0055"
                     *             ],
                     *             "note": "已电话确认时间"
                     *           }
                     *         ]
                     *       },
                     *       "linked": [
                     *         {}
                     *       ],
                     *       "extensions": [
                     *         {
                     *           "id": "01956f3a-0070-7c3e-9a41-6d2b8e0f0070",
                     *           "ticket_id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "status": "asked",
                     *           "reason": "需协调燃气公司停气检修，预计下周完成",
                     *           "due_at": "2026-03-24T00:00:00+08:00",
                     *           "due_before": "2026-03-17T00:00:00+08:00",
                     *           "asked_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *           "asked_at": "2026-03-14T10:00:00+08:00",
                     *           "decided_by": null,
                     *           "decided_at": null,
                     *           "decision": null
                     *         }
                     *       ],
                     *       "cohandlers": [
                     *         {
                     *           "id": "01956f3a-0071-7c3e-9a41-6d2b8e0f0071",
                     *           "ticket_id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "level": "department",
                     *           "org_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *           "grid_id": null,
                     *           "department": "大中街道城管科",
                     *           "status": "resolved",
                     *           "added_at": "2026-03-12T10:00:00+08:00",
                     *           "signed_by": "01956f3a-004d-7c3e-9a41-6d2b8e0f004d",
                     *           "signed_at": "2026-03-12T11:00:00+08:00",
                     *           "resolved_by": "01956f3a-004d-7c3e-9a41-6d2b8e0f004d",
                     *           "resolved_at": "2026-03-13T16:00:00+08:00",
                     *           "resolution": "已清理占道堆放的建材"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketFile"];
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
    tickets_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "已电话确认时间"
                 *     }
                 */
                "application/json": components["schemas"]["Note"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_add_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "双井巷方砖.jpg",
                 *       "content_type": "image/jpeg",
                 *       "size": 248311,
                 *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 *       "url": "https://files.example.cn/redgrid/双井巷方砖.jpg"
                 *     }
                 */
                "application/json": components["schemas"]["AttachmentIn"];
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
                     *       "id": "01956f3a-0061-7c3e-9a41-6d2b8e0f0061",
                     *       "name": "双井巷方砖.jpg",
                     *       "content_type": "image/jpeg",
                     *       "size": 248311,
                     *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *       "url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *       "added_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *       "added_at": "2026-03-12T09:30:00+08:00",
                     *       "thumb_url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.thumb.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *       "width": 1440,
                     *       "height": 1920,
                     *       "action": "receive",
                     *       "public": false,
                     *       "location_kept": false,
                     *       "url_expires_at": "2026-03-12T09:40:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["Attachment"];
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
    tickets_bounce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
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
                "application/json": components["schemas"]["ReasonGiven"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "已电话确认时间"
                 *     }
                 */
                "application/json": components["schemas"]["Note"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_list_cohandlers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
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
                     *         "id": "01956f3a-0071-7c3e-9a41-6d2b8e0f0071",
                     *         "ticket_id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *         "level": "department",
                     *         "org_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *         "grid_id": null,
                     *         "department": "大中街道城管科",
                     *         "status": "resolved",
                     *         "added_at": "2026-03-12T10:00:00+08:00",
                     *         "signed_by": "01956f3a-004d-7c3e-9a41-6d2b8e0f004d",
                     *         "signed_at": "2026-03-12T11:00:00+08:00",
                     *         "resolved_by": "01956f3a-004d-7c3e-9a41-6d2b8e0f004d",
                     *         "resolved_at": "2026-03-13T16:00:00+08:00",
                     *         "resolution": "已清理占道堆放的建材"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Cohandler"][];
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
    tickets_add_cohandlers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cohandlers": [
                 *         {
                 *           "department": "大中街道城管科"
                 *         },
                 *         {
                 *           "grid_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008"
                 *         }
                 *       ],
                 *       "note": "请城管科协助清理占道建材"
                 *     }
                 */
                "application/json": components["schemas"]["Cohandle"];
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
                     * @example [
                     *       {
                     *         "id": "01956f3a-0071-7c3e-9a41-6d2b8e0f0071",
                     *         "ticket_id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *         "level": "department",
                     *         "org_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *         "grid_id": null,
                     *         "department": "大中街道城管科",
                     *         "status": "resolved",
                     *         "added_at": "2026-03-12T10:00:00+08:00",
                     *         "signed_by": "01956f3a-004d-7c3e-9a41-6d2b8e0f004d",
                     *         "signed_at": "2026-03-12T11:00:00+08:00",
                     *         "resolved_by": "01956f3a-004d-7c3e-9a41-6d2b8e0f004d",
                     *         "resolved_at": "2026-03-13T16:00:00+08:00",
                     *         "resolution": "已清理占道堆放的建材"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Cohandler"][];
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
    tickets_resolve_cohandler: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohandler_id: string;
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resolution": "已清理占道堆放的建材"
                 *     }
                 */
                "application/json": components["schemas"]["CohandlerResolve"];
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
                     *       "id": "01956f3a-0071-7c3e-9a41-6d2b8e0f0071",
                     *       "ticket_id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "level": "department",
                     *       "org_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "grid_id": null,
                     *       "department": "大中街道城管科",
                     *       "status": "resolved",
                     *       "added_at": "2026-03-12T10:00:00+08:00",
                     *       "signed_by": "01956f3a-004d-7c3e-9a41-6d2b8e0f004d",
                     *       "signed_at": "2026-03-12T11:00:00+08:00",
                     *       "resolved_by": "01956f3a-004d-7c3e-9a41-6d2b8e0f004d",
                     *       "resolved_at": "2026-03-13T16:00:00+08:00",
                     *       "resolution": "已清理占道堆放的建材"
                     *     }
                     */
                    "application/json": components["schemas"]["Cohandler"];
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
    tickets_sign_cohandler: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohandler_id: string;
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "已电话确认时间"
                 *     }
                 */
                "application/json": components["schemas"]["Note"];
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
                     *       "id": "01956f3a-0071-7c3e-9a41-6d2b8e0f0071",
                     *       "ticket_id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "level": "department",
                     *       "org_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "grid_id": null,
                     *       "department": "大中街道城管科",
                     *       "status": "resolved",
                     *       "added_at": "2026-03-12T10:00:00+08:00",
                     *       "signed_by": "01956f3a-004d-7c3e-9a41-6d2b8e0f004d",
                     *       "signed_at": "2026-03-12T11:00:00+08:00",
                     *       "resolved_by": "01956f3a-004d-7c3e-9a41-6d2b8e0f004d",
                     *       "resolved_at": "2026-03-13T16:00:00+08:00",
                     *       "resolution": "已清理占道堆放的建材"
                     *     }
                     */
                    "application/json": components["schemas"]["Cohandler"];
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
    tickets_dispatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                 *       "level": "grid",
                 *       "department": "大中街道城管科",
                 *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_escalate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
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
                "application/json": components["schemas"]["Escalate"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_list_extensions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
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
                     *         "id": "01956f3a-0070-7c3e-9a41-6d2b8e0f0070",
                     *         "ticket_id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *         "status": "asked",
                     *         "reason": "需协调燃气公司停气检修，预计下周完成",
                     *         "due_at": "2026-03-24T00:00:00+08:00",
                     *         "due_before": "2026-03-17T00:00:00+08:00",
                     *         "asked_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *         "asked_at": "2026-03-14T10:00:00+08:00",
                     *         "decided_by": null,
                     *         "decided_at": null,
                     *         "decision": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Extension"][];
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
    tickets_ask_extension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "需协调燃气公司停气检修，预计下周完成",
                 *       "due_at": "2026-03-24T00:00:00+08:00"
                 *     }
                 */
                "application/json": components["schemas"]["ExtensionAsk"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_approve_extension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                extension_id: string;
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "同意延期，请按期办结"
                 *     }
                 */
                "application/json": components["schemas"]["ExtensionDecide"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_refuse_extension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                extension_id: string;
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "该事项可在原期限内办结"
                 *     }
                 */
                "application/json": components["schemas"]["ExtensionRefuse"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_follow_up: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "solved": true,
                 *       "satisfaction": "basically_satisfied",
                 *       "comment": "方砖已重新铺好，希望以后定期检查",
                 *       "called_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                 *       "called_at": "2026-03-14T10:15:00+08:00"
                 *     }
                 */
                "application/json": components["schemas"]["FollowUp"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_record_outcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "agreed",
                 *       "agreement": "双方达成一致"
                 *     }
                 */
                "application/json": components["schemas"]["Agreement"];
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
                     *       "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *       "parties": [
                     *         {}
                     *       ],
                     *       "agreement": "双方达成一致",
                     *       "outcome": "agreed",
                     *       "concluded_at": "2026-03-12T09:30:00+08:00",
                     *       "sessions": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "held_at": "2026-03-12T09:30:00+08:00",
                     *           "place": "育红社区双井巷3号楼",
                     *           "mediator_ids": [
                     *             "01956f3a-0055-7c3e-9a41-6d2b8e0f0055"
                     *           ],
                     *           "note": "已电话确认时间"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Mediation"];
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
    tickets_parties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
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
                     *         "role": "applicant",
                     *         "name": "王秀英",
                     *         "phone": "13812345678",
                     *         "person_id": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["PartyContact"][];
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
            /** @description The ticket is not a dispute under mediation */
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
    tickets_set_parties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parties": [
                 *         {
                 *           "role": "applicant",
                 *           "name": "育红社区",
                 *           "phone": "13912345678",
                 *           "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002"
                 *         },
                 *         {
                 *           "role": "applicant",
                 *           "name": "育红社区",
                 *           "phone": "13912345678",
                 *           "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["MediationOpen"];
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
                     *       "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *       "parties": [
                     *         {}
                     *       ],
                     *       "agreement": "双方达成一致",
                     *       "outcome": "agreed",
                     *       "concluded_at": "2026-03-12T09:30:00+08:00",
                     *       "sessions": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "held_at": "2026-03-12T09:30:00+08:00",
                     *           "place": "育红社区双井巷3号楼",
                     *           "mediator_ids": [
                     *             "01956f3a-0055-7c3e-9a41-6d2b8e0f0055"
                     *           ],
                     *           "note": "已电话确认时间"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Mediation"];
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
    tickets_record_session: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "held_at": "2026-03-12T09:30:00+08:00",
                 *       "place": "育红社区双井巷3号楼",
                 *       "mediator_ids": [
                 *         "01956f3a-0055-7c3e-9a41-6d2b8e0f0055"
                 *       ],
                 *       "note": "已电话确认时间"
                 *     }
                 */
                "application/json": components["schemas"]["SessionRecord"];
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
                     *       "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *       "parties": [
                     *         {}
                     *       ],
                     *       "agreement": "双方达成一致",
                     *       "outcome": "agreed",
                     *       "concluded_at": "2026-03-12T09:30:00+08:00",
                     *       "sessions": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "held_at": "2026-03-12T09:30:00+08:00",
                     *           "place": "育红社区双井巷3号楼",
                     *           "mediator_ids": [
                     *             "01956f3a-0055-7c3e-9a41-6d2b8e0f0055"
                     *           ],
                     *           "note": "已电话确认时间"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Mediation"];
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
    tickets_merge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "into_id": "01956f3a-0057-7c3e-9a41-6d2b8e0f0057",
                 *       "reason": "不属于本网格职责"
                 *     }
                 */
                "application/json": components["schemas"]["Merge"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_add_note: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "已电话确认时间"
                 *     }
                 */
                "application/json": components["schemas"]["Note"];
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
    tickets_get_notice_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
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
                     *       "ticket_id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "number": "DZ2026031200012",
                     *       "proposed_title": "张**反映双井巷3号楼**地面方砖松动 电话138****5678",
                     *       "proposed_response": "已联系张**先生, 物业已重新铺设方砖",
                     *       "proposed_at": "2026-03-12T09:30:00+08:00",
                     *       "title": "双井巷3号楼前地面方砖松动",
                     *       "response": "已联系物业重新铺设方砖, 感谢张**先生反映",
                     *       "approved_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *       "approved_at": "2026-03-12T10:00:00+08:00",
                     *       "shown": true
                     *     }
                     */
                    "application/json": components["schemas"]["NoticeDraft"];
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
    tickets_approve_notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "双井巷3号楼前地面方砖松动",
                 *       "response": "已联系物业重新铺设方砖, 感谢张**先生反映"
                 *     }
                 */
                "application/json": components["schemas"]["NoticeApproval"];
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
                     *       "ticket_id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "number": "DZ2026031200012",
                     *       "proposed_title": "张**反映双井巷3号楼**地面方砖松动 电话138****5678",
                     *       "proposed_response": "已联系张**先生, 物业已重新铺设方砖",
                     *       "proposed_at": "2026-03-12T09:30:00+08:00",
                     *       "title": "双井巷3号楼前地面方砖松动",
                     *       "response": "已联系物业重新铺设方砖, 感谢张**先生反映",
                     *       "approved_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *       "approved_at": "2026-03-12T10:00:00+08:00",
                     *       "shown": true
                     *     }
                     */
                    "application/json": components["schemas"]["NoticeDraft"];
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
    tickets_upload_ticket_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "(the photo's bytes)",
                 *       "keep_location": false,
                 *       "public": false
                 *     }
                 */
                "multipart/form-data": components["schemas"]["Body_tickets_upload_ticket_photo"];
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
                     *       "id": "01956f3a-0061-7c3e-9a41-6d2b8e0f0061",
                     *       "name": "双井巷方砖.jpg",
                     *       "content_type": "image/jpeg",
                     *       "size": 248311,
                     *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *       "url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *       "added_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *       "added_at": "2026-03-12T09:30:00+08:00",
                     *       "thumb_url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.thumb.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *       "width": 1440,
                     *       "height": 1920,
                     *       "action": "receive",
                     *       "public": false,
                     *       "location_kept": false,
                     *       "url_expires_at": "2026-03-12T09:40:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["Attachment"];
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
            /** @description The photo is over settings.photo_max_bytes (10 MB) */
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
    tickets_update_ticket_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                photo_id: string;
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "public": true
                 *     }
                 */
                "application/json": components["schemas"]["PhotoUpdate"];
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
                     *       "id": "01956f3a-0061-7c3e-9a41-6d2b8e0f0061",
                     *       "name": "双井巷方砖.jpg",
                     *       "content_type": "image/jpeg",
                     *       "size": 248311,
                     *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *       "url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *       "added_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *       "added_at": "2026-03-12T09:30:00+08:00",
                     *       "thumb_url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.thumb.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *       "width": 1440,
                     *       "height": 1920,
                     *       "action": "receive",
                     *       "public": false,
                     *       "location_kept": false,
                     *       "url_expires_at": "2026-03-12T09:40:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["Attachment"];
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
    tickets_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "response": "已处理完毕, 感谢反映",
                 *       "public": true
                 *     }
                 */
                "application/json": components["schemas"]["Publish"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_recollect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "category": "city_appearance",
                 *       "appeal_kind": "consultation",
                 *       "title": "双井巷地面方砖松动",
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理"
                 *     }
                 */
                "application/json": components["schemas"]["Recollect"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
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
                "application/json": components["schemas"]["ReasonGiven"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "不属于本网格职责",
                 *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理"
                 *     }
                 */
                "application/json": components["schemas"]["Reopen"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_reporter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
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
                     *       "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *       "name": "育红社区",
                     *       "phone": "13912345678",
                     *       "address": "大中街道育红路12号3单元502室"
                     *     }
                     */
                    "application/json": components["schemas"]["Reporter"] | null;
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
    tickets_reporter_reads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
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
                     *         "reader_id": "01956f3a-0050-7c3e-9a41-6d2b8e0f0050",
                     *         "roles": [
                     *           "育红社区"
                     *         ],
                     *         "at": "2026-03-12T09:30:00+08:00",
                     *         "subject": "reporter"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ContactRead"][];
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
    tickets_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resolution": "物业已重新铺设方砖",
                 *       "photo_ids": [
                 *         "01956f3a-0062-7c3e-9a41-6d2b8e0f0062"
                 *       ],
                 *       "without_cohandlers": false
                 *     }
                 */
                "application/json": components["schemas"]["Resolve"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "已电话确认时间"
                 *     }
                 */
                "application/json": components["schemas"]["Note"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "已电话确认时间"
                 *     }
                 */
                "application/json": components["schemas"]["Note"];
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_by_number: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
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
                     *       "number": "DZ2026031200012",
                     *       "kind": "government",
                     *       "channel": "育红社区",
                     *       "appeal_kind": "育红社区",
                     *       "category": "city_appearance",
                     *       "title": "双井巷地面方砖松动",
                     *       "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理",
                     *       "status": "active",
                     *       "emergency": false,
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "street_id": "01956f3a-004e-7c3e-9a41-6d2b8e0f004e",
                     *       "level": "community",
                     *       "department": "大中街道城管科",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "assignee_id": "01956f3a-0052-7c3e-9a41-6d2b8e0f0052",
                     *       "reporter_person_id": "01956f3a-0064-7c3e-9a41-6d2b8e0f0064",
                     *       "reporter": {
                     *         "ticket_id": "01956f3a-0053-7c3e-9a41-6d2b8e0f0053",
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "name": "育红社区",
                     *         "phone": "13912345678",
                     *         "address": "大中街道育红路12号3单元502室"
                     *       },
                     *       "external_ref": "12345-20260312-0088",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "occurred_at": "2026-03-12T09:30:00+08:00",
                     *       "received_at": "2026-03-12T09:30:00+08:00",
                     *       "accepted_at": "2026-03-12T09:30:00+08:00",
                     *       "first_due_at": "2026-03-12T09:30:00+08:00",
                     *       "due_at": "2026-03-12T09:30:00+08:00",
                     *       "deadline_note": "3个工作日内办结",
                     *       "overdue": false,
                     *       "deadline_state": null,
                     *       "escalation_level": 3,
                     *       "resolved_at": "2026-03-12T09:30:00+08:00",
                     *       "closed_at": "2026-03-12T09:30:00+08:00",
                     *       "merged_into_id": "01956f3a-0067-7c3e-9a41-6d2b8e0f0067",
                     *       "follows_id": "01956f3a-0068-7c3e-9a41-6d2b8e0f0068",
                     *       "visit_id": "01956f3a-0069-7c3e-9a41-6d2b8e0f0069",
                     *       "possible_duplicates": [
                     *         "01956f3a-006a-7c3e-9a41-6d2b8e0f006a"
                     *       ],
                     *       "resolution": "物业已重新铺设方砖",
                     *       "response": "已处理完毕, 感谢反映",
                     *       "response_public": false,
                     *       "published_at": "2026-03-12T09:30:00+08:00",
                     *       "rating": 5,
                     *       "rating_comment": "服务很热心",
                     *       "version": 3,
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "allowed_actions": [
                     *         "育红社区"
                     *       ],
                     *       "grid_name": "育红第一网格",
                     *       "community_name": "育红社区党委",
                     *       "street_name": "大中街道党工委",
                     *       "org_name": "育红社区党委",
                     *       "assignee_name": "刘建华",
                     *       "first_due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "due_at_local": "2026-03-17T00:00:00+08:00",
                     *       "possible_duplicate_tickets": [
                     *         {
                     *           "id": "01956f3a-006a-7c3e-9a41-6d2b8e0f006a",
                     *           "number": "DZ2026031100007",
                     *           "title": "双井巷人行道方砖松动"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPublic"];
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
    tickets_export_tickets_csv: {
        parameters: {
            query?: {
                assignee_id?: string | null;
                category?: string | null;
                channel?: components["schemas"]["Channel"] | null;
                community_id?: string | null;
                /** @description 期限状态: overdue 逾期, due_soon 即将到期 (less than a day left), on_time 正常; only matters a deadline runs for */
                deadline?: components["schemas"]["DeadlineState"] | null;
                grid_id?: string | null;
                kind?: components["schemas"]["TicketKind"] | null;
                /** @description Search: part of the number or the title; of the reporter's phone or name only for those who may see them in full (the office holding the matter, its assignee) */
                q?: string | null;
                received_from?: string | null;
                received_to?: string | null;
                status?: components["schemas"]["Status"] | null;
                street_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 民情工单.csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
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
    tickets_export_tickets: {
        parameters: {
            query?: {
                assignee_id?: string | null;
                category?: string | null;
                channel?: components["schemas"]["Channel"] | null;
                community_id?: string | null;
                /** @description 期限状态: overdue 逾期, due_soon 即将到期 (less than a day left), on_time 正常; only matters a deadline runs for */
                deadline?: components["schemas"]["DeadlineState"] | null;
                grid_id?: string | null;
                kind?: components["schemas"]["TicketKind"] | null;
                /** @description Search: part of the number or the title; of the reporter's phone or name only for those who may see them in full (the office holding the matter, its assignee) */
                q?: string | null;
                received_from?: string | null;
                received_to?: string | null;
                status?: components["schemas"]["Status"] | null;
                street_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 民情工单明细.xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    tickets_nearby: {
        parameters: {
            query: {
                category: string;
                lat: number;
                lng: number;
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
                     *         "number": "DZ-2026-000123",
                     *         "title": "双井巷3号楼前地面方砖松动",
                     *         "status": "dispatched",
                     *         "distance_m": 60
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["NearbyMatter"][];
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
    tickets_routing_preview: {
        parameters: {
            query?: {
                address?: string | null;
                lat?: number | null;
                lng?: number | null;
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
    tickets_list_visits: {
        parameters: {
            query?: {
                /** @description From next_cursor */
                cursor?: string | null;
                kind?: components["schemas"]["VisitKind"] | null;
                /** @description Page length */
                limit?: number;
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
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "kind": "government",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *           "visitor_id": "01956f3a-0085-7c3e-9a41-6d2b8e0f0085",
                     *           "household": "育红路12号3单元502室",
                     *           "visited_at": "2026-03-12T09:30:00+08:00",
                     *           "note": "已电话确认时间",
                     *           "ticket_ids": [
                     *             "01956f3a-0086-7c3e-9a41-6d2b8e0f0086"
                     *           ],
                     *           "recorded_at": "2026-03-12T09:30:00+08:00",
                     *           "photos": [
                     *             {
                     *               "id": "01956f3a-0061-7c3e-9a41-6d2b8e0f0061",
                     *               "name": "双井巷方砖.jpg",
                     *               "content_type": "image/jpeg",
                     *               "size": 248311,
                     *               "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *               "url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *               "added_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *               "added_at": "2026-03-12T09:30:00+08:00",
                     *               "thumb_url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.thumb.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *               "width": 1440,
                     *               "height": 1920,
                     *               "action": "visit",
                     *               "public": false,
                     *               "location_kept": false,
                     *               "url_expires_at": "2026-03-12T09:40:00+08:00"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_VisitPublic_"];
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
    tickets_record_visit: {
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
                 *       "kind": "policy",
                 *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                 *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                 *       "household": "育红路12号3单元502室",
                 *       "visited_at": "2026-03-12T09:30:00+08:00",
                 *       "note": "已电话确认时间",
                 *       "findings": [
                 *         {
                 *           "category": "city_appearance",
                 *           "appeal_kind": "consultation",
                 *           "title": "双井巷地面方砖松动",
                 *           "description": "双井巷3号楼前人行道方砖松动, 老人经过容易绊倒, 请尽快处理"
                 *         }
                 *       ],
                 *       "photo_ids": [
                 *         "01956f3a-0063-7c3e-9a41-6d2b8e0f0063"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["VisitCreate"];
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
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "visitor_id": "01956f3a-0085-7c3e-9a41-6d2b8e0f0085",
                     *       "household": "育红路12号3单元502室",
                     *       "visited_at": "2026-03-12T09:30:00+08:00",
                     *       "note": "已电话确认时间",
                     *       "ticket_ids": [
                     *         "01956f3a-0086-7c3e-9a41-6d2b8e0f0086"
                     *       ],
                     *       "recorded_at": "2026-03-12T09:30:00+08:00",
                     *       "photos": [
                     *         {
                     *           "id": "01956f3a-0061-7c3e-9a41-6d2b8e0f0061",
                     *           "name": "双井巷方砖.jpg",
                     *           "content_type": "image/jpeg",
                     *           "size": 248311,
                     *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *           "url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *           "added_by": "01956f3a-004c-7c3e-9a41-6d2b8e0f004c",
                     *           "added_at": "2026-03-12T09:30:00+08:00",
                     *           "thumb_url": "/api/tickets/v1/media/photos/2026/03/01956f3a-0061-7c3e-9a41-6d2b8e0f0061.thumb.jpg?expires=1773280200&sig=Yk3VqE0g3w2c1kq8m8p0d6mJrC0lq2Qm1fFZr9bO2uQ",
                     *           "width": 1440,
                     *           "height": 1920,
                     *           "action": "visit",
                     *           "public": false,
                     *           "location_kept": false,
                     *           "url_expires_at": "2026-03-12T09:40:00+08:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["VisitPublic"];
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
    tickets_visit_counts: {
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
