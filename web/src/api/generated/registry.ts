// Generated from the registry service's OpenAPI by scripts/clients.mjs: do not edit.

export interface paths {
    "/asyncapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AsyncAPI 3.0 of the events */
        get: operations["registry_asyncapi_json"];
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
        get: operations["registry_healthz"];
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
        get: operations["registry_metrics_endpoint"];
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
        get: operations["registry_readyz"];
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
        /** The words for skills and service types, in their order (no token needed) */
        get: operations["registry_list_catalogue"];
        put?: never;
        /** Add Service Type */
        post: operations["registry_add_service_type"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/{code}": {
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
        /** Change an entry's English, aliases, order, or retire it (active false) */
        patch: operations["registry_update_service_type"];
        trace?: never;
    };
    "/v1/dual-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Dual Reports */
        get: operations["registry_list_dual_reports"];
        put?: never;
        /** Register Dual Report */
        post: operations["registry_register_dual_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dual-reports/{report_id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End Dual Report */
        post: operations["registry_end_dual_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your scope's grids, in tree order (by their organisation, then id) */
        get: operations["registry_list_grids"];
        put?: never;
        /** Create Grid */
        post: operations["registry_create_grid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grids/{grid_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Grid */
        get: operations["registry_get_grid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Grid */
        patch: operations["registry_update_grid"];
        trace?: never;
    };
    "/v1/grids/{grid_id}/lineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grid Lineage */
        get: operations["registry_grid_lineage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grids/{grid_id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Split Grid */
        post: operations["registry_split_grid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grids/locate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The grid that covers a point or address
         * @description Give a point (lat **and** lng, both or neither) or an address; lat without lng, or neither a point nor an address, is a 422.
         */
        get: operations["registry_locate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grids/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge Grids */
        post: operations["registry_merge_grids"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offices: import a filled template. dry_run (预检, the default) writes nothing; a real run writes every row in one transaction, or none if any row has a problem */
        post: operations["registry_import_rows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{kind}/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offices: the kind's xlsx template (标题、统计单位、说明, Chinese headers) */
        get: operations["registry_import_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your scope's subtree, in tree order */
        get: operations["registry_list_orgs"];
        put?: never;
        /** Create Org */
        post: operations["registry_create_org"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orgs/{org_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Org */
        get: operations["registry_get_org"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Org */
        patch: operations["registry_update_org"];
        trace?: never;
    };
    "/v1/orgs/{org_id}/circle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grids with a service place within a walk */
        get: operations["registry_circle_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orgs/{org_id}/dissolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dissolve Org */
        post: operations["registry_dissolve_org"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orgs/{org_id}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts for a street or community's subtree */
        get: operations["registry_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orgs/{org_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Org History */
        get: operations["registry_org_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orgs/{org_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move Org */
        post: operations["registry_move_org"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your scope's people, in tree order (by their home organisation, then id) */
        get: operations["registry_list_people"];
        put?: never;
        /** Register Person */
        post: operations["registry_register_person"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Person */
        get: operations["registry_get_person"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Person */
        patch: operations["registry_update_person"];
        trace?: never;
    };
    "/v1/people/{person_id}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Cards */
        get: operations["registry_list_cards"];
        put?: never;
        /** Record Card */
        post: operations["registry_record_card"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{person_id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full contact data; every staff read is logged */
        get: operations["registry_get_contact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{person_id}/contact-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read this person's contact data */
        get: operations["registry_contact_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{person_id}/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Link (or unlink) a person to their account at the identity provider */
        put: operations["registry_link_login"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{person_id}/membership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set Membership */
        put: operations["registry_set_membership"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{person_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign Role */
        post: operations["registry_assign_role"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{person_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End Role */
        delete: operations["registry_end_role"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: service places */
        get: operations["registry_list_places"];
        put?: never;
        /** Create Place */
        post: operations["registry_create_place"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places/{place_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace Place */
        put: operations["registry_replace_place"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: places within a walk of a point (15分钟党建活力圈) */
        get: operations["registry_nearby"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade the identity provider's ID token for a session token (no token needed: the ID token is the proof) */
        post: operations["registry_open_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where to log in (the city's identity provider), for the web app */
        get: operations["registry_login_config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Teams */
        get: operations["registry_list_teams"];
        put?: never;
        /** Create Team */
        post: operations["registry_create_team"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Team */
        get: operations["registry_get_team"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Team */
        patch: operations["registry_update_team"];
        trace?: never;
    };
    "/v1/teams/{team_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Member */
        post: operations["registry_add_member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{team_id}/members/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove Member */
        delete: operations["registry_remove_member"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Units */
        get: operations["registry_list_units"];
        put?: never;
        /** Register Unit */
        post: operations["registry_register_unit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unit_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Unit */
        get: operations["registry_get_unit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Unit */
        patch: operations["registry_update_unit"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * AvailabilityWindow
         * @description A weekly window: weekday 1 (Monday) to 7, hours in local time.
         */
        AvailabilityWindow: {
            /** End */
            end: string;
            /** Start */
            start: string;
            /** Weekday */
            weekday: number;
        };
        /** Body_registry_import_rows */
        Body_registry_import_rows: {
            /**
             * File
             * @description The filled template (.xlsx), at most 1 MB
             */
            file: string;
        };
        /** Card */
        Card: {
            /** Colour */
            colour: string;
            /** Content */
            content: string;
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
            /** Recorded By */
            recorded_by: string | null;
            /** Recorded By Name */
            recorded_by_name?: string | null;
            /**
             * Recorded On
             * Format: date
             */
            recorded_on: string;
            /** Title */
            title: string;
        };
        /**
         * CardColour
         * @description 党员四色卡.
         * @enum {string}
         */
        CardColour: "red" | "yellow" | "pink" | "green";
        /** CardRecord */
        CardRecord: {
            colour: components["schemas"]["CardColour"];
            /**
             * Content
             * @default
             */
            content: string;
            /** Recorded On */
            recorded_on?: string | null;
            /** Title */
            title: string;
        };
        /** Contact */
        Contact: {
            /** Address */
            address: string | null;
            /** Email */
            email: string | null;
            /** Name */
            name: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Phone */
            phone: string | null;
        };
        /** DualReport */
        DualReport: {
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Community Name */
            community_name?: string | null;
            /** Ended On */
            ended_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Org Path */
            org_path: string;
            /** Person Id */
            person_id: string | null;
            /** Person Name */
            person_name?: string | null;
            /**
             * Reported On
             * Format: date
             */
            reported_on: string;
            /** Unit Id */
            unit_id: string | null;
            /** Unit Name */
            unit_name?: string | null;
        };
        /**
         * DualReportCreate
         * @description 双报到: a member (person_id) or a unit (unit_id) registers with a community.
         */
        DualReportCreate: {
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Person Id */
            person_id?: string | null;
            /** Reported On */
            reported_on?: string | null;
            /** Unit Id */
            unit_id?: string | null;
        };
        /**
         * Employment
         * @enum {string}
         */
        Employment: "full_time" | "part_time";
        /** FieldError */
        FieldError: {
            /** Loc */
            loc: (string | number)[];
            /** Msg */
            msg: string;
            /** Type */
            type: string;
        };
        /** Grid */
        Grid: {
            /** Address Keys */
            address_keys: string[];
            /** Area */
            area: number[][] | null;
            /** Branch Id */
            branch_id: string | null;
            /** Branch Name */
            branch_name?: string | null;
            /** Center Lat */
            center_lat: number | null;
            /** Center Lng */
            center_lng: number | null;
            /** Code */
            code: string;
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
            /** Households */
            households: number | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Layers */
            layers: string[];
            /** Name */
            name: string;
            /** Org Path */
            org_path: string;
            /** Parent Grid Id */
            parent_grid_id: string | null;
            /** Parent Grid Name */
            parent_grid_name?: string | null;
            /** Population */
            population: number | null;
            /** Retired At */
            retired_at: string | null;
            /** Status */
            status: string;
            /** Version */
            version: number;
        };
        /** GridCreate */
        GridCreate: {
            /** Address Keys */
            address_keys?: string[];
            /**
             * Allow Overlap
             * @default false
             */
            allow_overlap: boolean;
            /** Area */
            area?: [
                number,
                number
            ][] | null;
            /** Branch Id */
            branch_id?: string | null;
            /** Center Lat */
            center_lat?: number | null;
            /** Center Lng */
            center_lng?: number | null;
            /** Code */
            code: string;
            /**
             * Community Id
             * Format: uuid
             */
            community_id: string;
            /** Households */
            households?: number | null;
            /** @default comprehensive */
            kind: components["schemas"]["GridKind"];
            /** Layers */
            layers?: components["schemas"]["Layer"][];
            /** Name */
            name: string;
            /** Parent Grid Id */
            parent_grid_id?: string | null;
            /** Population */
            population?: number | null;
        };
        /**
         * GridKind
         * @enum {string}
         */
        GridKind: "comprehensive" | "micro";
        /** GridMerge */
        GridMerge: {
            /**
             * Allow Overlap
             * @default false
             */
            allow_overlap: boolean;
            /** Grid Ids */
            grid_ids: string[];
            into: components["schemas"]["GridPart"];
            /** Reason */
            reason?: string | null;
        };
        /** GridPart */
        GridPart: {
            /** Address Keys */
            address_keys?: string[];
            /** Area */
            area?: [
                number,
                number
            ][] | null;
            /** Branch Id */
            branch_id?: string | null;
            /** Center Lat */
            center_lat?: number | null;
            /** Center Lng */
            center_lng?: number | null;
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** Person Ids */
            person_ids?: string[];
        };
        /** GridSplit */
        GridSplit: {
            /**
             * Allow Overlap
             * @default false
             */
            allow_overlap: boolean;
            /** Parts */
            parts: components["schemas"]["GridPart"][];
            /** Reason */
            reason?: string | null;
        };
        /** GridUpdate */
        GridUpdate: {
            /** Address Keys */
            address_keys?: string[];
            /**
             * Allow Overlap
             * @default false
             */
            allow_overlap: boolean;
            /** Area */
            area?: [
                number,
                number
            ][] | null;
            /** Branch Id */
            branch_id?: string | null;
            /** Center Lat */
            center_lat?: number | null;
            /** Center Lng */
            center_lng?: number | null;
            /** Households */
            households?: number | null;
            /** Layers */
            layers?: components["schemas"]["Layer"][];
            /** Name */
            name?: string;
            /** Population */
            population?: number | null;
        };
        /**
         * ImportKind
         * @enum {string}
         */
        ImportKind: "people" | "units" | "grids";
        /**
         * ImportProblem
         * @description One row's problem: its number as the spreadsheet shows it, the column, what is wrong.
         */
        ImportProblem: {
            /** Column */
            column: string;
            /** Problem */
            problem: string;
            /** Row */
            row: number;
        };
        /**
         * ImportReport
         * @description What an import (批量导入) found: every row's problems, and what it wrote. A real run
         *     writes only a file without problems, all of it in one transaction.
         */
        ImportReport: {
            /** Accepted */
            accepted: number;
            /** Dry Run */
            dry_run: boolean;
            /** Kind */
            kind: string;
            /** Problems */
            problems: components["schemas"]["ImportProblem"][];
            /** Rows */
            rows: number;
            /** Written */
            written: number;
        };
        /**
         * Layer
         * @description The grids unified by 多网合一.
         * @enum {string}
         */
        Layer: "party_building" | "governance" | "civil_affairs" | "urban_management";
        /** LineageStep */
        LineageStep: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Change */
            change: string;
            /** From Ids */
            from_ids: string[];
            /**
             * From Names
             * @default []
             */
            from_names: (string | null)[];
            /** Reason */
            reason: string | null;
            /** To Ids */
            to_ids: string[];
            /**
             * To Names
             * @default []
             */
            to_names: (string | null)[];
        };
        /**
         * LoginConfig
         * @description Where a browser logs in: the identity provider and the client it is known as there.
         */
        LoginConfig: {
            /** Client Id */
            client_id: string;
            /** Issuer */
            issuer: string | null;
            /**
             * Scope
             * @default openid profile phone redgrid
             */
            scope: string;
        };
        /**
         * LoginLink
         * @description The person's subject at the identity provider (`sub`); null unlinks.
         */
        LoginLink: {
            /** Idp Subject */
            idp_subject: string | null;
        };
        /**
         * MemberCategory
         * @description Party members' categories, each with its management mode (五管合一).
         * @enum {string}
         */
        MemberCategory: "in_service" | "resident" | "laid_off" | "retired" | "floating";
        /** Membership */
        Membership: {
            /**
             * Branch Id
             * Format: uuid
             */
            branch_id: string;
            /** Branch Name */
            branch_name?: string | null;
            /** Category */
            category: string;
            /** Employer */
            employer: string | null;
            /** Joined On */
            joined_on: string | null;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
        };
        /** MembershipSet */
        MembershipSet: {
            /**
             * Branch Id
             * Format: uuid
             */
            branch_id: string;
            category: components["schemas"]["MemberCategory"];
            /** Employer */
            employer?: string | null;
            /** Joined On */
            joined_on?: string | null;
        };
        /** Org */
        Org: {
            /** Active */
            active: boolean;
            /** Code */
            code: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Depth */
            depth: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: string | null;
            /** Parent Name */
            parent_name?: string | null;
            /** Path */
            path: string;
            /** Secretary Id */
            secretary_id: string | null;
            /** Secretary Name */
            secretary_name?: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** OrgChange */
        OrgChange: {
            /** After */
            after: {
                [key: string]: unknown;
            } | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Before */
            before: {
                [key: string]: unknown;
            } | null;
            /** By Person */
            by_person: string | null;
            /** By Person Name */
            by_person_name?: string | null;
            /** Change */
            change: string;
            /** Id */
            id: number;
            /**
             * Org Id
             * Format: uuid
             */
            org_id: string;
        };
        /** OrgCreate */
        OrgCreate: {
            /** Code */
            code?: string | null;
            kind: components["schemas"]["OrgKind"];
            /** Name */
            name: string;
            /** Parent Id */
            parent_id?: string | null;
            /** Secretary Id */
            secretary_id?: string | null;
        };
        /**
         * OrgKind
         * @enum {string}
         */
        OrgKind: "city" | "district" | "street" | "community" | "grid_branch" | "residential_branch" | "functional_branch" | "industry_branch" | "joint_branch" | "building_group" | "unit_household";
        /** OrgMove */
        OrgMove: {
            /**
             * Parent Id
             * Format: uuid
             */
            parent_id: string;
            /** Reason */
            reason?: string | null;
        };
        /** OrgUpdate */
        OrgUpdate: {
            /** Name */
            name?: string;
            /** Secretary Id */
            secretary_id?: string | null;
        };
        /** Page[DualReport] */
        Page_DualReport_: {
            /** Items */
            items: components["schemas"]["DualReport"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Grid] */
        Page_Grid_: {
            /** Items */
            items: components["schemas"]["Grid"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Org] */
        Page_Org_: {
            /** Items */
            items: components["schemas"]["Org"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[PersonPublic] */
        Page_PersonPublic_: {
            /** Items */
            items: components["schemas"]["PersonPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[PlacePublic] */
        Page_PlacePublic_: {
            /** Items */
            items: components["schemas"]["PlacePublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[Team] */
        Page_Team_: {
            /** Items */
            items: components["schemas"]["Team"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[UnitPublic] */
        Page_UnitPublic_: {
            /** Items */
            items: components["schemas"]["UnitPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * PartTimeKind
         * @enum {string}
         */
        PartTimeKind: "unit_head" | "building_head" | "delivery_rider" | "courier" | "other";
        /** PersonCreate */
        PersonCreate: {
            /** Address */
            address?: string | null;
            /** Availability */
            availability?: components["schemas"]["AvailabilityWindow"][];
            /** Birth Year */
            birth_year?: number | null;
            /** Email */
            email?: string | null;
            /** Gender */
            gender?: string | null;
            /** Grid Id */
            grid_id?: string | null;
            /**
             * Home Org Id
             * Format: uuid
             */
            home_org_id: string;
            /** Name */
            name: string;
            /** Phone */
            phone?: string | null;
            /** Skills */
            skills?: string[];
        };
        /**
         * PersonPublic
         * @description A person as staff see them by default: contact data masked.
         */
        PersonPublic: {
            /** Address Masked */
            address_masked: string | null;
            /** Availability */
            availability: {
                [key: string]: unknown;
            }[];
            /** Birth Year */
            birth_year: number | null;
            /** Gender */
            gender: string | null;
            /** Grid Id */
            grid_id: string | null;
            /** Grid Name */
            grid_name?: string | null;
            /**
             * Home Org Id
             * Format: uuid
             */
            home_org_id: string;
            /** Home Org Name */
            home_org_name?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            membership?: components["schemas"]["Membership"] | null;
            /** Name */
            name: string;
            /** Phone Masked */
            phone_masked: string | null;
            /**
             * Roles
             * @default []
             */
            roles: components["schemas"]["Role"][];
            /** Skills */
            skills: string[];
            /** Status */
            status: string;
            /** Version */
            version: number;
        };
        /** PersonUpdate */
        PersonUpdate: {
            /** Address */
            address?: string | null;
            /** Availability */
            availability?: components["schemas"]["AvailabilityWindow"][];
            /** Email */
            email?: string | null;
            /** Grid Id */
            grid_id?: string | null;
            /**
             * Home Org Id
             * Format: uuid
             */
            home_org_id?: string;
            /** Name */
            name?: string;
            /** Phone */
            phone?: string | null;
            /** Skills */
            skills?: string[];
            /** Status */
            status?: string;
        };
        /** PlaceCreate */
        PlaceCreate: {
            /** Address */
            address?: string | null;
            /** Functions */
            functions?: string[];
            kind: components["schemas"]["PlaceKind"];
            /** Lat */
            lat: number;
            /** Lng */
            lng: number;
            /** Name */
            name: string;
            /** Opening Hours */
            opening_hours?: {
                [key: string]: string;
            };
            /**
             * Org Id
             * Format: uuid
             */
            org_id: string;
        };
        /**
         * PlaceKind
         * @enum {string}
         */
        PlaceKind: "service_centre" | "service_station" | "legal_clinic" | "other";
        /** PlacePublic */
        PlacePublic: {
            /** Address */
            address: string | null;
            /** Functions */
            functions: string[];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Lat */
            lat: number;
            /** Lng */
            lng: number;
            /** Name */
            name: string;
            /** Opening Hours */
            opening_hours: {
                [key: string]: unknown;
            };
            /**
             * Org Id
             * Format: uuid
             */
            org_id: string;
            /** Org Name */
            org_name?: string | null;
            /** Walking Minutes */
            walking_minutes?: number | null;
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
        /** Role */
        Role: {
            /** Employment */
            employment: string | null;
            /** Ended On */
            ended_on: string | null;
            /** Grid Id */
            grid_id: string | null;
            /** Grid Name */
            grid_name?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Org Id
             * Format: uuid
             */
            org_id: string;
            /** Org Name */
            org_name?: string | null;
            /** Part Time Kind */
            part_time_kind: string | null;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Role */
            role: string;
            /**
             * Started On
             * Format: date
             */
            started_on: string;
        };
        /** RoleAssign */
        RoleAssign: {
            employment?: components["schemas"]["Employment"] | null;
            /** Grid Id */
            grid_id?: string | null;
            /**
             * Org Id
             * Format: uuid
             */
            org_id: string;
            part_time_kind?: components["schemas"]["PartTimeKind"] | null;
            role: components["schemas"]["RoleKind"];
            /** Started On */
            started_on?: string | null;
        };
        /**
         * RoleKind
         * @enum {string}
         */
        RoleKind: "grid_worker" | "grid_head" | "branch_secretary" | "volunteer" | "resident_representative" | "information_officer" | "mediator" | "observer";
        /**
         * ServiceType
         * @description One entry: the Chinese word people read, its English, the old tags it replaces.
         */
        ServiceType: {
            /**
             * Active
             * @default true
             */
            active: boolean;
            /**
             * Aliases
             * @default []
             */
            aliases: string[];
            /** Code */
            code: string;
            /** Name En */
            name_en: string;
            /**
             * Sort
             * @default 0
             */
            sort: number;
            /** Version */
            version: number;
        };
        /** ServiceTypeAdd */
        ServiceTypeAdd: {
            /** Aliases */
            aliases?: string[];
            /** Code */
            code: string;
            /** Name En */
            name_en: string;
            /**
             * Sort
             * @default 500
             */
            sort: number;
        };
        /** ServiceTypeUpdate */
        ServiceTypeUpdate: {
            /** Active */
            active?: boolean;
            /** Aliases */
            aliases?: string[];
            /** Name En */
            name_en?: string;
            /** Sort */
            sort?: number;
        };
        /** Session */
        Session: {
            /** Access Token */
            access_token: string;
            /** Expires In */
            expires_in: number;
            /** Name */
            name: string;
            /** Org Id */
            org_id: string | null;
            /** Org Name */
            org_name?: string | null;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Roles */
            roles: string[];
            /**
             * Token Type
             * @default Bearer
             */
            token_type: string;
        };
        /**
         * SessionOpen
         * @description An ID token from the city's identity provider (after its login, code + PKCE).
         */
        SessionOpen: {
            /** Id Token */
            id_token: string;
        };
        /** Team */
        Team: {
            /** Active */
            active: boolean;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Leader Id */
            leader_id: string | null;
            /** Leader Name */
            leader_name?: string | null;
            /**
             * Member Ids
             * @default []
             */
            member_ids: string[];
            /**
             * Member Names
             * @default []
             */
            member_names: (string | null)[];
            /** Name */
            name: string;
            /**
             * Org Id
             * Format: uuid
             */
            org_id: string;
            /** Org Name */
            org_name?: string | null;
            /** Org Path */
            org_path: string;
            /** Skills */
            skills: string[];
            /** Version */
            version: number;
        };
        /** TeamCreate */
        TeamCreate: {
            /** Kind */
            kind: string;
            /** Leader Id */
            leader_id?: string | null;
            /** Name */
            name: string;
            /**
             * Org Id
             * Format: uuid
             */
            org_id: string;
            /** Skills */
            skills?: string[];
        };
        /** TeamJoin */
        TeamJoin: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
        };
        /** TeamUpdate */
        TeamUpdate: {
            /** Active */
            active?: boolean;
            /** Leader Id */
            leader_id?: string | null;
            /** Name */
            name?: string;
            /** Skills */
            skills?: string[];
        };
        /** UnitCreate */
        UnitCreate: {
            /** Address */
            address?: string | null;
            /** Community Ids */
            community_ids?: string[];
            /** Contact Name */
            contact_name?: string | null;
            /** Contact Phone */
            contact_phone?: string | null;
            /** Kind */
            kind: string;
            /** Name */
            name: string;
            /**
             * Org Id
             * Format: uuid
             */
            org_id: string;
        };
        /** UnitPublic */
        UnitPublic: {
            /** Address */
            address: string | null;
            /** Community Ids */
            community_ids: string[];
            /**
             * Community Names
             * @default []
             */
            community_names: (string | null)[];
            /** Contact Name */
            contact_name: string | null;
            /** Contact Phone Masked */
            contact_phone_masked: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Name */
            name: string;
            /**
             * Org Id
             * Format: uuid
             */
            org_id: string;
            /** Org Name */
            org_name?: string | null;
            /** Version */
            version: number;
        };
        /** UnitUpdate */
        UnitUpdate: {
            /** Address */
            address?: string | null;
            /** Community Ids */
            community_ids?: string[];
            /** Contact Name */
            contact_name?: string | null;
            /** Contact Phone */
            contact_phone?: string | null;
            /** Name */
            name?: string;
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
    registry_asyncapi_json: {
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
    registry_healthz: {
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
    registry_metrics_endpoint: {
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
    registry_readyz: {
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
    registry_list_catalogue: {
        parameters: {
            query?: {
                include_inactive?: boolean;
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
                     *         "code": "陪诊",
                     *         "name_en": "escort to the doctor",
                     *         "aliases": [
                     *           "escort",
                     *           "medical_escort"
                     *         ],
                     *         "sort": 20,
                     *         "active": true,
                     *         "version": 1
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ServiceType"][];
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
    registry_add_service_type: {
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
                 *       "code": "助浴",
                 *       "name_en": "bathing",
                 *       "aliases": [
                 *         "bathing"
                 *       ],
                 *       "sort": 40
                 *     }
                 */
                "application/json": components["schemas"]["ServiceTypeAdd"];
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
                     *       "code": "陪诊",
                     *       "name_en": "escort to the doctor",
                     *       "aliases": [
                     *         "escort",
                     *         "medical_escort"
                     *       ],
                     *       "sort": 20,
                     *       "active": true,
                     *       "version": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceType"];
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
    registry_update_service_type: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "aliases": [
                 *         "escort",
                 *         "medical_escort",
                 *         "escort_to_hospital"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ServiceTypeUpdate"];
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
                     *       "code": "陪诊",
                     *       "name_en": "escort to the doctor",
                     *       "aliases": [
                     *         "escort",
                     *         "medical_escort"
                     *       ],
                     *       "sort": 20,
                     *       "active": true,
                     *       "version": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceType"];
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
    registry_list_dual_reports: {
        parameters: {
            query?: {
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                kind?: string | null;
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
                     *           "kind": "government",
                     *           "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *           "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "org_path": "大中街道/育红社区",
                     *           "reported_on": "2026-03-12",
                     *           "ended_on": "2026-03-12",
                     *           "person_name": "束方兵",
                     *           "unit_name": "大中派出所",
                     *           "community_name": "育红社区党委"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_DualReport_"];
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
    registry_register_dual_report: {
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
                 *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                 *       "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                 *       "reported_on": "2026-03-12"
                 *     }
                 */
                "application/json": components["schemas"]["DualReportCreate"];
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
                     *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *       "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "reported_on": "2026-03-12",
                     *       "ended_on": "2026-03-12",
                     *       "person_name": "束方兵",
                     *       "unit_name": "大中派出所",
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["DualReport"];
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
    registry_end_dual_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: string;
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
                     *       "kind": "government",
                     *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *       "unit_id": "01956f3a-0007-7c3e-9a41-6d2b8e0f0007",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_path": "大中街道/育红社区",
                     *       "reported_on": "2026-03-12",
                     *       "ended_on": "2026-03-12",
                     *       "person_name": "束方兵",
                     *       "unit_name": "大中派出所",
                     *       "community_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["DualReport"];
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
    registry_list_grids: {
        parameters: {
            query?: {
                community_id?: string | null;
                /** @description From next_cursor */
                cursor?: string | null;
                kind?: components["schemas"]["GridKind"] | null;
                /** @description Page length */
                limit?: number;
                status?: string | null;
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
                     *           "code": "city_appearance",
                     *           "name": "育红社区第3网格",
                     *           "kind": "government",
                     *           "parent_grid_id": "01956f3a-000d-7c3e-9a41-6d2b8e0f000d",
                     *           "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *           "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *           "org_path": "大中街道/育红社区",
                     *           "layers": [
                     *             "grids"
                     *           ],
                     *           "area": [
                     *             [
                     *               120.475,
                     *               33.2005
                     *             ],
                     *             [
                     *               120.479,
                     *               33.2005
                     *             ],
                     *             [
                     *               120.479,
                     *               33.203
                     *             ],
                     *             [
                     *               120.475,
                     *               33.203
                     *             ]
                     *           ],
                     *           "center_lat": 2.5,
                     *           "center_lng": 2.5,
                     *           "address_keys": [
                     *             "育红路"
                     *           ],
                     *           "households": 3,
                     *           "population": 3,
                     *           "status": "active",
                     *           "retired_at": "2026-03-12T09:30:00+08:00",
                     *           "version": 3,
                     *           "created_at": "2026-03-12T09:30:00+08:00",
                     *           "parent_grid_name": "育红社区第3网格",
                     *           "community_name": "育红社区党委",
                     *           "branch_name": "育红社区第3网格党支部"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Grid_"];
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
    registry_create_grid: {
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
                 *       "code": "city_appearance",
                 *       "name": "育红社区第3网格",
                 *       "kind": "comprehensive",
                 *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                 *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                 *       "parent_grid_id": "01956f3a-000d-7c3e-9a41-6d2b8e0f000d",
                 *       "layers": [
                 *         "party_building"
                 *       ],
                 *       "area": [
                 *         [
                 *           120.475,
                 *           33.2005
                 *         ],
                 *         [
                 *           120.479,
                 *           33.2005
                 *         ],
                 *         [
                 *           120.479,
                 *           33.203
                 *         ],
                 *         [
                 *           120.475,
                 *           33.203
                 *         ]
                 *       ],
                 *       "center_lat": 2.5,
                 *       "center_lng": 2.5,
                 *       "address_keys": [
                 *         "育红路"
                 *       ],
                 *       "households": 3,
                 *       "population": 3
                 *     }
                 */
                "application/json": components["schemas"]["GridCreate"];
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
                     *       "code": "city_appearance",
                     *       "name": "育红社区第3网格",
                     *       "kind": "government",
                     *       "parent_grid_id": "01956f3a-000d-7c3e-9a41-6d2b8e0f000d",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "org_path": "大中街道/育红社区",
                     *       "layers": [
                     *         "grids"
                     *       ],
                     *       "area": [
                     *         [
                     *           120.475,
                     *           33.2005
                     *         ],
                     *         [
                     *           120.479,
                     *           33.2005
                     *         ],
                     *         [
                     *           120.479,
                     *           33.203
                     *         ],
                     *         [
                     *           120.475,
                     *           33.203
                     *         ]
                     *       ],
                     *       "center_lat": 2.5,
                     *       "center_lng": 2.5,
                     *       "address_keys": [
                     *         "育红路"
                     *       ],
                     *       "households": 3,
                     *       "population": 3,
                     *       "status": "active",
                     *       "retired_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "parent_grid_name": "育红社区第3网格",
                     *       "community_name": "育红社区党委",
                     *       "branch_name": "育红社区第3网格党支部"
                     *     }
                     */
                    "application/json": components["schemas"]["Grid"];
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
    registry_get_grid: {
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
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "code": "city_appearance",
                     *       "name": "育红社区第3网格",
                     *       "kind": "government",
                     *       "parent_grid_id": "01956f3a-000d-7c3e-9a41-6d2b8e0f000d",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "org_path": "大中街道/育红社区",
                     *       "layers": [
                     *         "grids"
                     *       ],
                     *       "area": [
                     *         [
                     *           120.475,
                     *           33.2005
                     *         ],
                     *         [
                     *           120.479,
                     *           33.2005
                     *         ],
                     *         [
                     *           120.479,
                     *           33.203
                     *         ],
                     *         [
                     *           120.475,
                     *           33.203
                     *         ]
                     *       ],
                     *       "center_lat": 2.5,
                     *       "center_lng": 2.5,
                     *       "address_keys": [
                     *         "育红路"
                     *       ],
                     *       "households": 3,
                     *       "population": 3,
                     *       "status": "active",
                     *       "retired_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "parent_grid_name": "育红社区第3网格",
                     *       "community_name": "育红社区党委",
                     *       "branch_name": "育红社区第3网格党支部"
                     *     }
                     */
                    "application/json": components["schemas"]["Grid"];
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
    registry_update_grid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                grid_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "育红社区第3网格",
                 *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                 *       "layers": [
                 *         "party_building"
                 *       ],
                 *       "area": [
                 *         [
                 *           120.475,
                 *           33.2005
                 *         ],
                 *         [
                 *           120.479,
                 *           33.2005
                 *         ],
                 *         [
                 *           120.479,
                 *           33.203
                 *         ],
                 *         [
                 *           120.475,
                 *           33.203
                 *         ]
                 *       ],
                 *       "center_lat": 2.5,
                 *       "center_lng": 2.5,
                 *       "address_keys": [
                 *         "育红路"
                 *       ],
                 *       "households": 3,
                 *       "population": 3
                 *     }
                 */
                "application/json": components["schemas"]["GridUpdate"];
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
                     *       "code": "city_appearance",
                     *       "name": "育红社区第3网格",
                     *       "kind": "government",
                     *       "parent_grid_id": "01956f3a-000d-7c3e-9a41-6d2b8e0f000d",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "org_path": "大中街道/育红社区",
                     *       "layers": [
                     *         "grids"
                     *       ],
                     *       "area": [
                     *         [
                     *           120.475,
                     *           33.2005
                     *         ],
                     *         [
                     *           120.479,
                     *           33.2005
                     *         ],
                     *         [
                     *           120.479,
                     *           33.203
                     *         ],
                     *         [
                     *           120.475,
                     *           33.203
                     *         ]
                     *       ],
                     *       "center_lat": 2.5,
                     *       "center_lng": 2.5,
                     *       "address_keys": [
                     *         "育红路"
                     *       ],
                     *       "households": 3,
                     *       "population": 3,
                     *       "status": "active",
                     *       "retired_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "parent_grid_name": "育红社区第3网格",
                     *       "community_name": "育红社区党委",
                     *       "branch_name": "育红社区第3网格党支部"
                     *     }
                     */
                    "application/json": components["schemas"]["Grid"];
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
    registry_grid_lineage: {
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
                     * @example [
                     *       {
                     *         "change": "renamed",
                     *         "from_ids": [
                     *           "01956f3a-0019-7c3e-9a41-6d2b8e0f0019"
                     *         ],
                     *         "to_ids": [
                     *           "01956f3a-001a-7c3e-9a41-6d2b8e0f001a"
                     *         ],
                     *         "reason": "不属于本网格职责",
                     *         "at": "2026-03-12T09:30:00+08:00",
                     *         "from_names": [
                     *           "育红社区第3网格"
                     *         ],
                     *         "to_names": [
                     *           "育红社区第3网格(合并)"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["LineageStep"][];
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
    registry_split_grid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                grid_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parts": [
                 *         {
                 *           "code": "city_appearance",
                 *           "name": "育红社区第3网格",
                 *           "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                 *           "area": [
                 *             [
                 *               120.475,
                 *               33.2005
                 *             ],
                 *             [
                 *               120.479,
                 *               33.2005
                 *             ],
                 *             [
                 *               120.479,
                 *               33.203
                 *             ],
                 *             [
                 *               120.475,
                 *               33.203
                 *             ]
                 *           ],
                 *           "center_lat": 2.5,
                 *           "center_lng": 2.5,
                 *           "address_keys": [
                 *             "育红路"
                 *           ],
                 *           "person_ids": [
                 *             "01956f3a-0015-7c3e-9a41-6d2b8e0f0015"
                 *           ]
                 *         },
                 *         {
                 *           "code": "city_appearance",
                 *           "name": "育红社区第3网格",
                 *           "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                 *           "area": [
                 *             [
                 *               120.475,
                 *               33.2005
                 *             ],
                 *             [
                 *               120.479,
                 *               33.2005
                 *             ],
                 *             [
                 *               120.479,
                 *               33.203
                 *             ],
                 *             [
                 *               120.475,
                 *               33.203
                 *             ]
                 *           ],
                 *           "center_lat": 2.5,
                 *           "center_lng": 2.5,
                 *           "address_keys": [
                 *             "育红路"
                 *           ],
                 *           "person_ids": [
                 *             "01956f3a-0015-7c3e-9a41-6d2b8e0f0015"
                 *           ]
                 *         }
                 *       ],
                 *       "reason": "不属于本网格职责"
                 *     }
                 */
                "application/json": components["schemas"]["GridSplit"];
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
                     *         "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *         "code": "city_appearance",
                     *         "name": "育红社区第3网格",
                     *         "kind": "government",
                     *         "parent_grid_id": "01956f3a-000d-7c3e-9a41-6d2b8e0f000d",
                     *         "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *         "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *         "org_path": "大中街道/育红社区",
                     *         "layers": [
                     *           "grids"
                     *         ],
                     *         "area": [
                     *           [
                     *             120.475,
                     *             33.2005
                     *           ],
                     *           [
                     *             120.479,
                     *             33.2005
                     *           ],
                     *           [
                     *             120.479,
                     *             33.203
                     *           ],
                     *           [
                     *             120.475,
                     *             33.203
                     *           ]
                     *         ],
                     *         "center_lat": 2.5,
                     *         "center_lng": 2.5,
                     *         "address_keys": [
                     *           "育红路"
                     *         ],
                     *         "households": 3,
                     *         "population": 3,
                     *         "status": "active",
                     *         "retired_at": "2026-03-12T09:30:00+08:00",
                     *         "version": 3,
                     *         "created_at": "2026-03-12T09:30:00+08:00",
                     *         "parent_grid_name": "育红社区第3网格",
                     *         "community_name": "育红社区党委",
                     *         "branch_name": "育红社区第3网格党支部"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Grid"][];
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
    registry_locate: {
        parameters: {
            query?: {
                /** @description Needed when no point is given */
                address?: string | null;
                /** @description Only together with lng */
                lat?: number | null;
                /** @description Only together with lat */
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
                    /**
                     * @example {
                     *       "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *       "code": "city_appearance",
                     *       "name": "育红社区第3网格",
                     *       "kind": "government",
                     *       "parent_grid_id": "01956f3a-000d-7c3e-9a41-6d2b8e0f000d",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "org_path": "大中街道/育红社区",
                     *       "layers": [
                     *         "grids"
                     *       ],
                     *       "area": [
                     *         [
                     *           120.475,
                     *           33.2005
                     *         ],
                     *         [
                     *           120.479,
                     *           33.2005
                     *         ],
                     *         [
                     *           120.479,
                     *           33.203
                     *         ],
                     *         [
                     *           120.475,
                     *           33.203
                     *         ]
                     *       ],
                     *       "center_lat": 2.5,
                     *       "center_lng": 2.5,
                     *       "address_keys": [
                     *         "育红路"
                     *       ],
                     *       "households": 3,
                     *       "population": 3,
                     *       "status": "active",
                     *       "retired_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "parent_grid_name": "育红社区第3网格",
                     *       "community_name": "育红社区党委",
                     *       "branch_name": "育红社区第3网格党支部"
                     *     }
                     */
                    "application/json": components["schemas"]["Grid"];
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
    registry_merge_grids: {
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
                 *       "grid_ids": [
                 *         "01956f3a-0013-7c3e-9a41-6d2b8e0f0013",
                 *         "01956f3a-0013-7c3e-9a41-6d2b8e0f0013"
                 *       ],
                 *       "into": {
                 *         "code": "city_appearance",
                 *         "name": "育红社区第3网格",
                 *         "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                 *         "area": [
                 *           [
                 *             120.475,
                 *             33.2005
                 *           ],
                 *           [
                 *             120.479,
                 *             33.2005
                 *           ],
                 *           [
                 *             120.479,
                 *             33.203
                 *           ],
                 *           [
                 *             120.475,
                 *             33.203
                 *           ]
                 *         ],
                 *         "center_lat": 2.5,
                 *         "center_lng": 2.5,
                 *         "address_keys": [
                 *           "育红路"
                 *         ],
                 *         "person_ids": [
                 *           "01956f3a-0015-7c3e-9a41-6d2b8e0f0015"
                 *         ]
                 *       },
                 *       "reason": "不属于本网格职责"
                 *     }
                 */
                "application/json": components["schemas"]["GridMerge"];
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
                     *       "code": "city_appearance",
                     *       "name": "育红社区第3网格",
                     *       "kind": "government",
                     *       "parent_grid_id": "01956f3a-000d-7c3e-9a41-6d2b8e0f000d",
                     *       "community_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "org_path": "大中街道/育红社区",
                     *       "layers": [
                     *         "grids"
                     *       ],
                     *       "area": [
                     *         [
                     *           120.475,
                     *           33.2005
                     *         ],
                     *         [
                     *           120.479,
                     *           33.2005
                     *         ],
                     *         [
                     *           120.479,
                     *           33.203
                     *         ],
                     *         [
                     *           120.475,
                     *           33.203
                     *         ]
                     *       ],
                     *       "center_lat": 2.5,
                     *       "center_lng": 2.5,
                     *       "address_keys": [
                     *         "育红路"
                     *       ],
                     *       "households": 3,
                     *       "population": 3,
                     *       "status": "active",
                     *       "retired_at": "2026-03-12T09:30:00+08:00",
                     *       "version": 3,
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "parent_grid_name": "育红社区第3网格",
                     *       "community_name": "育红社区党委",
                     *       "branch_name": "育红社区第3网格党支部"
                     *     }
                     */
                    "application/json": components["schemas"]["Grid"];
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
    registry_import_rows: {
        parameters: {
            query?: {
                dry_run?: boolean;
                /** @description The organisation imported into (rows without 所属组织 belong to it; named ones lie under it); default: your scope */
                org_id?: string | null;
            };
            header?: never;
            path: {
                kind: components["schemas"]["ImportKind"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "(the filled template's bytes)"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["Body_registry_import_rows"];
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
                     *       "kind": "people",
                     *       "dry_run": true,
                     *       "rows": 3,
                     *       "accepted": 1,
                     *       "written": 0,
                     *       "problems": [
                     *         {
                     *           "row": 5,
                     *           "column": "网格",
                     *           "problem": "在您的管辖范围内找不到网格「育红社区第9网格」"
                     *         },
                     *         {
                     *           "row": 6,
                     *           "column": "电话",
                     *           "problem": "格式不正确"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ImportReport"];
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
            /** @description The file is over 1 MB */
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
    registry_import_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: components["schemas"]["ImportKind"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人员批量导入模板.xlsx */
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
    registry_list_orgs: {
        parameters: {
            query?: {
                /** @description From next_cursor */
                cursor?: string | null;
                include_inactive?: boolean;
                kind?: components["schemas"]["OrgKind"] | null;
                /** @description Page length */
                limit?: number;
                root?: string | null;
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
                     *           "parent_id": "01956f3a-001f-7c3e-9a41-6d2b8e0f001f",
                     *           "kind": "government",
                     *           "name": "育红社区党委",
                     *           "code": "city_appearance",
                     *           "path": "大中街道/育红社区/育红社区第3网格",
                     *           "depth": 3,
                     *           "secretary_id": "01956f3a-0020-7c3e-9a41-6d2b8e0f0020",
                     *           "active": false,
                     *           "version": 3,
                     *           "created_at": "2026-03-12T09:30:00+08:00",
                     *           "updated_at": "2026-03-12T09:30:00+08:00",
                     *           "parent_name": "大中街道党工委",
                     *           "secretary_name": "陈书记"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Org_"];
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
    registry_create_org: {
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
                 *       "kind": "city",
                 *       "name": "育红社区党委",
                 *       "parent_id": "01956f3a-001f-7c3e-9a41-6d2b8e0f001f",
                 *       "code": "city_appearance",
                 *       "secretary_id": "01956f3a-0020-7c3e-9a41-6d2b8e0f0020"
                 *     }
                 */
                "application/json": components["schemas"]["OrgCreate"];
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
                     *       "parent_id": "01956f3a-001f-7c3e-9a41-6d2b8e0f001f",
                     *       "kind": "government",
                     *       "name": "育红社区党委",
                     *       "code": "city_appearance",
                     *       "path": "大中街道/育红社区/育红社区第3网格",
                     *       "depth": 3,
                     *       "secretary_id": "01956f3a-0020-7c3e-9a41-6d2b8e0f0020",
                     *       "active": false,
                     *       "version": 3,
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "parent_name": "大中街道党工委",
                     *       "secretary_name": "陈书记"
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
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
    registry_get_org: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_id: string;
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
                     *       "parent_id": "01956f3a-001f-7c3e-9a41-6d2b8e0f001f",
                     *       "kind": "government",
                     *       "name": "育红社区党委",
                     *       "code": "city_appearance",
                     *       "path": "大中街道/育红社区/育红社区第3网格",
                     *       "depth": 3,
                     *       "secretary_id": "01956f3a-0020-7c3e-9a41-6d2b8e0f0020",
                     *       "active": false,
                     *       "version": 3,
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "parent_name": "大中街道党工委",
                     *       "secretary_name": "陈书记"
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
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
    registry_update_org: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "育红社区党委",
                 *       "secretary_id": "01956f3a-0020-7c3e-9a41-6d2b8e0f0020"
                 *     }
                 */
                "application/json": components["schemas"]["OrgUpdate"];
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
                     *       "parent_id": "01956f3a-001f-7c3e-9a41-6d2b8e0f001f",
                     *       "kind": "government",
                     *       "name": "育红社区党委",
                     *       "code": "city_appearance",
                     *       "path": "大中街道/育红社区/育红社区第3网格",
                     *       "depth": 3,
                     *       "secretary_id": "01956f3a-0020-7c3e-9a41-6d2b8e0f0020",
                     *       "active": false,
                     *       "version": 3,
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "parent_name": "大中街道党工委",
                     *       "secretary_name": "陈书记"
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
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
    registry_circle_coverage: {
        parameters: {
            query?: {
                minutes?: number;
            };
            header?: never;
            path: {
                org_id: string;
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
    registry_dissolve_org: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_id: string;
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
                     *       "parent_id": "01956f3a-001f-7c3e-9a41-6d2b8e0f001f",
                     *       "kind": "government",
                     *       "name": "育红社区党委",
                     *       "code": "city_appearance",
                     *       "path": "大中街道/育红社区/育红社区第3网格",
                     *       "depth": 3,
                     *       "secretary_id": "01956f3a-0020-7c3e-9a41-6d2b8e0f0020",
                     *       "active": false,
                     *       "version": 3,
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "parent_name": "大中街道党工委",
                     *       "secretary_name": "陈书记"
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
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
    registry_figures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_id: string;
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
    registry_org_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_id: string;
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
                     *         "id": 3,
                     *         "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *         "change": "renamed",
                     *         "before": {},
                     *         "after": {},
                     *         "by_person": "01956f3a-0022-7c3e-9a41-6d2b8e0f0022",
                     *         "at": "2026-03-12T09:30:00+08:00",
                     *         "by_person_name": "陈书记"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["OrgChange"][];
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
    registry_move_org: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parent_id": "01956f3a-001f-7c3e-9a41-6d2b8e0f001f",
                 *       "reason": "不属于本网格职责"
                 *     }
                 */
                "application/json": components["schemas"]["OrgMove"];
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
                     *       "parent_id": "01956f3a-001f-7c3e-9a41-6d2b8e0f001f",
                     *       "kind": "government",
                     *       "name": "育红社区党委",
                     *       "code": "city_appearance",
                     *       "path": "大中街道/育红社区/育红社区第3网格",
                     *       "depth": 3,
                     *       "secretary_id": "01956f3a-0020-7c3e-9a41-6d2b8e0f0020",
                     *       "active": false,
                     *       "version": 3,
                     *       "created_at": "2026-03-12T09:30:00+08:00",
                     *       "updated_at": "2026-03-12T09:30:00+08:00",
                     *       "parent_name": "大中街道党工委",
                     *       "secretary_name": "陈书记"
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
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
    registry_list_people: {
        parameters: {
            query?: {
                category?: components["schemas"]["MemberCategory"] | null;
                /** @description From next_cursor */
                cursor?: string | null;
                grid_id?: string | null;
                /** @description Page length */
                limit?: number;
                role?: components["schemas"]["RoleKind"] | null;
                skill?: string | null;
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
                     *           "name": "王红",
                     *           "phone_masked": "139****5678",
                     *           "address_masked": "大中街道育红路12号****",
                     *           "gender": "female",
                     *           "birth_year": 3,
                     *           "home_org_id": "01956f3a-0027-7c3e-9a41-6d2b8e0f0027",
                     *           "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *           "skills": [
                     *             "法律咨询"
                     *           ],
                     *           "availability": [
                     *             {}
                     *           ],
                     *           "status": "active",
                     *           "roles": [
                     *             {
                     *               "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *               "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *               "role": "applicant",
                     *               "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *               "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *               "employment": "在职",
                     *               "part_time_kind": "育红社区",
                     *               "started_on": "2026-03-12",
                     *               "ended_on": "2026-03-12",
                     *               "org_name": "育红社区党委",
                     *               "grid_name": "育红社区第3网格"
                     *             }
                     *           ],
                     *           "membership": {
                     *             "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *             "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *             "category": "city_appearance",
                     *             "joined_on": "2026-03-12",
                     *             "employer": "大中实验小学",
                     *             "branch_name": "育红社区第3网格党支部"
                     *           },
                     *           "version": 3,
                     *           "home_org_name": "育红社区党委",
                     *           "grid_name": "育红社区第3网格"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_PersonPublic_"];
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
    registry_register_person: {
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
                 *       "name": "王红",
                 *       "home_org_id": "01956f3a-0027-7c3e-9a41-6d2b8e0f0027",
                 *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                 *       "phone": "13912345678",
                 *       "email": "wanghong@example.cn",
                 *       "gender": "female",
                 *       "birth_year": 1900,
                 *       "address": "大中街道育红路12号3单元502室",
                 *       "skills": [
                 *         "法律咨询"
                 *       ],
                 *       "availability": [
                 *         {
                 *           "weekday": 3,
                 *           "start": "08:30",
                 *           "end": "17:30"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PersonCreate"];
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
                     *       "name": "王红",
                     *       "phone_masked": "139****5678",
                     *       "address_masked": "大中街道育红路12号****",
                     *       "gender": "female",
                     *       "birth_year": 3,
                     *       "home_org_id": "01956f3a-0027-7c3e-9a41-6d2b8e0f0027",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "skills": [
                     *         "法律咨询"
                     *       ],
                     *       "availability": [
                     *         {}
                     *       ],
                     *       "status": "active",
                     *       "roles": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *           "role": "applicant",
                     *           "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *           "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *           "employment": "在职",
                     *           "part_time_kind": "育红社区",
                     *           "started_on": "2026-03-12",
                     *           "ended_on": "2026-03-12",
                     *           "org_name": "育红社区党委",
                     *           "grid_name": "育红社区第3网格"
                     *         }
                     *       ],
                     *       "membership": {
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *         "category": "city_appearance",
                     *         "joined_on": "2026-03-12",
                     *         "employer": "大中实验小学",
                     *         "branch_name": "育红社区第3网格党支部"
                     *       },
                     *       "version": 3,
                     *       "home_org_name": "育红社区党委",
                     *       "grid_name": "育红社区第3网格"
                     *     }
                     */
                    "application/json": components["schemas"]["PersonPublic"];
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
    registry_get_person: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
                     *       "name": "王红",
                     *       "phone_masked": "139****5678",
                     *       "address_masked": "大中街道育红路12号****",
                     *       "gender": "female",
                     *       "birth_year": 3,
                     *       "home_org_id": "01956f3a-0027-7c3e-9a41-6d2b8e0f0027",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "skills": [
                     *         "法律咨询"
                     *       ],
                     *       "availability": [
                     *         {}
                     *       ],
                     *       "status": "active",
                     *       "roles": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *           "role": "applicant",
                     *           "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *           "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *           "employment": "在职",
                     *           "part_time_kind": "育红社区",
                     *           "started_on": "2026-03-12",
                     *           "ended_on": "2026-03-12",
                     *           "org_name": "育红社区党委",
                     *           "grid_name": "育红社区第3网格"
                     *         }
                     *       ],
                     *       "membership": {
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *         "category": "city_appearance",
                     *         "joined_on": "2026-03-12",
                     *         "employer": "大中实验小学",
                     *         "branch_name": "育红社区第3网格党支部"
                     *       },
                     *       "version": 3,
                     *       "home_org_name": "育红社区党委",
                     *       "grid_name": "育红社区第3网格"
                     *     }
                     */
                    "application/json": components["schemas"]["PersonPublic"];
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
    registry_update_person: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "王红",
                 *       "home_org_id": "01956f3a-0027-7c3e-9a41-6d2b8e0f0027",
                 *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                 *       "phone": "13912345678",
                 *       "email": "wanghong@example.cn",
                 *       "address": "大中街道育红路12号3单元502室",
                 *       "skills": [
                 *         "法律咨询"
                 *       ],
                 *       "availability": [
                 *         {
                 *           "weekday": 3,
                 *           "start": "08:30",
                 *           "end": "17:30"
                 *         }
                 *       ],
                 *       "status": "active"
                 *     }
                 */
                "application/json": components["schemas"]["PersonUpdate"];
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
                     *       "name": "王红",
                     *       "phone_masked": "139****5678",
                     *       "address_masked": "大中街道育红路12号****",
                     *       "gender": "female",
                     *       "birth_year": 3,
                     *       "home_org_id": "01956f3a-0027-7c3e-9a41-6d2b8e0f0027",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "skills": [
                     *         "法律咨询"
                     *       ],
                     *       "availability": [
                     *         {}
                     *       ],
                     *       "status": "active",
                     *       "roles": [
                     *         {
                     *           "id": "01956f3a-0001-7c3e-9a41-6d2b8e0f0001",
                     *           "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *           "role": "applicant",
                     *           "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *           "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *           "employment": "在职",
                     *           "part_time_kind": "育红社区",
                     *           "started_on": "2026-03-12",
                     *           "ended_on": "2026-03-12",
                     *           "org_name": "育红社区党委",
                     *           "grid_name": "育红社区第3网格"
                     *         }
                     *       ],
                     *       "membership": {
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *         "category": "city_appearance",
                     *         "joined_on": "2026-03-12",
                     *         "employer": "大中实验小学",
                     *         "branch_name": "育红社区第3网格党支部"
                     *       },
                     *       "version": 3,
                     *       "home_org_name": "育红社区党委",
                     *       "grid_name": "育红社区第3网格"
                     *     }
                     */
                    "application/json": components["schemas"]["PersonPublic"];
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
    registry_list_cards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
                     *         "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *         "colour": "#d7263d",
                     *         "title": "双井巷地面方砖松动",
                     *         "content": "已现场处置并回复居民",
                     *         "recorded_on": "2026-03-12",
                     *         "recorded_by": "01956f3a-0003-7c3e-9a41-6d2b8e0f0003",
                     *         "recorded_by_name": "陈书记"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Card"][];
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
    registry_record_card: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "colour": "red",
                 *       "title": "双井巷地面方砖松动",
                 *       "content": "已现场处置并回复居民",
                 *       "recorded_on": "2026-03-12"
                 *     }
                 */
                "application/json": components["schemas"]["CardRecord"];
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
                     *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *       "colour": "#d7263d",
                     *       "title": "双井巷地面方砖松动",
                     *       "content": "已现场处置并回复居民",
                     *       "recorded_on": "2026-03-12",
                     *       "recorded_by": "01956f3a-0003-7c3e-9a41-6d2b8e0f0003",
                     *       "recorded_by_name": "陈书记"
                     *     }
                     */
                    "application/json": components["schemas"]["Card"];
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
    registry_get_contact: {
        parameters: {
            query?: {
                purpose?: string | null;
            };
            header?: never;
            path: {
                person_id: string;
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
                     *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *       "name": "育红社区",
                     *       "phone": "13912345678",
                     *       "email": "wanghong@example.cn",
                     *       "address": "大中街道育红路12号3单元502室"
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
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
    registry_contact_log: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
                    "application/json": {
                        [key: string]: unknown;
                    }[];
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
    registry_link_login: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "idp_subject": "f3c1a2b4-5d6e-4f70-8a9b-0c1d2e3f4a5b"
                 *     }
                 */
                "application/json": components["schemas"]["LoginLink"];
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
    registry_set_membership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                 *       "category": "in_service",
                 *       "joined_on": "2026-03-12",
                 *       "employer": "大中实验小学"
                 *     }
                 */
                "application/json": components["schemas"]["MembershipSet"];
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
                     *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *       "branch_id": "01956f3a-000f-7c3e-9a41-6d2b8e0f000f",
                     *       "category": "city_appearance",
                     *       "joined_on": "2026-03-12",
                     *       "employer": "大中实验小学",
                     *       "branch_name": "育红社区第3网格党支部"
                     *     }
                     */
                    "application/json": components["schemas"]["Membership"];
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
    registry_assign_role: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "grid_worker",
                 *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                 *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                 *       "employment": "full_time",
                 *       "part_time_kind": "unit_head",
                 *       "started_on": "2026-03-12"
                 *     }
                 */
                "application/json": components["schemas"]["RoleAssign"];
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
                     *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *       "role": "applicant",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "grid_id": "01956f3a-0028-7c3e-9a41-6d2b8e0f0028",
                     *       "employment": "在职",
                     *       "part_time_kind": "育红社区",
                     *       "started_on": "2026-03-12",
                     *       "ended_on": "2026-03-12",
                     *       "org_name": "育红社区党委",
                     *       "grid_name": "育红社区第3网格"
                     *     }
                     */
                    "application/json": components["schemas"]["Role"];
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
    registry_end_role: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
                role_id: string;
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
    registry_list_places: {
        parameters: {
            query?: {
                /** @description From next_cursor */
                cursor?: string | null;
                kind?: components["schemas"]["PlaceKind"] | null;
                /** @description Page length */
                limit?: number;
                org_id?: string | null;
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
                     *           "name": "育红社区党群服务中心",
                     *           "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *           "address": "大中街道育红路12号3单元502室",
                     *           "lat": 33.2016,
                     *           "lng": 120.4768,
                     *           "functions": [
                     *             "纠纷调解"
                     *           ],
                     *           "opening_hours": {},
                     *           "walking_minutes": 2.5,
                     *           "org_name": "育红社区党委"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_PlacePublic_"];
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
    registry_create_place: {
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
                 *       "kind": "service_centre",
                 *       "name": "育红社区党群服务中心",
                 *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                 *       "address": "大中街道育红路12号3单元502室",
                 *       "lat": 33.2016,
                 *       "lng": 120.4768,
                 *       "functions": [
                 *         "纠纷调解"
                 *       ],
                 *       "opening_hours": {}
                 *     }
                 */
                "application/json": components["schemas"]["PlaceCreate"];
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
                     *       "name": "育红社区党群服务中心",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "functions": [
                     *         "纠纷调解"
                     *       ],
                     *       "opening_hours": {},
                     *       "walking_minutes": 2.5,
                     *       "org_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["PlacePublic"];
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
    registry_replace_place: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                place_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "service_centre",
                 *       "name": "育红社区党群服务中心",
                 *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                 *       "address": "大中街道育红路12号3单元502室",
                 *       "lat": 33.2016,
                 *       "lng": 120.4768,
                 *       "functions": [
                 *         "纠纷调解"
                 *       ],
                 *       "opening_hours": {}
                 *     }
                 */
                "application/json": components["schemas"]["PlaceCreate"];
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
                     *       "name": "育红社区党群服务中心",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "lat": 33.2016,
                     *       "lng": 120.4768,
                     *       "functions": [
                     *         "纠纷调解"
                     *       ],
                     *       "opening_hours": {},
                     *       "walking_minutes": 2.5,
                     *       "org_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["PlacePublic"];
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
    registry_nearby: {
        parameters: {
            query: {
                lat: number;
                lng: number;
                minutes?: number;
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
                     *         "kind": "government",
                     *         "name": "育红社区党群服务中心",
                     *         "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *         "address": "大中街道育红路12号3单元502室",
                     *         "lat": 33.2016,
                     *         "lng": 120.4768,
                     *         "functions": [
                     *           "纠纷调解"
                     *         ],
                     *         "opening_hours": {},
                     *         "walking_minutes": 2.5,
                     *         "org_name": "育红社区党委"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["PlacePublic"][];
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
    registry_open_session: {
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
                 *       "id_token": "eyJhbGciOiJSUzI1NiIsImtpZCI6ImRldi0xIn0.eyJzdWIiOiJrYy13YW5nZmFuZyJ9.c2lnbmF0dXJl"
                 *     }
                 */
                "application/json": components["schemas"]["SessionOpen"];
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
                     *       "access_token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMTk1NmYzYS0wMDAyIn0.c2ln",
                     *       "token_type": "Bearer",
                     *       "expires_in": 28800,
                     *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002",
                     *       "name": "王芳",
                     *       "roles": [
                     *         "grid_worker"
                     *       ],
                     *       "org_id": "01956f3a-0008-7c3e-9a41-6d2b8e0f0008",
                     *       "org_name": "育红社区党委"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
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
    registry_login_config: {
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
                     *       "issuer": "https://sso.example.gov.cn/realms/redgrid",
                     *       "client_id": "redgrid-web",
                     *       "scope": "openid profile phone redgrid"
                     *     }
                     */
                    "application/json": components["schemas"]["LoginConfig"];
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
    registry_list_teams: {
        parameters: {
            query?: {
                /** @description From next_cursor */
                cursor?: string | null;
                /** @description Page length */
                limit?: number;
                skill?: string | null;
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
                     *           "name": "育红社区党员志愿服务队",
                     *           "kind": "government",
                     *           "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *           "org_path": "大中街道/育红社区",
                     *           "skills": [
                     *             "法律咨询"
                     *           ],
                     *           "leader_id": "01956f3a-003f-7c3e-9a41-6d2b8e0f003f",
                     *           "active": false,
                     *           "version": 3,
                     *           "member_ids": [
                     *             "01956f3a-0040-7c3e-9a41-6d2b8e0f0040"
                     *           ],
                     *           "org_name": "育红社区党委",
                     *           "leader_name": "王红",
                     *           "member_names": [
                     *             "束方兵"
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_Team_"];
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
    registry_create_team: {
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
                 *       "name": "育红社区党员志愿服务队",
                 *       "kind": "public_welfare",
                 *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                 *       "skills": [
                 *         "法律咨询"
                 *       ],
                 *       "leader_id": "01956f3a-003f-7c3e-9a41-6d2b8e0f003f"
                 *     }
                 */
                "application/json": components["schemas"]["TeamCreate"];
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
                     *       "name": "育红社区党员志愿服务队",
                     *       "kind": "government",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "org_path": "大中街道/育红社区",
                     *       "skills": [
                     *         "法律咨询"
                     *       ],
                     *       "leader_id": "01956f3a-003f-7c3e-9a41-6d2b8e0f003f",
                     *       "active": false,
                     *       "version": 3,
                     *       "member_ids": [
                     *         "01956f3a-0040-7c3e-9a41-6d2b8e0f0040"
                     *       ],
                     *       "org_name": "育红社区党委",
                     *       "leader_name": "王红",
                     *       "member_names": [
                     *         "束方兵"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Team"];
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
    registry_get_team: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
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
                     *       "name": "育红社区党员志愿服务队",
                     *       "kind": "government",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "org_path": "大中街道/育红社区",
                     *       "skills": [
                     *         "法律咨询"
                     *       ],
                     *       "leader_id": "01956f3a-003f-7c3e-9a41-6d2b8e0f003f",
                     *       "active": false,
                     *       "version": 3,
                     *       "member_ids": [
                     *         "01956f3a-0040-7c3e-9a41-6d2b8e0f0040"
                     *       ],
                     *       "org_name": "育红社区党委",
                     *       "leader_name": "王红",
                     *       "member_names": [
                     *         "束方兵"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Team"];
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
    registry_update_team: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "育红社区党员志愿服务队",
                 *       "skills": [
                 *         "法律咨询"
                 *       ],
                 *       "leader_id": "01956f3a-003f-7c3e-9a41-6d2b8e0f003f",
                 *       "active": false
                 *     }
                 */
                "application/json": components["schemas"]["TeamUpdate"];
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
                     *       "name": "育红社区党员志愿服务队",
                     *       "kind": "government",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "org_path": "大中街道/育红社区",
                     *       "skills": [
                     *         "法律咨询"
                     *       ],
                     *       "leader_id": "01956f3a-003f-7c3e-9a41-6d2b8e0f003f",
                     *       "active": false,
                     *       "version": 3,
                     *       "member_ids": [
                     *         "01956f3a-0040-7c3e-9a41-6d2b8e0f0040"
                     *       ],
                     *       "org_name": "育红社区党委",
                     *       "leader_name": "王红",
                     *       "member_names": [
                     *         "束方兵"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Team"];
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
    registry_add_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "person_id": "01956f3a-0002-7c3e-9a41-6d2b8e0f0002"
                 *     }
                 */
                "application/json": components["schemas"]["TeamJoin"];
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
                     *       "name": "育红社区党员志愿服务队",
                     *       "kind": "government",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "org_path": "大中街道/育红社区",
                     *       "skills": [
                     *         "法律咨询"
                     *       ],
                     *       "leader_id": "01956f3a-003f-7c3e-9a41-6d2b8e0f003f",
                     *       "active": false,
                     *       "version": 3,
                     *       "member_ids": [
                     *         "01956f3a-0040-7c3e-9a41-6d2b8e0f0040"
                     *       ],
                     *       "org_name": "育红社区党委",
                     *       "leader_name": "王红",
                     *       "member_names": [
                     *         "束方兵"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Team"];
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
    registry_remove_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
                team_id: string;
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
                     *       "name": "育红社区党员志愿服务队",
                     *       "kind": "government",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "org_path": "大中街道/育红社区",
                     *       "skills": [
                     *         "法律咨询"
                     *       ],
                     *       "leader_id": "01956f3a-003f-7c3e-9a41-6d2b8e0f003f",
                     *       "active": false,
                     *       "version": 3,
                     *       "member_ids": [
                     *         "01956f3a-0040-7c3e-9a41-6d2b8e0f0040"
                     *       ],
                     *       "org_name": "育红社区党委",
                     *       "leader_name": "王红",
                     *       "member_names": [
                     *         "束方兵"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Team"];
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
    registry_list_units: {
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
                     *           "name": "大中派出所",
                     *           "kind": "government",
                     *           "address": "大中街道育红路12号3单元502室",
                     *           "contact_name": "王红",
                     *           "contact_phone_masked": "139****5678",
                     *           "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *           "community_ids": [
                     *             "01956f3a-0046-7c3e-9a41-6d2b8e0f0046"
                     *           ],
                     *           "version": 3,
                     *           "org_name": "大中街道党工委",
                     *           "community_names": [
                     *             "育红社区党委"
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Page_UnitPublic_"];
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
    registry_register_unit: {
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
                 *       "name": "大中派出所",
                 *       "kind": "government",
                 *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                 *       "address": "大中街道育红路12号3单元502室",
                 *       "contact_name": "王红",
                 *       "contact_phone": "13912345678",
                 *       "community_ids": [
                 *         "01956f3a-0046-7c3e-9a41-6d2b8e0f0046"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UnitCreate"];
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
                     *       "name": "大中派出所",
                     *       "kind": "government",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "contact_name": "王红",
                     *       "contact_phone_masked": "139****5678",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "community_ids": [
                     *         "01956f3a-0046-7c3e-9a41-6d2b8e0f0046"
                     *       ],
                     *       "version": 3,
                     *       "org_name": "大中街道党工委",
                     *       "community_names": [
                     *         "育红社区党委"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UnitPublic"];
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
    registry_get_unit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
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
                     *       "name": "大中派出所",
                     *       "kind": "government",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "contact_name": "王红",
                     *       "contact_phone_masked": "139****5678",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "community_ids": [
                     *         "01956f3a-0046-7c3e-9a41-6d2b8e0f0046"
                     *       ],
                     *       "version": 3,
                     *       "org_name": "大中街道党工委",
                     *       "community_names": [
                     *         "育红社区党委"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UnitPublic"];
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
    registry_update_unit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "大中派出所",
                 *       "address": "大中街道育红路12号3单元502室",
                 *       "contact_name": "王红",
                 *       "contact_phone": "13912345678",
                 *       "community_ids": [
                 *         "01956f3a-0046-7c3e-9a41-6d2b8e0f0046"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UnitUpdate"];
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
                     *       "name": "大中派出所",
                     *       "kind": "government",
                     *       "address": "大中街道育红路12号3单元502室",
                     *       "contact_name": "王红",
                     *       "contact_phone_masked": "139****5678",
                     *       "org_id": "01956f3a-0021-7c3e-9a41-6d2b8e0f0021",
                     *       "community_ids": [
                     *         "01956f3a-0046-7c3e-9a41-6d2b8e0f0046"
                     *       ],
                     *       "version": 3,
                     *       "org_name": "大中街道党工委",
                     *       "community_names": [
                     *         "育红社区党委"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UnitPublic"];
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
}
