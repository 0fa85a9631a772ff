/// The OpenAPI 3.1 description of /api/v1, served at /api/openapi.json and checked against the routes by tests.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "cxm API",
            "version": "1.0.0",
            "summary": "Customer Experience Management: journeys, surveys, customers and feedback.",
            "description": "cxm is an open-source Customer Experience Management platform. It maps customer journeys (stages and touchpoints with their service blueprints), runs versioned surveys (NPS, CSAT, CES, NKI, ratings, choices and open text) at those touchpoints, keeps customers with their identifiers in several source systems, and ingests and reports their responses within the organisation's unit tree.\n\n## Authentication\n\nIntegrations send an API token as `Authorization: Bearer cxm_...`. An administrator creates tokens with POST /api/v1/tokens or on the server's command line; the secret is shown once. A browser signed in to cxm may also call the API with its `cxm_session` cookie; requests that change data (POST, PUT, DELETE) must then echo the session's CSRF token in the `X-CSRF-Token` header.\n\n## Access\n\nEvery operation names the permission it requires. admin may do everything; cx_manager edits journeys, surveys, units, channels, segments and customers and submits responses; analyst and viewer read; team_lead reads their unit and the units below it, frontline their own unit. Entities outside the caller's units answer 404.\n\n## Conventions\n\nBodies are JSON; times are ISO 8601 (`2026-03-01T09:30:00Z`); optional fields are absent rather than null. Lists are wrapped as `{\"items\": [...]}`, paged lists as `{\"items\", \"total\", \"offset\", \"limit\"}` (offset from 0, limit 1-1000, default 50). Errors are RFC 9457 problem details (`application/problem+json`) whose `errors` list every field problem found. Request bodies are limited to 16 MiB."
          },
          "servers": [
            {
              "url": "/"
            }
          ],
          "security": [
            {
              "bearerAuth": []
            },
            {
              "sessionCookie": []
            }
          ],
          "tags": [
            {
              "name": "Operations",
              "description": "Health, readiness, metrics and this document; open to everyone."
            },
            {
              "name": "Workspace",
              "description": "The settings of the workspace."
            },
            {
              "name": "Units",
              "description": "The organisation tree: company, regions, branches, stores, teams."
            },
            {
              "name": "Channels",
              "description": "Channels through which customers meet the company."
            },
            {
              "name": "Journeys",
              "description": "Customer journeys and journey maps."
            },
            {
              "name": "Stages",
              "description": "The stages of a journey."
            },
            {
              "name": "Touchpoints",
              "description": "Touchpoints: where customers meet the company, with needs and blueprints."
            },
            {
              "name": "Customers",
              "description": "Customers, their identifiers, attributes and consent."
            },
            {
              "name": "Segments",
              "description": "Saved filters over customer attributes."
            },
            {
              "name": "Surveys",
              "description": "Versioned survey definitions."
            },
            {
              "name": "Responses",
              "description": "Ingesting and reading survey responses."
            },
            {
              "name": "Invitations",
              "description": "Triggers after interactions, contact rules, invitations by e-mail and their response rates."
            },
            {
              "name": "Metrics",
              "description": "NPS, CSAT, CES, NKI and rating scores over the answers, grouped, compared with a baseline and tested, within the caller's units."
            },
            {
              "name": "Access",
              "description": "The caller's identity."
            },
            {
              "name": "Users",
              "description": "People who sign in."
            },
            {
              "name": "Tokens",
              "description": "API tokens for integrations."
            },
            {
              "name": "Audit",
              "description": "The log of changes."
            },
            {
              "name": "Cases",
              "description": "Closing the loop: cases opened by rules or by hand, their queues, timelines and changes."
            },
            {
              "name": "Webhooks",
              "description": "Events posted to other systems as they happen: signed JSON (Standard Webhooks: headers webhook-id, webhook-timestamp and webhook-signature, the HMAC-SHA256 of id.timestamp.body), or Slack and Microsoft Teams messages. Events are queued with the change that made them and sent within seconds; a failed try is repeated after 1, 5 and 30 minutes, then 2, 6, 12 and 24 hours (longer if the receiver's Retry-After says so); 410 Gone ends it at once."
            },
            {
              "name": "Feedback",
              "description": "Open-text analytics: the feedback inbox, themes as data, the theme taxonomy and sentiment models."
            },
            {
              "name": "Analysis",
              "description": "Driver analysis and the trend and alert engine."
            },
            {
              "name": "Signals",
              "description": "Records from the company's other systems: support tickets, churn, incidents and orders, each from a source that says how its identifiers map to customers. A record is unique by its source and its id there: a repeated delivery is reported as a duplicate, a changed one updates the record. Records whose identifiers name several customers are stored unlinked and put on the identity review list."
            },
            {
              "name": "Improvements",
              "description": "Frontline observations, the improvement list with its evidence, impact and capacity."
            },
            {
              "name": "Goals",
              "description": "Goals per journey, touchpoint or unit with honest progress, and the public KPI boards that show them."
            },
            {
              "name": "Action plans",
              "description": "Teams' plans in answer to their results: suggestions, comments and actions with owners and due dates."
            }
          ],
          "paths": {
            "/health": {
              "get": {
                "operationId": "getHealth",
                "summary": "Liveness",
                "tags": [
                  "Operations"
                ],
                "description": "Answers 200 while the process runs; it does not touch the database.",
                "responses": {
                  "200": {
                    "description": "The server is running.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HealthStatus"
                        },
                        "example": {
                          "status": "ok"
                        }
                      }
                    }
                  }
                },
                "security": []
              }
            },
            "/ready": {
              "get": {
                "operationId": "getReadiness",
                "summary": "Readiness",
                "tags": [
                  "Operations"
                ],
                "description": "Answers 200 when the database can be queried, else 503; for load balancers and orchestrators.",
                "responses": {
                  "200": {
                    "description": "Ready to serve requests.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HealthStatus"
                        },
                        "example": {
                          "status": "ready"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HealthStatus"
                        },
                        "example": {
                          "status": "database unavailable"
                        }
                      }
                    }
                  }
                },
                "security": []
              }
            },
            "/metrics": {
              "get": {
                "operationId": "getMetrics",
                "summary": "Prometheus metrics",
                "tags": [
                  "Operations"
                ],
                "description": "Request counts and durations and ingestion counters in the Prometheus text exposition format (version 0.0.4).",
                "responses": {
                  "200": {
                    "description": "The metrics.",
                    "content": {
                      "text/plain": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  }
                },
                "security": []
              }
            },
            "/api/openapi.json": {
              "get": {
                "operationId": "getOpenAPIDocument",
                "summary": "This OpenAPI document",
                "tags": [
                  "Operations"
                ],
                "description": "The OpenAPI 3.1 description of the cxm API.",
                "responses": {
                  "200": {
                    "description": "The OpenAPI document.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  }
                },
                "security": []
              }
            },
            "/api/v1/workspace": {
              "get": {
                "operationId": "getWorkspaceSettings",
                "summary": "Read the workspace settings",
                "tags": [
                  "Workspace"
                ],
                "description": "Requires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The workspace settings.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WorkspaceSettings"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              },
              "put": {
                "operationId": "updateWorkspaceSettings",
                "summary": "Replace the workspace settings",
                "tags": [
                  "Workspace"
                ],
                "description": "Names are trimmed and duplicate languages dropped; the default language must be enabled and the time zone known.\n\nRequires the permission manageWorkspace (role admin).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/WorkspaceSettings"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The settings as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WorkspaceSettings"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/units": {
              "get": {
                "operationId": "listUnits",
                "summary": "List units",
                "tags": [
                  "Units"
                ],
                "description": "The units of the organisation tree the caller may see: all for most roles, the own unit and those below it for team_lead, the own unit for frontline.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The visible units.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/OrgUnitList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              },
              "post": {
                "operationId": "createUnit",
                "summary": "Create a unit",
                "tags": [
                  "Units"
                ],
                "description": "Requires the permission editUnits (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/UnitInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The unit as created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/OrgUnit"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/units/{id}": {
              "get": {
                "operationId": "getUnit",
                "summary": "Read a unit",
                "tags": [
                  "Units"
                ],
                "description": "Units outside the caller's scope answer 404.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The unit.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/OrgUnit"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateUnit",
                "summary": "Replace a unit",
                "tags": [
                  "Units"
                ],
                "description": "Moving a unit under itself or one of its own units is refused with 422.\n\nRequires the permission editUnits (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/UnitInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The unit as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/OrgUnit"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "deleteUnit",
                "summary": "Delete a unit",
                "tags": [
                  "Units"
                ],
                "description": "Only a unit that nothing refers to (child units, touchpoints, users, customers, responses, API tokens) can be deleted; otherwise 409.\n\nRequires the permission editUnits (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                }
              }
            },
            "/api/v1/channels": {
              "get": {
                "operationId": "listChannels",
                "summary": "List channels",
                "tags": [
                  "Channels"
                ],
                "description": "Requires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "All channels.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ChannelList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              },
              "post": {
                "operationId": "createChannel",
                "summary": "Create a channel",
                "tags": [
                  "Channels"
                ],
                "description": "A key used by another channel is refused with 422.\n\nRequires the permission editChannels (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ChannelInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The channel as created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Channel"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/channels/{id}": {
              "get": {
                "operationId": "getChannel",
                "summary": "Read a channel",
                "tags": [
                  "Channels"
                ],
                "description": "Requires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The channel.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Channel"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateChannel",
                "summary": "Replace a channel",
                "tags": [
                  "Channels"
                ],
                "description": "Requires the permission editChannels (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ChannelInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The channel as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Channel"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "deleteChannel",
                "summary": "Delete a channel",
                "tags": [
                  "Channels"
                ],
                "description": "A channel still used by touchpoints or responses cannot be deleted (409).\n\nRequires the permission editChannels (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                }
              }
            },
            "/api/v1/journeys": {
              "get": {
                "operationId": "listJourneys",
                "summary": "List journeys",
                "tags": [
                  "Journeys"
                ],
                "description": "Requires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "All journeys with their stage and touchpoint counts.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/JourneySummaryList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              },
              "post": {
                "operationId": "createJourney",
                "summary": "Create a journey",
                "tags": [
                  "Journeys"
                ],
                "description": "Requires the permission editJourneys (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/JourneyInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The journey as created (without stages).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Journey"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/journeys/{id}": {
              "get": {
                "operationId": "getJourneyMap",
                "summary": "Read a journey map",
                "tags": [
                  "Journeys"
                ],
                "description": "The journey with its stages and their touchpoints, in order.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The journey map.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/JourneyMap"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateJourney",
                "summary": "Replace a journey",
                "tags": [
                  "Journeys"
                ],
                "description": "Changes the journey's own fields; stages are changed through their own routes.\n\nRequires the permission editJourneys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/JourneyInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The journey as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Journey"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "deleteJourney",
                "summary": "Delete a journey",
                "tags": [
                  "Journeys"
                ],
                "description": "Deletes the journey with its stages and touchpoints; refused with 409 when its touchpoints have responses.\n\nRequires the permission editJourneys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                }
              }
            },
            "/api/v1/journeys/{id}/stages": {
              "post": {
                "operationId": "createStage",
                "summary": "Add a stage to a journey",
                "tags": [
                  "Stages"
                ],
                "description": "Requires the permission editJourneys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/StageInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The stage as created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Stage"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/stages/{id}": {
              "get": {
                "operationId": "getStage",
                "summary": "Read a stage",
                "tags": [
                  "Stages"
                ],
                "description": "Requires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The stage.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Stage"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateStage",
                "summary": "Replace a stage",
                "tags": [
                  "Stages"
                ],
                "description": "Requires the permission editJourneys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/StageInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The stage as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Stage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "deleteStage",
                "summary": "Delete a stage",
                "tags": [
                  "Stages"
                ],
                "description": "Deletes the stage with its touchpoints; refused with 409 when its touchpoints have responses.\n\nRequires the permission editJourneys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                }
              }
            },
            "/api/v1/stages/{id}/touchpoints": {
              "post": {
                "operationId": "createTouchpoint",
                "summary": "Add a touchpoint to a stage",
                "tags": [
                  "Touchpoints"
                ],
                "description": "The channel and owning unit must exist (422 otherwise).\n\nRequires the permission editJourneys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TouchpointInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The touchpoint as created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Touchpoint"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/touchpoints": {
              "get": {
                "operationId": "listTouchpoints",
                "summary": "List touchpoints",
                "tags": [
                  "Touchpoints"
                ],
                "description": "Requires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "All touchpoints of all journeys.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TouchpointList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              }
            },
            "/api/v1/touchpoints/{id}": {
              "get": {
                "operationId": "getTouchpoint",
                "summary": "Read a touchpoint",
                "tags": [
                  "Touchpoints"
                ],
                "description": "Requires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The touchpoint.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Touchpoint"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateTouchpoint",
                "summary": "Replace a touchpoint",
                "tags": [
                  "Touchpoints"
                ],
                "description": "Replaces every field but the stage; omitted lists and blueprint become empty.\n\nRequires the permission editJourneys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TouchpointInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The touchpoint as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Touchpoint"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "deleteTouchpoint",
                "summary": "Delete a touchpoint",
                "tags": [
                  "Touchpoints"
                ],
                "description": "Refused with 409 when the touchpoint has responses.\n\nRequires the permission editJourneys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                }
              }
            },
            "/api/v1/customers": {
              "get": {
                "operationId": "listCustomers",
                "summary": "List customers",
                "tags": [
                  "Customers"
                ],
                "description": "A page of customers by display name, limited to the caller's units (team_lead and frontline do not see customers without a unit).\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "q",
                    "in": "query",
                    "description": "Matches the display name or any identifier value, case-insensitively, as a substring.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unitID",
                    "in": "query",
                    "description": "Only customers served by this unit.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  },
                  {
                    "$ref": "#/components/parameters/Offset"
                  },
                  {
                    "$ref": "#/components/parameters/Limit"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of customers.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CustomerPage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              },
              "post": {
                "operationId": "createCustomer",
                "summary": "Create a customer",
                "tags": [
                  "Customers"
                ],
                "description": "An identifier that belongs to another customer is refused with 422.\n\nRequires the permission editCustomers (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CustomerInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The customer as created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Customer"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/customers/{id}": {
              "get": {
                "operationId": "getCustomer",
                "summary": "Read a customer",
                "tags": [
                  "Customers"
                ],
                "description": "Customers outside the caller's units answer 404.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The customer.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Customer"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateCustomer",
                "summary": "Replace a customer",
                "tags": [
                  "Customers"
                ],
                "description": "Replaces every field; identifiers are written as `system:value` strings.\n\nRequires the permission editCustomers (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CustomerInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The customer as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Customer"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "eraseCustomer",
                "summary": "Erase a customer",
                "tags": [
                  "Customers"
                ],
                "description": "Erases everything about the customer (a GDPR erasure request): their responses and answers, identifiers, record and segment memberships, and their scores from every rollup, so that every other figure stays as it was. The audit log keeps that they were erased, without personal data.\n\nRequires the permission eraseCustomers (role admin).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Erased."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/customers/{id}/personal-data": {
              "get": {
                "operationId": "exportPersonalData",
                "summary": "Export everything about a customer",
                "tags": [
                  "Customers"
                ],
                "description": "Everything cxm holds about one person, for a data-subject access request (GDPR articles 15 and 20): the record, segment memberships, every response with its answers, invitations, the tickets, churn, orders and incidents other systems sent about them, the ids and activity the company's sites and apps recorded, and the audit trail. The export is recorded in the audit log.\n\nRequires the permission exportPersonalData (role admin).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The person's data.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PersonalData"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/segments": {
              "get": {
                "operationId": "listSegments",
                "summary": "List segments",
                "tags": [
                  "Segments"
                ],
                "description": "Requires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "All segments.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SegmentList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              },
              "post": {
                "operationId": "createSegment",
                "summary": "Create a segment",
                "tags": [
                  "Segments"
                ],
                "description": "Requires the permission editSegments (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SegmentInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The segment as created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Segment"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/segments/{id}": {
              "get": {
                "operationId": "getSegment",
                "summary": "Read a segment",
                "tags": [
                  "Segments"
                ],
                "description": "Requires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The segment.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Segment"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateSegment",
                "summary": "Replace a segment",
                "tags": [
                  "Segments"
                ],
                "description": "Requires the permission editSegments (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SegmentInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The segment as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Segment"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "deleteSegment",
                "summary": "Delete a segment",
                "tags": [
                  "Segments"
                ],
                "description": "Requires the permission editSegments (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/surveys": {
              "get": {
                "operationId": "listSurveys",
                "summary": "List surveys",
                "tags": [
                  "Surveys"
                ],
                "description": "Requires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "All surveys in their current version.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SurveyList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              },
              "post": {
                "operationId": "createSurvey",
                "summary": "Create a survey",
                "tags": [
                  "Surveys"
                ],
                "description": "Creates version 1. Every touchpoint must exist; every question text and option label must be given in every survey language.\n\nRequires the permission editSurveys (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SurveyInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The survey as created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Survey"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/surveys/{id}": {
              "get": {
                "operationId": "getSurvey",
                "summary": "Read a survey",
                "tags": [
                  "Surveys"
                ],
                "description": "The survey in its current version.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The survey.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Survey"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateSurvey",
                "summary": "Change a survey",
                "tags": [
                  "Surveys"
                ],
                "description": "Stores the definition as the survey's next version; earlier versions and their responses keep their meaning.\n\nRequires the permission editSurveys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SurveyInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The survey in its new version.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Survey"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "deleteSurvey",
                "summary": "Delete a survey",
                "tags": [
                  "Surveys"
                ],
                "description": "Deletes a survey with all its versions; refused with 409 when it has responses.\n\nRequires the permission editSurveys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                }
              }
            },
            "/api/v1/surveys/{id}/versions/{version}": {
              "get": {
                "operationId": "getSurveyVersion",
                "summary": "Read one version of a survey",
                "tags": [
                  "Surveys"
                ],
                "description": "The definition as it was in that version, as the responses that name it answered it.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "version",
                    "in": "path",
                    "required": true,
                    "description": "The version number; anything but a whole number gets 404.",
                    "schema": {
                      "type": "integer",
                      "minimum": 1
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The survey version.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Survey"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/surveys/{id}/export": {
              "get": {
                "operationId": "exportSurvey",
                "summary": "Export a survey definition",
                "tags": [
                  "Surveys"
                ],
                "description": "The current version as cxm's own JSON (`{\"format\": \"cxm.survey\", \"formatVersion\": 1, \"survey\": ...}`), which POST /api/v1/surveys:import reads back unchanged.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The export file.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/surveys:import": {
              "post": {
                "operationId": "importSurveys",
                "summary": "Import survey definitions from a file",
                "tags": [
                  "Surveys"
                ],
                "description": "The body is the file itself: a LimeSurvey export (.lss, 2.x to 6.x, multilingual), a Formbricks survey, template or array of templates (JSON), or a cxm export. The format is told from the content. Every element of the file is reported as mapped, approximated, not mapped (with the reason) or dropped (texts in a language cxm does not speak). A malformed file is refused with 422 naming the line or element at fault.\n\nRequires the permission editSurveys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "name": "touchpointID",
                    "in": "query",
                    "description": "A touchpoint the imported surveys measure; repeat for several. A cxm export's own touchpoints are used when none is named.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "dryRun",
                    "in": "query",
                    "description": "true: report without storing.",
                    "schema": {
                      "type": "boolean"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/xml": {
                      "schema": {
                        "type": "string"
                      }
                    },
                    "application/json": {
                      "schema": {
                        "type": "object"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Dry run: what would be imported.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SurveyImportResult"
                        }
                      }
                    }
                  },
                  "201": {
                    "description": "The surveys stored, with their reports.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SurveyImportResult"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/surveys/{id}/links": {
              "get": {
                "operationId": "listSurveyLinks",
                "summary": "List a survey's links",
                "tags": [
                  "Surveys"
                ],
                "description": "Public and kiosk links, newest first.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The links.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/SurveyLink"
                              }
                            }
                          },
                          "required": [
                            "items"
                          ]
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "post": {
                "operationId": "createSurveyLink",
                "summary": "Create a public or kiosk link",
                "tags": [
                  "Surveys"
                ],
                "description": "The link's token is random (128 bits).\n\nRequires the permission editSurveys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SurveyLinkInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The link.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SurveyLink"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/surveys/{id}/links/{link}": {
              "put": {
                "operationId": "updateSurveyLink",
                "summary": "Close or reopen a link",
                "tags": [
                  "Surveys"
                ],
                "description": "`{\"disabled\": true}` closes the link: it shows a closed page and takes no answers.\n\nRequires the permission editSurveys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "link",
                    "in": "path",
                    "required": true,
                    "description": "The link's id.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "disabled": {
                            "type": "boolean"
                          }
                        },
                        "required": [
                          "disabled"
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The link.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SurveyLink"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/surveys/{id}/links/{link}/qr.svg": {
              "get": {
                "operationId": "getSurveyLinkQRCode",
                "summary": "The link as a QR code",
                "tags": [
                  "Surveys"
                ],
                "description": "An SVG image of the link's full address (from the server's public URL), drawn by cxm, for printing on a counter sign or a receipt.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "link",
                    "in": "path",
                    "required": true,
                    "description": "The link's id.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The QR code.",
                    "content": {
                      "image/svg+xml": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/responses": {
              "post": {
                "operationId": "submitResponse",
                "summary": "Submit a response",
                "tags": [
                  "Responses"
                ],
                "description": "Checks the submission against the survey version and stores it. Retries are safe with an idempotency key, given in the body's `idempotencyKey` or in the `Idempotency-Key` header (the body wins when both are sent): a key seen before stores nothing and answers 200 with the earlier response's id and `duplicate: true`. A unit outside the caller's scope answers 404.\n\nRequires the permission submitResponses (roles admin, cx_manager).",
                "parameters": [
                  {
                    "name": "Idempotency-Key",
                    "in": "header",
                    "required": false,
                    "description": "Used when the body has no idempotencyKey; 1-200 characters.",
                    "schema": {
                      "type": "string",
                      "minLength": 1,
                      "maxLength": 200
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ResponseSubmission"
                      },
                      "examples": {
                        "submission": {
                          "summary": "An NPS survey answered after an installation visit",
                          "value": {
                            "surveyID": "survey-after-install",
                            "touchpointID": "tp-installation-visit",
                            "customer": "crm:100234",
                            "language": "sv",
                            "submittedAt": "2026-03-01T09:30:00Z",
                            "answers": [
                              {
                                "question": "nps",
                                "value": 9
                              },
                              {
                                "question": "reason",
                                "value": "Teknikern var punktlig och trevlig."
                              },
                              {
                                "question": "topics",
                                "value": [
                                  "punctuality",
                                  "friendliness"
                                ]
                              }
                            ],
                            "idempotencyKey": "crm-survey-88412"
                          }
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The idempotency key was seen before; nothing new was stored.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SubmissionResult"
                        },
                        "example": {
                          "id": "0b7e4a52-3c1f-4d8e-a6b9-1f2e3d4c5b6a",
                          "duplicate": true
                        }
                      }
                    }
                  },
                  "201": {
                    "description": "Stored; `duplicate` is false.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SubmissionResult"
                        },
                        "example": {
                          "id": "0b7e4a52-3c1f-4d8e-a6b9-1f2e3d4c5b6a",
                          "duplicate": false
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "get": {
                "operationId": "listResponses",
                "summary": "List responses",
                "tags": [
                  "Responses"
                ],
                "description": "A page of responses, newest first, limited to the caller's units.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "surveyID",
                    "in": "query",
                    "description": "Only responses to this survey.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  },
                  {
                    "name": "touchpointID",
                    "in": "query",
                    "description": "Only responses at this touchpoint.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  },
                  {
                    "name": "unitID",
                    "in": "query",
                    "description": "Only responses in this unit.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  },
                  {
                    "name": "customerID",
                    "in": "query",
                    "description": "Only responses by this customer.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  },
                  {
                    "name": "from",
                    "in": "query",
                    "description": "Only responses submitted at or after this time: an ISO 8601 time or a calendar day (2026-03-01, meaning its start in UTC).",
                    "schema": {
                      "type": "string",
                      "examples": [
                        "2026-03-01",
                        "2026-03-01T09:30:00Z"
                      ]
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "description": "Only responses submitted before this time (exclusive): an ISO 8601 time or a calendar day (its start in UTC).",
                    "schema": {
                      "type": "string",
                      "examples": [
                        "2026-04-01"
                      ]
                    }
                  },
                  {
                    "$ref": "#/components/parameters/Offset"
                  },
                  {
                    "$ref": "#/components/parameters/Limit"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of responses.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SurveyResponsePage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              }
            },
            "/api/v1/responses:batch": {
              "post": {
                "operationId": "submitResponseBatch",
                "summary": "Submit many responses",
                "tags": [
                  "Responses"
                ],
                "description": "Checks every submission and stores the valid ones in one transaction; each is reported by its index. Invalid submissions (and those for units outside the caller's scope) are rejected one by one without failing the others. Submissions whose idempotency key was stored before, or appears earlier in the same batch, are reported as duplicates. At most 10,000 submissions (400 above that) and 16 MiB (413 above that) per request. A body that cannot be decoded as a whole (for example one submission with a field of the wrong type) is refused with 400.\n\nRequires the permission submitResponses (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/BatchInput"
                      },
                      "examples": {
                        "batch": {
                          "summary": "Three submissions: one retried, one new, one invalid",
                          "value": {
                            "responses": [
                              {
                                "surveyID": "survey-after-install",
                                "touchpointID": "tp-installation-visit",
                                "customer": "crm:100234",
                                "language": "sv",
                                "submittedAt": "2026-03-01T09:30:00Z",
                                "answers": [
                                  {
                                    "question": "nps",
                                    "value": 9
                                  },
                                  {
                                    "question": "reason",
                                    "value": "Teknikern var punktlig och trevlig."
                                  },
                                  {
                                    "question": "topics",
                                    "value": [
                                      "punctuality",
                                      "friendliness"
                                    ]
                                  }
                                ],
                                "idempotencyKey": "crm-survey-88412"
                              },
                              {
                                "surveyID": "survey-after-install",
                                "language": "en",
                                "customerID": "c-5521",
                                "answers": [
                                  {
                                    "question": "nps",
                                    "value": 4
                                  }
                                ],
                                "idempotencyKey": "crm-survey-88413"
                              },
                              {
                                "surveyID": "survey-after-install",
                                "language": "en",
                                "answers": [
                                  {
                                    "question": "nps",
                                    "value": 11
                                  }
                                ]
                              }
                            ]
                          }
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "At least one submission was stored or was a duplicate (or the batch was empty).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BatchResult"
                        },
                        "example": {
                          "stored": 1,
                          "duplicates": 1,
                          "rejected": 1,
                          "results": [
                            {
                              "index": 0,
                              "status": "duplicate",
                              "id": "0b7e4a52-3c1f-4d8e-a6b9-1f2e3d4c5b6a"
                            },
                            {
                              "index": 1,
                              "status": "stored",
                              "id": "5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e"
                            },
                            {
                              "index": 2,
                              "status": "rejected",
                              "errors": [
                                {
                                  "field": "answers[0].value",
                                  "message": "a nps answer must be a whole number from 0 to 10"
                                }
                              ]
                            }
                          ]
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "description": "Every submission was rejected; the body says why, per submission.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BatchResult"
                        },
                        "example": {
                          "stored": 0,
                          "duplicates": 0,
                          "rejected": 1,
                          "results": [
                            {
                              "index": 0,
                              "status": "rejected",
                              "errors": [
                                {
                                  "field": "surveyID",
                                  "message": "unknown survey 'nope'"
                                }
                              ]
                            }
                          ]
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/responses/{id}": {
              "get": {
                "operationId": "getResponse",
                "summary": "Read a response",
                "tags": [
                  "Responses"
                ],
                "description": "Responses outside the caller's units answer 404.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The response.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SurveyResponse"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/metrics": {
              "get": {
                "operationId": "computeMetric",
                "summary": "Compute a metric",
                "tags": [
                  "Metrics"
                ],
                "description": "Computes one metric over the answers the filters select on the days `from`..`to` (both included, in the workspace time zone), as one figure over everything (`total`) and, with `by`, one figure per group. Every figure comes with its sample size, confidence interval, margin and low-sample flag; with `compare` each group is also tested against a baseline and the groups' p-values are corrected for being tested together (`correction`). The dashboards show the same numbers.\n\nList-valued parameters are comma-separated (`by=unit,month`, `unit=unit-se,unit-dk`); the values of one filter are alternatives, and every filter given must hold. A parameter given twice counts with its last value; an empty value counts as left out. A name that is not one of the parameters below is refused with 400 rather than ignored, as are malformed values and unknown journeys, stages, touchpoints, units, channels, languages, surveys and segments; the problem's `errors` name every parameter at fault.\n\nteam_lead and frontline callers only count answers in their units (a team lead's unit and the units below it, a frontline user's own unit): totals and groups are restricted to those units, and naming a unit outside them in `unit` is refused with 400. A period without answers is not an error: the result has `empty: true`, no `total` and no groups.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "metric",
                    "in": "query",
                    "required": true,
                    "description": "The metric to compute.",
                    "schema": {
                      "$ref": "#/components/schemas/Metric"
                    }
                  },
                  {
                    "name": "question",
                    "in": "query",
                    "description": "A question key. Required for rating (the rating question); for nps, csat and ces it narrows the answers to that question. 400 when no survey asks a question with the key, when the question is of a type the metric does not apply to, or with nki, which always uses its three items.",
                    "schema": {
                      "type": "string",
                      "examples": [
                        "nps"
                      ]
                    }
                  },
                  {
                    "name": "from",
                    "in": "query",
                    "description": "The first day, included, as YYYY-MM-DD in the workspace time zone. Defaults to 89 days before `to`, so that 90 days are covered. Must not be after `to`, and `to` may be at most 3,660 days (about 10 years) after it.",
                    "schema": {
                      "type": "string",
                      "format": "date",
                      "examples": [
                        "2026-01-01"
                      ]
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "description": "The last day, included, as YYYY-MM-DD. Defaults to today in the workspace time zone.",
                    "schema": {
                      "type": "string",
                      "format": "date",
                      "examples": [
                        "2026-03-31"
                      ]
                    }
                  },
                  {
                    "name": "by",
                    "in": "query",
                    "style": "form",
                    "explode": false,
                    "description": "Up to three groupings, comma-separated and each at most once, of which at most one is a time grouping (day, week, month, quarter, year; cut in the workspace time zone, weeks are ISO weeks). Groups are the combinations of their values that have answers. A unit counts the answers of its whole subtree, so unit groups overlap; segment makes one group per segment of customers (the filter's segment only, when `segment` is given).",
                    "schema": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/MetricGrouping"
                      },
                      "maxItems": 3,
                      "uniqueItems": true
                    },
                    "examples": {
                      "unitByMonth": {
                        "value": [
                          "unit",
                          "month"
                        ]
                      }
                    }
                  },
                  {
                    "name": "compare",
                    "in": "query",
                    "description": "What each group and the total are compared with; see ComparisonMode. rest needs a grouping other than time.",
                    "schema": {
                      "allOf": [
                        {
                          "$ref": "#/components/schemas/ComparisonMode"
                        }
                      ],
                      "default": "none"
                    }
                  },
                  {
                    "name": "correction",
                    "in": "query",
                    "description": "How the groups' p-values are corrected for being tested together: none, holm (Holm's step-down, controls the family-wise error) or bh (Benjamini-Hochberg, controls the false discovery rate).",
                    "schema": {
                      "allOf": [
                        {
                          "$ref": "#/components/schemas/Correction"
                        }
                      ],
                      "default": "holm"
                    }
                  },
                  {
                    "name": "confidence",
                    "in": "query",
                    "description": "The confidence level of the intervals; a comparison is significant when its adjusted p-value is below 1 - confidence.",
                    "schema": {
                      "type": "number",
                      "minimum": 0.5,
                      "maximum": 0.999,
                      "default": 0.95
                    }
                  },
                  {
                    "name": "lowSample",
                    "in": "query",
                    "description": "Figures from fewer answers are flagged `lowSample`; must be at least `minimum`.",
                    "schema": {
                      "type": "integer",
                      "default": 30
                    }
                  },
                  {
                    "name": "minimum",
                    "in": "query",
                    "description": "Groups with fewer answers are left out (and counted in `suppressedGroups`), so is the total (`totalSuppressed`), and a group's baseline with fewer answers is not compared with. It may be raised, never lowered below the anonymity threshold of 5, so that no one's answers can be singled out.",
                    "schema": {
                      "type": "integer",
                      "minimum": 5,
                      "default": 5
                    }
                  },
                  {
                    "name": "margin",
                    "in": "query",
                    "description": "A target margin (half the interval's width) in the metric's unit, such as 5 NPS points or 3 percentage points of CSAT; each figure then says in `neededForMargin` how many answers that margin needs.",
                    "schema": {
                      "type": "number",
                      "exclusiveMinimum": 0
                    }
                  },
                  {
                    "name": "journey",
                    "in": "query",
                    "description": "Only answers at touchpoints of these journeys.",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Id"
                      }
                    }
                  },
                  {
                    "name": "stage",
                    "in": "query",
                    "description": "Only answers at touchpoints of these stages.",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Id"
                      }
                    }
                  },
                  {
                    "name": "touchpoint",
                    "in": "query",
                    "description": "Only answers at these touchpoints.",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Id"
                      }
                    }
                  },
                  {
                    "name": "unit",
                    "in": "query",
                    "description": "Only answers in these units and the units below them; each must be one the caller may see.",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Id"
                      }
                    }
                  },
                  {
                    "name": "channel",
                    "in": "query",
                    "description": "Only answers through these channels.",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Id"
                      }
                    }
                  },
                  {
                    "name": "language",
                    "in": "query",
                    "description": "Only answers in these languages.",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Language"
                      }
                    }
                  },
                  {
                    "name": "survey",
                    "in": "query",
                    "description": "Only answers to these surveys.",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Id"
                      }
                    }
                  },
                  {
                    "name": "segment",
                    "in": "query",
                    "description": "Only answers by customers who belong to this saved segment now (anonymous answers are then left out). Each saved segment keeps rollups of its own, kept current as customers, the segment and responses change, so a segment filter answers as fast as any other.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  },
                  {
                    "name": "source",
                    "in": "query",
                    "description": "rollups computes from the daily rollups; raw recomputes from the stored answers, to check the rollups (the numbers are the same).",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "rollups",
                        "raw"
                      ],
                      "default": "rollups"
                    }
                  },
                  {
                    "name": "weights",
                    "in": "query",
                    "description": "For metric=nki: equal (a third each, the default) or estimated (fitted by a PLS path model, Mode A, centroid scheme, against the recommendation score, when at least 50 respondents answered all three items and the NPS question; otherwise equal weights with a note). Estimated weights cannot be combined with compare.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "equal",
                        "estimated"
                      ],
                      "default": "equal"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The metric, with the query as understood (defaults filled in).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MetricResult"
                        },
                        "examples": {
                          "npsByJourney": {
                            "summary": "GET /api/v1/metrics?metric=nps&by=journey&from=2026-01-01&to=2026-03-31",
                            "value": {
                              "compare": "none",
                              "empty": false,
                              "from": "2026-01-01",
                              "groupBy": [
                                "journey"
                              ],
                              "groups": [
                                {
                                  "figure": {
                                    "details": {
                                      "detractors": 96,
                                      "distribution": [
                                        {
                                          "count": 9,
                                          "score": 0
                                        },
                                        {
                                          "count": 5,
                                          "score": 1
                                        },
                                        {
                                          "count": 8,
                                          "score": 2
                                        },
                                        {
                                          "count": 11,
                                          "score": 3
                                        },
                                        {
                                          "count": 13,
                                          "score": 4
                                        },
                                        {
                                          "count": 19,
                                          "score": 5
                                        },
                                        {
                                          "count": 31,
                                          "score": 6
                                        },
                                        {
                                          "count": 61,
                                          "score": 7
                                        },
                                        {
                                          "count": 87,
                                          "score": 8
                                        },
                                        {
                                          "count": 103,
                                          "score": 9
                                        },
                                        {
                                          "count": 109,
                                          "score": 10
                                        }
                                      ],
                                      "items": [],
                                      "mean": 7.734649122807017,
                                      "passives": 148,
                                      "promoters": 212
                                    },
                                    "interval": {
                                      "high": 32.4198802204428,
                                      "low": 18.124782088925386
                                    },
                                    "lowSample": false,
                                    "margin": 7.1475490657587075,
                                    "n": 456,
                                    "skipped": 7,
                                    "value": 25.43859649122807
                                  },
                                  "key": [
                                    {
                                      "grouping": "journey",
                                      "id": "journey-becoming-customer",
                                      "label": "Becoming a customer"
                                    }
                                  ]
                                },
                                {
                                  "figure": {
                                    "details": {
                                      "detractors": 113,
                                      "distribution": [
                                        {
                                          "count": 14,
                                          "score": 0
                                        },
                                        {
                                          "count": 9,
                                          "score": 1
                                        },
                                        {
                                          "count": 10,
                                          "score": 2
                                        },
                                        {
                                          "count": 12,
                                          "score": 3
                                        },
                                        {
                                          "count": 15,
                                          "score": 4
                                        },
                                        {
                                          "count": 21,
                                          "score": 5
                                        },
                                        {
                                          "count": 32,
                                          "score": 6
                                        },
                                        {
                                          "count": 44,
                                          "score": 7
                                        },
                                        {
                                          "count": 58,
                                          "score": 8
                                        },
                                        {
                                          "count": 79,
                                          "score": 9
                                        },
                                        {
                                          "count": 92,
                                          "score": 10
                                        }
                                      ],
                                      "items": [],
                                      "mean": 7.318652849740933,
                                      "passives": 102,
                                      "promoters": 171
                                    },
                                    "interval": {
                                      "high": 23.293469703457504,
                                      "low": 6.526581710424251
                                    },
                                    "lowSample": false,
                                    "margin": 8.383443996516625,
                                    "n": 386,
                                    "skipped": 4,
                                    "value": 15.025906735751295
                                  },
                                  "key": [
                                    {
                                      "grouping": "journey",
                                      "id": "journey-broadband-installation",
                                      "label": "Getting broadband installed"
                                    }
                                  ]
                                },
                                {
                                  "figure": {
                                    "details": {
                                      "detractors": 219,
                                      "distribution": [
                                        {
                                          "count": 21,
                                          "score": 0
                                        },
                                        {
                                          "count": 14,
                                          "score": 1
                                        },
                                        {
                                          "count": 19,
                                          "score": 2
                                        },
                                        {
                                          "count": 24,
                                          "score": 3
                                        },
                                        {
                                          "count": 33,
                                          "score": 4
                                        },
                                        {
                                          "count": 47,
                                          "score": 5
                                        },
                                        {
                                          "count": 61,
                                          "score": 6
                                        },
                                        {
                                          "count": 92,
                                          "score": 7
                                        },
                                        {
                                          "count": 109,
                                          "score": 8
                                        },
                                        {
                                          "count": 128,
                                          "score": 9
                                        },
                                        {
                                          "count": 136,
                                          "score": 10
                                        }
                                      ],
                                      "items": [],
                                      "mean": 7.141812865497076,
                                      "passives": 201,
                                      "promoters": 264
                                    },
                                    "interval": {
                                      "high": 12.810777598037733,
                                      "low": 0.28965908318497213
                                    },
                                    "lowSample": false,
                                    "margin": 6.26055925742638,
                                    "n": 684,
                                    "skipped": 12,
                                    "value": 6.578947368421052
                                  },
                                  "key": [
                                    {
                                      "grouping": "journey",
                                      "id": "journey-getting-help",
                                      "label": "Getting help and support"
                                    }
                                  ]
                                }
                              ],
                              "metric": "nps",
                              "options": {
                                "confidence": 0.95,
                                "correction": "holm",
                                "lowSample": 30,
                                "minimumSample": 5,
                                "nkiWeights": "equal"
                              },
                              "suppressedGroups": 0,
                              "totalSuppressed": false,
                              "to": "2026-03-31",
                              "total": {
                                "figure": {
                                  "details": {
                                    "detractors": 428,
                                    "distribution": [
                                      {
                                        "count": 44,
                                        "score": 0
                                      },
                                      {
                                        "count": 28,
                                        "score": 1
                                      },
                                      {
                                        "count": 37,
                                        "score": 2
                                      },
                                      {
                                        "count": 47,
                                        "score": 3
                                      },
                                      {
                                        "count": 61,
                                        "score": 4
                                      },
                                      {
                                        "count": 87,
                                        "score": 5
                                      },
                                      {
                                        "count": 124,
                                        "score": 6
                                      },
                                      {
                                        "count": 197,
                                        "score": 7
                                      },
                                      {
                                        "count": 254,
                                        "score": 8
                                      },
                                      {
                                        "count": 310,
                                        "score": 9
                                      },
                                      {
                                        "count": 337,
                                        "score": 10
                                      }
                                    ],
                                    "items": [],
                                    "mean": 7.363695937090433,
                                    "passives": 451,
                                    "promoters": 647
                                  },
                                  "interval": {
                                    "high": 18.467149225438384,
                                    "low": 10.179024744476596
                                  },
                                  "lowSample": false,
                                  "margin": 4.144062240480894,
                                  "n": 1526,
                                  "skipped": 23,
                                  "value": 14.351245085190039
                                },
                                "key": []
                              }
                            }
                          },
                          "csatOfAStoreByMonth": {
                            "summary": "A frontline user of Kista Galleria: metric=csat&by=unit,month&compare=previous&from=2026-02-01&to=2026-03-31. March's p-value is below 0.05, but not after Holm's correction over the two months.",
                            "value": {
                              "compare": "previous",
                              "empty": false,
                              "from": "2026-02-01",
                              "groupBy": [
                                "unit",
                                "month"
                              ],
                              "groups": [
                                {
                                  "baseline": {
                                    "details": {
                                      "distribution": [
                                        {
                                          "count": 3,
                                          "score": 1
                                        },
                                        {
                                          "count": 4,
                                          "score": 2
                                        },
                                        {
                                          "count": 6,
                                          "score": 3
                                        },
                                        {
                                          "count": 21,
                                          "score": 4
                                        },
                                        {
                                          "count": 38,
                                          "score": 5
                                        }
                                      ],
                                      "items": [],
                                      "mean": 4.208333333333333,
                                      "meanInterval": {
                                        "high": 4.46374084344403,
                                        "low": 3.9529258232226363
                                      },
                                      "share": 81.94444444444444,
                                      "shareInterval": {
                                        "high": 89.1331834899801,
                                        "low": 71.51965826080175
                                      }
                                    },
                                    "interval": {
                                      "high": 89.1331834899801,
                                      "low": 71.51965826080175
                                    },
                                    "lowSample": false,
                                    "margin": 8.806762614589175,
                                    "n": 72,
                                    "skipped": 2,
                                    "value": 81.94444444444444
                                  },
                                  "comparison": {
                                    "adjustedPValue": 0.5421266740918766,
                                    "difference": 3.7698412698412653,
                                    "direction": "unchanged",
                                    "pValue": 0.5421266740918766,
                                    "significant": false,
                                    "statistic": 0.6096002075796678,
                                    "test": "two-proportion-z"
                                  },
                                  "figure": {
                                    "details": {
                                      "distribution": [
                                        {
                                          "count": 2,
                                          "score": 1
                                        },
                                        {
                                          "count": 3,
                                          "score": 2
                                        },
                                        {
                                          "count": 5,
                                          "score": 3
                                        },
                                        {
                                          "count": 19,
                                          "score": 4
                                        },
                                        {
                                          "count": 41,
                                          "score": 5
                                        }
                                      ],
                                      "items": [],
                                      "mean": 4.3428571428571425,
                                      "meanInterval": {
                                        "high": 4.579166420153406,
                                        "low": 4.106547865560879
                                      },
                                      "share": 85.71428571428571,
                                      "shareInterval": {
                                        "high": 92.0510582829334,
                                        "low": 75.66158011633325
                                      }
                                    },
                                    "interval": {
                                      "high": 92.0510582829334,
                                      "low": 75.66158011633325
                                    },
                                    "lowSample": false,
                                    "margin": 8.194739083300071,
                                    "n": 70,
                                    "skipped": 1,
                                    "value": 85.71428571428571
                                  },
                                  "key": [
                                    {
                                      "depth": 2,
                                      "grouping": "unit",
                                      "id": "unit-se-store-kista-galleria",
                                      "label": "Kista Galleria",
                                      "parentID": "unit-se"
                                    },
                                    {
                                      "grouping": "month",
                                      "id": "2026-02",
                                      "label": "2026-02"
                                    }
                                  ]
                                },
                                {
                                  "baseline": {
                                    "details": {
                                      "distribution": [
                                        {
                                          "count": 2,
                                          "score": 1
                                        },
                                        {
                                          "count": 3,
                                          "score": 2
                                        },
                                        {
                                          "count": 5,
                                          "score": 3
                                        },
                                        {
                                          "count": 19,
                                          "score": 4
                                        },
                                        {
                                          "count": 41,
                                          "score": 5
                                        }
                                      ],
                                      "items": [],
                                      "mean": 4.3428571428571425,
                                      "meanInterval": {
                                        "high": 4.579166420153406,
                                        "low": 4.106547865560879
                                      },
                                      "share": 85.71428571428571,
                                      "shareInterval": {
                                        "high": 92.0510582829334,
                                        "low": 75.66158011633325
                                      }
                                    },
                                    "interval": {
                                      "high": 92.0510582829334,
                                      "low": 75.66158011633325
                                    },
                                    "lowSample": false,
                                    "margin": 8.194739083300071,
                                    "n": 70,
                                    "skipped": 1,
                                    "value": 85.71428571428571
                                  },
                                  "comparison": {
                                    "adjustedPValue": 0.0813033541938878,
                                    "difference": 9.523809523809518,
                                    "direction": "unchanged",
                                    "pValue": 0.0406516770969439,
                                    "significant": false,
                                    "statistic": 2.047065262876636,
                                    "test": "two-proportion-z"
                                  },
                                  "figure": {
                                    "details": {
                                      "distribution": [
                                        {
                                          "count": 1,
                                          "score": 1
                                        },
                                        {
                                          "count": 1,
                                          "score": 2
                                        },
                                        {
                                          "count": 2,
                                          "score": 3
                                        },
                                        {
                                          "count": 17,
                                          "score": 4
                                        },
                                        {
                                          "count": 63,
                                          "score": 5
                                        }
                                      ],
                                      "items": [],
                                      "mean": 4.666666666666667,
                                      "meanInterval": {
                                        "high": 4.818569753705804,
                                        "low": 4.51476357962753
                                      },
                                      "share": 95.23809523809523,
                                      "shareInterval": {
                                        "high": 98.132825319051,
                                        "low": 88.38668496724168
                                      }
                                    },
                                    "interval": {
                                      "high": 98.132825319051,
                                      "low": 88.38668496724168
                                    },
                                    "lowSample": false,
                                    "margin": 4.873070175904658,
                                    "n": 84,
                                    "skipped": 3,
                                    "value": 95.23809523809523
                                  },
                                  "key": [
                                    {
                                      "depth": 2,
                                      "grouping": "unit",
                                      "id": "unit-se-store-kista-galleria",
                                      "label": "Kista Galleria",
                                      "parentID": "unit-se"
                                    },
                                    {
                                      "grouping": "month",
                                      "id": "2026-03",
                                      "label": "2026-03"
                                    }
                                  ]
                                }
                              ],
                              "metric": "csat",
                              "options": {
                                "confidence": 0.95,
                                "correction": "holm",
                                "lowSample": 30,
                                "minimumSample": 5,
                                "nkiWeights": "equal"
                              },
                              "suppressedGroups": 0,
                              "totalSuppressed": false,
                              "to": "2026-03-31",
                              "total": {
                                "baseline": {
                                  "details": {
                                    "distribution": [
                                      {
                                        "count": 5,
                                        "score": 1
                                      },
                                      {
                                        "count": 6,
                                        "score": 2
                                      },
                                      {
                                        "count": 9,
                                        "score": 3
                                      },
                                      {
                                        "count": 34,
                                        "score": 4
                                      },
                                      {
                                        "count": 61,
                                        "score": 5
                                      }
                                    ],
                                    "items": [],
                                    "mean": 4.217391304347826,
                                    "meanInterval": {
                                      "high": 4.417344398446239,
                                      "low": 4.017438210249414
                                    },
                                    "share": 82.6086956521739,
                                    "shareInterval": {
                                      "high": 88.45032248271644,
                                      "low": 74.65896677058923
                                    }
                                  },
                                  "interval": {
                                    "high": 88.45032248271644,
                                    "low": 74.65896677058923
                                  },
                                  "lowSample": false,
                                  "margin": 6.895677856063607,
                                  "n": 115,
                                  "skipped": 3,
                                  "value": 82.6086956521739
                                },
                                "comparison": {
                                  "adjustedPValue": 0.04268291398247049,
                                  "difference": 8.300395256917,
                                  "direction": "up",
                                  "pValue": 0.04268291398247049,
                                  "significant": true,
                                  "statistic": 2.026799574747983,
                                  "test": "two-proportion-z"
                                },
                                "figure": {
                                  "details": {
                                    "distribution": [
                                      {
                                        "count": 3,
                                        "score": 1
                                      },
                                      {
                                        "count": 4,
                                        "score": 2
                                      },
                                      {
                                        "count": 7,
                                        "score": 3
                                      },
                                      {
                                        "count": 36,
                                        "score": 4
                                      },
                                      {
                                        "count": 104,
                                        "score": 5
                                      }
                                    ],
                                    "items": [],
                                    "mean": 4.51948051948052,
                                    "meanInterval": {
                                      "high": 4.6559558770253195,
                                      "low": 4.38300516193572
                                    },
                                    "share": 90.9090909090909,
                                    "shareInterval": {
                                      "high": 94.507470655074,
                                      "low": 85.3194651458263
                                    }
                                  },
                                  "interval": {
                                    "high": 94.507470655074,
                                    "low": 85.3194651458263
                                  },
                                  "lowSample": false,
                                  "margin": 4.594002754623851,
                                  "n": 154,
                                  "skipped": 4,
                                  "value": 90.9090909090909
                                },
                                "key": []
                              }
                            }
                          },
                          "empty": {
                            "summary": "A period without answers: metric=ces&by=week&from=2020-01-01&to=2020-03-31",
                            "value": {
                              "compare": "none",
                              "empty": true,
                              "from": "2020-01-01",
                              "groupBy": [
                                "week"
                              ],
                              "groups": [],
                              "metric": "ces",
                              "options": {
                                "confidence": 0.95,
                                "correction": "holm",
                                "lowSample": 30,
                                "minimumSample": 5,
                                "nkiWeights": "equal"
                              },
                              "suppressedGroups": 0,
                              "totalSuppressed": false,
                              "to": "2020-03-31"
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "A parameter is unknown or malformed, the query is inconsistent, or it names a journey, stage, touchpoint, unit, channel, language, survey, segment or question that does not exist, does not fit the metric, or (for units) is outside the caller's units. `errors` names every parameter at fault.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        },
                        "examples": {
                          "inconsistentQuery": {
                            "summary": "metric=rating&from=2026-03-01&to=2026-02-01",
                            "value": {
                              "type": "about:blank",
                              "title": "Bad Request",
                              "status": 400,
                              "detail": "from: must not be after 'to' (2026-03-01 > 2026-02-01); question: is required for the rating metric: name the rating question's key",
                              "errors": [
                                {
                                  "field": "from",
                                  "message": "must not be after 'to' (2026-03-01 > 2026-02-01)"
                                },
                                {
                                  "field": "question",
                                  "message": "is required for the rating metric: name the rating question's key"
                                }
                              ]
                            }
                          },
                          "unknownParameter": {
                            "summary": "metric=nps&colour=red",
                            "value": {
                              "type": "about:blank",
                              "title": "Bad Request",
                              "status": 400,
                              "detail": "colour: is not a parameter of metrics; use by, channel, compare, confidence, correction, from, journey, language, lowSample, margin, metric, minimum, question, segment, source, stage, survey, to, touchpoint, unit",
                              "errors": [
                                {
                                  "field": "colour",
                                  "message": "is not a parameter of metrics; use by, channel, compare, confidence, correction, from, journey, language, lowSample, margin, metric, minimum, question, segment, source, stage, survey, to, touchpoint, unit"
                                }
                              ]
                            }
                          },
                          "unitOutsideScope": {
                            "summary": "A team lead for Sweden asks for Denmark: metric=nps&unit=unit-dk",
                            "value": {
                              "type": "about:blank",
                              "title": "Bad Request",
                              "status": 400,
                              "detail": "unit: unit 'unit-dk' is outside the units you may see",
                              "errors": [
                                {
                                  "field": "unit",
                                  "message": "unit 'unit-dk' is outside the units you may see"
                                }
                              ]
                            }
                          }
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              }
            },
            "/api/v1/me": {
              "get": {
                "operationId": "getMe",
                "summary": "Who am I",
                "tags": [
                  "Access"
                ],
                "description": "The caller's name, role, kind and unit scope.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The caller.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Me"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              }
            },
            "/api/v1/users": {
              "get": {
                "operationId": "listUsers",
                "summary": "List users",
                "tags": [
                  "Users"
                ],
                "description": "Requires the permission manageUsers (role admin).",
                "responses": {
                  "200": {
                    "description": "All users.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/UserList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "post": {
                "operationId": "createUser",
                "summary": "Create a user",
                "tags": [
                  "Users"
                ],
                "description": "Without a password cxm generates one and returns it once in `generatedPassword`. An email in use is refused with 422 (code alreadyInUse).\n\nRequires the permission manageUsers (role admin).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/UserInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The user as created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CreatedUser"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/users/{id}": {
              "get": {
                "operationId": "getUser",
                "summary": "Read a user",
                "tags": [
                  "Users"
                ],
                "description": "Requires the permission manageUsers (role admin).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/User"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateUser",
                "summary": "Change a user",
                "tags": [
                  "Users"
                ],
                "description": "Changes role, unit, language, display name and disabled. The email cannot be changed (422) and the password is not changed here.\n\nRequires the permission manageUsers (role admin).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/UserInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The user as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/User"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/tokens": {
              "get": {
                "operationId": "listTokens",
                "summary": "List API tokens",
                "tags": [
                  "Tokens"
                ],
                "description": "Requires the permission manageTokens (role admin).",
                "responses": {
                  "200": {
                    "description": "All API tokens (never their secrets).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/APITokenList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "post": {
                "operationId": "createToken",
                "summary": "Create an API token",
                "tags": [
                  "Tokens"
                ],
                "description": "Returns the secret once; cxm keeps only its hash.\n\nRequires the permission manageTokens (role admin).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TokenInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The token and its secret.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CreatedToken"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/tokens/{id}": {
              "delete": {
                "operationId": "revokeToken",
                "summary": "Revoke an API token",
                "tags": [
                  "Tokens"
                ],
                "description": "The token stops working at once; it stays listed as revoked.\n\nRequires the permission manageTokens (role admin).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Revoked."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/audit": {
              "get": {
                "operationId": "listAuditEntries",
                "summary": "Read the audit log",
                "tags": [
                  "Audit"
                ],
                "description": "A page of the audit log, newest first.\n\nRequires the permission readAudit (role admin).",
                "parameters": [
                  {
                    "name": "entityType",
                    "in": "query",
                    "description": "Only changes to entities of this type, such as survey or customer.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "entityID",
                    "in": "query",
                    "description": "Only changes to the entity with this id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "$ref": "#/components/parameters/Offset"
                  },
                  {
                    "$ref": "#/components/parameters/Limit"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of audit entries.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuditEntryPage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/triggers": {
              "post": {
                "operationId": "trigger",
                "summary": "Ask cxm to survey a customer after an interaction",
                "tags": [
                  "Invitations"
                ],
                "description": "For CRMs, tills and ticket systems. cxm decides under the contact rules (consent and opt-out, an e-mail address, quarantine after a response, the cooldown between invitations, per-survey recontact, the touchpoint's sample) and stores the invitation: scheduled for the event time plus the delay, or suppressed with the reason. Scheduled invitations are mailed (with reminders) when a mail transport is configured.\n\nRequires the permission submitResponses (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TriggerInput"
                      }
                    }
                  }
                },
                "responses": {
                  "202": {
                    "description": "The decision: scheduled or suppressed with its reason.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Invitation"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The invitation.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "200": {
                    "description": "A repeated trigger (same idempotency key): the earlier decision.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Invitation"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/invitations/{id}": {
              "get": {
                "operationId": "getInvitation",
                "summary": "Read an invitation",
                "tags": [
                  "Invitations"
                ],
                "description": "One invitation with its status and, when suppressed, why.\n\nRequires the permission editCustomers (roles admin, cx_manager): invitations name customers.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The invitation.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Invitation"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/surveys/{id}/invitations": {
              "get": {
                "operationId": "listSurveyInvitations",
                "summary": "List a survey's invitations",
                "tags": [
                  "Invitations"
                ],
                "description": "Newest first.\n\nRequires the permission editCustomers (roles admin, cx_manager): invitations name customers.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "status",
                    "in": "query",
                    "description": "Only invitations in this status.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "scheduled",
                        "suppressed",
                        "sent",
                        "opened",
                        "responded",
                        "bounced",
                        "expired"
                      ]
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "description": "1-1000, default 100.",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The invitations.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Invitation"
                              }
                            }
                          },
                          "required": [
                            "items"
                          ]
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/surveys/{id}/invitation-funnels": {
              "get": {
                "operationId": "listInvitationFunnels",
                "summary": "Response rates by touchpoint and channel",
                "tags": [
                  "Invitations"
                ],
                "description": "Requested, suppressed by reason, sent, opened, answered, bounced and expired invitations, with the response rate and its interval.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "One funnel per touchpoint and channel.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/InvitationFunnel"
                              }
                            }
                          },
                          "required": [
                            "items"
                          ]
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/surveys/{id}/distribution": {
              "get": {
                "operationId": "getDistributionSettings",
                "summary": "How a survey is sent",
                "tags": [
                  "Invitations"
                ],
                "description": "The defaults until saved.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The settings.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/DistributionSettings"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "setDistributionSettings",
                "summary": "Set how a survey is sent",
                "tags": [
                  "Invitations"
                ],
                "description": "Delay, link lifetime and reminders.\n\nRequires the permission editSurveys (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/DistributionSettings"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The settings saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/DistributionSettings"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/workspace/contact-rules": {
              "get": {
                "operationId": "getContactRules",
                "summary": "The contact rules",
                "tags": [
                  "Invitations"
                ],
                "description": "The defaults (30-day cooldown, 14-day quarantine) until saved.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The rules.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ContactRules"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              },
              "put": {
                "operationId": "setContactRules",
                "summary": "Set the contact rules",
                "tags": [
                  "Invitations"
                ],
                "description": "Apply to invitations decided from now on.\n\nRequires the permission editSurveys (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ContactRules"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The rules saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ContactRules"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/triggers:batch": {
              "post": {
                "operationId": "triggerBatch",
                "summary": "Decide many triggers at once",
                "tags": [
                  "Invitations"
                ],
                "description": "Up to 10,000 triggers in one transaction, decided in time order under the contact rules (each invitation let through counts against the later ones). Good triggers are kept when others are bad: each result has its invitation or the errors of its trigger, named `triggers[i].field`.\n\nRequires the permission submitResponses (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "triggers": {
                            "type": "array",
                            "maxItems": 10000,
                            "items": {
                              "$ref": "#/components/schemas/TriggerInput"
                            }
                          }
                        },
                        "required": [
                          "triggers"
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "One result per trigger, in order.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "scheduled": {
                              "type": "integer"
                            },
                            "suppressed": {
                              "type": "integer"
                            },
                            "duplicates": {
                              "type": "integer"
                            },
                            "rejected": {
                              "type": "integer"
                            },
                            "results": {
                              "type": "array",
                              "items": {
                                "type": "object",
                                "properties": {
                                  "index": {
                                    "type": "integer"
                                  },
                                  "invitation": {
                                    "$ref": "#/components/schemas/Invitation"
                                  },
                                  "errors": {
                                    "type": "array",
                                    "items": {
                                      "$ref": "#/components/schemas/FieldError"
                                    }
                                  }
                                },
                                "required": [
                                  "index"
                                ]
                              }
                            }
                          },
                          "required": [
                            "scheduled",
                            "suppressed",
                            "duplicates",
                            "rejected",
                            "results"
                          ]
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/workspace/branding": {
              "get": {
                "operationId": "getWorkspaceBranding",
                "summary": "Read the survey pages' colours and logo",
                "tags": [
                  "Workspace"
                ],
                "description": "The look customers see on survey pages, in invitation mails and in the website widget. Null colours mean cxm's own; the effective colours are the ones in use.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The look.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WorkspaceBranding"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  }
                }
              },
              "put": {
                "operationId": "updateWorkspaceBranding",
                "summary": "Set the survey pages' colours",
                "tags": [
                  "Workspace"
                ],
                "description": "Replaces both colours (null or absent: cxm's own); the logo stays as it is. The colours must meet WCAG 2.1 AA: white text on the accent colour and the accent colour on the background at least 4.5:1, the focus ring (#c2410c) on the background at least 3:1. A rejected colour's message names the contrast found and the nearest shade that passes.\n\nRequires the permission manageWorkspace (role admin).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/WorkspaceColours"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The look as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WorkspaceBranding"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/workspace/logo": {
              "put": {
                "operationId": "uploadWorkspaceLogo",
                "summary": "Upload the workspace logo",
                "tags": [
                  "Workspace"
                ],
                "description": "The image is the request body (`Content-Type: image/png`, `image/jpeg` or `image/webp`), or the `logo` file of a `multipart/form-data` body (`curl -F logo=@logo.png`). The format is judged by content: PNG, JPEG or WebP, at most 200 KB (SVG is refused, since it can carry scripts). It replaces any earlier logo and is served at the returned `logoURL`.\n\nRequires the permission manageWorkspace (role admin).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "image/png": {
                      "schema": {
                        "type": "string",
                        "format": "binary"
                      }
                    },
                    "image/jpeg": {
                      "schema": {
                        "type": "string",
                        "format": "binary"
                      }
                    },
                    "image/webp": {
                      "schema": {
                        "type": "string",
                        "format": "binary"
                      }
                    },
                    "multipart/form-data": {
                      "schema": {
                        "type": "object",
                        "required": [
                          "logo"
                        ],
                        "properties": {
                          "logo": {
                            "type": "string",
                            "format": "binary"
                          }
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The look with the new logo.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WorkspaceBranding"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "removeWorkspaceLogo",
                "summary": "Remove the workspace logo",
                "tags": [
                  "Workspace"
                ],
                "description": "Survey pages and mails show no logo afterwards.\n\nRequires the permission manageWorkspace (role admin).",
                "responses": {
                  "204": {
                    "description": "Removed."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/cases": {
              "get": {
                "operationId": "listCases",
                "summary": "List cases",
                "tags": [
                  "Cases"
                ],
                "description": "A queue of cases within the caller's units: open ones by their nearest target unless filtered otherwise.\n\nRequires the permission readCases (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "name": "unit",
                    "in": "query",
                    "description": "Only this unit's queue.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  },
                  {
                    "name": "assignee",
                    "in": "query",
                    "description": "A user id, or `none` for cases nobody has taken.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "status",
                    "in": "query",
                    "description": "Comma-separated statuses, or `open` (the default) or `all`.",
                    "schema": {
                      "type": "string",
                      "examples": [
                        "open",
                        "new,contacted"
                      ]
                    }
                  },
                  {
                    "name": "priority",
                    "in": "query",
                    "description": "Comma-separated priorities.",
                    "schema": {
                      "type": "string",
                      "examples": [
                        "high,urgent"
                      ]
                    }
                  },
                  {
                    "name": "customer",
                    "in": "query",
                    "description": "Only this customer's cases.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  },
                  {
                    "name": "overdue",
                    "in": "query",
                    "description": "`true` for cases past their current target.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "true",
                        "false"
                      ]
                    }
                  },
                  {
                    "name": "order",
                    "in": "query",
                    "description": "`due` (default), `priority`, `newest` or `oldest`.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "due",
                        "priority",
                        "newest",
                        "oldest"
                      ]
                    }
                  },
                  {
                    "$ref": "#/components/parameters/Offset"
                  },
                  {
                    "$ref": "#/components/parameters/Limit"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of cases.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CasePage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "post": {
                "operationId": "openCase",
                "summary": "Open a case by hand",
                "tags": [
                  "Cases"
                ],
                "description": "Opens a case about a response, a customer or something staff noticed. The queue is the unit given, else the response's or customer's unit, else the touchpoint's owner; the targets count in that unit's business hours.\n\nRequires the permission workCases (roles admin, cx_manager, team_lead, frontline).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CaseOpenInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The case as opened.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Case"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/cases/{id}": {
              "get": {
                "operationId": "getCase",
                "summary": "Read a case",
                "tags": [
                  "Cases"
                ],
                "description": "One case, if it lies within the caller's units.\n\nRequires the permission readCases (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The case.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Case"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "patch": {
                "operationId": "editCase",
                "summary": "Edit a case",
                "tags": [
                  "Cases"
                ],
                "description": "Changes the title, priority, root cause, root-cause touchpoint or resolution code of the version read; an empty string clears a field. A change made by someone else since is refused with 409.\n\nRequires the permission workCases (roles admin, cx_manager, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CaseEditInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The case and the timeline entry the change made.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseChange"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/cases/{id}/events": {
              "get": {
                "operationId": "listCaseEvents",
                "summary": "Read a case's timeline",
                "tags": [
                  "Cases"
                ],
                "description": "Every entry: opening, status changes, assignments, notes, contact attempts, escalations and edits, oldest first.\n\nRequires the permission readCases (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The timeline.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseEventList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/cases/{id}/transitions": {
              "post": {
                "operationId": "transitionCase",
                "summary": "Move a case to another status",
                "tags": [
                  "Cases"
                ],
                "description": "Allowed moves: new → contacted, in_progress, resolved, closed; contacted → in_progress, waiting_for_customer, resolved; in_progress → contacted, waiting_for_customer, resolved; waiting_for_customer → contacted, in_progress, resolved; resolved → closed, in_progress; closed → in_progress. Any other is refused with 422 listing the allowed ones. Resolving or closing needs a resolution code. A change made by someone else since the version read is refused with 409.\n\nRequires the permission workCases (roles admin, cx_manager, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CaseTransitionInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The case and the timeline entry.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseChange"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/cases/{id}/assignment": {
              "post": {
                "operationId": "assignCase",
                "summary": "Assign a case",
                "tags": [
                  "Cases"
                ],
                "description": "Gives the case to a person (null: back to the queue) and/or moves it to another unit's queue, with a reason. The person must be able to see the case's unit.\n\nRequires the permission workCases (roles admin, cx_manager, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CaseAssignmentInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The case and the timeline entry.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseChange"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/cases/{id}/notes": {
              "post": {
                "operationId": "addCaseNote",
                "summary": "Add an internal note",
                "tags": [
                  "Cases"
                ],
                "description": "A note for colleagues; customers never see it.\n\nRequires the permission workCases (roles admin, cx_manager, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CaseNoteInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The case and the note.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseChange"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/cases/{id}/contacts": {
              "post": {
                "operationId": "logCaseContact",
                "summary": "Log a contact with the customer",
                "tags": [
                  "Cases"
                ],
                "description": "A call, mail, text, visit, chat or letter and what came of it. Reaching the customer (outcome reached or declined) meets the first-contact target and moves a new case to contacted.\n\nRequires the permission workCases (roles admin, cx_manager, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CaseContactInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The case and the timeline entries.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseChange"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/case-workload": {
              "get": {
                "operationId": "getCaseWorkload",
                "summary": "Open cases per person",
                "tags": [
                  "Cases"
                ],
                "description": "Open and overdue cases per assignee (null: nobody yet) in the caller's units, or in one unit and those under it.\n\nRequires the permission readCases (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "name": "unit",
                    "in": "query",
                    "description": "One unit and those under it.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The workload.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseWorkload"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/case-rules": {
              "get": {
                "operationId": "listCaseRules",
                "summary": "List case rules",
                "tags": [
                  "Cases"
                ],
                "description": "Every rule by name.\n\nRequires the permission readCases (roles admin, cx_manager, analyst, team_lead, frontline).",
                "responses": {
                  "200": {
                    "description": "The rules.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseRuleList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "post": {
                "operationId": "createCaseRule",
                "summary": "Create a case rule",
                "tags": [
                  "Cases"
                ],
                "description": "When a response meets the condition (within the rule's survey and touchpoint, if set), it opens a case with the rule's priority and targets in the queue unit's business hours. When several rules match, the most urgent wins, then the most specific. Responses that arrive more than maxAgeDays after they were given open nothing.\n\nRequires the permission manageCaseRules (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CaseRule"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The rule.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseRule"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/case-rules/{id}": {
              "get": {
                "operationId": "getCaseRule",
                "summary": "Read a case rule",
                "tags": [
                  "Cases"
                ],
                "description": "One rule.\n\nRequires the permission readCases (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The rule.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseRule"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateCaseRule",
                "summary": "Replace a case rule",
                "tags": [
                  "Cases"
                ],
                "description": "Replaces the rule; cases it opened stay as they are.\n\nRequires the permission manageCaseRules (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CaseRule"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The rule as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseRule"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "deleteCaseRule",
                "summary": "Delete a case rule",
                "tags": [
                  "Cases"
                ],
                "description": "The cases it opened stay.\n\nRequires the permission manageCaseRules (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/units/{id}/business-hours": {
              "get": {
                "operationId": "getUnitBusinessHours",
                "summary": "Read a unit's business hours",
                "tags": [
                  "Units"
                ],
                "description": "The hours case targets count in: the unit's own, else inherited from the nearest unit above with hours, else Monday to Friday 08:00–17:00 in the workspace's time zone.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The hours.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/UnitBusinessHours"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "setUnitBusinessHours",
                "summary": "Set a unit's business hours",
                "tags": [
                  "Units"
                ],
                "description": "Sets the unit's own hours (units below it inherit them unless they have their own). Intervals must be ordered and not overlap; the week needs at least one opening.\n\nRequires the permission editUnits (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/BusinessCalendar"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The hours as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/UnitBusinessHours"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "clearUnitBusinessHours",
                "summary": "Inherit business hours again",
                "tags": [
                  "Units"
                ],
                "description": "Removes the unit's own hours.\n\nRequires the permission editUnits (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Removed."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/complaints": {
              "post": {
                "operationId": "submitComplaint",
                "summary": "Submit a complaint",
                "tags": [
                  "Cases"
                ],
                "description": "A complaint from another system (a web form's back end, a CRM). It opens a case at once (high priority, first contact within 8 business hours) in the unit named, else the touchpoint's owner's queue. Contact details are kept only with consentToContact; with it, an e-mail address or phone number is required, and the customer is recognised by it when cxm knows them. Customers can also complain through the public form at /complaint.\n\nRequires the permission submitResponses (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ComplaintInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The complaint and its case.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ComplaintWithCase"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/complaints/{id}": {
              "get": {
                "operationId": "getComplaint",
                "summary": "Read a complaint",
                "tags": [
                  "Cases"
                ],
                "description": "A complaint and its case, if the case lies within the caller's units.\n\nRequires the permission readCases (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The complaint and its case.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ComplaintWithCase"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/case-report": {
              "get": {
                "operationId": "getCaseReport",
                "summary": "How the loop is closed",
                "tags": [
                  "Cases"
                ],
                "description": "For the cases opened in the period within the caller's units, in all and per unit or touchpoint: first contact and resolution within their targets, hours to first contact and resolution (median and 90th percentile, calendar hours), and recovery: of the detractors whose case was resolved and who answered an NPS question since, the share who gave 7 or more and 9 or more. Every share has its n and a 95 % Wilson interval; fewer than 30 is flagged lowSample.\n\nRequires the permission readCases (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "name": "from",
                    "in": "query",
                    "description": "First day (YYYY-MM-DD, in the workspace's time zone) or ISO 8601 time; default 90 days before to.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "description": "Last day (included) or ISO 8601 time (excluded); default now.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "by",
                    "in": "query",
                    "description": "Group by unit or touchpoint; by assignee only while per-person statistics are switched on (400 otherwise); without it, the total only.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "unit",
                        "touchpoint",
                        "assignee"
                      ]
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseReport"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/webhooks": {
              "get": {
                "operationId": "listWebhooks",
                "summary": "List webhooks",
                "tags": [
                  "Webhooks"
                ],
                "description": "Every subscription by name, with deliveries waiting, failures in the last 30 days and the last success.\n\nRequires the permission manageWebhooks (roles admin).",
                "responses": {
                  "200": {
                    "description": "The subscriptions.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WebhookList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "post": {
                "operationId": "createWebhook",
                "summary": "Add a webhook",
                "tags": [
                  "Webhooks"
                ],
                "description": "Adds a subscription and makes its signing secret, returned this once. Events are queued from now on.\n\nRequires the permission manageWebhooks (roles admin).",
                "responses": {
                  "201": {
                    "description": "The subscription and its secret.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WebhookCreated"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/WebhookInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/webhooks/{id}": {
              "get": {
                "operationId": "getWebhook",
                "summary": "Read a webhook",
                "tags": [
                  "Webhooks"
                ],
                "description": "One subscription.\n\nRequires the permission manageWebhooks (roles admin).",
                "responses": {
                  "200": {
                    "description": "The subscription.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Webhook"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ]
              },
              "put": {
                "operationId": "updateWebhook",
                "summary": "Change a webhook",
                "tags": [
                  "Webhooks"
                ],
                "description": "Replaces the name, address, format, events and whether it is active. Deliveries already queued keep their body.\n\nRequires the permission manageWebhooks (roles admin).",
                "responses": {
                  "200": {
                    "description": "The subscription.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Webhook"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/WebhookInput"
                      }
                    }
                  }
                }
              },
              "delete": {
                "operationId": "deleteWebhook",
                "summary": "Delete a webhook",
                "tags": [
                  "Webhooks"
                ],
                "description": "Removes the subscription with its delivery log; nothing more is sent to it.\n\nRequires the permission manageWebhooks (roles admin).",
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ]
              }
            },
            "/api/v1/webhooks/{id}/secret": {
              "post": {
                "operationId": "rotateWebhookSecret",
                "summary": "Make a new signing secret",
                "tags": [
                  "Webhooks"
                ],
                "description": "Replaces the signing secret; deliveries from now on are signed with the new one, returned this once.\n\nRequires the permission manageWebhooks (roles admin).",
                "responses": {
                  "200": {
                    "description": "The new secret.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WebhookSecret"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ]
              }
            },
            "/api/v1/webhooks/{id}/test": {
              "post": {
                "operationId": "testWebhook",
                "summary": "Send a test event",
                "tags": [
                  "Webhooks"
                ],
                "description": "Queues a `webhook.test` event for this subscription (also when it is paused); it is sent within seconds and shows in the delivery log.\n\nRequires the permission manageWebhooks (roles admin).",
                "responses": {
                  "202": {
                    "description": "The queued delivery.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WebhookDelivery"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ]
              }
            },
            "/api/v1/webhooks/{id}/deliveries": {
              "get": {
                "operationId": "listWebhookDeliveries",
                "summary": "List a webhook's deliveries",
                "tags": [
                  "Webhooks"
                ],
                "description": "The delivery log, newest first. Finished deliveries are kept for 30 days.\n\nRequires the permission manageWebhooks (roles admin).",
                "responses": {
                  "200": {
                    "description": "One page of deliveries.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WebhookDeliveryPage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "state",
                    "in": "query",
                    "description": "Only deliveries in this state.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "pending",
                        "delivered",
                        "failed"
                      ]
                    }
                  },
                  {
                    "$ref": "#/components/parameters/Offset"
                  },
                  {
                    "$ref": "#/components/parameters/Limit"
                  }
                ]
              }
            },
            "/api/v1/webhook-deliveries/{id}": {
              "get": {
                "operationId": "getWebhookDelivery",
                "summary": "Read a delivery",
                "tags": [
                  "Webhooks"
                ],
                "description": "One delivery with every try: the receiver's status, the time it took, the start of its answer or why there was none.\n\nRequires the permission manageWebhooks (roles admin).",
                "responses": {
                  "200": {
                    "description": "The delivery and its tries.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WebhookDeliveryDetail"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ]
              }
            },
            "/api/v1/webhook-deliveries/{id}/retry": {
              "post": {
                "operationId": "retryWebhookDelivery",
                "summary": "Send a delivery again",
                "tags": [
                  "Webhooks"
                ],
                "description": "Sends a waiting or failed delivery again within seconds, with the body it had (signed anew).\n\nRequires the permission manageWebhooks (roles admin).",
                "responses": {
                  "202": {
                    "description": "The delivery, waiting.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WebhookDelivery"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ]
              }
            },
            "/api/v1/case-follow-up": {
              "get": {
                "operationId": "getCaseFollowUp",
                "summary": "Read the follow-up survey setting",
                "tags": [
                  "Cases"
                ],
                "description": "Which survey closing a case sends, and how long after.\n\nRequires the permission readCases (roles admin, cx_manager, analyst, team_lead, frontline).",
                "responses": {
                  "200": {
                    "description": "The setting.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseFollowUp"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "put": {
                "operationId": "saveCaseFollowUp",
                "summary": "Choose the follow-up survey",
                "tags": [
                  "Cases"
                ],
                "description": "Sets the survey closing a case sends and the hours to wait; from the next closing on.\n\nRequires the permission manageCaseRules (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CaseFollowUp"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The setting as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaseFollowUp"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/feedback": {
              "get": {
                "operationId": "listFeedback",
                "summary": "List analysed open-text answers",
                "tags": [
                  "Feedback"
                ],
                "description": "The feedback inbox: every open-text answer with its language, sentiment (overall and per sentence), themes with the words that matched, tags, and the scores of the same response, within the reader's units.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "search",
                    "in": "query",
                    "description": "Words that must all occur in the text (case-insensitive, anywhere in a word; at most 200 characters).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "sentiment",
                    "in": "query",
                    "description": "Comma-separated sentiments: positive, neutral, negative.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "theme",
                    "in": "query",
                    "description": "A theme id of the taxonomy; a theme includes its sub-themes.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unthemed",
                    "in": "query",
                    "description": "true: only answers no theme matched.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "true",
                        "false"
                      ]
                    }
                  },
                  {
                    "name": "language",
                    "in": "query",
                    "description": "Comma-separated language codes of the text (en, sv, da, nb, fi) or other.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "survey",
                    "in": "query",
                    "description": "A survey id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "touchpoint",
                    "in": "query",
                    "description": "A touchpoint id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "channel",
                    "in": "query",
                    "description": "A channel id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unit",
                    "in": "query",
                    "description": "A unit id: the unit and every unit below it (404 when it is outside the reader's units).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "from",
                    "in": "query",
                    "description": "Answers submitted at or after: a day (2026-03-01, midnight in the workspace's time zone) or an ISO 8601 time.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "description": "Answers submitted before: a day or an ISO 8601 time.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "tag",
                    "in": "query",
                    "description": "A tag people gave answers.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "example",
                    "in": "query",
                    "description": "true: only answers marked as examples.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "true",
                        "false"
                      ]
                    }
                  },
                  {
                    "name": "nps",
                    "in": "query",
                    "description": "The respondent's NPS group in the same response.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "promoter",
                        "passive",
                        "detractor"
                      ]
                    }
                  },
                  {
                    "name": "order",
                    "in": "query",
                    "description": "Newest first (default), oldest first, most negative or most positive first.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "newest",
                        "oldest",
                        "most_negative",
                        "most_positive"
                      ]
                    }
                  },
                  {
                    "$ref": "#/components/parameters/Offset"
                  },
                  {
                    "$ref": "#/components/parameters/Limit"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "One page of analysed answers.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FeedbackPage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/feedback/tags": {
              "get": {
                "operationId": "listFeedbackTags",
                "summary": "List the tags in use",
                "tags": [
                  "Feedback"
                ],
                "description": "Every tag people gave answers, most used first.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The tags.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FeedbackTagList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/feedback/{response}/{question}": {
              "get": {
                "operationId": "getFeedback",
                "summary": "Get an analysed answer",
                "tags": [
                  "Feedback"
                ],
                "description": "One analysed open-text answer, if its unit is within the reader's.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "response",
                    "in": "path",
                    "required": true,
                    "description": "The response id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "question",
                    "in": "path",
                    "required": true,
                    "description": "The key of the open-text question.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The answer.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FeedbackItem"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "patch": {
                "operationId": "annotateFeedback",
                "summary": "Tag, re-theme or mark an answer",
                "tags": [
                  "Feedback"
                ],
                "description": "Adds or removes tags, sets themes by hand or takes themes away (a taken-away theme is not found again when answers are re-analysed; setting a sub-theme sets its theme), and marks or unmarks the answer as a representative example. Every field may be left out.\n\nRequires the permission annotateFeedback (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "name": "response",
                    "in": "path",
                    "required": true,
                    "description": "The response id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "question",
                    "in": "path",
                    "required": true,
                    "description": "The key of the open-text question.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/FeedbackAnnotation"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The answer as it now stands.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FeedbackItem"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/themes": {
              "get": {
                "operationId": "listThemeFigures",
                "summary": "Themes as data",
                "tags": [
                  "Feedback"
                ],
                "description": "For every theme mentioned among the selected answers: mentions, share of all analysed answers with its Wilson interval, positive/neutral/negative mentions, net sentiment, and the NPS (adjusted-Wald interval) and CES of the customers who mention it. NPS and CES are left out under the anonymity threshold; fewer than 30 mentions are flagged `lowSample`. In taxonomy order.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "search",
                    "in": "query",
                    "description": "Words that must all occur in the text (case-insensitive, anywhere in a word; at most 200 characters).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "sentiment",
                    "in": "query",
                    "description": "Comma-separated sentiments: positive, neutral, negative.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "theme",
                    "in": "query",
                    "description": "A theme id of the taxonomy; a theme includes its sub-themes.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unthemed",
                    "in": "query",
                    "description": "true: only answers no theme matched.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "true",
                        "false"
                      ]
                    }
                  },
                  {
                    "name": "language",
                    "in": "query",
                    "description": "Comma-separated language codes of the text (en, sv, da, nb, fi) or other.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "survey",
                    "in": "query",
                    "description": "A survey id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "touchpoint",
                    "in": "query",
                    "description": "A touchpoint id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "channel",
                    "in": "query",
                    "description": "A channel id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unit",
                    "in": "query",
                    "description": "A unit id: the unit and every unit below it (404 when it is outside the reader's units).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "from",
                    "in": "query",
                    "description": "Answers submitted at or after: a day (2026-03-01, midnight in the workspace's time zone) or an ISO 8601 time.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "description": "Answers submitted before: a day or an ISO 8601 time.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "tag",
                    "in": "query",
                    "description": "A tag people gave answers.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "example",
                    "in": "query",
                    "description": "true: only answers marked as examples.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "true",
                        "false"
                      ]
                    }
                  },
                  {
                    "name": "nps",
                    "in": "query",
                    "description": "The respondent's NPS group in the same response.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "promoter",
                        "passive",
                        "detractor"
                      ]
                    }
                  },
                  {
                    "name": "lang",
                    "in": "query",
                    "description": "The language of theme names; the workspace's default language if left out.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "en",
                        "sv",
                        "da",
                        "nb",
                        "fi"
                      ]
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The figures and the number of analysed answers they are shares of.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ThemeFigures"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/themes/{theme}/trend": {
              "get": {
                "operationId": "getThemeTrend",
                "summary": "A theme over time",
                "tags": [
                  "Feedback"
                ],
                "description": "Per period, oldest first: the analysed answers, the theme's mentions, its positive and negative mentions and its share with a Wilson interval.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "theme",
                    "in": "path",
                    "required": true,
                    "description": "A theme id of the taxonomy.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "grain",
                    "in": "query",
                    "description": "The period length.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "day",
                        "week",
                        "month",
                        "quarter",
                        "year"
                      ]
                    }
                  },
                  {
                    "name": "search",
                    "in": "query",
                    "description": "Words that must all occur in the text (case-insensitive, anywhere in a word; at most 200 characters).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "sentiment",
                    "in": "query",
                    "description": "Comma-separated sentiments: positive, neutral, negative.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "theme",
                    "in": "query",
                    "description": "A theme id of the taxonomy; a theme includes its sub-themes.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unthemed",
                    "in": "query",
                    "description": "true: only answers no theme matched.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "true",
                        "false"
                      ]
                    }
                  },
                  {
                    "name": "language",
                    "in": "query",
                    "description": "Comma-separated language codes of the text (en, sv, da, nb, fi) or other.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "survey",
                    "in": "query",
                    "description": "A survey id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "touchpoint",
                    "in": "query",
                    "description": "A touchpoint id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "channel",
                    "in": "query",
                    "description": "A channel id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unit",
                    "in": "query",
                    "description": "A unit id: the unit and every unit below it.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "from",
                    "in": "query",
                    "description": "Answers submitted at or after: a day (2026-03-01, midnight in the workspace's time zone) or an ISO 8601 time.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "description": "Answers submitted before: a day or an ISO 8601 time.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "tag",
                    "in": "query",
                    "description": "A tag people gave answers.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "example",
                    "in": "query",
                    "description": "true: only answers marked as examples.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "true",
                        "false"
                      ]
                    }
                  },
                  {
                    "name": "nps",
                    "in": "query",
                    "description": "The respondent's NPS group in the same response.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "promoter",
                        "passive",
                        "detractor"
                      ]
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The periods.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ThemeTrend"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/themes/{theme}/breakdown": {
              "get": {
                "operationId": "getThemeBreakdown",
                "summary": "A theme by touchpoint or unit",
                "tags": [
                  "Feedback"
                ],
                "description": "The theme's figures per touchpoint or unit, with the analysed answers of each, most mentions first.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "theme",
                    "in": "path",
                    "required": true,
                    "description": "A theme id of the taxonomy.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "by",
                    "in": "query",
                    "description": "What to split by (default touchpoint).",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "touchpoint",
                        "unit"
                      ]
                    }
                  },
                  {
                    "name": "lang",
                    "in": "query",
                    "description": "The language of theme names; the workspace's default language if left out.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "en",
                        "sv",
                        "da",
                        "nb",
                        "fi"
                      ]
                    }
                  },
                  {
                    "name": "search",
                    "in": "query",
                    "description": "Words that must all occur in the text (case-insensitive, anywhere in a word; at most 200 characters).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "sentiment",
                    "in": "query",
                    "description": "Comma-separated sentiments: positive, neutral, negative.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "theme",
                    "in": "query",
                    "description": "A theme id of the taxonomy; a theme includes its sub-themes.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unthemed",
                    "in": "query",
                    "description": "true: only answers no theme matched.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "true",
                        "false"
                      ]
                    }
                  },
                  {
                    "name": "language",
                    "in": "query",
                    "description": "Comma-separated language codes of the text (en, sv, da, nb, fi) or other.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "survey",
                    "in": "query",
                    "description": "A survey id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "touchpoint",
                    "in": "query",
                    "description": "A touchpoint id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "channel",
                    "in": "query",
                    "description": "A channel id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unit",
                    "in": "query",
                    "description": "A unit id: the unit and every unit below it.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "from",
                    "in": "query",
                    "description": "Answers submitted at or after: a day (2026-03-01, midnight in the workspace's time zone) or an ISO 8601 time.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "description": "Answers submitted before: a day or an ISO 8601 time.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "tag",
                    "in": "query",
                    "description": "A tag people gave answers.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "example",
                    "in": "query",
                    "description": "true: only answers marked as examples.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "true",
                        "false"
                      ]
                    }
                  },
                  {
                    "name": "nps",
                    "in": "query",
                    "description": "The respondent's NPS group in the same response.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "promoter",
                        "passive",
                        "detractor"
                      ]
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The rows.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ThemeBreakdown"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/taxonomy": {
              "get": {
                "operationId": "getTaxonomy",
                "summary": "Get the theme taxonomy",
                "tags": [
                  "Feedback"
                ],
                "description": "The workspace's themes and sub-themes with their names and patterns per language, its version, and whether it is cxm's default.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The taxonomy.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Taxonomy"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "put": {
                "operationId": "replaceTaxonomy",
                "summary": "Replace the theme taxonomy",
                "tags": [
                  "Feedback"
                ],
                "description": "Checks every id, name and pattern (the first problem is named with its theme and language) and saves the taxonomy as a new version; every answer's themes are then read again in the background. Themes set by hand stay.\n\nRequires the permission editTaxonomy (roles admin, cx_manager, analyst).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TaxonomyInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The saved taxonomy.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Taxonomy"
                        }
                      }
                    }
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "delete": {
                "operationId": "restoreDefaultTaxonomy",
                "summary": "Restore the default taxonomy",
                "tags": [
                  "Feedback"
                ],
                "description": "Goes back to cxm's default taxonomy as a new version; answers are re-read in the background.\n\nRequires the permission editTaxonomy (roles admin, cx_manager, analyst).",
                "responses": {
                  "200": {
                    "description": "The default taxonomy.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Taxonomy"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/text/analyze": {
              "post": {
                "operationId": "analyzeText",
                "summary": "Analyse a text",
                "tags": [
                  "Feedback"
                ],
                "description": "Reads a text as an answer would be read, with the workspace's taxonomy and learned models, and stores nothing: language, sentiment per answer and sentence, and themes with the words that matched. Texts over 20,000 characters are cut there, with a note.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TextAnalyzeInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The analysis.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TextAnalysis"
                        }
                      }
                    }
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/drivers": {
              "get": {
                "operationId": "analyseDrivers",
                "summary": "What drives an outcome",
                "tags": [
                  "Analysis"
                ],
                "description": "Key-driver analysis: correlation importance, Johnson's relative weights (summing to R²) and the Shapley/LMG decomposition (exact up to 15 drivers), with bootstrap intervals. A driver is ranked only when it outweighs a random variable with the same missing answers; the others are listed, not ranked. Drivers without variance, with too few answers or perfectly collinear are listed under `excluded` with the reason; when nothing can be estimated, `report.problem` says why and the n needed. Response level: the other questions of the same survey, each option of a single-choice question against the most common one, and the themes the open text mentions negatively. Customer level: each known customer's mean experience (0–100) at every touchpoint against their answer in the relationship survey, with the journey's importance–performance matrix.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "outcome",
                    "in": "query",
                    "description": "Required: a scale question's key (nps, csat, ces, a rating) or nki for the NKI index.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "level",
                    "in": "query",
                    "description": "response (default) or customer.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "response",
                        "customer"
                      ]
                    }
                  },
                  {
                    "name": "from",
                    "in": "query",
                    "description": "First day, YYYY-MM-DD (default 364 days before to).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "description": "Last day, YYYY-MM-DD (default today).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "journey",
                    "in": "query",
                    "description": "A journey id: its touchpoints.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "touchpoint",
                    "in": "query",
                    "description": "Comma-separated touchpoint ids.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unit",
                    "in": "query",
                    "description": "Comma-separated unit ids, each with its sub-units (outside the reader's units: 400).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "channel",
                    "in": "query",
                    "description": "Comma-separated channel ids.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "survey",
                    "in": "query",
                    "description": "Comma-separated survey ids.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "drivers",
                    "in": "query",
                    "description": "Comma-separated driver ids to keep (as a first run lists them).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "outcomeSurvey",
                    "in": "query",
                    "description": "Customer level: the survey whose answers are the outcome (default: the survey asking the full NKI).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "missing",
                    "in": "query",
                    "description": "pairwise (default) or listwise.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "pairwise",
                        "listwise"
                      ]
                    }
                  },
                  {
                    "name": "confidence",
                    "in": "query",
                    "description": "Between 0.5 and 0.999 (default 0.95).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "replicates",
                    "in": "query",
                    "description": "Bootstrap replicates 0–1000 (default 200; 0: no intervals, nothing ranked).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "seed",
                    "in": "query",
                    "description": "The bootstrap's seed.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "lang",
                    "in": "query",
                    "description": "The language of labels (en, sv, da, nb, fi); default the workspace's.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The analysis.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/DriverResult"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/alerts": {
              "get": {
                "operationId": "listAlerts",
                "summary": "Alerts",
                "tags": [
                  "Analysis"
                ],
                "description": "The alerts raised by the trend engine, newest first, within the reader's units (a reader limited to some units does not see alerts across all units or about themes).\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "status",
                    "in": "query",
                    "description": "Comma-separated statuses: open, acknowledged, muted, resolved.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "lang",
                    "in": "query",
                    "description": "The language of labels (en, sv, da, nb, fi); default the workspace's.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The alerts.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AlertList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/alerts/{alert}": {
              "get": {
                "operationId": "getAlert",
                "summary": "An alert with its chart",
                "tags": [
                  "Analysis"
                ],
                "description": "One alert with the weekly control chart that triggered it.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "alert",
                    "in": "path",
                    "required": true,
                    "description": "The alert id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "lang",
                    "in": "query",
                    "description": "The language of labels (en, sv, da, nb, fi); default the workspace's.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The alert.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Alert"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "patch": {
                "operationId": "updateAlert",
                "summary": "Acknowledge, mute or link an alert",
                "tags": [
                  "Analysis"
                ],
                "description": "Acknowledges an alert, mutes it with a reason (checks keep its figures current but never notify about it), reopens it, or links it to a case or an improvement. A resolved alert keeps its status (409); a later change on its series raises a new alert.\n\nRequires the permission manageAlerts (roles admin, cx_manager, analyst, team_lead).",
                "parameters": [
                  {
                    "name": "alert",
                    "in": "path",
                    "required": true,
                    "description": "The alert id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "lang",
                    "in": "query",
                    "description": "The language of labels (en, sv, da, nb, fi); default the workspace's.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AlertChange"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The alert as it now stands.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Alert"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                }
              }
            },
            "/api/v1/alerts/digest": {
              "get": {
                "operationId": "getAlertDigest",
                "summary": "My alert digest",
                "tags": [
                  "Analysis"
                ],
                "description": "The signed-in person's digest choice (daily, weekly or none; weekly by default) and when the last one went out. An API token has no digest (400).\n\nRequires the permission manageAlerts (roles admin, cx_manager, analyst, team_lead).",
                "responses": {
                  "200": {
                    "description": "The choice.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AlertDigest"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "put": {
                "operationId": "setAlertDigest",
                "summary": "Choose my alert digest",
                "tags": [
                  "Analysis"
                ],
                "description": "Sets the signed-in person's digest: daily, weekly (Mondays) or none. Digests list the alerts still open in the person's units and go out from 07:00 workspace time.\n\nRequires the permission manageAlerts (roles admin, cx_manager, analyst, team_lead).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AlertDigest"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The choice.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AlertDigest"
                        }
                      }
                    }
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/alerts/check": {
              "post": {
                "operationId": "checkAlerts",
                "summary": "Check every series now",
                "tags": [
                  "Analysis"
                ],
                "description": "Runs the check the server runs hourly: the last 104 complete weeks of every touchpoint × unit series (NPS on the NPS chart, CSAT on a p-chart, CES and ratings on a mean chart) and of every theme's share of negative mentions, with Shewhart, EWMA and CUSUM detectors and a minimum of 20 answers a week, keeping only the changes that survive Benjamini–Hochberg control at 5 % across all series. New alerts are raised, live ones updated, and those whose series no longer signal are resolved.\n\nRequires the permission manageAlerts (roles admin, cx_manager, analyst, team_lead).",
                "responses": {
                  "200": {
                    "description": "What the check did.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AlertCheck"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/changes": {
              "get": {
                "operationId": "explainChange",
                "summary": "What changed",
                "tags": [
                  "Analysis"
                ],
                "description": "Splits the move of a KPI between an earlier and a later period into the contributions of touchpoints, units and channels: how much each segment's own performance moved the number, and how much the mix of who answered did. Without dates the later period is the last 28 days and the earlier one the 28 days before; unknown parameters are refused with 400 naming them.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "metric",
                    "in": "query",
                    "description": "nps (default), csat, ces or rating.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "question",
                    "in": "query",
                    "description": "The rating question's key (for metric=rating).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "from",
                    "in": "query",
                    "description": "The later period's first day (default 27 days before to).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "description": "The later period's last day (default today).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "baseFrom",
                    "in": "query",
                    "description": "The earlier period's first day (default: as long as the later period, just before it).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "baseTo",
                    "in": "query",
                    "description": "The earlier period's last day (default the day before from).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "by",
                    "in": "query",
                    "description": "Comma-separated dimensions: touchpoint, unit, channel (default all three).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "journey",
                    "in": "query",
                    "description": "A journey id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "touchpoint",
                    "in": "query",
                    "description": "A touchpoint id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unit",
                    "in": "query",
                    "description": "A unit id with its sub-units (outside the reader's units: 400).",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The decomposition.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ChangeDecomposition"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/signal-sources": {
              "get": {
                "operationId": "listSignalSources",
                "summary": "List signal sources",
                "tags": [
                  "Signals"
                ],
                "description": "Every source by name, with the address of its webhook (never its secret).\n\nRequires the permission manageSignalSources (roles admin).",
                "responses": {
                  "200": {
                    "description": "The sources.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SignalSourceList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "post": {
                "operationId": "createSignalSource",
                "summary": "Add a signal source",
                "tags": [
                  "Signals"
                ],
                "description": "Adds a source and makes the secret its webhook deliveries are signed with, returned this once.\n\nRequires the permission manageSignalSources (roles admin).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SignalSourceInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The source, with its webhook secret shown this once.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SignalSource"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/signal-sources/{id}": {
              "get": {
                "operationId": "getSignalSource",
                "summary": "Read a signal source",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "One source.\n\nRequires the permission manageSignalSources (roles admin).",
                "responses": {
                  "200": {
                    "description": "The source.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SignalSource"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateSignalSource",
                "summary": "Change a signal source",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "Replaces the name, kinds, identifier map and what happens to unknown customers; the id and secret stay.\n\nRequires the permission manageSignalSources (roles admin).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SignalSourceInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The source.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SignalSource"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/signal-sources/{id}/secret": {
              "post": {
                "operationId": "replaceSignalSourceSecret",
                "summary": "Replace a source's webhook secret",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "Makes a new secret, returned this once; deliveries signed with the old one are refused from now on.\n\nRequires the permission manageSignalSources (roles admin).",
                "responses": {
                  "200": {
                    "description": "The source with its new secret.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SignalSource"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/signal-sources/{id}/signals:batch": {
              "post": {
                "operationId": "submitSignals",
                "summary": "Send signals",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "Checks every record on its own and stores the good ones in one transaction. Times must not be in the future (five minutes of clock skew are allowed) or before the earliest time cxm accepts (1 January 2000); touchpoints, units and channels must be known; customers are named by the source's identifier fields (`{\"email\": \"anna@example.se\"}`; phone numbers are written in E.164). A customer nobody has is refused unless the source creates unknown customers.\n\nRequires the permission importData (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SignalBatch"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "$ref": "#/components/responses/SignalBatchStored"
                  },
                  "422": {
                    "$ref": "#/components/responses/SignalBatchRejected"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  }
                }
              }
            },
            "/api/v1/signal-sources/{id}/webhook": {
              "post": {
                "operationId": "receiveSignalWebhook",
                "summary": "A source's inbound webhook",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "security": [],
                "description": "The same batch as `signals:batch`, sent by the source's own system without a cxm token. The delivery is signed as Standard Webhooks do: headers webhook-id, webhook-timestamp (Unix seconds, within five minutes of cxm's clock) and webhook-signature (`v1,` then the base64 HMAC-SHA256 of `id.timestamp.body` with the source's secret).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SignalBatch"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "$ref": "#/components/responses/SignalBatchStored"
                  },
                  "422": {
                    "$ref": "#/components/responses/SignalBatchRejected"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "description": "The signature, its headers or its timestamp do not check out (also for an unknown source).",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  }
                }
              }
            },
            "/api/v1/customers/{id}/timeline": {
              "get": {
                "operationId": "getCustomerTimeline",
                "summary": "A customer's time line",
                "tags": [
                  "Customers"
                ],
                "description": "Everything that happened to the customer, newest first: survey responses, invitations (sent, suppressed and why), cases, support tickets, incidents that hit them, churn and orders, with the customer's attributes, consent and identifiers. Records of units outside the caller's scope (and, for team leads and frontline staff, records of no unit) are left out; cases only for roles that may read cases; an incident names only this customer. Customers outside the caller's units answer 404. Page with `after` (the previous page's `next`).\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "after",
                    "in": "query",
                    "required": false,
                    "description": "Where the page starts: the `next` of the page before.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "Items per page, 1–500 (default 50).",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000,
                      "default": 50
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of the time line.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CustomerTimeline"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/identity-reviews": {
              "get": {
                "operationId": "listIdentityReviews",
                "summary": "List identity reviews",
                "tags": [
                  "Customers"
                ],
                "description": "Records whose identifiers named several customers, oldest first; such a record is stored without a customer until someone links it or merges the candidates.\n\nRequires the permission editCustomers (roles admin, cx_manager).",
                "parameters": [
                  {
                    "name": "status",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "open",
                        "linked",
                        "dismissed"
                      ],
                      "default": "open"
                    }
                  },
                  {
                    "$ref": "#/components/parameters/Offset"
                  },
                  {
                    "$ref": "#/components/parameters/Limit"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of reviews.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdentityReviewPage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/identity-reviews/{id}": {
              "get": {
                "operationId": "getIdentityReview",
                "summary": "Read an identity review",
                "tags": [
                  "Customers"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "One review.\n\nRequires the permission editCustomers (roles admin, cx_manager).",
                "responses": {
                  "200": {
                    "description": "The review.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdentityReview"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/identity-reviews/{id}/link": {
              "post": {
                "operationId": "linkIdentityReview",
                "summary": "Link a reviewed record",
                "tags": [
                  "Customers"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "Links the record to one of the candidates. A review that is not open answers 409.\n\nRequires the permission editCustomers (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/IdentityReviewLink"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The review, linked.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdentityReview"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/identity-reviews/{id}/dismiss": {
              "post": {
                "operationId": "dismissIdentityReview",
                "summary": "Leave a reviewed record unlinked",
                "tags": [
                  "Customers"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "Closes the review and leaves the record without a customer. A review that is not open answers 409.\n\nRequires the permission editCustomers (roles admin, cx_manager).",
                "responses": {
                  "200": {
                    "description": "The review, dismissed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdentityReview"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                }
              }
            },
            "/api/v1/customers/{id}/merge": {
              "post": {
                "operationId": "mergeCustomers",
                "summary": "Merge another customer into this one",
                "tags": [
                  "Customers"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "Makes two records of one person one. The other customer's identifiers, responses, invitations, cases, complaints, tickets, churn, orders and incidents move to this customer; its attributes fill what this one lacks; consent becomes the stricter of the two; segment figures follow; open identity reviews between the two are linked. Both customers are kept as they were, so that the merge can be undone.\n\nRequires the permission editCustomers (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CustomerMergeInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The merge.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CustomerMerge"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/customers/{id}/merges": {
              "get": {
                "operationId": "listCustomerMerges",
                "summary": "A customer's merges",
                "tags": [
                  "Customers"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "The merges the customer took part in, as survivor or as the one merged, newest first.\n\nRequires the permission editCustomers (roles admin, cx_manager).",
                "responses": {
                  "200": {
                    "description": "The merges.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CustomerMergeList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/customer-merges/{id}/undo": {
              "post": {
                "operationId": "undoCustomerMerge",
                "summary": "Undo a merge",
                "tags": [
                  "Customers"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "Brings the merged customer back with its identifiers and the records that moved, and gives both customers back the attributes and consent they had before. Records that arrived for the survivor since stay with it. A merge undone already, or into a customer that was merged away or erased since, answers 409.\n\nRequires the permission editCustomers (roles admin, cx_manager).",
                "responses": {
                  "200": {
                    "description": "The merge, undone.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CustomerMerge"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                }
              }
            },
            "/api/v1/incidents": {
              "get": {
                "operationId": "listIncidents",
                "summary": "List incidents",
                "tags": [
                  "Signals"
                ],
                "description": "Incidents newest first, each with how many customers it names (never who). Callers limited to some units see the incidents that touched one of them or name no unit.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Offset"
                  },
                  {
                    "$ref": "#/components/parameters/Limit"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of incidents.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IncidentPage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/incidents/{id}/valuation": {
              "get": {
                "operationId": "getIncidentValuation",
                "summary": "What an incident cost",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "The customers the incident hit (named, or its affected share of the customers its units serve, marked as an estimate), the minutes and customer-minutes, the estimated cost at the configured value per customer-minute, and the NPS of affected against unaffected customers in the weeks after its start: the difference with its 95 % interval and test, and a verdict (dip, higher, noDetectableDifference with the answers per side that would detect it, tooFewAnswers). Only answers in the caller's units count.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The incident and its valuation.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IncidentValuationResult"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/incident-valuation-settings": {
              "get": {
                "operationId": "getIncidentValuationSettings",
                "summary": "How incidents are valued",
                "tags": [
                  "Signals"
                ],
                "description": "The value per affected customer-minute, the weeks compared after an incident and the minimum answers per side.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The settings.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IncidentValuationSettings"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "put": {
                "operationId": "updateIncidentValuationSettings",
                "summary": "Change how incidents are valued",
                "tags": [
                  "Signals"
                ],
                "description": "Fields left out take their defaults (no value, 4 weeks, 20 answers).\n\nRequires the permission manageWorkspace (roles admin).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/IncidentValuationSettings"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The settings as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IncidentValuationSettings"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/churn-report": {
              "get": {
                "operationId": "getChurnReport",
                "summary": "Do detractors leave more?",
                "tags": [
                  "Signals"
                ],
                "description": "Customers grouped by the NPS category of their last answer in the year before `from`, with the share of each group that churned between `from` and `to` (Wilson 95 % interval), the two-proportion test of detractors against promoters and passives, the relative risk, the revenue that left per group, the reasons given, and the yearly revenue of the detractors still here (from the numeric customer attribute `revenueAttribute`). Customers who left before `from` are not counted; callers limited to some units see their units' customers.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "from",
                    "in": "query",
                    "required": false,
                    "description": "A day (2026-03-01) or ISO 8601 time; default 90 days before `to`.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "required": false,
                    "description": "A day or time; default now.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "revenueAttribute",
                    "in": "query",
                    "required": false,
                    "description": "The numeric customer attribute holding yearly revenue (default yearly_revenue).",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ChurnReport"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/signal-sources/{id}/events:batch": {
              "post": {
                "operationId": "submitEvents",
                "summary": "Send behavioural events",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "Track, page and screen calls in the shape analytics tools use (`{\"batch\": [ … ]}`), for funnels and the customer time line. Every event is checked on its own and the good ones are stored in one transaction; an event whose messageId and timestamp came before is stored once. The source must list `event` among its kinds.\n\nRequires the permission importData (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/EventBatch"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "What was stored; events not stored are listed with the reason.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EventBatchResult"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Every event was refused.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EventBatchResult"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  }
                }
              }
            },
            "/api/v1/funnels": {
              "get": {
                "operationId": "listFunnels",
                "summary": "List funnels",
                "tags": [
                  "Signals"
                ],
                "description": "Every funnel definition, by name.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The funnels.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FunnelList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "post": {
                "operationId": "createFunnel",
                "summary": "Define a funnel",
                "tags": [
                  "Signals"
                ],
                "description": "Steps are event names in order; a step may name the touchpoint it belongs to.\n\nRequires the permission editJourneys (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/FunnelInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The funnel.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Funnel"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/funnels/{id}": {
              "get": {
                "operationId": "getFunnel",
                "summary": "Read a funnel",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "The funnel's definition.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The funnel.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Funnel"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "replaceFunnel",
                "summary": "Change a funnel",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "Replaces the name, steps and window.\n\nRequires the permission editJourneys (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/FunnelInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The funnel.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Funnel"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "deleteFunnel",
                "summary": "Delete a funnel",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "description": "Deletes the definition; the events stay.\n\nRequires the permission editJourneys (roles admin, cx_manager).",
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/funnels/{id}/report": {
              "get": {
                "operationId": "getFunnelReport",
                "summary": "A funnel's conversion, drop-off and time to convert",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "from",
                    "in": "query",
                    "required": false,
                    "description": "A day (2026-03-01) or ISO 8601 time; default 30 days before `to`.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "required": false,
                    "description": "A day (counted whole) or time; default now.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "segment",
                    "in": "query",
                    "required": false,
                    "description": "Only visitors who are customers in this segment.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "description": "Visitors enter at their first first-step event in the period and reach each later step at its first event after the step before, within the window from the entry. Each step has its visitors, its conversion from the step before and from the start (Wilson 95 % intervals) and its drop-off; time to convert is counted in buckets (1, 5, 15 minutes, 1 and 6 hours, a day, a week, more). Entry channels are compared with the rest by the two-proportion test.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FunnelReport"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/ticket-metrics": {
              "get": {
                "operationId": "getTicketMetrics",
                "summary": "Support tickets as experience figures",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "name": "from",
                    "in": "query",
                    "required": false,
                    "description": "A day (2026-03-01) or ISO 8601 time; default 30 days before `to`.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "required": false,
                    "description": "A day (counted whole) or time; default now.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "description": "For the tickets opened in the period: the contact rate (customers who had to get in touch, with its interval), tickets per 100 customers, repeat contact (another ticket from the customer, at any unit, within seven days), first-contact resolution, reopened tickets, median hours to the first answer and to closing, and the top five categories at each touchpoint. Repeat contact and first-contact resolution count only tickets whose week is over. Readers limited to some units count their units' tickets; their contact rate is the share of their units' customers who opened a ticket anywhere.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The figures.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TicketMetrics"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/v1/poor-experience-cost": {
              "get": {
                "operationId": "getPoorExperienceCost",
                "summary": "The cost of poor experience by month",
                "tags": [
                  "Signals"
                ],
                "description": "Per calendar month in the workspace's time zone (each clipped to the period): the incidents that started that month (an incident running into the next month counts in its first), the customer-minutes they cost (sized as in the incident list) and their estimated cost at the configured value per customer-minute (absent when none is configured); and the customers who left that month, the yearly revenue they took, and of those the ones whose last NPS answer in the year before they left was a detractor's, with their revenue. At most 60 months; callers limited to some units see the incidents that touched one of their units (or name none) and their units' customers' churn.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "from",
                    "in": "query",
                    "required": false,
                    "description": "A day (2026-03-01) or ISO 8601 time; default the first day of the month eleven months before the month of `to`.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "required": false,
                    "description": "A day or time, exclusive; default now.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The months.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PoorExperienceCost"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/signal-sources/{id}/signals:import": {
              "post": {
                "operationId": "importSignals",
                "summary": "Import signals from a CSV file",
                "tags": [
                  "Signals"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "kind",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "ticket",
                        "churn",
                        "incident",
                        "order"
                      ]
                    },
                    "description": "The kind of every row when the file has no type column."
                  },
                  {
                    "name": "map",
                    "in": "query",
                    "required": false,
                    "style": "form",
                    "explode": true,
                    "schema": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    },
                    "description": "A column mapping `Column=target` as `cxm import signals --map` takes it (e.g. `Ticket no=id`, `Notes=ignore`); repeat for several."
                  }
                ],
                "description": "The body is a CSV file (UTF-8, comma or semicolon separated, header row first) whose columns are named like the fields of `signals:batch`, case not mattering: type, id, customerName, openedAt, firstResponseAt, closedAt, category, subject, reopened, reason, reasonText, revenue, at, title, severity, startedAt, endedAt, service, affectedShare, eventType, value, touchpoint, unit, channel, updatedAt, and the `|`-separated lists touchpoints, units and customers (an incident's customers as `FIELD=VALUE` pairs, one customer each: `email=anna@example.se|crm=10023`). The customer is named by the source's identifier fields as `customer:FIELD` (`customer:email`) or by a column named like a field of the source's identifierMap. Times are ISO 8601, with or without fractional seconds and zone, or `2026-03-01 09:30` in UTC. Rows are checked and stored as `signals:batch` does, up to 5,000 per transaction; a row whose id the source sent before updates that record, or counts as a duplicate when nothing changed, or is refused when its updatedAt is older than the stored record's. A header with an unknown column, or a file that is not UTF-8 CSV, is refused before any row is stored.\n\nRequires the permission importData (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "text/csv": {
                      "schema": {
                        "type": "string"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The file was read; the summary counts each row, and lists rejected ones by line.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SignalImportSummary"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Every row was rejected; the summary says why, by line.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SignalImportSummary"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  }
                }
              }
            },
            "/api/v1/observations": {
              "get": {
                "operationId": "listObservations",
                "summary": "Frontline observations, grouped",
                "tags": [
                  "Improvements"
                ],
                "description": "Observations of the reader's units and the company-wide ones, newest first, from `since` (by default the last 90 days), and the groups they fall into.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "since",
                    "in": "query",
                    "description": "A day (2026-03-01) or ISO 8601 time.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "unitID",
                    "in": "query",
                    "description": "Only this unit's.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "touchpointID",
                    "in": "query",
                    "description": "Only about this touchpoint.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "themeID",
                    "in": "query",
                    "description": "Only those grouped under this theme.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "customerID",
                    "in": "query",
                    "description": "Only those about this customer.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The observations and their groups.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ObservationList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "post": {
                "operationId": "recordObservation",
                "summary": "Record an observation",
                "tags": [
                  "Improvements"
                ],
                "description": "What a member of staff heard or saw. Its language and themes are read from the text.\n\nRequires the permission recordObservations (roles admin, cx_manager, analyst, team_lead, frontline).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ObservationInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The observation as recorded.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Observation"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/observations/{id}": {
              "get": {
                "operationId": "getObservation",
                "summary": "One observation",
                "tags": [
                  "Improvements"
                ],
                "description": "With its comments, whether the reader voted, and the improvements citing it.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The observation.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ObservationDetail"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/observations/{id}/vote": {
              "put": {
                "operationId": "voteObservation",
                "summary": "I see this too",
                "tags": [
                  "Improvements"
                ],
                "description": "A colleague's vote, once per person; the author's own report is not a vote (422).\n\nRequires the permission recordObservations (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The votes now.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Votes"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "unvoteObservation",
                "summary": "Take back a vote",
                "tags": [
                  "Improvements"
                ],
                "description": "\n\nRequires the permission recordObservations (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The votes now.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Votes"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/observations/{id}/comments": {
              "post": {
                "operationId": "commentObservation",
                "summary": "Comment on an observation",
                "tags": [
                  "Improvements"
                ],
                "description": "\n\nRequires the permission recordObservations (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CommentInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The comment.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ObservationComment"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/improvements": {
              "get": {
                "operationId": "getImprovementBoard",
                "summary": "The improvement board",
                "tags": [
                  "Improvements"
                ],
                "description": "The list's capacity, each column's count and limit (over the whole list) and the items the reader sees, highest impact first per stage.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The board.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImprovementBoard"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "post": {
                "operationId": "proposeImprovement",
                "summary": "Propose an improvement",
                "tags": [
                  "Improvements"
                ],
                "description": "Evidence the proposer may not see, or that does not exist, is refused with its place named (evidence[i].id). The impact score is worked out from the evidence.\n\nRequires the permission proposeImprovements (roles admin, cx_manager, analyst, team_lead).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ImprovementInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The improvement as proposed, with its impact score.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Improvement"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/improvements/{id}": {
              "get": {
                "operationId": "getImprovement",
                "summary": "One improvement",
                "tags": [
                  "Improvements"
                ],
                "description": "With its impact score worked out afresh, its effect (measured now while it is delivered) and its moves, newest first.\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The improvement.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImprovementDetail"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateImprovement",
                "summary": "Change an improvement",
                "tags": [
                  "Improvements"
                ],
                "description": "Against the version read (409 if someone changed it meanwhile). Evidence and units the editor cannot see are kept. Fields left out keep their value (problem, hypothesis, touchpoint, owner, effort, units and evidence); `null` clears an optional one.\n\nRequires the permission proposeImprovements (roles admin, cx_manager, analyst, team_lead).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ImprovementInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The improvement as changed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Improvement"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/improvements/{id}/evidence": {
              "post": {
                "operationId": "addImprovementEvidence",
                "summary": "Add evidence to an improvement",
                "tags": [
                  "Improvements"
                ],
                "description": "\n\nRequires the permission proposeImprovements (roles admin, cx_manager, analyst, team_lead).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/EvidenceLink"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The improvement with the link.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Improvement"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/improvements/{id}/moves": {
              "post": {
                "operationId": "moveImprovement",
                "summary": "Move an improvement on the board",
                "tags": [
                  "Improvements"
                ],
                "description": "One step on, one step back, or out. A move past a WIP limit or the reserved person-days, and any setback, needs a reason (422 on field reason otherwise), kept with the move. Moving a delivered item to measured keeps its effect as the answers say it then. The owner moves accepted work along; accepting and declining take manageImprovements.\n\nRequires the permission proposeImprovements (roles admin, cx_manager, analyst, team_lead).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ImprovementMoveInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The improvement and the move.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImprovementMoveResult"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/improvement-capacity": {
              "get": {
                "operationId": "getImprovementCapacity",
                "summary": "The improvement list's capacity",
                "tags": [
                  "Improvements"
                ],
                "description": "\n\nRequires the permission read (every role: admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The capacity.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImprovementCapacity"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "put": {
                "operationId": "updateImprovementCapacity",
                "summary": "Change the improvement list's capacity",
                "tags": [
                  "Improvements"
                ],
                "description": "Less room than before needs a reason, kept and shown on the board.\n\nRequires the permission manageImprovements (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ImprovementCapacityInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The capacity as saved.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImprovementCapacity"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/person-statistics": {
              "get": {
                "operationId": "getPersonStatistics",
                "summary": "Whether per-person case statistics are on",
                "tags": [
                  "Cases"
                ],
                "description": "Off by default: cases are reported per team and unit. While on, the case report may be grouped by assignee, and every page showing it says who switched it on.\n\nRequires the permission readCases (roles admin, cx_manager, analyst, team_lead, frontline).",
                "responses": {
                  "200": {
                    "description": "The setting.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PersonStatistics"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "put": {
                "operationId": "setPersonStatistics",
                "summary": "Switch per-person case statistics on or off",
                "tags": [
                  "Cases"
                ],
                "description": "Recorded in the audit log with who did it.\n\nRequires the permission manageWorkspace (roles admin).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "required": [
                          "enabled"
                        ],
                        "properties": {
                          "enabled": {
                            "type": "boolean"
                          }
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The setting now.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PersonStatistics"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/goals": {
              "get": {
                "operationId": "listGoals",
                "summary": "List goals with their progress",
                "tags": [
                  "Goals"
                ],
                "description": "The company's, journeys' and touchpoints' goals, and those of units the reader sees, each with where it stands.\n\nRequires the permission read (roles admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "responses": {
                  "200": {
                    "description": "The goals.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/GoalList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "post": {
                "operationId": "createGoal",
                "summary": "Set a goal",
                "tags": [
                  "Goals"
                ],
                "description": "Team leads set goals for their own units; the whole company's are CX managers'. A target outside the metric's range is refused (422 on target).\n\nRequires the permission manageGoals (roles admin, cx_manager, team_lead).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/GoalInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The goal with its progress.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TrackedGoal"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/goals/{id}": {
              "get": {
                "operationId": "getGoal",
                "summary": "Read a goal with its progress",
                "tags": [
                  "Goals"
                ],
                "description": "\n\nRequires the permission read (roles admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The goal.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TrackedGoal"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "put": {
                "operationId": "updateGoal",
                "summary": "Change a goal",
                "tags": [
                  "Goals"
                ],
                "description": "It keeps the day it was set, and so its baseline.\n\nRequires the permission manageGoals (roles admin, cx_manager, team_lead).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/GoalInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The goal with its progress.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TrackedGoal"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              },
              "delete": {
                "operationId": "deleteGoal",
                "summary": "Remove a goal",
                "tags": [
                  "Goals"
                ],
                "description": "It leaves the KPI boards that showed it.\n\nRequires the permission manageGoals (roles admin, cx_manager, team_lead).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Removed."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/kpi-boards": {
              "get": {
                "operationId": "listKPIBoards",
                "summary": "List KPI boards",
                "tags": [
                  "Goals"
                ],
                "description": "Revoked ones too.\n\nRequires the permission publishKPIBoards (roles admin, cx_manager).",
                "responses": {
                  "200": {
                    "description": "The boards.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/KPIBoardList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "post": {
                "operationId": "createKPIBoard",
                "summary": "Publish a KPI board",
                "tags": [
                  "Goals"
                ],
                "description": "A read-only page of goals at /kpi/{token} that anyone with the link opens without signing in, showing only figures over at least minimumN answers.\n\nRequires the permission publishKPIBoards (roles admin, cx_manager).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/KPIBoardInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The board with its token.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/KPIBoard"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/kpi-boards/{id}": {
              "delete": {
                "operationId": "revokeKPIBoard",
                "summary": "Revoke a KPI board's link",
                "tags": [
                  "Goals"
                ],
                "description": "The link answers 404 from then on.\n\nRequires the permission publishKPIBoards (roles admin, cx_manager).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Revoked."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/action-plans": {
              "get": {
                "operationId": "listActionPlans",
                "summary": "List teams' action plans",
                "tags": [
                  "Action plans"
                ],
                "description": "The plans of the units the reader sees, newest first, with the roll-up. Query unitID narrows to one unit's.\n\nRequires the permission read (roles admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "name": "unitID",
                    "in": "query",
                    "description": "One unit's plans.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The plans.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ActionPlanList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              },
              "post": {
                "operationId": "startActionPlan",
                "summary": "Start a team's action plan",
                "tags": [
                  "Action plans"
                ],
                "description": "For one of the lead's units.\n\nRequires the permission leadActionPlans (roles admin, cx_manager, team_lead).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ActionPlanInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The plan.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ActionPlan"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/action-plans/{id}": {
              "get": {
                "operationId": "getActionPlan",
                "summary": "Read an action plan",
                "tags": [
                  "Action plans"
                ],
                "description": "With the team's suggestions and comments.\n\nRequires the permission read (roles admin, cx_manager, analyst, team_lead, frontline, viewer).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The plan.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ActionPlanDetail"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/action-plans/{id}/entries": {
              "post": {
                "operationId": "addPlanEntry",
                "summary": "Suggest or comment on a plan",
                "tags": [
                  "Action plans"
                ],
                "description": "While the plan is open.\n\nRequires the permission recordObservations (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/PlanEntryInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The entry.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PlanEntry"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/action-plans/{id}/actions": {
              "post": {
                "operationId": "addPlanAction",
                "summary": "Add an action to a plan",
                "tags": [
                  "Action plans"
                ],
                "description": "For those who lead the plan's unit; one taken from a suggestion marks the suggestion.\n\nRequires the permission leadActionPlans (roles admin, cx_manager, team_lead).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/PlanActionInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The action.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PlanAction"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The address of the new resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/action-plans/{id}/actions/{actionID}": {
              "put": {
                "operationId": "updatePlanAction",
                "summary": "Change an action",
                "tags": [
                  "Action plans"
                ],
                "description": "Those who lead the plan's unit change anything; the action's owner (a person, not an API token) changes its status only.\n\nRequires the permission recordObservations (roles admin, cx_manager, analyst, team_lead, frontline).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "actionID",
                    "in": "path",
                    "required": true,
                    "description": "The action's id.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/PlanActionInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The action.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PlanAction"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            },
            "/api/v1/action-plans/{id}/status": {
              "put": {
                "operationId": "setActionPlanStatus",
                "summary": "Close or reopen a plan",
                "tags": [
                  "Action plans"
                ],
                "description": "\n\nRequires the permission leadActionPlans (roles admin, cx_manager, team_lead).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ActionPlanStatusInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The plan.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ActionPlan"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/UnprocessableContent"
                  }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Id": {
                "type": "string",
                "description": "An identifier cxm generated (a lowercase UUID) or accepted on import: 1-64 ASCII letters, digits, '-' or '_'.",
                "pattern": "^[A-Za-z0-9_-]{1,64}$",
                "examples": [
                  "3f2b8c1e-6a4d-4c1b-9e7f-2d5a8b9c0e11"
                ]
              },
              "Language": {
                "type": "string",
                "description": "A language cxm speaks to users and respondents in: English, Swedish, Danish, Norwegian bokmal or Finnish.",
                "enum": [
                  "en",
                  "sv",
                  "da",
                  "nb",
                  "fi"
                ]
              },
              "LocalizedText": {
                "type": "object",
                "description": "A text in several languages, keyed by language code.",
                "properties": {
                  "en": {
                    "type": "string"
                  },
                  "sv": {
                    "type": "string"
                  },
                  "da": {
                    "type": "string"
                  },
                  "nb": {
                    "type": "string"
                  },
                  "fi": {
                    "type": "string"
                  }
                },
                "additionalProperties": false,
                "examples": [
                  {
                    "en": "How likely are you to recommend us to a friend?",
                    "sv": "Hur troligt ar det att du skulle rekommendera oss?"
                  }
                ]
              },
              "Role": {
                "type": "string",
                "description": "What a user or API token may do. admin: everything; cx_manager: edit journeys, surveys, units, channels, segments and customers and submit responses; analyst and viewer: read everything; team_lead: read their unit and the units below it; frontline: read their own unit.",
                "enum": [
                  "admin",
                  "cx_manager",
                  "analyst",
                  "team_lead",
                  "frontline",
                  "viewer"
                ]
              },
              "FieldError": {
                "type": "object",
                "description": "One problem with one field of the input.",
                "properties": {
                  "field": {
                    "type": "string",
                    "description": "The field's path as the client wrote it, e.g. `answers[2].value` or `email`; `body` for the document as a whole."
                  },
                  "message": {
                    "type": "string",
                    "description": "What is wrong and how to fix it."
                  },
                  "code": {
                    "type": "string",
                    "description": "A machine-readable kind of problem, present for the kinds user interfaces translate.",
                    "enum": [
                      "required",
                      "tooLong",
                      "invalidEmail",
                      "alreadyInUse"
                    ]
                  },
                  "limit": {
                    "type": "integer",
                    "description": "The limit a `tooLong` problem refers to."
                  }
                },
                "required": [
                  "field",
                  "message"
                ]
              },
              "Problem": {
                "type": "object",
                "description": "An RFC 9457 problem details document, served as application/problem+json.",
                "properties": {
                  "type": {
                    "type": "string",
                    "description": "Always `about:blank`: the status code says what kind of problem it is.",
                    "examples": [
                      "about:blank"
                    ]
                  },
                  "title": {
                    "type": "string",
                    "description": "The HTTP reason phrase of the status.",
                    "examples": [
                      "Unprocessable Content"
                    ]
                  },
                  "status": {
                    "type": "integer",
                    "description": "The HTTP status code."
                  },
                  "detail": {
                    "type": "string",
                    "description": "What went wrong, phrased so that the caller knows what to fix."
                  },
                  "errors": {
                    "type": "array",
                    "description": "Every problem found in the input (not just the first); present for 400 and 422 caused by input.",
                    "items": {
                      "$ref": "#/components/schemas/FieldError"
                    }
                  }
                },
                "required": [
                  "type",
                  "title",
                  "status",
                  "detail"
                ]
              },
              "HealthStatus": {
                "type": "object",
                "properties": {
                  "status": {
                    "type": "string",
                    "description": "`ok` for /health; `ready` or `database unavailable` for /ready.",
                    "enum": [
                      "ok",
                      "ready",
                      "database unavailable"
                    ]
                  }
                },
                "required": [
                  "status"
                ]
              },
              "WorkspaceSettings": {
                "type": "object",
                "description": "The settings of the one workspace a cxm installation serves. The same shape is read and written; every field but retention is required when writing (omitted, the retention policy stays as it is; null or {} keeps everything).",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "The workspace's name, 1-200 characters.",
                    "maxLength": 200
                  },
                  "defaultLanguage": {
                    "$ref": "#/components/schemas/Language",
                    "description": "Must be one of enabledLanguages."
                  },
                  "timeZone": {
                    "type": "string",
                    "description": "An IANA time zone identifier; reporting periods are cut in this zone.",
                    "examples": [
                      "Europe/Stockholm"
                    ]
                  },
                  "enabledLanguages": {
                    "type": "array",
                    "description": "The languages the workspace offers; at least one, duplicates are dropped.",
                    "items": {
                      "$ref": "#/components/schemas/Language"
                    },
                    "minItems": 1
                  },
                  "retention": {
                    "$ref": "#/components/schemas/RetentionPolicy"
                  }
                },
                "required": [
                  "name",
                  "defaultLanguage",
                  "timeZone",
                  "enabledLanguages"
                ]
              },
              "RetentionPolicy": {
                "type": "object",
                "description": "How long the workspace keeps what it collects, in whole months from 1 to 600; an absent period keeps for good. Applied once a day by the server (`cxm privacy retention` applies it at once). openTextMonths and customerLinkMonths must be at most responseMonths.",
                "properties": {
                  "openTextMonths": {
                    "type": "integer",
                    "description": "Open-text answers older than this are deleted.",
                    "minimum": 1,
                    "maximum": 600
                  },
                  "customerLinkMonths": {
                    "type": "integer",
                    "description": "Responses older than this are anonymised: unlinked from the customer, so they leave the customer's timeline and the segments' figures and stay in all others.",
                    "minimum": 1,
                    "maximum": 600
                  },
                  "responseMonths": {
                    "type": "integer",
                    "description": "Responses older than this are deleted with their answers and taken out of every figure.",
                    "minimum": 1,
                    "maximum": 600
                  },
                  "inactiveCustomerMonths": {
                    "type": "integer",
                    "description": "Customers whose record has not changed for this long and who have no response left are deleted.",
                    "minimum": 1,
                    "maximum": 600
                  },
                  "siteActivityMonths": {
                    "type": "integer",
                    "description": "What visitors did on the company's sites and in its apps (behavioural events) older than this is deleted, with the visitors who did nothing since.",
                    "minimum": 1,
                    "maximum": 600
                  }
                }
              },
              "OrgUnit": {
                "type": "object",
                "description": "A node of the organisation tree (company, region, branch, store or team).",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "parentID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The parent unit; absent for a root unit."
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "kind": {
                    "type": "string",
                    "description": "company, region, branch, store, team, department, or another word the company uses.",
                    "maxLength": 40
                  },
                  "code": {
                    "type": "string",
                    "description": "An external code (cost centre, store number) used by imports; unique among units.",
                    "maxLength": 64
                  }
                },
                "required": [
                  "id",
                  "name",
                  "kind"
                ]
              },
              "UnitInput": {
                "type": "object",
                "description": "A unit as a client creates or replaces it.",
                "properties": {
                  "parentID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id",
                        "description": "The parent unit; omit for a root unit. A unit cannot be placed under itself or one of its own units."
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "name": {
                    "type": "string",
                    "description": "1-200 characters.",
                    "maxLength": 200
                  },
                  "kind": {
                    "type": "string",
                    "description": "company, region, branch, store, team, department, or another word; 1-40 characters.",
                    "maxLength": 40
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "An optional external code, unique among units; at most 64 characters. Empty means none.",
                    "maxLength": 64
                  }
                },
                "required": [
                  "name",
                  "kind"
                ]
              },
              "Channel": {
                "type": "object",
                "description": "A channel through which customers meet the company.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "key": {
                    "type": "string",
                    "description": "A short stable key used by imports and the API.",
                    "examples": [
                      "field_service"
                    ]
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "kind": {
                    "type": "string",
                    "description": "The kind of channel, so that reports can group user-defined channels.",
                    "enum": [
                      "web",
                      "app",
                      "store",
                      "phone",
                      "email",
                      "chat",
                      "field_service",
                      "other"
                    ]
                  }
                },
                "required": [
                  "id",
                  "key",
                  "name",
                  "kind"
                ]
              },
              "ChannelInput": {
                "type": "object",
                "properties": {
                  "key": {
                    "type": "string",
                    "description": "1-40 characters of a-z, 0-9, '_' or '-'; stored lowercased and unique among channels.",
                    "pattern": "^[A-Za-z0-9_-]{1,40}$"
                  },
                  "name": {
                    "type": "string",
                    "description": "1-200 characters.",
                    "maxLength": 200
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "web",
                      "app",
                      "store",
                      "phone",
                      "email",
                      "chat",
                      "field_service",
                      "other"
                    ]
                  }
                },
                "required": [
                  "key",
                  "name",
                  "kind"
                ]
              },
              "Journey": {
                "type": "object",
                "description": "A customer journey: an ordered list of stages, each with its touchpoints.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "description": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "position": {
                    "type": "integer",
                    "description": "The journey's place in lists, lowest first.",
                    "minimum": 0
                  }
                },
                "required": [
                  "id",
                  "name",
                  "description",
                  "position"
                ]
              },
              "JourneyInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1-200 characters.",
                    "maxLength": 200
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "At most 4000 characters. On create, omitted means empty; on replace, omitted keeps the current description.",
                    "maxLength": 4000
                  },
                  "position": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "On create, omitted places the journey last; on replace, omitted keeps the current position.",
                    "minimum": 0
                  }
                },
                "required": [
                  "name"
                ]
              },
              "JourneySummary": {
                "type": "object",
                "description": "A journey as lists show it, with the number of its stages and touchpoints.",
                "properties": {
                  "journey": {
                    "$ref": "#/components/schemas/Journey"
                  },
                  "stageCount": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "touchpointCount": {
                    "type": "integer",
                    "minimum": 0
                  }
                },
                "required": [
                  "journey",
                  "stageCount",
                  "touchpointCount"
                ]
              },
              "StagePhase": {
                "type": "string",
                "description": "Where a stage sits in the purchase cycle; `custom` for journeys that are not about buying.",
                "enum": [
                  "before",
                  "during",
                  "after",
                  "custom"
                ]
              },
              "Stage": {
                "type": "object",
                "description": "One step of a journey, such as \"Choose a subscription\".",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "journeyID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "phase": {
                    "$ref": "#/components/schemas/StagePhase"
                  },
                  "position": {
                    "type": "integer",
                    "minimum": 0
                  }
                },
                "required": [
                  "id",
                  "journeyID",
                  "name",
                  "phase",
                  "position"
                ]
              },
              "StageInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1-200 characters.",
                    "maxLength": 200
                  },
                  "phase": {
                    "$ref": "#/components/schemas/StagePhase"
                  },
                  "position": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "On create, omitted places the stage last; on replace, omitted keeps the current position.",
                    "minimum": 0
                  }
                },
                "required": [
                  "name",
                  "phase"
                ]
              },
              "ServiceBlueprint": {
                "type": "object",
                "description": "The four lanes of a service blueprint behind one touchpoint. Items are at most 500 characters; empty items are dropped. When a blueprint is sent, all four lanes must be present (use [] for an empty lane).",
                "properties": {
                  "customerActions": {
                    "type": "array",
                    "description": "What the customer does.",
                    "items": {
                      "type": "string"
                    },
                    "maxItems": 100
                  },
                  "frontstage": {
                    "type": "array",
                    "description": "What the customer sees the company do.",
                    "items": {
                      "type": "string"
                    },
                    "maxItems": 100
                  },
                  "backstage": {
                    "type": "array",
                    "description": "What staff do out of the customer's sight.",
                    "items": {
                      "type": "string"
                    },
                    "maxItems": 100
                  },
                  "supportProcesses": {
                    "type": "array",
                    "description": "Systems and processes that make it possible.",
                    "items": {
                      "type": "string"
                    },
                    "maxItems": 100
                  }
                },
                "required": [
                  "customerActions",
                  "frontstage",
                  "backstage",
                  "supportProcesses"
                ]
              },
              "Touchpoint": {
                "type": "object",
                "description": "A moment where the customer meets the company, measured by surveys and owned by a unit.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "stageID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "position": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "channelID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "ownerUnitID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The unit that owns the touchpoint; responses default to it."
                  },
                  "feeling": {
                    "type": "string",
                    "description": "The feeling the company wants the customer to leave with.",
                    "maxLength": 500
                  },
                  "functionalNeeds": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "emotionalNeeds": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "hygieneFactors": {
                    "type": "array",
                    "description": "What must always work; failing it spoils the touchpoint whatever else goes well.",
                    "items": {
                      "type": "string"
                    }
                  },
                  "blueprint": {
                    "$ref": "#/components/schemas/ServiceBlueprint"
                  }
                },
                "required": [
                  "id",
                  "stageID",
                  "name",
                  "position",
                  "channelID",
                  "ownerUnitID",
                  "feeling",
                  "functionalNeeds",
                  "emotionalNeeds",
                  "hygieneFactors",
                  "blueprint"
                ]
              },
              "TouchpointInput": {
                "type": "object",
                "description": "A touchpoint as a client creates or replaces it. Omitted optional fields become empty, also on replace (except position).",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1-200 characters.",
                    "maxLength": 200
                  },
                  "position": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "On create, omitted places the touchpoint last in its stage; on replace, omitted keeps the current position.",
                    "minimum": 0
                  },
                  "channelID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The id of an existing channel."
                  },
                  "ownerUnitID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The id of the owning unit."
                  },
                  "feeling": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "At most 500 characters; omitted means empty.",
                    "maxLength": 500
                  },
                  "functionalNeeds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "description": "At most 100 items of at most 500 characters; omitted means none.",
                    "items": {
                      "type": "string"
                    },
                    "maxItems": 100
                  },
                  "emotionalNeeds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "description": "At most 100 items of at most 500 characters; omitted means none.",
                    "items": {
                      "type": "string"
                    },
                    "maxItems": 100
                  },
                  "hygieneFactors": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "description": "At most 100 items of at most 500 characters; omitted means none.",
                    "items": {
                      "type": "string"
                    },
                    "maxItems": 100
                  },
                  "blueprint": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/ServiceBlueprint"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                },
                "required": [
                  "name",
                  "channelID",
                  "ownerUnitID"
                ]
              },
              "StageMap": {
                "type": "object",
                "properties": {
                  "stage": {
                    "$ref": "#/components/schemas/Stage"
                  },
                  "touchpoints": {
                    "type": "array",
                    "description": "The stage's touchpoints in order.",
                    "items": {
                      "$ref": "#/components/schemas/Touchpoint"
                    }
                  }
                },
                "required": [
                  "stage",
                  "touchpoints"
                ]
              },
              "JourneyMap": {
                "type": "object",
                "description": "A journey with its stages in order and each stage's touchpoints in order.",
                "properties": {
                  "journey": {
                    "$ref": "#/components/schemas/Journey"
                  },
                  "stages": {
                    "type": "array",
                    "description": "The journey's stages in order.",
                    "items": {
                      "$ref": "#/components/schemas/StageMap"
                    }
                  }
                },
                "required": [
                  "journey",
                  "stages"
                ]
              },
              "AttributeValue": {
                "description": "A typed customer attribute value, tagged with its type so that a date is never mistaken for text.",
                "oneOf": [
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "text"
                      },
                      "value": {
                        "type": "string",
                        "maxLength": 1000
                      }
                    },
                    "required": [
                      "type",
                      "value"
                    ],
                    "additionalProperties": false
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "number"
                      },
                      "value": {
                        "type": "number"
                      }
                    },
                    "required": [
                      "type",
                      "value"
                    ],
                    "additionalProperties": false
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "date"
                      },
                      "value": {
                        "type": "string",
                        "description": "A calendar day, YYYY-MM-DD.",
                        "format": "date"
                      }
                    },
                    "required": [
                      "type",
                      "value"
                    ],
                    "additionalProperties": false
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "boolean"
                      },
                      "value": {
                        "type": "boolean"
                      }
                    },
                    "required": [
                      "type",
                      "value"
                    ],
                    "additionalProperties": false
                  }
                ],
                "examples": [
                  {
                    "type": "number",
                    "value": 42
                  },
                  {
                    "type": "date",
                    "value": "2026-03-01"
                  }
                ]
              },
              "CustomerIdentifier": {
                "type": "object",
                "description": "An identifier of a customer in one source system. Note: customers are read with identifiers as objects but written with `system:value` strings.",
                "properties": {
                  "system": {
                    "type": "string",
                    "description": "The source system: crm, email, phone, support, billing, ...",
                    "examples": [
                      "crm"
                    ]
                  },
                  "value": {
                    "type": "string",
                    "examples": [
                      "123"
                    ]
                  }
                },
                "required": [
                  "system",
                  "value"
                ]
              },
              "Consent": {
                "type": "object",
                "description": "What the customer has agreed to. When sent, both fields are required.",
                "properties": {
                  "maySurvey": {
                    "type": "boolean",
                    "description": "The customer may receive survey invitations."
                  },
                  "mayContact": {
                    "type": "boolean",
                    "description": "The customer may be contacted about their feedback (closing the loop)."
                  }
                },
                "required": [
                  "maySurvey",
                  "mayContact"
                ]
              },
              "Customer": {
                "type": "object",
                "description": "One person, known to several source systems by their own identifiers.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "displayName": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "identifiers": {
                    "type": "array",
                    "description": "Identifiers in source systems; later imports join on any of them.",
                    "items": {
                      "$ref": "#/components/schemas/CustomerIdentifier"
                    },
                    "minItems": 1,
                    "maxItems": 20
                  },
                  "attributes": {
                    "type": "object",
                    "description": "Attributes by name (1-64 characters of a-z, 0-9 and '_'); at most 100.",
                    "propertyNames": {
                      "pattern": "^[a-z0-9_]{1,64}$"
                    },
                    "additionalProperties": {
                      "$ref": "#/components/schemas/AttributeValue"
                    }
                  },
                  "consent": {
                    "$ref": "#/components/schemas/Consent"
                  },
                  "unitID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The unit that serves the customer; absent if none."
                  },
                  "preferredLanguage": {
                    "$ref": "#/components/schemas/Language"
                  }
                },
                "required": [
                  "id",
                  "displayName",
                  "identifiers",
                  "attributes",
                  "consent"
                ]
              },
              "CustomerInput": {
                "type": "object",
                "description": "A customer as a client creates or replaces it. Omitted optional fields are cleared on replace (consent defaults to both true).",
                "properties": {
                  "displayName": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "At most 200 characters; omitted means empty.",
                    "maxLength": 200
                  },
                  "identifiers": {
                    "type": "array",
                    "description": "1-20 identifiers written `system:value`, for example `crm:123` or `email:anna@example.se`. The system is lowercased; an identifier may belong to one customer only.",
                    "items": {
                      "type": "string"
                    },
                    "minItems": 1,
                    "maxItems": 20,
                    "examples": [
                      [
                        "crm:123",
                        "email:anna@example.se"
                      ]
                    ]
                  },
                  "attributes": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "description": "Attributes by name (1-64 characters of a-z, 0-9 and '_'); at most 100.",
                    "propertyNames": {
                      "pattern": "^[a-z0-9_]{1,64}$"
                    },
                    "additionalProperties": {
                      "$ref": "#/components/schemas/AttributeValue"
                    }
                  },
                  "consent": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Consent"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "unitID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id",
                        "description": "The unit that serves the customer."
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "preferredLanguage": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Language"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                },
                "required": [
                  "identifiers"
                ]
              },
              "SegmentCondition": {
                "type": "object",
                "description": "One comparison of a customer attribute with a value; `value` is required except for isSet and isNotSet.",
                "properties": {
                  "attribute": {
                    "type": "string",
                    "description": "An attribute name.",
                    "pattern": "^[a-z0-9_]{1,64}$"
                  },
                  "op": {
                    "type": "string",
                    "enum": [
                      "equals",
                      "notEquals",
                      "lessThan",
                      "greaterThan",
                      "contains",
                      "isSet",
                      "isNotSet"
                    ]
                  },
                  "value": {
                    "$ref": "#/components/schemas/AttributeValue"
                  }
                },
                "required": [
                  "attribute",
                  "op"
                ]
              },
              "Segment": {
                "type": "object",
                "description": "A saved filter over customer attributes.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "description": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "conditions": {
                    "type": "array",
                    "description": "All conditions must hold.",
                    "items": {
                      "$ref": "#/components/schemas/SegmentCondition"
                    },
                    "minItems": 1
                  }
                },
                "required": [
                  "id",
                  "name",
                  "description",
                  "conditions"
                ]
              },
              "SegmentInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1-200 characters.",
                    "maxLength": 200
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "At most 4000 characters; omitted means empty (also on replace).",
                    "maxLength": 4000
                  },
                  "conditions": {
                    "type": "array",
                    "description": "At least one condition; all must hold.",
                    "items": {
                      "$ref": "#/components/schemas/SegmentCondition"
                    },
                    "minItems": 1
                  }
                },
                "required": [
                  "name",
                  "conditions"
                ]
              },
              "QuestionType": {
                "type": "string",
                "description": "nps: 0-10; csat: 1-5; ces: 1-7; nki: one of the three NKI/CSI items, 1-10; rating: a configurable scale (default 1-5); single_choice, multiple_choice: options; open_text: free text.",
                "enum": [
                  "nps",
                  "csat",
                  "ces",
                  "nki",
                  "rating",
                  "single_choice",
                  "multiple_choice",
                  "open_text"
                ]
              },
              "ChoiceOption": {
                "type": "object",
                "description": "One option of a choice question; the label is required in every survey language.",
                "properties": {
                  "key": {
                    "type": "string",
                    "description": "1-40 characters, unique within the question.",
                    "minLength": 1,
                    "maxLength": 40
                  },
                  "label": {
                    "$ref": "#/components/schemas/LocalizedText"
                  }
                },
                "required": [
                  "key",
                  "label"
                ]
              },
              "Question": {
                "type": "object",
                "description": "One question of a survey. `required` and `options` must be sent even when false or empty.",
                "properties": {
                  "key": {
                    "type": "string",
                    "description": "A key stable across versions, used by answers, imports and reports.",
                    "pattern": "^[a-z0-9_]{1,40}$",
                    "examples": [
                      "nps"
                    ]
                  },
                  "type": {
                    "$ref": "#/components/schemas/QuestionType"
                  },
                  "text": {
                    "$ref": "#/components/schemas/LocalizedText",
                    "description": "The question in every survey language (at most 1000 characters each)."
                  },
                  "required": {
                    "type": "boolean",
                    "description": "Whether every response must answer it."
                  },
                  "options": {
                    "type": "array",
                    "description": "Choice options: at least two for choice questions, [] for the others.",
                    "items": {
                      "$ref": "#/components/schemas/ChoiceOption"
                    }
                  },
                  "nkiItem": {
                    "type": "string",
                    "description": "For nki questions (required there): which of the three items this is.",
                    "enum": [
                      "overall",
                      "expectations",
                      "ideal"
                    ]
                  },
                  "scaleMin": {
                    "type": "integer",
                    "description": "For rating questions: the lowest point (default 1). Must be absent for types with a fixed scale."
                  },
                  "scaleMax": {
                    "type": "integer",
                    "description": "For rating questions: the highest point (default 5), at most 100 steps above scaleMin."
                  },
                  "description": {
                    "$ref": "#/components/schemas/LocalizedText",
                    "description": "A hint below the question text (at most 1000 characters each)."
                  },
                  "lowLabel": {
                    "$ref": "#/components/schemas/LocalizedText",
                    "description": "For scale questions: what the lowest point means; cxm's own labels otherwise."
                  },
                  "highLabel": {
                    "$ref": "#/components/schemas/LocalizedText",
                    "description": "For scale questions: what the highest point means."
                  },
                  "showIf": {
                    "$ref": "#/components/schemas/DisplayCondition"
                  }
                },
                "required": [
                  "key",
                  "type",
                  "text",
                  "required",
                  "options"
                ]
              },
              "Survey": {
                "type": "object",
                "description": "A versioned survey definition.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "version": {
                    "type": "integer",
                    "description": "Each change of the definition makes a new version; responses name the version they answered.",
                    "minimum": 1
                  },
                  "touchpointIDs": {
                    "type": "array",
                    "description": "The touchpoints the survey measures.",
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "minItems": 1
                  },
                  "languages": {
                    "type": "array",
                    "description": "The languages the survey is offered in.",
                    "items": {
                      "$ref": "#/components/schemas/Language"
                    },
                    "minItems": 1
                  },
                  "questions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Question"
                    },
                    "minItems": 1,
                    "maxItems": 200
                  },
                  "presentation": {
                    "$ref": "#/components/schemas/SurveyPresentation"
                  }
                },
                "required": [
                  "id",
                  "name",
                  "version",
                  "touchpointIDs",
                  "languages",
                  "questions"
                ]
              },
              "SurveyInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1-200 characters.",
                    "maxLength": 200
                  },
                  "touchpointIDs": {
                    "type": "array",
                    "description": "At least one existing touchpoint the survey measures.",
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "minItems": 1
                  },
                  "languages": {
                    "type": "array",
                    "description": "At least one language; every question text and option label must be given in each.",
                    "items": {
                      "$ref": "#/components/schemas/Language"
                    },
                    "minItems": 1
                  },
                  "questions": {
                    "type": "array",
                    "description": "1-200 questions with unique keys; each NKI item at most once.",
                    "items": {
                      "$ref": "#/components/schemas/Question"
                    },
                    "minItems": 1,
                    "maxItems": 200
                  },
                  "presentation": {
                    "$ref": "#/components/schemas/SurveyPresentation",
                    "description": "Left out on update: the stored presentation stays."
                  }
                },
                "required": [
                  "name",
                  "touchpointIDs",
                  "languages",
                  "questions"
                ]
              },
              "AnswerValue": {
                "description": "An answer's value; which shape is valid depends on the question type: a whole number for score questions (nps, csat, ces, nki, rating), an option key for single_choice, an array of distinct option keys for multiple_choice, a string of at most 10,000 characters for open_text.",
                "oneOf": [
                  {
                    "type": "integer",
                    "description": "A point on the question's scale."
                  },
                  {
                    "type": "string",
                    "description": "An option key, or free text."
                  },
                  {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "The keys of the chosen options."
                  }
                ]
              },
              "Answer": {
                "type": "object",
                "description": "The answer to one question.",
                "properties": {
                  "question": {
                    "type": "string",
                    "description": "The question's key."
                  },
                  "value": {
                    "$ref": "#/components/schemas/AnswerValue"
                  }
                },
                "required": [
                  "question",
                  "value"
                ]
              },
              "ResponseSubmission": {
                "type": "object",
                "description": "A response as a client sends it: references by id, optional where cxm can derive them. Answers are checked against the survey version.",
                "properties": {
                  "surveyID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The survey answered."
                  },
                  "surveyVersion": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "The version answered; defaults to the survey's current version.",
                    "minimum": 1
                  },
                  "touchpointID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id",
                        "description": "Defaults to the survey's touchpoint when it measures exactly one; required otherwise."
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "unitID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id",
                        "description": "Defaults to the touchpoint's owning unit."
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "channelID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id",
                        "description": "Defaults to the touchpoint's channel."
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "customerID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id",
                        "description": "The customer who answered; omit for anonymous answers."
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "customer": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "A customer identifier such as `crm:123`, as an alternative to customerID."
                  },
                  "language": {
                    "$ref": "#/components/schemas/Language",
                    "description": "The language answered in; must be one of the survey's languages."
                  },
                  "submittedAt": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time",
                    "description": "When the customer answered; defaults to the time of receipt. May not lie more than 5 minutes in the future."
                  },
                  "answers": {
                    "type": "array",
                    "description": "At most one answer per question; every required question must be answered.",
                    "items": {
                      "$ref": "#/components/schemas/Answer"
                    }
                  },
                  "idempotencyKey": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "A key the client chooses (1-200 characters) so that a retried submission is stored once. Keys are unique across the workspace.",
                    "minLength": 1,
                    "maxLength": 200
                  }
                },
                "required": [
                  "surveyID",
                  "language",
                  "answers"
                ],
                "examples": [
                  {
                    "surveyID": "survey-after-install",
                    "touchpointID": "tp-installation-visit",
                    "customer": "crm:100234",
                    "language": "sv",
                    "submittedAt": "2026-03-01T09:30:00Z",
                    "answers": [
                      {
                        "question": "nps",
                        "value": 9
                      },
                      {
                        "question": "reason",
                        "value": "Teknikern var punktlig och trevlig."
                      },
                      {
                        "question": "topics",
                        "value": [
                          "punctuality",
                          "friendliness"
                        ]
                      }
                    ],
                    "idempotencyKey": "crm-survey-88412"
                  }
                ]
              },
              "SurveyResponse": {
                "type": "object",
                "description": "One customer's answers to one version of a survey, at a touchpoint, in a unit and channel.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "surveyID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "surveyVersion": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "touchpointID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "unitID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "channelID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "customerID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "Absent for anonymous answers and for customers who were erased."
                  },
                  "language": {
                    "$ref": "#/components/schemas/Language"
                  },
                  "submittedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "answers": {
                    "type": "array",
                    "description": "Normalised: single_choice answers are option keys, multiple_choice answers arrays of keys.",
                    "items": {
                      "$ref": "#/components/schemas/Answer"
                    }
                  },
                  "idempotencyKey": {
                    "type": "string"
                  }
                },
                "required": [
                  "id",
                  "surveyID",
                  "surveyVersion",
                  "touchpointID",
                  "unitID",
                  "channelID",
                  "language",
                  "submittedAt",
                  "answers"
                ]
              },
              "SubmissionResult": {
                "type": "object",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The id of the stored response, or of the one stored earlier with the same idempotency key."
                  },
                  "duplicate": {
                    "type": "boolean",
                    "description": "True when the idempotency key was seen before and nothing new was stored."
                  }
                },
                "required": [
                  "id",
                  "duplicate"
                ]
              },
              "BatchInput": {
                "type": "object",
                "description": "Many responses in one request, stored in one transaction.",
                "properties": {
                  "responses": {
                    "type": "array",
                    "description": "At most 10,000 submissions.",
                    "items": {
                      "$ref": "#/components/schemas/ResponseSubmission"
                    },
                    "maxItems": 10000
                  }
                },
                "required": [
                  "responses"
                ]
              },
              "BatchItemResult": {
                "type": "object",
                "properties": {
                  "index": {
                    "type": "integer",
                    "description": "The submission's position in the request, from 0.",
                    "minimum": 0
                  },
                  "status": {
                    "type": "string",
                    "description": "stored: stored now; duplicate: its idempotency key was seen before (or earlier in this batch); rejected: not stored.",
                    "enum": [
                      "stored",
                      "duplicate",
                      "rejected"
                    ]
                  },
                  "id": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The stored response (or, for a duplicate, the first one); absent when rejected."
                  },
                  "errors": {
                    "type": "array",
                    "description": "Why the submission was rejected; present only when rejected.",
                    "items": {
                      "$ref": "#/components/schemas/FieldError"
                    }
                  }
                },
                "required": [
                  "index",
                  "status"
                ]
              },
              "BatchResult": {
                "type": "object",
                "properties": {
                  "stored": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "duplicates": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "rejected": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "results": {
                    "type": "array",
                    "description": "One result per submission, in request order.",
                    "items": {
                      "$ref": "#/components/schemas/BatchItemResult"
                    }
                  }
                },
                "required": [
                  "stored",
                  "duplicates",
                  "rejected",
                  "results"
                ]
              },
              "Metric": {
                "type": "string",
                "description": "A figure cxm reports about answers. nps: Net Promoter Score in points, -100..100; csat: the share of satisfied answers (4-5 on 1-5) in percent; ces: the mean customer effort on 1-7 (7 = very easy); nki: the satisfaction index (NKI/CSI) 0-100 from its three 1-10 items; rating: the mean of one rating question, named by `question`.",
                "enum": [
                  "nps",
                  "csat",
                  "ces",
                  "nki",
                  "rating"
                ]
              },
              "MetricGrouping": {
                "type": "string",
                "description": "What a metric can be broken down by: a period (day, week, month, quarter or year, in the workspace time zone; weeks are ISO weeks) or a journey, stage, touchpoint, unit (with its subtree), channel, language, segment, survey or question key.",
                "enum": [
                  "day",
                  "week",
                  "month",
                  "quarter",
                  "year",
                  "journey",
                  "stage",
                  "touchpoint",
                  "unit",
                  "channel",
                  "language",
                  "segment",
                  "survey",
                  "question"
                ]
              },
              "ComparisonMode": {
                "type": "string",
                "description": "What each group is compared with. none: nothing; previous: in a time series each period with the period before, otherwise the range with the equally long range before `from`; year: the same period or range a year earlier (a week with the same week 52 weeks earlier); rest: each group with all the other answers together (in the same period when grouped by time), which needs a grouping other than time.",
                "enum": [
                  "none",
                  "previous",
                  "year",
                  "rest"
                ]
              },
              "Correction": {
                "type": "string",
                "description": "The correction of the groups' p-values for being tested together: none (raw p-values), holm (Holm's step-down, family-wise error) or bh (Benjamini-Hochberg, false discovery rate).",
                "enum": [
                  "none",
                  "holm",
                  "bh"
                ]
              },
              "Interval": {
                "type": "object",
                "description": "A two-sided confidence interval at `options.confidence`, in the unit of the value it surrounds.",
                "properties": {
                  "low": {
                    "type": "number",
                    "description": "The lower bound."
                  },
                  "high": {
                    "type": "number",
                    "description": "The upper bound."
                  }
                },
                "required": [
                  "low",
                  "high"
                ]
              },
              "MetricOptions": {
                "type": "object",
                "description": "The thresholds and methods a result was computed with: the query's confidence, lowSample, minimum, correction and margin, defaults filled in.",
                "properties": {
                  "confidence": {
                    "type": "number",
                    "description": "The confidence level of the intervals, 0.5-0.999; comparisons are significant below 1 - confidence.",
                    "minimum": 0.5,
                    "maximum": 0.999,
                    "examples": [
                      0.95
                    ]
                  },
                  "lowSample": {
                    "type": "integer",
                    "description": "Figures from fewer answers are flagged `lowSample` (the `lowSample` parameter; default 30)."
                  },
                  "minimumSample": {
                    "type": "integer",
                    "description": "Groups with fewer answers are left out (the `minimum` parameter; default 5).",
                    "minimum": 1
                  },
                  "correction": {
                    "$ref": "#/components/schemas/Correction"
                  },
                  "targetMargin": {
                    "type": "number",
                    "description": "The margin `neededForMargin` is computed for, in the metric's unit (the `margin` parameter); absent when none was asked for."
                  },
                  "nkiWeights": {
                    "type": "string",
                    "enum": [
                      "equal",
                      "estimated"
                    ],
                    "description": "How NKI items were asked to be weighted (the `weights` parameter); `weights` in the result says what was used."
                  }
                },
                "required": [
                  "confidence",
                  "lowSample",
                  "minimumSample",
                  "correction",
                  "nkiWeights"
                ]
              },
              "ScoreCount": {
                "type": "object",
                "description": "How many answers gave one score.",
                "properties": {
                  "score": {
                    "type": "integer",
                    "description": "A score on the question's scale."
                  },
                  "count": {
                    "type": "integer",
                    "minimum": 0
                  }
                },
                "required": [
                  "score",
                  "count"
                ]
              },
              "NKIItemScore": {
                "type": "object",
                "description": "One NKI item's score: (mean - 1) / 9 x 100 of its 1-10 answers.",
                "properties": {
                  "item": {
                    "type": "string",
                    "description": "overall: overall satisfaction; expectations: expectations fulfilled; ideal: closeness to the ideal.",
                    "enum": [
                      "overall",
                      "expectations",
                      "ideal"
                    ]
                  },
                  "score": {
                    "type": "number",
                    "description": "0-100.",
                    "minimum": 0,
                    "maximum": 100
                  },
                  "n": {
                    "type": "integer",
                    "description": "Answers to the item.",
                    "minimum": 1
                  }
                },
                "required": [
                  "item",
                  "score",
                  "n"
                ]
              },
              "NKIWeights": {
                "type": "object",
                "description": "The item weights an NKI index was computed with.",
                "properties": {
                  "method": {
                    "type": "string",
                    "description": "`equal`: each item weighs a third; `pls-centroid`: fitted by PLS (weights=estimated).",
                    "examples": [
                      "equal"
                    ]
                  },
                  "note": {
                    "type": "string",
                    "description": "How the weights were fitted, or why equal weights were used instead of estimated ones."
                  },
                  "overall": {
                    "type": "number"
                  },
                  "expectations": {
                    "type": "number"
                  },
                  "ideal": {
                    "type": "number"
                  }
                },
                "required": [
                  "method",
                  "overall",
                  "expectations",
                  "ideal"
                ],
                "examples": [
                  {
                    "expectations": 0.3333333333333333,
                    "ideal": 0.3333333333333333,
                    "method": "equal",
                    "overall": 0.3333333333333333
                  }
                ]
              },
              "MetricDetails": {
                "type": "object",
                "description": "The parts behind a figure; which are present depends on the metric.",
                "properties": {
                  "promoters": {
                    "type": "integer",
                    "description": "nps: answers of 9-10.",
                    "minimum": 0
                  },
                  "passives": {
                    "type": "integer",
                    "description": "nps: answers of 7-8.",
                    "minimum": 0
                  },
                  "detractors": {
                    "type": "integer",
                    "description": "nps: answers of 0-6.",
                    "minimum": 0
                  },
                  "mean": {
                    "type": "number",
                    "description": "nps, csat, ces and rating: the mean score on the question's scale."
                  },
                  "meanInterval": {
                    "allOf": [
                      {
                        "$ref": "#/components/schemas/Interval"
                      }
                    ],
                    "description": "csat, ces and rating: the Student t interval of the mean; absent below 2 answers."
                  },
                  "share": {
                    "type": "number",
                    "description": "In percent: csat the satisfied (4-5), ces the easy (5-7), rating the top box (the scale's highest score; absent when the scale goes above 10).",
                    "minimum": 0,
                    "maximum": 100
                  },
                  "shareInterval": {
                    "allOf": [
                      {
                        "$ref": "#/components/schemas/Interval"
                      }
                    ],
                    "description": "The Wilson interval of `share`, in percent."
                  },
                  "distribution": {
                    "type": "array",
                    "description": "Answers per score over the whole scale, zeros included: 0-10 for nps, 1-5 csat, 1-7 ces, the question's scale for rating; empty for nki and for scales outside 0-10.",
                    "items": {
                      "$ref": "#/components/schemas/ScoreCount"
                    }
                  },
                  "items": {
                    "type": "array",
                    "description": "nki: each item's score; empty for the other metrics.",
                    "items": {
                      "$ref": "#/components/schemas/NKIItemScore"
                    }
                  }
                },
                "required": [
                  "distribution",
                  "items"
                ]
              },
              "MetricFigure": {
                "type": "object",
                "description": "A metric's value over some answers with its sample size and precision. nps: the score in points with the adjusted-Wald interval (n + 3, promoters and detractors + 3/4 each); csat: the share of answers of 4-5 in percent with the Wilson interval in percent; ces and rating: the mean with the Student t interval; nki: the mean of the equal-weight index 0-100 per respondent who answered all three items, with the Student t interval.",
                "properties": {
                  "value": {
                    "type": "number",
                    "description": "The metric's value: NPS points, CSAT percent, the CES or rating mean, or the NKI index."
                  },
                  "n": {
                    "type": "integer",
                    "description": "Answers counted (the denominator); for nki, respondents who answered all three items.",
                    "minimum": 1
                  },
                  "skipped": {
                    "type": "integer",
                    "description": "Responses that were asked the question but left it out (for nki: did not answer all three items).",
                    "minimum": 0
                  },
                  "interval": {
                    "allOf": [
                      {
                        "$ref": "#/components/schemas/Interval"
                      }
                    ],
                    "description": "The confidence interval of `value`; for nps clamped to -100..100. Absent for a mean of fewer than 2 answers."
                  },
                  "margin": {
                    "type": "number",
                    "description": "Half the interval's width, in the metric's unit (for nps before clamping); absent with the interval."
                  },
                  "lowSample": {
                    "type": "boolean",
                    "description": "True when n is below `options.lowSample`: shown, but uncertain."
                  },
                  "neededForMargin": {
                    "type": "integer",
                    "description": "Answers needed for `options.targetMargin` at the observed spread; present only when a margin was asked for (and, for means, n is at least 2)."
                  },
                  "details": {
                    "$ref": "#/components/schemas/MetricDetails"
                  }
                },
                "required": [
                  "value",
                  "n",
                  "skipped",
                  "lowSample",
                  "details"
                ]
              },
              "GroupValue": {
                "type": "object",
                "description": "A group's value in one grouping.",
                "properties": {
                  "grouping": {
                    "$ref": "#/components/schemas/MetricGrouping"
                  },
                  "id": {
                    "type": "string",
                    "description": "The id of the journey, stage, touchpoint, unit, channel, survey or segment; the language code; the question key; or the period: 2026-03-01 (day), 2026-W09 (ISO week), 2026-03 (month), 2026-Q1 (quarter), 2026 (year). Empty for answers without a value in the grouping.",
                    "examples": [
                      "unit-se-store-kista-galleria",
                      "2026-W09"
                    ]
                  },
                  "label": {
                    "type": "string",
                    "description": "The name to show: the entity's name, else the id."
                  },
                  "parentID": {
                    "type": "string",
                    "description": "For units: the parent unit; absent for a root."
                  },
                  "depth": {
                    "type": "integer",
                    "description": "For units: the depth in the tree, 0 for a root.",
                    "minimum": 0
                  }
                },
                "required": [
                  "grouping",
                  "id",
                  "label"
                ]
              },
              "ComparisonResult": {
                "type": "object",
                "description": "A figure tested against its baseline, two-sided: nps by a z test on the Wald variances, csat by the pooled two-proportion z test, ces, rating and nki by Welch's t test.",
                "properties": {
                  "difference": {
                    "type": "number",
                    "description": "figure.value - baseline.value, in the metric's unit (NPS points, percentage points, scale points, index points)."
                  },
                  "statistic": {
                    "type": "number",
                    "description": "The z or t statistic."
                  },
                  "pValue": {
                    "type": "number",
                    "description": "The p-value of this test alone.",
                    "minimum": 0,
                    "maximum": 1
                  },
                  "adjustedPValue": {
                    "type": "number",
                    "description": "The p-value after `options.correction` (Holm or Benjamini-Hochberg) over the comparisons of all the result's groups; the total's is not adjusted and equals pValue.",
                    "minimum": 0,
                    "maximum": 1
                  },
                  "significant": {
                    "type": "boolean",
                    "description": "adjustedPValue < 1 - options.confidence."
                  },
                  "direction": {
                    "type": "string",
                    "description": "up or down when significant (by the sign of the difference), else unchanged.",
                    "enum": [
                      "up",
                      "down",
                      "unchanged"
                    ]
                  },
                  "test": {
                    "type": "string",
                    "description": "nps-z, two-proportion-z or welch-t.",
                    "enum": [
                      "nps-z",
                      "two-proportion-z",
                      "welch-t"
                    ]
                  }
                },
                "required": [
                  "difference",
                  "statistic",
                  "pValue",
                  "adjustedPValue",
                  "significant",
                  "direction",
                  "test"
                ]
              },
              "MetricGroup": {
                "type": "object",
                "description": "One row of a result: its place in each grouping, its figure and, with a comparison, its baseline and test.",
                "properties": {
                  "key": {
                    "type": "array",
                    "description": "One value per grouping, in the order of `groupBy`; empty for the total.",
                    "items": {
                      "$ref": "#/components/schemas/GroupValue"
                    }
                  },
                  "figure": {
                    "$ref": "#/components/schemas/MetricFigure"
                  },
                  "baseline": {
                    "allOf": [
                      {
                        "$ref": "#/components/schemas/MetricFigure"
                      }
                    ],
                    "description": "The figure compared with (see ComparisonMode); absent without a comparison, when the baseline has no answers, or (for groups) when it has fewer than `options.minimumSample`."
                  },
                  "baselineAnswers": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Answers in the baseline whatever the minimum: 0 when the baseline period or group had none; absent when nothing is compared. Tells 'no answers before' from 'too few to show'."
                  },
                  "comparison": {
                    "allOf": [
                      {
                        "$ref": "#/components/schemas/ComparisonResult"
                      }
                    ],
                    "description": "The test against the baseline; absent without a baseline or when the test is undefined (for example when neither side varies)."
                  }
                },
                "required": [
                  "key",
                  "figure"
                ]
              },
              "MetricResult": {
                "type": "object",
                "description": "The answer to a metric query: the figure over every answer selected, one figure per group, and the query as understood. Keys are sorted; optional members are absent, never null.",
                "properties": {
                  "metric": {
                    "$ref": "#/components/schemas/Metric"
                  },
                  "question": {
                    "type": "string",
                    "description": "The question key the query named; absent when none was named."
                  },
                  "from": {
                    "type": "string",
                    "format": "date",
                    "description": "The first day, included (YYYY-MM-DD, workspace time zone)."
                  },
                  "to": {
                    "type": "string",
                    "format": "date",
                    "description": "The last day, included."
                  },
                  "groupBy": {
                    "type": "array",
                    "description": "The groupings, in the order asked; empty without `by`.",
                    "items": {
                      "$ref": "#/components/schemas/MetricGrouping"
                    }
                  },
                  "compare": {
                    "$ref": "#/components/schemas/ComparisonMode"
                  },
                  "options": {
                    "$ref": "#/components/schemas/MetricOptions"
                  },
                  "empty": {
                    "type": "boolean",
                    "description": "True when no answer matched: `total` is then absent and `groups` empty, an explicit empty result rather than a zero."
                  },
                  "totalSuppressed": {
                    "type": "boolean",
                    "description": "True when answers matched but fewer than `options.minimumSample`: `total` is then absent and `groups` empty, so that no one's answers can be singled out."
                  },
                  "total": {
                    "allOf": [
                      {
                        "$ref": "#/components/schemas/MetricGroup"
                      }
                    ],
                    "description": "The figure over every answer selected, each counted once however the groups overlap; with compare=previous or year compared (uncorrected) with the range before or a year earlier, with rest not compared. Absent when `empty` or `totalSuppressed`."
                  },
                  "groups": {
                    "type": "array",
                    "description": "One per group with at least `options.minimumSample` answers, in the workspace's order (journeys, stages and touchpoints by position, units as in the tree, other values by label, which for periods is time order). Without `by` the list is empty: `total` is the whole answer. Groups with fewer answers are left out and counted in `suppressedGroups`.",
                    "items": {
                      "$ref": "#/components/schemas/MetricGroup"
                    }
                  },
                  "suppressedGroups": {
                    "type": "integer",
                    "description": "Groups left out because they had fewer answers than `options.minimumSample`, or because the groups left out held fewer than that together, so that the total minus the groups shown would give them away (the smallest groups are then left out too).",
                    "minimum": 0
                  },
                  "weights": {
                    "allOf": [
                      {
                        "$ref": "#/components/schemas/NKIWeights"
                      }
                    ],
                    "description": "nki only: the item weights used."
                  }
                },
                "required": [
                  "metric",
                  "from",
                  "to",
                  "groupBy",
                  "compare",
                  "options",
                  "empty",
                  "groups",
                  "suppressedGroups",
                  "totalSuppressed"
                ]
              },
              "User": {
                "type": "object",
                "description": "A person who signs in to cxm.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "email": {
                    "type": "string",
                    "description": "Lowercased; unique.",
                    "format": "email"
                  },
                  "displayName": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  },
                  "unitID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The unit the person belongs to; team leads and frontline staff see by it."
                  },
                  "language": {
                    "$ref": "#/components/schemas/Language",
                    "description": "The interface language; absent follows the browser."
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "lastLoginAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "disabled": {
                    "type": "boolean",
                    "description": "A disabled user cannot sign in."
                  }
                },
                "required": [
                  "id",
                  "email",
                  "displayName",
                  "role",
                  "createdAt",
                  "disabled"
                ]
              },
              "UserInput": {
                "type": "object",
                "properties": {
                  "email": {
                    "type": "string",
                    "description": "On replace it must equal the user's current email: an email cannot be changed.",
                    "format": "email"
                  },
                  "displayName": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "At most 200 characters. Omitted: empty on create, unchanged on replace.",
                    "maxLength": 200
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  },
                  "unitID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id",
                        "description": "Required for the roles team_lead and frontline. Omitted clears it on replace."
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "language": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Language",
                        "description": "Omitted clears it on replace (the browser's language is used)."
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "password": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Only on create: 12 characters to 72 bytes. Omitted: cxm generates one and returns it once. Ignored on replace.",
                    "minLength": 12,
                    "format": "password"
                  },
                  "disabled": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "Omitted: false on create, unchanged on replace."
                  }
                },
                "required": [
                  "email",
                  "role"
                ]
              },
              "CreatedUser": {
                "type": "object",
                "properties": {
                  "user": {
                    "$ref": "#/components/schemas/User"
                  },
                  "generatedPassword": {
                    "type": "string",
                    "description": "Present only when cxm generated the password; shown this once."
                  }
                },
                "required": [
                  "user"
                ]
              },
              "APIToken": {
                "type": "object",
                "description": "An API token for an integration. cxm stores only a hash of its secret.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 100
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  },
                  "unitID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The unit that limits what team_lead and frontline tokens see."
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "createdBy": {
                    "type": "string",
                    "description": "The name of the user or token that created it."
                  },
                  "lastUsedAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "Updated at most once a minute."
                  },
                  "revoked": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "id",
                  "name",
                  "role",
                  "createdAt",
                  "createdBy",
                  "revoked"
                ]
              },
              "TokenInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1-100 characters.",
                    "maxLength": 100
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  },
                  "unitID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id",
                        "description": "Required for the roles team_lead and frontline; must be an existing unit."
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                },
                "required": [
                  "name",
                  "role"
                ]
              },
              "CreatedToken": {
                "type": "object",
                "properties": {
                  "token": {
                    "$ref": "#/components/schemas/APIToken"
                  },
                  "secret": {
                    "type": "string",
                    "description": "The token to send as `Authorization: Bearer <secret>`; shown this once.",
                    "pattern": "^cxm_",
                    "examples": [
                      "cxm_Q2hhbmdlIG1lIHRvIGEgcmVhbCB0b2tlbiBwbGVhc2U"
                    ]
                  }
                },
                "required": [
                  "token",
                  "secret"
                ]
              },
              "Me": {
                "type": "object",
                "description": "Who the caller is.",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "The user's email, or `token:<name>` for an API token."
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "user",
                      "token"
                    ]
                  },
                  "visibleUnits": {
                    "type": "array",
                    "description": "The units the caller may see, sorted; absent when the caller sees every unit.",
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    }
                  }
                },
                "required": [
                  "name",
                  "role",
                  "kind"
                ]
              },
              "AuditEntry": {
                "type": "object",
                "description": "A record of one change: who did what to which entity, and when.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "actorID": {
                    "type": "string",
                    "description": "The user or token id; `cli` for the command line, `system` for cxm itself."
                  },
                  "actorName": {
                    "type": "string"
                  },
                  "action": {
                    "type": "string",
                    "description": "create, update, delete, erase, revoke, login, import, ...",
                    "examples": [
                      "update"
                    ]
                  },
                  "entityType": {
                    "type": "string",
                    "description": "journey, stage, touchpoint, survey, customer, segment, unit, channel, user, api_token, ...",
                    "examples": [
                      "survey"
                    ]
                  },
                  "entityID": {
                    "type": "string"
                  },
                  "summary": {
                    "type": "string",
                    "description": "A short human summary; never holds secrets."
                  }
                },
                "required": [
                  "id",
                  "at",
                  "actorID",
                  "actorName",
                  "action",
                  "entityType",
                  "entityID",
                  "summary"
                ]
              },
              "PersonalData": {
                "type": "object",
                "description": "Everything cxm holds about one person (GDPR articles 15 and 20).",
                "properties": {
                  "exportedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "customer": {
                    "$ref": "#/components/schemas/Customer"
                  },
                  "segments": {
                    "type": "array",
                    "description": "The saved segments the person belongs to now.",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "$ref": "#/components/schemas/Id"
                        },
                        "name": {
                          "type": "string"
                        }
                      },
                      "required": [
                        "id",
                        "name"
                      ]
                    }
                  },
                  "responses": {
                    "type": "array",
                    "description": "Every response that names the person, oldest first, with every answer.",
                    "items": {
                      "$ref": "#/components/schemas/SurveyResponse"
                    }
                  },
                  "invitations": {
                    "type": "array",
                    "description": "Every survey invitation decided for the person, newest first, with why unsent ones were not sent.",
                    "items": {
                      "$ref": "#/components/schemas/Invitation"
                    }
                  },
                  "tickets": {
                    "type": "array",
                    "description": "Support tickets other systems sent about the person, oldest first.",
                    "items": {
                      "$ref": "#/components/schemas/Ticket"
                    }
                  },
                  "churn": {
                    "type": "array",
                    "description": "Churn records of the person, oldest first.",
                    "items": {
                      "$ref": "#/components/schemas/ChurnEvent"
                    }
                  },
                  "orders": {
                    "type": "array",
                    "description": "Orders and other business events of the person, oldest first.",
                    "items": {
                      "$ref": "#/components/schemas/BusinessEvent"
                    }
                  },
                  "incidents": {
                    "type": "array",
                    "description": "Incidents that hit the person, oldest first; each names only this person among those affected.",
                    "items": {
                      "$ref": "#/components/schemas/Incident"
                    }
                  },
                  "siteVisitors": {
                    "type": "array",
                    "description": "The user ids and device ids the company's sites and apps knew the person by.",
                    "items": {
                      "type": "object",
                      "properties": {
                        "sourceID": {
                          "type": "string"
                        },
                        "userID": {
                          "type": "string"
                        },
                        "anonymousID": {
                          "type": "string"
                        },
                        "firstSeenAt": {
                          "type": "string",
                          "format": "date-time"
                        }
                      },
                      "required": [
                        "sourceID",
                        "firstSeenAt"
                      ]
                    }
                  },
                  "siteActivity": {
                    "type": "array",
                    "description": "What the person did on the company's sites and apps, oldest first.",
                    "items": {
                      "$ref": "#/components/schemas/SiteActivity"
                    }
                  },
                  "auditTrail": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AuditEntry"
                    }
                  }
                },
                "required": [
                  "exportedAt",
                  "customer",
                  "segments",
                  "responses",
                  "invitations",
                  "tickets",
                  "churn",
                  "orders",
                  "incidents",
                  "siteVisitors",
                  "siteActivity",
                  "auditTrail"
                ]
              },
              "OrgUnitList": {
                "type": "object",
                "description": "The units the caller may see, wrapped in an object so that fields can be added later.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/OrgUnit"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "ChannelList": {
                "type": "object",
                "description": "All channels, wrapped in an object so that fields can be added later.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Channel"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "JourneySummaryList": {
                "type": "object",
                "description": "All journeys by position, then name, wrapped in an object so that fields can be added later.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/JourneySummary"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "TouchpointList": {
                "type": "object",
                "description": "All touchpoints in journey, stage and touchpoint order, wrapped in an object so that fields can be added later.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Touchpoint"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "SegmentList": {
                "type": "object",
                "description": "All segments, wrapped in an object so that fields can be added later.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Segment"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "SurveyList": {
                "type": "object",
                "description": "All surveys (current versions) by name, wrapped in an object so that fields can be added later.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Survey"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "UserList": {
                "type": "object",
                "description": "All users by email, wrapped in an object so that fields can be added later.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/User"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "APITokenList": {
                "type": "object",
                "description": "All API tokens, newest first, including revoked ones, wrapped in an object so that fields can be added later.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/APIToken"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "CustomerPage": {
                "type": "object",
                "description": "One page of customers by display name, within the caller's units.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Customer"
                    }
                  },
                  "total": {
                    "type": "integer",
                    "description": "How many items match in all.",
                    "minimum": 0
                  },
                  "offset": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000
                  }
                },
                "required": [
                  "items",
                  "total",
                  "offset",
                  "limit"
                ]
              },
              "SurveyResponsePage": {
                "type": "object",
                "description": "One page of responses, newest first, within the caller's units.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SurveyResponse"
                    }
                  },
                  "total": {
                    "type": "integer",
                    "description": "How many items match in all.",
                    "minimum": 0
                  },
                  "offset": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000
                  }
                },
                "required": [
                  "items",
                  "total",
                  "offset",
                  "limit"
                ]
              },
              "AuditEntryPage": {
                "type": "object",
                "description": "One page of the audit log, newest first.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AuditEntry"
                    }
                  },
                  "total": {
                    "type": "integer",
                    "description": "How many items match in all.",
                    "minimum": 0
                  },
                  "offset": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000
                  }
                },
                "required": [
                  "items",
                  "total",
                  "offset",
                  "limit"
                ]
              },
              "DisplayCondition": {
                "type": "object",
                "description": "Shows a question only when an earlier question's answer meets the condition: a score range for scale questions (atLeast, atMost or both), chosen options for choice questions (anyOf). An unanswered or hidden earlier question meets no condition.",
                "properties": {
                  "question": {
                    "type": "string",
                    "description": "The key of an earlier question."
                  },
                  "atLeast": {
                    "type": "integer",
                    "description": "The lowest score that shows the question."
                  },
                  "atMost": {
                    "type": "integer",
                    "description": "The highest score that shows the question (6 asks NPS detractors)."
                  },
                  "anyOf": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Option keys; any of them chosen shows the question."
                  }
                },
                "required": [
                  "question"
                ]
              },
              "ThankYouMessages": {
                "type": "object",
                "description": "Texts after the last page. promoter, passive and detractor follow the survey's first NPS question; standard otherwise; cxm's own thanks when none applies.",
                "properties": {
                  "standard": {
                    "$ref": "#/components/schemas/LocalizedText"
                  },
                  "promoter": {
                    "$ref": "#/components/schemas/LocalizedText"
                  },
                  "passive": {
                    "$ref": "#/components/schemas/LocalizedText"
                  },
                  "detractor": {
                    "$ref": "#/components/schemas/LocalizedText"
                  }
                }
              },
              "SurveyPresentation": {
                "type": "object",
                "description": "How respondents see the survey. Every field may be left out.",
                "properties": {
                  "layout": {
                    "type": "string",
                    "enum": [
                      "all_on_one_page",
                      "one_question_per_screen"
                    ],
                    "description": "all_on_one_page (default) starts a new page where a question depends on an answer on the same page, so that display logic works without JavaScript."
                  },
                  "title": {
                    "$ref": "#/components/schemas/LocalizedText",
                    "description": "The heading respondents see; the survey's name when absent."
                  },
                  "intro": {
                    "$ref": "#/components/schemas/LocalizedText",
                    "description": "A text above the first question."
                  },
                  "thankYou": {
                    "$ref": "#/components/schemas/ThankYouMessages"
                  }
                }
              },
              "SurveyImportReport": {
                "type": "object",
                "description": "What became of every element of the imported file.",
                "properties": {
                  "entries": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "element": {
                          "type": "string",
                          "description": "Where in the file, as the file names it."
                        },
                        "kind": {
                          "type": "string",
                          "enum": [
                            "mapped",
                            "approximated",
                            "not_mapped",
                            "dropped"
                          ]
                        },
                        "language": {
                          "type": "string",
                          "description": "For dropped texts: the language left out."
                        },
                        "detail": {
                          "type": "string"
                        }
                      },
                      "required": [
                        "element",
                        "kind",
                        "detail"
                      ]
                    }
                  }
                }
              },
              "SurveyImportResult": {
                "type": "object",
                "properties": {
                  "dryRun": {
                    "type": "boolean"
                  },
                  "surveys": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string",
                          "description": "Absent on a dry run."
                        },
                        "version": {
                          "type": "integer",
                          "description": "Absent on a dry run."
                        },
                        "name": {
                          "type": "string"
                        },
                        "sourceFormat": {
                          "type": "string",
                          "enum": [
                            "cxm",
                            "limesurvey",
                            "formbricks"
                          ]
                        },
                        "questions": {
                          "type": "integer"
                        },
                        "report": {
                          "$ref": "#/components/schemas/SurveyImportReport"
                        }
                      },
                      "required": [
                        "name",
                        "sourceFormat",
                        "questions",
                        "report"
                      ]
                    }
                  }
                },
                "required": [
                  "dryRun",
                  "surveys"
                ]
              },
              "SurveyLink": {
                "type": "object",
                "description": "A public or kiosk link to a survey. Answers through it are anonymous and count for its touchpoint and unit.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "token": {
                    "type": "string",
                    "description": "The path segment of the link (/s/TOKEN)."
                  },
                  "surveyID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "public",
                      "kiosk"
                    ],
                    "description": "public resumes in the same browser; kiosk starts over for the next customer after each answer."
                  },
                  "touchpointID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "unitID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "Absent: the touchpoint's owner."
                  },
                  "label": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "disabled": {
                    "type": "boolean",
                    "description": "A disabled link shows a closed page and takes no answers."
                  },
                  "url": {
                    "type": "string",
                    "description": "The address respondents open, from the server's public URL."
                  }
                },
                "required": [
                  "id",
                  "token",
                  "surveyID",
                  "kind",
                  "touchpointID",
                  "label",
                  "createdAt",
                  "disabled",
                  "url"
                ]
              },
              "SurveyLinkInput": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "public",
                      "kiosk"
                    ]
                  },
                  "touchpointID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "One of the touchpoints the survey measures."
                  },
                  "unitID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The unit answers count for; the touchpoint's owner when absent."
                  },
                  "label": {
                    "type": "string",
                    "description": "What the link is for, 1-200 characters."
                  }
                },
                "required": [
                  "kind",
                  "touchpointID",
                  "label"
                ]
              },
              "TriggerInput": {
                "type": "object",
                "description": "An interaction after which a customer may be surveyed.",
                "properties": {
                  "touchpointID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "Where the interaction happened."
                  },
                  "surveyID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The survey to send; the one survey measuring the touchpoint when absent (an error when several do)."
                  },
                  "customerID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "customer": {
                    "type": "string",
                    "description": "A customer identifier such as crm:123, instead of customerID."
                  },
                  "eventAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When the interaction happened (default: now); at most 30 days ago, not in the future."
                  },
                  "delayMinutes": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10080,
                    "description": "Minutes to wait after the interaction; the survey's distribution setting when absent."
                  },
                  "language": {
                    "$ref": "#/components/schemas/Language"
                  },
                  "idempotencyKey": {
                    "type": "string",
                    "description": "Makes a retried trigger one invitation (also as the Idempotency-Key header). It also decides the touchpoint's sample, so a retry is sampled alike."
                  }
                },
                "required": [
                  "touchpointID"
                ]
              },
              "Invitation": {
                "type": "object",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "surveyID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "touchpointID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "customerID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "channel": {
                    "type": "string",
                    "enum": [
                      "email"
                    ]
                  },
                  "language": {
                    "$ref": "#/components/schemas/Language"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "scheduled",
                      "suppressed",
                      "sent",
                      "opened",
                      "responded",
                      "bounced",
                      "expired"
                    ]
                  },
                  "reason": {
                    "type": "object",
                    "description": "Why a suppressed invitation was not sent.",
                    "properties": {
                      "code": {
                        "type": "string",
                        "enum": [
                          "no_consent",
                          "opted_out",
                          "no_address",
                          "quarantine",
                          "cooldown",
                          "recontact",
                          "not_sampled"
                        ]
                      },
                      "explanation": {
                        "type": "string"
                      }
                    },
                    "required": [
                      "code",
                      "explanation"
                    ]
                  },
                  "eventAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "sendAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "expiresAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "sentAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "openedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "respondedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "responseID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "remindersSent": {
                    "type": "integer"
                  },
                  "duplicate": {
                    "type": "boolean",
                    "description": "On a trigger: true when an earlier trigger with the same idempotency key made it."
                  }
                },
                "required": [
                  "id",
                  "surveyID",
                  "touchpointID",
                  "customerID",
                  "channel",
                  "language",
                  "status",
                  "eventAt",
                  "sendAt",
                  "expiresAt",
                  "remindersSent"
                ]
              },
              "InvitationFunnel": {
                "type": "object",
                "properties": {
                  "touchpointID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "channel": {
                    "type": "string",
                    "enum": [
                      "email"
                    ]
                  },
                  "requested": {
                    "type": "integer"
                  },
                  "scheduled": {
                    "type": "integer"
                  },
                  "sent": {
                    "type": "integer"
                  },
                  "opened": {
                    "type": "integer"
                  },
                  "responded": {
                    "type": "integer"
                  },
                  "bounced": {
                    "type": "integer"
                  },
                  "expired": {
                    "type": "integer"
                  },
                  "suppressed": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer"
                    },
                    "description": "Not sent, by reason code."
                  },
                  "responseRate": {
                    "type": "number",
                    "description": "Answered among delivered (sent minus bounced); absent before any was delivered."
                  },
                  "responseRateInterval": {
                    "type": "object",
                    "properties": {
                      "low": {
                        "type": "number"
                      },
                      "high": {
                        "type": "number"
                      }
                    },
                    "description": "The Wilson 95 % interval of the response rate."
                  }
                },
                "required": [
                  "touchpointID",
                  "channel",
                  "requested",
                  "scheduled",
                  "suppressed",
                  "sent",
                  "opened",
                  "responded",
                  "bounced",
                  "expired"
                ]
              },
              "DistributionSettings": {
                "type": "object",
                "properties": {
                  "delayMinutes": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10080,
                    "description": "Default 60."
                  },
                  "expiryDays": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 90,
                    "description": "How long the personal link works (default 14)."
                  },
                  "reminders": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 3,
                    "description": "Reminders to non-responders (default 1); the last must come before the link expires."
                  },
                  "reminderSpacingDays": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 30,
                    "description": "Default 3."
                  }
                },
                "required": [
                  "delayMinutes",
                  "expiryDays",
                  "reminders",
                  "reminderSpacingDays"
                ]
              },
              "ContactRules": {
                "type": "object",
                "properties": {
                  "cooldownDays": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 3650,
                    "description": "Days between any two invitations to one person (default 30)."
                  },
                  "quarantineDays": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 3650,
                    "description": "Days after a response without invitations (default 14)."
                  },
                  "recontactDays": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer"
                    },
                    "description": "Per survey id: days between two invitations of that survey to one person."
                  },
                  "samplingPercent": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "number"
                    },
                    "description": "Per touchpoint id: the share of interactions to survey, 0-100."
                  }
                },
                "required": [
                  "cooldownDays",
                  "quarantineDays",
                  "recontactDays",
                  "samplingPercent"
                ]
              },
              "WorkspaceColours": {
                "type": "object",
                "description": "The colours as a client sets them; null or absent for cxm's own.",
                "properties": {
                  "accentColour": {
                    "anyOf": [
                      {
                        "type": "string",
                        "pattern": "^#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$",
                        "description": "Buttons, chosen answers and links: #rrggbb or #rgb. White text must reach 4.5:1 on it.",
                        "examples": [
                          "#123a5e"
                        ]
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "backgroundColour": {
                    "anyOf": [
                      {
                        "type": "string",
                        "pattern": "^#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$",
                        "description": "Around the survey on wide screens and behind the language links: #rrggbb or #rgb.",
                        "examples": [
                          "#123a5e"
                        ]
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                }
              },
              "WorkspaceBranding": {
                "type": "object",
                "description": "The look of the pages customers see.",
                "required": [
                  "accentColour",
                  "backgroundColour",
                  "logo",
                  "logoURL",
                  "effectiveAccentColour",
                  "effectiveBackgroundColour"
                ],
                "properties": {
                  "accentColour": {
                    "anyOf": [
                      {
                        "type": "string",
                        "pattern": "^#[0-9a-f]{6}$"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "The workspace's accent colour; null for cxm's own."
                  },
                  "backgroundColour": {
                    "anyOf": [
                      {
                        "type": "string",
                        "pattern": "^#[0-9a-f]{6}$"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "The workspace's background colour; null for cxm's own."
                  },
                  "logo": {
                    "anyOf": [
                      {
                        "type": "object",
                        "required": [
                          "mediaType",
                          "bytes",
                          "version"
                        ],
                        "properties": {
                          "mediaType": {
                            "type": "string",
                            "enum": [
                              "image/png",
                              "image/jpeg",
                              "image/webp"
                            ]
                          },
                          "bytes": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 204800
                          },
                          "version": {
                            "type": "string",
                            "description": "Changes with the image; part of logoURL."
                          }
                        }
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "logoURL": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "Where the logo is served (public, cached for good); null without a logo."
                  },
                  "effectiveAccentColour": {
                    "type": "string",
                    "pattern": "^#[0-9a-f]{6}$"
                  },
                  "effectiveBackgroundColour": {
                    "type": "string",
                    "pattern": "^#[0-9a-f]{6}$"
                  }
                }
              },
              "CaseStatus": {
                "type": "string",
                "enum": [
                  "new",
                  "contacted",
                  "in_progress",
                  "waiting_for_customer",
                  "resolved",
                  "closed"
                ]
              },
              "CasePriority": {
                "type": "string",
                "enum": [
                  "low",
                  "normal",
                  "high",
                  "urgent"
                ]
              },
              "Case": {
                "type": "object",
                "description": "A piece of follow-up work with one customer, in a unit's queue.",
                "required": [
                  "id",
                  "number",
                  "title",
                  "status",
                  "priority",
                  "source",
                  "unitID",
                  "createdAt",
                  "updatedAt",
                  "escalation",
                  "version"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "number": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "A short number people can say on the phone."
                  },
                  "title": {
                    "type": "string"
                  },
                  "status": {
                    "$ref": "#/components/schemas/CaseStatus"
                  },
                  "priority": {
                    "$ref": "#/components/schemas/CasePriority"
                  },
                  "source": {
                    "type": "string",
                    "enum": [
                      "response",
                      "complaint",
                      "manual"
                    ]
                  },
                  "ruleID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "responseID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "complaintID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "customerID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "surveyID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "touchpointID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "unitID": {
                    "type": "string",
                    "description": "The unit whose queue holds the case."
                  },
                  "assigneeID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "The user working the case."
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updatedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "targets": {
                    "anyOf": [
                      {
                        "type": "object",
                        "required": [
                          "firstContact",
                          "resolution"
                        ],
                        "properties": {
                          "firstContact": {
                            "type": "object",
                            "required": [
                              "warnAt",
                              "due",
                              "escalateAt"
                            ],
                            "properties": {
                              "warnAt": {
                                "type": "string",
                                "format": "date-time"
                              },
                              "due": {
                                "type": "string",
                                "format": "date-time"
                              },
                              "escalateAt": {
                                "type": "string",
                                "format": "date-time"
                              }
                            }
                          },
                          "resolution": {
                            "type": "object",
                            "required": [
                              "warnAt",
                              "due",
                              "escalateAt"
                            ],
                            "properties": {
                              "warnAt": {
                                "type": "string",
                                "format": "date-time"
                              },
                              "due": {
                                "type": "string",
                                "format": "date-time"
                              },
                              "escalateAt": {
                                "type": "string",
                                "format": "date-time"
                              }
                            }
                          }
                        }
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "Each target's warning time, due time and the time the case moves up if still missed."
                  },
                  "firstContactAt": {
                    "anyOf": [
                      {
                        "type": "string",
                        "format": "date-time"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "resolvedAt": {
                    "anyOf": [
                      {
                        "type": "string",
                        "format": "date-time"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "closedAt": {
                    "anyOf": [
                      {
                        "type": "string",
                        "format": "date-time"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "escalation": {
                    "type": "string",
                    "enum": [
                      "none",
                      "team_lead",
                      "parent_unit"
                    ]
                  },
                  "rootCause": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "rootCauseTouchpointID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "resolutionCode": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Send it back with a change; a change against an older version is refused with 409."
                  }
                }
              },
              "CasePage": {
                "type": "object",
                "description": "One page of cases.",
                "required": [
                  "items",
                  "total",
                  "offset",
                  "limit"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Case"
                    }
                  },
                  "total": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "offset": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000
                  }
                }
              },
              "CaseEvent": {
                "type": "object",
                "description": "One entry of a case's timeline.",
                "required": [
                  "id",
                  "caseID",
                  "at",
                  "actorName",
                  "kind"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "caseID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "actorID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "Null for cxm itself."
                  },
                  "actorName": {
                    "type": "string"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "opened",
                      "status",
                      "assignment",
                      "note",
                      "contact",
                      "escalation",
                      "update",
                      "follow_up"
                    ]
                  },
                  "fromStatus": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/CaseStatus"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "toStatus": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/CaseStatus"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "fromAssigneeID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "toAssigneeID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "fromUnitID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "toUnitID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "text": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "contact": {
                    "anyOf": [
                      {
                        "type": "object",
                        "required": [
                          "channel",
                          "outcome"
                        ],
                        "properties": {
                          "channel": {
                            "type": "string",
                            "enum": [
                              "phone",
                              "email",
                              "sms",
                              "visit",
                              "chat",
                              "letter"
                            ]
                          },
                          "outcome": {
                            "type": "string",
                            "enum": [
                              "reached",
                              "no_answer",
                              "left_message",
                              "wrong_details",
                              "declined"
                            ]
                          }
                        }
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "escalation": {
                    "anyOf": [
                      {
                        "type": "string",
                        "enum": [
                          "none",
                          "team_lead",
                          "parent_unit"
                        ]
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "followUp": {
                    "anyOf": [
                      {
                        "type": "object",
                        "description": "The follow-up survey closing the case made: its invitation and when it goes out, or why it was held back (the contact rules' reasons: consent, unsubscribed, no address). `repeated` when the case was closed before and its survey already made.",
                        "required": [
                          "invitationID",
                          "surveyID",
                          "sendAt",
                          "repeated"
                        ],
                        "properties": {
                          "invitationID": {
                            "$ref": "#/components/schemas/Id"
                          },
                          "surveyID": {
                            "$ref": "#/components/schemas/Id"
                          },
                          "sendAt": {
                            "type": "string",
                            "format": "date-time"
                          },
                          "suppressed": {
                            "type": "object",
                            "description": "The reason, keyed by its kind (noConsent, optedOut, noAddress)."
                          },
                          "repeated": {
                            "type": "boolean"
                          }
                        }
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                }
              },
              "CaseEventList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CaseEvent"
                    }
                  }
                }
              },
              "CaseChange": {
                "type": "object",
                "required": [
                  "case",
                  "events"
                ],
                "properties": {
                  "case": {
                    "$ref": "#/components/schemas/Case"
                  },
                  "events": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CaseEvent"
                    }
                  }
                }
              },
              "CaseOpenInput": {
                "type": "object",
                "required": [
                  "title"
                ],
                "properties": {
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "unitID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "customerID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "responseID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "touchpointID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "priority": {
                    "$ref": "#/components/schemas/CasePriority"
                  },
                  "firstContactHours": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 2080,
                    "description": "Business hours to the first contact (default 8)."
                  },
                  "resolutionHours": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 2080,
                    "description": "Business hours to the resolution (default 40)."
                  },
                  "note": {
                    "type": "string",
                    "maxLength": 10000
                  }
                }
              },
              "CaseTransitionInput": {
                "type": "object",
                "required": [
                  "version",
                  "to"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "The version read."
                  },
                  "to": {
                    "$ref": "#/components/schemas/CaseStatus"
                  },
                  "resolutionCode": {
                    "type": "string",
                    "maxLength": 80
                  },
                  "followUp": {
                    "type": "boolean",
                    "default": true,
                    "description": "On closing a case whose customer was reached: false holds back the follow-up survey (the customer asked not to be contacted again, say)."
                  }
                }
              },
              "CaseAssignmentInput": {
                "type": "object",
                "required": [
                  "version"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "The version read."
                  },
                  "userID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "The person; null or absent: back to the queue."
                  },
                  "unitID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "Another unit's queue."
                  },
                  "reason": {
                    "type": "string",
                    "maxLength": 2000
                  }
                }
              },
              "CaseNoteInput": {
                "type": "object",
                "required": [
                  "text"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Optional: a note only adds."
                  },
                  "text": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 10000
                  }
                }
              },
              "CaseContactInput": {
                "type": "object",
                "required": [
                  "channel",
                  "outcome"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "channel": {
                    "type": "string",
                    "enum": [
                      "phone",
                      "email",
                      "sms",
                      "visit",
                      "chat",
                      "letter"
                    ]
                  },
                  "outcome": {
                    "type": "string",
                    "enum": [
                      "reached",
                      "no_answer",
                      "left_message",
                      "wrong_details",
                      "declined"
                    ]
                  },
                  "note": {
                    "type": "string",
                    "maxLength": 10000
                  }
                }
              },
              "CaseEditInput": {
                "type": "object",
                "required": [
                  "version"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "The version read."
                  },
                  "title": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "priority": {
                    "$ref": "#/components/schemas/CasePriority"
                  },
                  "rootCause": {
                    "type": "string",
                    "maxLength": 80
                  },
                  "rootCauseTouchpointID": {
                    "type": "string"
                  },
                  "resolutionCode": {
                    "type": "string",
                    "maxLength": 80
                  }
                }
              },
              "CaseWorkload": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "open",
                        "overdue"
                      ],
                      "properties": {
                        "assigneeID": {
                          "anyOf": [
                            {
                              "type": "string"
                            },
                            {
                              "type": "null"
                            }
                          ]
                        },
                        "open": {
                          "type": "integer",
                          "minimum": 0
                        },
                        "overdue": {
                          "type": "integer",
                          "minimum": 0
                        }
                      }
                    }
                  }
                }
              },
              "CaseRule": {
                "type": "object",
                "description": "When a response opens a case.",
                "required": [
                  "name",
                  "condition"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "readOnly": true
                  },
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "enabled": {
                    "type": "boolean",
                    "default": true
                  },
                  "surveyID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "touchpointID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "condition": {
                    "type": "object",
                    "description": "One of: {metric, atMost} (a metric such as nps, csat, ces scored at most atMost); {question, atMost}; {question, anyOf} (chosen options); {textMentions, question?} (words or phrases in an open answer; a trailing * matches the start of a word).",
                    "properties": {
                      "metric": {
                        "type": "string",
                        "enum": [
                          "nps",
                          "csat",
                          "ces",
                          "rating",
                          "nki_overall",
                          "nki_expectations",
                          "nki_ideal",
                          "nki_index"
                        ]
                      },
                      "question": {
                        "type": "string"
                      },
                      "atMost": {
                        "type": "integer"
                      },
                      "anyOf": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "minItems": 1
                      },
                      "textMentions": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "minItems": 1,
                        "maxItems": 200
                      }
                    }
                  },
                  "priority": {
                    "$ref": "#/components/schemas/CasePriority"
                  },
                  "firstContactHours": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 2080,
                    "description": "Business hours to the first contact (default 8)."
                  },
                  "resolutionHours": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 2080,
                    "description": "Business hours to the resolution (default 40); not earlier than the first contact."
                  },
                  "routeTo": {
                    "type": "string",
                    "enum": [
                      "touchpoint_owner",
                      "serving_unit"
                    ],
                    "default": "touchpoint_owner",
                    "description": "Whose queue: the touchpoint's owner or the unit the response came from."
                  },
                  "unitID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "A unit whose queue gets the cases instead."
                  },
                  "maxAgeDays": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 3650,
                    "default": 14
                  },
                  "requireCustomer": {
                    "type": "boolean",
                    "default": true,
                    "description": "Anonymous answers open no case under this rule (nobody to call back)."
                  }
                }
              },
              "CaseRuleList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CaseRule"
                    }
                  }
                }
              },
              "BusinessCalendar": {
                "type": "object",
                "description": "Opening hours per ISO weekday (\"1\" Monday … \"7\" Sunday), days off and dates with other hours, in an IANA time zone.",
                "required": [
                  "timeZone",
                  "week"
                ],
                "properties": {
                  "timeZone": {
                    "type": "string",
                    "examples": [
                      "Europe/Stockholm"
                    ]
                  },
                  "week": {
                    "type": "object",
                    "propertyNames": {
                      "enum": [
                        "1",
                        "2",
                        "3",
                        "4",
                        "5",
                        "6",
                        "7"
                      ]
                    },
                    "additionalProperties": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "start",
                          "end"
                        ],
                        "properties": {
                          "start": {
                            "type": "string",
                            "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
                          },
                          "end": {
                            "type": "string",
                            "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
                          }
                        }
                      }
                    }
                  },
                  "daysOff": {
                    "anyOf": [
                      {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "format": "date"
                        }
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "exceptions": {
                    "anyOf": [
                      {
                        "type": "object",
                        "additionalProperties": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "required": [
                              "start",
                              "end"
                            ],
                            "properties": {
                              "start": {
                                "type": "string",
                                "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
                              },
                              "end": {
                                "type": "string",
                                "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
                              }
                            }
                          }
                        }
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                }
              },
              "UnitBusinessHours": {
                "type": "object",
                "required": [
                  "unitID",
                  "inherited",
                  "calendar"
                ],
                "properties": {
                  "unitID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "inherited": {
                    "type": "boolean"
                  },
                  "calendar": {
                    "$ref": "#/components/schemas/BusinessCalendar"
                  }
                }
              },
              "ComplaintInput": {
                "type": "object",
                "required": [
                  "text"
                ],
                "properties": {
                  "text": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 5000,
                    "description": "What happened, in the customer's words."
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "email": {
                    "type": "string",
                    "maxLength": 254
                  },
                  "phone": {
                    "type": "string",
                    "maxLength": 40
                  },
                  "consentToContact": {
                    "type": "boolean",
                    "default": false,
                    "description": "Without it, name, e-mail and phone are not kept."
                  },
                  "touchpointID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "unitID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "customerID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "language": {
                    "$ref": "#/components/schemas/Language"
                  }
                }
              },
              "Complaint": {
                "type": "object",
                "required": [
                  "id",
                  "createdAt",
                  "language",
                  "text",
                  "consentToContact"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "language": {
                    "$ref": "#/components/schemas/Language"
                  },
                  "text": {
                    "type": "string"
                  },
                  "name": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "email": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "phone": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "consentToContact": {
                    "type": "boolean"
                  },
                  "touchpointID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "unitID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "customerID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "caseID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                }
              },
              "ComplaintWithCase": {
                "type": "object",
                "required": [
                  "complaint",
                  "case"
                ],
                "properties": {
                  "complaint": {
                    "$ref": "#/components/schemas/Complaint"
                  },
                  "case": {
                    "$ref": "#/components/schemas/Case"
                  }
                }
              },
              "CaseReport": {
                "type": "object",
                "required": [
                  "from",
                  "to",
                  "total",
                  "groups"
                ],
                "properties": {
                  "from": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "to": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "total": {
                    "type": "object",
                    "required": [
                      "cases",
                      "open",
                      "firstContactInTime",
                      "resolvedInTime",
                      "timeToFirstContact",
                      "timeToResolution",
                      "recoveredToPassive",
                      "recoveredToPromoter",
                      "awaitingAnswer"
                    ],
                    "properties": {
                      "key": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "The unit or touchpoint id; absent for the total."
                      },
                      "cases": {
                        "type": "integer"
                      },
                      "open": {
                        "type": "integer"
                      },
                      "firstContactInTime": {
                        "type": "object",
                        "required": [
                          "successes",
                          "n",
                          "lowSample"
                        ],
                        "properties": {
                          "successes": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "n": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "share": {
                            "type": [
                              "number",
                              "null"
                            ]
                          },
                          "interval": {
                            "anyOf": [
                              {
                                "type": "object",
                                "required": [
                                  "low",
                                  "high"
                                ],
                                "properties": {
                                  "low": {
                                    "type": "number"
                                  },
                                  "high": {
                                    "type": "number"
                                  }
                                }
                              },
                              {
                                "type": "null"
                              }
                            ]
                          },
                          "lowSample": {
                            "type": "boolean"
                          }
                        }
                      },
                      "resolvedInTime": {
                        "type": "object",
                        "required": [
                          "successes",
                          "n",
                          "lowSample"
                        ],
                        "properties": {
                          "successes": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "n": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "share": {
                            "type": [
                              "number",
                              "null"
                            ]
                          },
                          "interval": {
                            "anyOf": [
                              {
                                "type": "object",
                                "required": [
                                  "low",
                                  "high"
                                ],
                                "properties": {
                                  "low": {
                                    "type": "number"
                                  },
                                  "high": {
                                    "type": "number"
                                  }
                                }
                              },
                              {
                                "type": "null"
                              }
                            ]
                          },
                          "lowSample": {
                            "type": "boolean"
                          }
                        }
                      },
                      "timeToFirstContact": {
                        "type": "object",
                        "required": [
                          "n"
                        ],
                        "properties": {
                          "n": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "medianHours": {
                            "type": [
                              "number",
                              "null"
                            ]
                          },
                          "p90Hours": {
                            "type": [
                              "number",
                              "null"
                            ]
                          }
                        }
                      },
                      "timeToResolution": {
                        "type": "object",
                        "required": [
                          "n"
                        ],
                        "properties": {
                          "n": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "medianHours": {
                            "type": [
                              "number",
                              "null"
                            ]
                          },
                          "p90Hours": {
                            "type": [
                              "number",
                              "null"
                            ]
                          }
                        }
                      },
                      "recoveredToPassive": {
                        "type": "object",
                        "required": [
                          "successes",
                          "n",
                          "lowSample"
                        ],
                        "properties": {
                          "successes": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "n": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "share": {
                            "type": [
                              "number",
                              "null"
                            ]
                          },
                          "interval": {
                            "anyOf": [
                              {
                                "type": "object",
                                "required": [
                                  "low",
                                  "high"
                                ],
                                "properties": {
                                  "low": {
                                    "type": "number"
                                  },
                                  "high": {
                                    "type": "number"
                                  }
                                }
                              },
                              {
                                "type": "null"
                              }
                            ]
                          },
                          "lowSample": {
                            "type": "boolean"
                          }
                        }
                      },
                      "recoveredToPromoter": {
                        "type": "object",
                        "required": [
                          "successes",
                          "n",
                          "lowSample"
                        ],
                        "properties": {
                          "successes": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "n": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "share": {
                            "type": [
                              "number",
                              "null"
                            ]
                          },
                          "interval": {
                            "anyOf": [
                              {
                                "type": "object",
                                "required": [
                                  "low",
                                  "high"
                                ],
                                "properties": {
                                  "low": {
                                    "type": "number"
                                  },
                                  "high": {
                                    "type": "number"
                                  }
                                }
                              },
                              {
                                "type": "null"
                              }
                            ]
                          },
                          "lowSample": {
                            "type": "boolean"
                          }
                        }
                      },
                      "awaitingAnswer": {
                        "type": "integer"
                      }
                    }
                  },
                  "groups": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "cases",
                        "open",
                        "firstContactInTime",
                        "resolvedInTime",
                        "timeToFirstContact",
                        "timeToResolution",
                        "recoveredToPassive",
                        "recoveredToPromoter",
                        "awaitingAnswer"
                      ],
                      "properties": {
                        "key": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "The unit or touchpoint id; absent for the total."
                        },
                        "cases": {
                          "type": "integer"
                        },
                        "open": {
                          "type": "integer"
                        },
                        "firstContactInTime": {
                          "type": "object",
                          "required": [
                            "successes",
                            "n",
                            "lowSample"
                          ],
                          "properties": {
                            "successes": {
                              "type": "integer",
                              "minimum": 0
                            },
                            "n": {
                              "type": "integer",
                              "minimum": 0
                            },
                            "share": {
                              "type": [
                                "number",
                                "null"
                              ]
                            },
                            "interval": {
                              "anyOf": [
                                {
                                  "type": "object",
                                  "required": [
                                    "low",
                                    "high"
                                  ],
                                  "properties": {
                                    "low": {
                                      "type": "number"
                                    },
                                    "high": {
                                      "type": "number"
                                    }
                                  }
                                },
                                {
                                  "type": "null"
                                }
                              ]
                            },
                            "lowSample": {
                              "type": "boolean"
                            }
                          }
                        },
                        "resolvedInTime": {
                          "type": "object",
                          "required": [
                            "successes",
                            "n",
                            "lowSample"
                          ],
                          "properties": {
                            "successes": {
                              "type": "integer",
                              "minimum": 0
                            },
                            "n": {
                              "type": "integer",
                              "minimum": 0
                            },
                            "share": {
                              "type": [
                                "number",
                                "null"
                              ]
                            },
                            "interval": {
                              "anyOf": [
                                {
                                  "type": "object",
                                  "required": [
                                    "low",
                                    "high"
                                  ],
                                  "properties": {
                                    "low": {
                                      "type": "number"
                                    },
                                    "high": {
                                      "type": "number"
                                    }
                                  }
                                },
                                {
                                  "type": "null"
                                }
                              ]
                            },
                            "lowSample": {
                              "type": "boolean"
                            }
                          }
                        },
                        "timeToFirstContact": {
                          "type": "object",
                          "required": [
                            "n"
                          ],
                          "properties": {
                            "n": {
                              "type": "integer",
                              "minimum": 0
                            },
                            "medianHours": {
                              "type": [
                                "number",
                                "null"
                              ]
                            },
                            "p90Hours": {
                              "type": [
                                "number",
                                "null"
                              ]
                            }
                          }
                        },
                        "timeToResolution": {
                          "type": "object",
                          "required": [
                            "n"
                          ],
                          "properties": {
                            "n": {
                              "type": "integer",
                              "minimum": 0
                            },
                            "medianHours": {
                              "type": [
                                "number",
                                "null"
                              ]
                            },
                            "p90Hours": {
                              "type": [
                                "number",
                                "null"
                              ]
                            }
                          }
                        },
                        "recoveredToPassive": {
                          "type": "object",
                          "required": [
                            "successes",
                            "n",
                            "lowSample"
                          ],
                          "properties": {
                            "successes": {
                              "type": "integer",
                              "minimum": 0
                            },
                            "n": {
                              "type": "integer",
                              "minimum": 0
                            },
                            "share": {
                              "type": [
                                "number",
                                "null"
                              ]
                            },
                            "interval": {
                              "anyOf": [
                                {
                                  "type": "object",
                                  "required": [
                                    "low",
                                    "high"
                                  ],
                                  "properties": {
                                    "low": {
                                      "type": "number"
                                    },
                                    "high": {
                                      "type": "number"
                                    }
                                  }
                                },
                                {
                                  "type": "null"
                                }
                              ]
                            },
                            "lowSample": {
                              "type": "boolean"
                            }
                          }
                        },
                        "recoveredToPromoter": {
                          "type": "object",
                          "required": [
                            "successes",
                            "n",
                            "lowSample"
                          ],
                          "properties": {
                            "successes": {
                              "type": "integer",
                              "minimum": 0
                            },
                            "n": {
                              "type": "integer",
                              "minimum": 0
                            },
                            "share": {
                              "type": [
                                "number",
                                "null"
                              ]
                            },
                            "interval": {
                              "anyOf": [
                                {
                                  "type": "object",
                                  "required": [
                                    "low",
                                    "high"
                                  ],
                                  "properties": {
                                    "low": {
                                      "type": "number"
                                    },
                                    "high": {
                                      "type": "number"
                                    }
                                  }
                                },
                                {
                                  "type": "null"
                                }
                              ]
                            },
                            "lowSample": {
                              "type": "boolean"
                            }
                          }
                        },
                        "awaitingAnswer": {
                          "type": "integer"
                        }
                      }
                    }
                  }
                }
              },
              "WebhookInput": {
                "type": "object",
                "description": "A subscription as a client writes it.",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "url": {
                    "type": "string",
                    "format": "uri",
                    "description": "An absolute http or https URL without user name, password or fragment. Slack and Teams give one when you add an incoming webhook."
                  },
                  "format": {
                    "type": "string",
                    "enum": [
                      "json",
                      "slack",
                      "teams"
                    ],
                    "default": "json",
                    "description": "`json` posts the event signed (Standard Webhooks); `slack` and `teams` post a message those incoming webhooks accept, in the workspace's language."
                  },
                  "events": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "type": "string",
                      "enum": [
                        "case.opened",
                        "case.status_changed",
                        "case.assigned",
                        "case.contact_logged",
                        "case.note_added",
                        "case.escalated",
                        "case.updated",
                        "case.follow_up",
                        "response.created"
                      ]
                    }
                  },
                  "active": {
                    "type": "boolean",
                    "default": true,
                    "description": "A paused subscription gets no new events."
                  }
                },
                "required": [
                  "name",
                  "url",
                  "events"
                ]
              },
              "Webhook": {
                "type": "object",
                "description": "A subscription with how its deliveries are going. The secret itself is shown only when it is made.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "name": {
                    "type": "string"
                  },
                  "url": {
                    "type": "string"
                  },
                  "format": {
                    "type": "string",
                    "enum": [
                      "json",
                      "slack",
                      "teams"
                    ]
                  },
                  "events": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "case.opened",
                        "case.status_changed",
                        "case.assigned",
                        "case.contact_logged",
                        "case.note_added",
                        "case.escalated",
                        "case.updated",
                        "case.follow_up",
                        "response.created"
                      ]
                    }
                  },
                  "active": {
                    "type": "boolean"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "secretHint": {
                    "type": "string",
                    "description": "The secret's last four characters."
                  },
                  "pending": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Deliveries waiting to be sent or tried again."
                  },
                  "failedLast30Days": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "lastDeliveredAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "name",
                  "url",
                  "format",
                  "events",
                  "active",
                  "createdAt",
                  "secretHint",
                  "pending",
                  "failedLast30Days"
                ]
              },
              "WebhookList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Webhook"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "WebhookCreated": {
                "type": "object",
                "description": "The new subscription and its signing secret, which cxm shows this once.",
                "properties": {
                  "webhook": {
                    "$ref": "#/components/schemas/Webhook"
                  },
                  "secret": {
                    "type": "string",
                    "description": "`whsec_` and the key in base64, as Standard Webhooks libraries take it."
                  }
                },
                "required": [
                  "webhook",
                  "secret"
                ]
              },
              "WebhookSecret": {
                "type": "object",
                "properties": {
                  "secret": {
                    "type": "string"
                  }
                },
                "required": [
                  "secret"
                ]
              },
              "WebhookDelivery": {
                "type": "object",
                "description": "One event on its way to one subscription.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "subscriptionID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "eventType": {
                    "type": "string",
                    "enum": [
                      "case.opened",
                      "case.status_changed",
                      "case.assigned",
                      "case.contact_logged",
                      "case.note_added",
                      "case.escalated",
                      "case.updated",
                      "case.follow_up",
                      "response.created",
                      "webhook.test"
                    ]
                  },
                  "event": {
                    "type": "string",
                    "description": "The event as JSON: `id`, `type`, `timestamp` and `data` (the case and the change, or the response). The body of a `json` delivery."
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "pending",
                      "delivered",
                      "failed"
                    ]
                  },
                  "attempts": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "nextAttemptAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "lastAttemptAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "lastStatus": {
                    "type": "integer"
                  },
                  "lastError": {
                    "type": "string"
                  },
                  "deliveredAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "subscriptionID",
                  "eventType",
                  "event",
                  "state",
                  "attempts",
                  "createdAt"
                ]
              },
              "WebhookDeliveryPage": {
                "type": "object",
                "description": "One page of a subscription's deliveries, newest first.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/WebhookDelivery"
                    }
                  },
                  "total": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "offset": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000
                  }
                },
                "required": [
                  "items",
                  "total",
                  "offset",
                  "limit"
                ]
              },
              "WebhookAttempt": {
                "type": "object",
                "properties": {
                  "deliveryID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "number": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "status": {
                    "type": "integer",
                    "description": "The receiver's HTTP status; absent when no answer came."
                  },
                  "error": {
                    "type": "string"
                  },
                  "milliseconds": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "responseExcerpt": {
                    "type": "string",
                    "description": "The first 500 characters the receiver answered."
                  }
                },
                "required": [
                  "deliveryID",
                  "number",
                  "at",
                  "milliseconds"
                ]
              },
              "WebhookDeliveryDetail": {
                "type": "object",
                "properties": {
                  "delivery": {
                    "$ref": "#/components/schemas/WebhookDelivery"
                  },
                  "attempts": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/WebhookAttempt"
                    }
                  }
                },
                "required": [
                  "delivery",
                  "attempts"
                ]
              },
              "CaseFollowUp": {
                "type": "object",
                "description": "The short survey a customer gets after their case is closed (if the case reached them), to measure recovery. Sent despite the quarantine, cooldown and sample of the contact rules; consent and unsubscribing still hold.",
                "properties": {
                  "surveyID": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "The survey to send; absent or null sends none. It must measure at least one touchpoint; the case's own touchpoint is used when the survey measures it."
                  },
                  "delayHours": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 168,
                    "default": 24,
                    "description": "Hours from closing to sending."
                  }
                }
              },
              "FeedbackItem": {
                "type": "object",
                "description": "An analysed open-text answer. Spans and sentence bounds count Unicode scalars of `text`.",
                "properties": {
                  "responseID": {
                    "type": "string"
                  },
                  "question": {
                    "type": "string"
                  },
                  "text": {
                    "type": "string"
                  },
                  "submittedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "surveyID": {
                    "type": "string"
                  },
                  "touchpointID": {
                    "type": "string"
                  },
                  "unitID": {
                    "type": "string"
                  },
                  "channelID": {
                    "type": "string"
                  },
                  "customerID": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "respondentLanguage": {
                    "type": "string",
                    "enum": [
                      "en",
                      "sv",
                      "da",
                      "nb",
                      "fi"
                    ]
                  },
                  "language": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "en",
                      "sv",
                      "da",
                      "nb",
                      "fi",
                      null
                    ],
                    "description": "The language the text is written in; null when none of the five."
                  },
                  "sentiment": {
                    "type": "string",
                    "enum": [
                      "positive",
                      "neutral",
                      "negative"
                    ]
                  },
                  "score": {
                    "type": "number",
                    "minimum": -1,
                    "maximum": 1,
                    "description": "−1 (very negative) … 1 (very positive)."
                  },
                  "model": {
                    "type": "string",
                    "enum": [
                      "built_in",
                      "learned"
                    ]
                  },
                  "sentences": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "start": {
                          "type": "integer"
                        },
                        "end": {
                          "type": "integer"
                        },
                        "sentiment": {
                          "type": "string",
                          "enum": [
                            "positive",
                            "neutral",
                            "negative"
                          ]
                        },
                        "score": {
                          "type": "number",
                          "minimum": -1,
                          "maximum": 1,
                          "description": "−1 (very negative) … 1 (very positive)."
                        }
                      },
                      "required": [
                        "start",
                        "end",
                        "sentiment",
                        "score"
                      ]
                    }
                  },
                  "themes": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "sentiment": {
                          "type": "string",
                          "enum": [
                            "positive",
                            "neutral",
                            "negative"
                          ]
                        },
                        "score": {
                          "type": "number",
                          "minimum": -1,
                          "maximum": 1,
                          "description": "−1 (very negative) … 1 (very positive)."
                        },
                        "spans": {
                          "type": "array",
                          "items": {
                            "type": "array",
                            "items": {
                              "type": "integer"
                            },
                            "minItems": 2,
                            "maxItems": 2
                          }
                        },
                        "manual": {
                          "type": "boolean"
                        }
                      },
                      "required": [
                        "id",
                        "sentiment",
                        "score",
                        "spans",
                        "manual"
                      ]
                    }
                  },
                  "tags": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "example": {
                    "type": "boolean"
                  },
                  "scores": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer"
                    },
                    "description": "The scores of the same response by question key."
                  },
                  "truncated": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "responseID",
                  "question",
                  "text",
                  "submittedAt",
                  "surveyID",
                  "touchpointID",
                  "unitID",
                  "channelID",
                  "respondentLanguage",
                  "sentiment",
                  "score",
                  "model",
                  "sentences",
                  "themes",
                  "tags",
                  "example",
                  "scores",
                  "truncated"
                ]
              },
              "FeedbackPage": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/FeedbackItem"
                    }
                  },
                  "total": {
                    "type": "integer"
                  },
                  "offset": {
                    "type": "integer"
                  },
                  "limit": {
                    "type": "integer"
                  }
                },
                "required": [
                  "items",
                  "total",
                  "offset",
                  "limit"
                ]
              },
              "FeedbackTagList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "tag": {
                          "type": "string"
                        },
                        "count": {
                          "type": "integer"
                        }
                      },
                      "required": [
                        "tag",
                        "count"
                      ]
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "FeedbackAnnotation": {
                "type": "object",
                "description": "A change to an analysed answer; every field may be left out.",
                "properties": {
                  "addTags": {
                    "type": "array",
                    "maxItems": 20,
                    "items": {
                      "type": "string",
                      "maxLength": 40,
                      "description": "Letters, digits, - and _; lowercased."
                    }
                  },
                  "removeTags": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "addThemes": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Theme ids of the taxonomy."
                  },
                  "removeThemes": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "example": {
                    "type": "boolean"
                  }
                }
              },
              "ThemeFigure": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "parentID": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "mentions": {
                    "type": "integer"
                  },
                  "share": {
                    "type": "number"
                  },
                  "shareInterval": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Interval"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "positive": {
                    "type": "integer"
                  },
                  "neutral": {
                    "type": "integer"
                  },
                  "negative": {
                    "type": "integer"
                  },
                  "netSentiment": {
                    "type": "number",
                    "description": "Positive minus negative mentions in points of all mentions (−100…100)."
                  },
                  "npsN": {
                    "type": "integer"
                  },
                  "nps": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "npsInterval": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Interval"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "cesN": {
                    "type": "integer"
                  },
                  "ces": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "cesInterval": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Interval"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "lowSample": {
                    "type": "boolean",
                    "description": "Fewer than 30 mentions: do not over-read it."
                  }
                },
                "required": [
                  "id",
                  "name",
                  "mentions",
                  "share",
                  "positive",
                  "neutral",
                  "negative",
                  "netSentiment",
                  "npsN",
                  "cesN",
                  "lowSample"
                ]
              },
              "ThemeFigures": {
                "type": "object",
                "properties": {
                  "texts": {
                    "type": "integer",
                    "description": "Analysed answers selected."
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ThemeFigure"
                    }
                  }
                },
                "required": [
                  "texts",
                  "items"
                ]
              },
              "ThemeTrend": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "period": {
                          "type": "string"
                        },
                        "start": {
                          "type": "string",
                          "format": "date"
                        },
                        "end": {
                          "type": "string",
                          "format": "date"
                        },
                        "texts": {
                          "type": "integer"
                        },
                        "mentions": {
                          "type": "integer"
                        },
                        "positive": {
                          "type": "integer"
                        },
                        "negative": {
                          "type": "integer"
                        },
                        "share": {
                          "type": [
                            "number",
                            "null"
                          ]
                        },
                        "shareInterval": {
                          "oneOf": [
                            {
                              "$ref": "#/components/schemas/Interval"
                            },
                            {
                              "type": "null"
                            }
                          ]
                        }
                      },
                      "required": [
                        "period",
                        "start",
                        "end",
                        "texts",
                        "mentions",
                        "positive",
                        "negative"
                      ]
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "ThemeBreakdown": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "key": {
                          "type": "string",
                          "description": "The touchpoint or unit id."
                        },
                        "texts": {
                          "type": "integer"
                        },
                        "figure": {
                          "$ref": "#/components/schemas/ThemeFigure"
                        }
                      },
                      "required": [
                        "key",
                        "texts",
                        "figure"
                      ]
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "Theme": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "Lowercase letters, digits and _, with one dot before a sub-theme (price, price.fees)."
                  },
                  "names": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string"
                    },
                    "description": "Text by language code (en, sv, da, nb, fi)."
                  },
                  "patterns": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "array",
                      "maxItems": 200,
                      "items": {
                        "type": "string"
                      }
                    },
                    "description": "Patterns by language code. A pattern is one to four words; `*` at a word's end matches any ending (dyr*), at its start any beginning (*kö). Words are matched lowercased, without stemming."
                  }
                },
                "required": [
                  "id",
                  "names"
                ]
              },
              "Taxonomy": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer"
                  },
                  "isDefault": {
                    "type": "boolean"
                  },
                  "themes": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Theme"
                    }
                  }
                },
                "required": [
                  "version",
                  "isDefault",
                  "themes"
                ]
              },
              "TaxonomyInput": {
                "type": "object",
                "properties": {
                  "themes": {
                    "type": "array",
                    "maxItems": 300,
                    "items": {
                      "$ref": "#/components/schemas/Theme"
                    },
                    "description": "Themes before their sub-themes."
                  }
                },
                "required": [
                  "themes"
                ]
              },
              "TextAnalyzeInput": {
                "type": "object",
                "properties": {
                  "text": {
                    "type": "string"
                  },
                  "language": {
                    "type": "string",
                    "enum": [
                      "auto",
                      "en",
                      "sv",
                      "da",
                      "nb",
                      "fi"
                    ],
                    "description": "auto (default) identifies the language."
                  }
                },
                "required": [
                  "text"
                ]
              },
              "TextAnalysis": {
                "type": "object",
                "properties": {
                  "language": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "language_confidence": {
                    "type": "number"
                  },
                  "sentiment": {
                    "type": "string",
                    "enum": [
                      "positive",
                      "neutral",
                      "negative"
                    ]
                  },
                  "score": {
                    "type": "number",
                    "minimum": -1,
                    "maximum": 1,
                    "description": "−1 (very negative) … 1 (very positive)."
                  },
                  "model": {
                    "type": "string",
                    "enum": [
                      "built_in",
                      "learned"
                    ]
                  },
                  "sentences": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "text": {
                          "type": "string"
                        },
                        "sentiment": {
                          "type": "string",
                          "enum": [
                            "positive",
                            "neutral",
                            "negative"
                          ]
                        },
                        "score": {
                          "type": "number",
                          "minimum": -1,
                          "maximum": 1,
                          "description": "−1 (very negative) … 1 (very positive)."
                        }
                      },
                      "required": [
                        "text",
                        "sentiment",
                        "score"
                      ]
                    }
                  },
                  "themes": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "name": {
                          "type": "string"
                        },
                        "sentiment": {
                          "type": "string",
                          "enum": [
                            "positive",
                            "neutral",
                            "negative"
                          ]
                        },
                        "score": {
                          "type": "number",
                          "minimum": -1,
                          "maximum": 1,
                          "description": "−1 (very negative) … 1 (very positive)."
                        },
                        "words": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        }
                      },
                      "required": [
                        "id",
                        "name",
                        "sentiment",
                        "score",
                        "words"
                      ]
                    }
                  },
                  "truncated": {
                    "type": "boolean"
                  },
                  "note": {
                    "type": "string"
                  }
                },
                "required": [
                  "language",
                  "language_confidence",
                  "sentiment",
                  "score",
                  "model",
                  "sentences",
                  "themes"
                ]
              },
              "DriverImportance": {
                "type": "object",
                "description": "One driver's importance by three measures.",
                "properties": {
                  "driver": {
                    "type": "object",
                    "properties": {
                      "id": {
                        "type": "string"
                      },
                      "label": {
                        "type": "string"
                      },
                      "kind": {
                        "type": "string",
                        "enum": [
                          "rating",
                          "choice",
                          "theme",
                          "touchpoint",
                          "column",
                          "signal"
                        ],
                        "description": "signal: a fact from other systems about the customer as of the answer (signal:ticket-30d, signal:repeat-contact-30d, signal:incident-28d), or a digital funnel they had left unfinished in the 30 days before (funnel:<funnel id>:unfinished)"
                      },
                      "n": {
                        "type": "integer"
                      },
                      "mean": {
                        "type": "number"
                      }
                    }
                  },
                  "pairN": {
                    "type": "integer",
                    "description": "Rows answering both the driver and the outcome."
                  },
                  "correlation": {
                    "type": "number"
                  },
                  "correlationInterval": {
                    "$ref": "#/components/schemas/Interval"
                  },
                  "correlationP": {
                    "type": "number"
                  },
                  "relativeWeight": {
                    "type": "number",
                    "description": "Johnson's relative weight: the driver's part of R²."
                  },
                  "relativeWeightInterval": {
                    "$ref": "#/components/schemas/Interval"
                  },
                  "share": {
                    "type": "number",
                    "description": "The relative weight as a percentage of R²."
                  },
                  "shapley": {
                    "type": "number",
                    "description": "The Shapley (LMG) value; absent beyond 15 drivers."
                  },
                  "shapleyInterval": {
                    "$ref": "#/components/schemas/Interval"
                  },
                  "significant": {
                    "type": "boolean",
                    "description": "Whether the driver outweighs a random variable with the same missing answers in the bootstrap."
                  },
                  "rank": {
                    "type": "integer",
                    "description": "1 for the most important significant driver; absent for drivers that are not significant."
                  }
                }
              },
              "DriverResult": {
                "type": "object",
                "description": "A key-driver analysis: R² with its interval, each driver's importance, drivers left out with the reason, and at customer level the importance–performance matrix.",
                "properties": {
                  "outcome": {
                    "type": "string"
                  },
                  "outcomeLabel": {
                    "type": "string"
                  },
                  "level": {
                    "type": "string",
                    "enum": [
                      "response",
                      "customer"
                    ]
                  },
                  "from": {
                    "type": "string",
                    "format": "date"
                  },
                  "to": {
                    "type": "string",
                    "format": "date"
                  },
                  "touchpoints": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "outcomeSurveys": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "report": {
                    "type": "object",
                    "properties": {
                      "n": {
                        "type": "integer"
                      },
                      "smallestPairN": {
                        "type": "integer"
                      },
                      "missing": {
                        "type": "string",
                        "enum": [
                          "pairwise",
                          "listwise"
                        ]
                      },
                      "confidence": {
                        "type": "number"
                      },
                      "rSquared": {
                        "type": "number"
                      },
                      "rSquaredInterval": {
                        "$ref": "#/components/schemas/Interval"
                      },
                      "drivers": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/DriverImportance"
                        }
                      },
                      "excluded": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "driver": {
                              "type": "object"
                            },
                            "reason": {
                              "type": "string",
                              "enum": [
                                "noVariance",
                                "tooFewAnswers",
                                "collinear"
                              ]
                            },
                            "pairN": {
                              "type": "integer"
                            },
                            "needed": {
                              "type": "integer"
                            },
                            "collinearWith": {
                              "type": "array",
                              "items": {
                                "type": "string"
                              }
                            }
                          }
                        }
                      },
                      "problem": {
                        "type": "object",
                        "description": "Why nothing could be estimated, with the n there is and the n needed.",
                        "properties": {
                          "reason": {
                            "type": "string",
                            "enum": [
                              "noDrivers",
                              "tooFewResponses",
                              "outcomeWithoutVariance",
                              "inconsistentPairwise"
                            ]
                          },
                          "n": {
                            "type": "integer"
                          },
                          "needed": {
                            "type": "integer"
                          }
                        }
                      },
                      "replicates": {
                        "type": "integer"
                      },
                      "replicateRows": {
                        "type": "integer"
                      },
                      "shapleyComputed": {
                        "type": "boolean"
                      }
                    }
                  },
                  "matrix": {
                    "type": "object",
                    "description": "Customer level: each touchpoint's importance (share of R², % ) and current performance (mean experience 0–100 over the last 90 days) with its quadrant: fix_first (pain point), keep_up (moment of truth), hygiene, lower_priority; the desired feeling beside the tone of the comments.",
                    "properties": {
                      "importanceThreshold": {
                        "type": "number"
                      },
                      "performanceThreshold": {
                        "type": "number"
                      },
                      "points": {
                        "type": "array",
                        "items": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "performanceFrom": {
                    "type": "string",
                    "format": "date"
                  },
                  "computedAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When a kept result was computed (results are kept for a day per query, units and language, and computed in the background for each journey's badges); absent when computed for this request."
                  }
                }
              },
              "Alert": {
                "type": "object",
                "description": "A change the trend engine found real: where, since when, from what to what, how sure, and what people did about it.",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "open",
                      "acknowledged",
                      "muted",
                      "resolved"
                    ]
                  },
                  "metric": {
                    "type": "string",
                    "enum": [
                      "nps",
                      "csat",
                      "ces",
                      "rating",
                      "theme"
                    ]
                  },
                  "question": {
                    "type": "string"
                  },
                  "touchpoint": {
                    "type": "object",
                    "properties": {
                      "id": {
                        "type": "string"
                      },
                      "name": {
                        "type": "string"
                      }
                    }
                  },
                  "unit": {
                    "type": "object",
                    "description": "Absent for the touchpoint across all units.",
                    "properties": {
                      "id": {
                        "type": "string"
                      },
                      "name": {
                        "type": "string"
                      }
                    }
                  },
                  "theme": {
                    "type": "object",
                    "properties": {
                      "id": {
                        "type": "string"
                      },
                      "name": {
                        "type": "string"
                      }
                    }
                  },
                  "direction": {
                    "type": "string",
                    "enum": [
                      "up",
                      "down"
                    ]
                  },
                  "worse": {
                    "type": "boolean"
                  },
                  "since": {
                    "type": "string",
                    "format": "date",
                    "description": "The first day of the week the change started in."
                  },
                  "sincePeriod": {
                    "type": "string"
                  },
                  "baselineValue": {
                    "type": "number"
                  },
                  "currentValue": {
                    "type": "number"
                  },
                  "difference": {
                    "type": "number"
                  },
                  "interval": {
                    "$ref": "#/components/schemas/Interval"
                  },
                  "confidence": {
                    "type": "number"
                  },
                  "pValue": {
                    "type": "number",
                    "description": "The change's own (nominal) p-value."
                  },
                  "qValue": {
                    "type": "number",
                    "description": "The Benjamini–Hochberg q-value of the series among all series checked."
                  },
                  "falseDiscoveryRate": {
                    "type": "number"
                  },
                  "baselineN": {
                    "type": "integer"
                  },
                  "currentN": {
                    "type": "integer"
                  },
                  "detectors": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "shewhart",
                        "ewma",
                        "cusum"
                      ]
                    }
                  },
                  "raisedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updatedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "resolvedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "acknowledgedBy": {
                    "type": "string"
                  },
                  "acknowledgedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "muteReason": {
                    "type": "string"
                  },
                  "mutedBy": {
                    "type": "string"
                  },
                  "caseID": {
                    "type": "string"
                  },
                  "improvement": {
                    "type": "string"
                  },
                  "links": {
                    "type": "object",
                    "description": "feedback: the comments behind the change; metric: the metric by week; changes (NPS, CSAT, CES): the units and channels that moved it, baseline weeks against the weeks since the change.",
                    "additionalProperties": {
                      "type": "string"
                    }
                  },
                  "chart": {
                    "type": "array",
                    "description": "Only on a single alert: each week's n, value, centre line and control limits, and the detectors that signalled.",
                    "items": {
                      "type": "object",
                      "properties": {
                        "period": {
                          "type": "string"
                        },
                        "start": {
                          "type": "string",
                          "format": "date"
                        },
                        "n": {
                          "type": "integer"
                        },
                        "value": {
                          "type": "number"
                        },
                        "center": {
                          "type": "number"
                        },
                        "lower": {
                          "type": "number"
                        },
                        "upper": {
                          "type": "number"
                        },
                        "tooFew": {
                          "type": "boolean"
                        },
                        "signals": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                }
              },
              "AlertList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Alert"
                    }
                  }
                }
              },
              "AlertChange": {
                "type": "object",
                "description": "Give an action, a case, an improvement, or several; null unlinks a case or improvement.",
                "properties": {
                  "action": {
                    "type": "string",
                    "enum": [
                      "acknowledge",
                      "mute",
                      "reopen"
                    ]
                  },
                  "reason": {
                    "type": "string",
                    "description": "Required to mute: why the change is expected (at most 500 characters)."
                  },
                  "case": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "A case to link: its number (42 or #42) or its id; null or empty unlinks. A case that does not exist, or lies outside the units the caller may see, is refused (422, field case) and nothing else in the request is applied."
                  },
                  "improvement": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "An improvement's id or link (at most 500 characters)."
                  }
                }
              },
              "AlertCheck": {
                "type": "object",
                "properties": {
                  "series": {
                    "type": "integer"
                  },
                  "assessed": {
                    "type": "integer"
                  },
                  "falseDiscoveryRate": {
                    "type": "number"
                  },
                  "firstPeriod": {
                    "type": "string"
                  },
                  "lastPeriod": {
                    "type": "string"
                  },
                  "raised": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "updated": {
                    "type": "integer"
                  },
                  "resolved": {
                    "type": "integer"
                  }
                }
              },
              "AlertDigest": {
                "type": "object",
                "properties": {
                  "digest": {
                    "type": "string",
                    "enum": [
                      "daily",
                      "weekly",
                      "none"
                    ]
                  },
                  "lastSentAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "digest"
                ]
              },
              "ChangeDecomposition": {
                "type": "object",
                "description": "A KPI's change between two periods; per dimension, each segment's contribution split into performance w̄·(v₂ − v₁) and mix (w₂ − w₁)·(v̄ − V̄), which add up to the change exactly. Segments under 5 answers in a period are pooled under the id `_other`; a segment's own change is tested (Holm across the segments) only with 30 answers on both sides.",
                "properties": {
                  "metric": {
                    "type": "string"
                  },
                  "question": {
                    "type": "string",
                    "description": "The rating question, for metric=rating."
                  },
                  "before": {
                    "type": "object",
                    "properties": {
                      "from": {
                        "type": "string",
                        "format": "date"
                      },
                      "to": {
                        "type": "string",
                        "format": "date"
                      }
                    }
                  },
                  "after": {
                    "type": "object",
                    "properties": {
                      "from": {
                        "type": "string",
                        "format": "date"
                      },
                      "to": {
                        "type": "string",
                        "format": "date"
                      }
                    }
                  },
                  "valueBefore": {
                    "type": "number"
                  },
                  "valueAfter": {
                    "type": "number"
                  },
                  "change": {
                    "type": "number"
                  },
                  "interval": {
                    "type": "object",
                    "properties": {
                      "low": {
                        "type": "number"
                      },
                      "high": {
                        "type": "number"
                      }
                    }
                  },
                  "pValue": {
                    "type": "number"
                  },
                  "answersBefore": {
                    "type": "integer"
                  },
                  "answersAfter": {
                    "type": "integer"
                  },
                  "dimensions": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "dimension": {
                          "type": "string",
                          "enum": [
                            "touchpoint",
                            "unit",
                            "channel"
                          ]
                        },
                        "performance": {
                          "type": "number"
                        },
                        "mix": {
                          "type": "number"
                        },
                        "largestContributors": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "segments": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "properties": {
                              "id": {
                                "type": "string"
                              },
                              "label": {
                                "type": "string"
                              },
                              "answersBefore": {
                                "type": "integer"
                              },
                              "answersAfter": {
                                "type": "integer"
                              },
                              "valueBefore": {
                                "type": "number"
                              },
                              "valueAfter": {
                                "type": "number"
                              },
                              "performance": {
                                "type": "number"
                              },
                              "mix": {
                                "type": "number"
                              },
                              "contribution": {
                                "type": "number"
                              },
                              "pAdjusted": {
                                "type": "number"
                              },
                              "significant": {
                                "type": "boolean"
                              },
                              "tooFew": {
                                "type": "boolean"
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              "SignalSourceInput": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "kinds"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "A key of 1–40 characters a–z, 0–9, '_' or '-', used in the addresses (ignored when changing a source).",
                    "example": "zendesk"
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "kinds": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "ticket",
                        "churn",
                        "incident",
                        "order",
                        "event"
                      ]
                    },
                    "description": "The kinds of record the source may send; `event` lets it send behavioural events to its events:batch."
                  },
                  "identifierMap": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string"
                    },
                    "description": "The identifier system each of the source's customer fields holds, e.g. `{\"requester_email\": \"email\"}`; a field named like a system (email, phone, crm, support) needs no entry."
                  },
                  "unknownCustomers": {
                    "type": "string",
                    "enum": [
                      "reject",
                      "create"
                    ],
                    "default": "reject",
                    "description": "Whether a record naming nobody cxm knows is refused or creates the customer."
                  }
                }
              },
              "SignalSource": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/SignalSourceInput"
                  },
                  {
                    "type": "object",
                    "required": [
                      "webhookURL"
                    ],
                    "properties": {
                      "webhookURL": {
                        "type": "string",
                        "description": "Where the source's system posts signed deliveries."
                      },
                      "webhookSecret": {
                        "type": "string",
                        "description": "Present only when the secret was just made."
                      }
                    }
                  }
                ]
              },
              "SignalSourceList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SignalSource"
                    }
                  }
                }
              },
              "SignalSubmission": {
                "type": "object",
                "required": [
                  "type",
                  "id"
                ],
                "description": "One record; `type` says which fields apply.",
                "properties": {
                  "type": {
                    "type": "string",
                    "enum": [
                      "ticket",
                      "churn",
                      "incident",
                      "order"
                    ]
                  },
                  "id": {
                    "type": "string",
                    "maxLength": 200,
                    "description": "The record's id in its system."
                  },
                  "customer": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string"
                    },
                    "description": "The customer by the source's identifier fields."
                  },
                  "customerName": {
                    "type": "string",
                    "description": "A name for a customer the source creates."
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When a churn or order happened."
                  },
                  "openedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "firstResponseAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "closedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "category": {
                    "type": "string",
                    "description": "A ticket's category (required for tickets)."
                  },
                  "subject": {
                    "type": "string"
                  },
                  "reopened": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "How often a ticket was reopened."
                  },
                  "reason": {
                    "type": "string",
                    "description": "A churn's reason code (required for churn)."
                  },
                  "reasonText": {
                    "type": "string"
                  },
                  "revenue": {
                    "type": "number",
                    "minimum": 0,
                    "description": "Yearly revenue lost with a churn."
                  },
                  "title": {
                    "type": "string",
                    "description": "An incident's title (required for incidents)."
                  },
                  "severity": {
                    "type": "string",
                    "enum": [
                      "minor",
                      "major",
                      "critical"
                    ],
                    "default": "major"
                  },
                  "startedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "endedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "service": {
                    "type": "string"
                  },
                  "customers": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "string"
                      },
                      "description": "The customer by the source's identifier fields."
                    },
                    "description": "The customers an incident hit."
                  },
                  "affectedShare": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 1,
                    "description": "The share of the affected units' customers an incident hit, when they are not named."
                  },
                  "eventType": {
                    "type": "string",
                    "default": "order"
                  },
                  "value": {
                    "type": "number",
                    "minimum": 0
                  },
                  "touchpoint": {
                    "type": "string"
                  },
                  "unit": {
                    "type": "string"
                  },
                  "channel": {
                    "type": "string",
                    "description": "A channel key such as email or phone."
                  },
                  "touchpoints": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "units": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "updatedAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When the record last changed in the sending system. Webhooks can arrive out of order: a delivery whose updatedAt is older than the stored record's is not applied (status outdated), and one without it is applied as it comes."
                  }
                }
              },
              "SignalBatch": {
                "type": "object",
                "required": [
                  "signals"
                ],
                "properties": {
                  "signals": {
                    "type": "array",
                    "maxItems": 5000,
                    "items": {
                      "$ref": "#/components/schemas/SignalSubmission"
                    }
                  }
                }
              },
              "SignalBatchResult": {
                "type": "object",
                "required": [
                  "stored",
                  "updated",
                  "duplicates",
                  "rejected",
                  "outdated",
                  "inReview",
                  "results"
                ],
                "properties": {
                  "stored": {
                    "type": "integer"
                  },
                  "updated": {
                    "type": "integer"
                  },
                  "duplicates": {
                    "type": "integer"
                  },
                  "rejected": {
                    "type": "integer"
                  },
                  "outdated": {
                    "type": "integer",
                    "description": "Deliveries older than the record stored (by updatedAt), not applied."
                  },
                  "inReview": {
                    "type": "integer",
                    "description": "Records stored unlinked because their identifiers named several customers."
                  },
                  "results": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "index",
                        "status"
                      ],
                      "properties": {
                        "index": {
                          "type": "integer"
                        },
                        "status": {
                          "type": "string",
                          "enum": [
                            "stored",
                            "updated",
                            "duplicate",
                            "outdated",
                            "rejected"
                          ],
                          "description": "stored: a new record; updated: a record sent before, changed; duplicate: sent before, unchanged; outdated: older (by updatedAt) than the stored record, which is kept; rejected: not stored (errors says why, such as a record from before the erasure of the person it names)."
                        },
                        "id": {
                          "type": "string"
                        },
                        "reviewID": {
                          "type": "string"
                        },
                        "createdCustomerID": {
                          "type": "string"
                        },
                        "errors": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/FieldError"
                          }
                        },
                        "warnings": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/FieldError"
                          },
                          "description": "What was stored but not linked, such as an incident's unknown customers."
                        }
                      }
                    }
                  }
                }
              },
              "Ticket": {
                "type": "object",
                "required": [
                  "id",
                  "sourceID",
                  "externalID",
                  "openedAt",
                  "category",
                  "reopenCount"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "sourceID": {
                    "type": "string"
                  },
                  "externalID": {
                    "type": "string"
                  },
                  "customerID": {
                    "type": "string"
                  },
                  "openedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "firstResponseAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "closedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "category": {
                    "type": "string"
                  },
                  "touchpointID": {
                    "type": "string"
                  },
                  "unitID": {
                    "type": "string"
                  },
                  "channel": {
                    "type": "string"
                  },
                  "reopenCount": {
                    "type": "integer"
                  },
                  "subject": {
                    "type": "string"
                  }
                }
              },
              "ChurnEvent": {
                "type": "object",
                "required": [
                  "id",
                  "sourceID",
                  "externalID",
                  "at",
                  "reason"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "sourceID": {
                    "type": "string"
                  },
                  "externalID": {
                    "type": "string"
                  },
                  "customerID": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "reason": {
                    "type": "string"
                  },
                  "reasonText": {
                    "type": "string"
                  },
                  "revenue": {
                    "type": "number"
                  }
                }
              },
              "Incident": {
                "type": "object",
                "required": [
                  "id",
                  "sourceID",
                  "externalID",
                  "title",
                  "severity",
                  "startedAt",
                  "touchpointIDs",
                  "unitIDs",
                  "customerIDs"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "sourceID": {
                    "type": "string"
                  },
                  "externalID": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "severity": {
                    "type": "string",
                    "enum": [
                      "minor",
                      "major",
                      "critical"
                    ]
                  },
                  "startedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "endedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "service": {
                    "type": "string"
                  },
                  "touchpointIDs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "unitIDs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "customerIDs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "affectedShare": {
                    "type": "number"
                  }
                }
              },
              "BusinessEvent": {
                "type": "object",
                "required": [
                  "id",
                  "sourceID",
                  "externalID",
                  "at",
                  "type"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "sourceID": {
                    "type": "string"
                  },
                  "externalID": {
                    "type": "string"
                  },
                  "customerID": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "type": {
                    "type": "string"
                  },
                  "value": {
                    "type": "number"
                  },
                  "touchpointID": {
                    "type": "string"
                  },
                  "unitID": {
                    "type": "string"
                  },
                  "channel": {
                    "type": "string"
                  }
                }
              },
              "CustomerTimeline": {
                "type": "object",
                "required": [
                  "customer",
                  "items"
                ],
                "properties": {
                  "customer": {
                    "$ref": "#/components/schemas/Customer"
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "kind",
                        "id",
                        "at"
                      ],
                      "properties": {
                        "kind": {
                          "type": "string",
                          "enum": [
                            "response",
                            "invitation",
                            "case",
                            "ticket",
                            "incident",
                            "churn",
                            "order",
                            "activity"
                          ]
                        },
                        "id": {
                          "type": "string"
                        },
                        "at": {
                          "type": "string",
                          "format": "date-time"
                        },
                        "response": {
                          "$ref": "#/components/schemas/SurveyResponse"
                        },
                        "invitation": {
                          "$ref": "#/components/schemas/Invitation"
                        },
                        "case": {
                          "$ref": "#/components/schemas/Case"
                        },
                        "ticket": {
                          "$ref": "#/components/schemas/Ticket"
                        },
                        "incident": {
                          "$ref": "#/components/schemas/Incident"
                        },
                        "churn": {
                          "$ref": "#/components/schemas/ChurnEvent"
                        },
                        "order": {
                          "$ref": "#/components/schemas/BusinessEvent"
                        },
                        "activity": {
                          "$ref": "#/components/schemas/SiteActivity"
                        }
                      }
                    }
                  },
                  "next": {
                    "type": "string",
                    "description": "Pass as `after` for the next page; absent on the last page."
                  }
                }
              },
              "IdentityReview": {
                "type": "object",
                "required": [
                  "id",
                  "createdAt",
                  "kind",
                  "recordID",
                  "sourceID",
                  "identifiers",
                  "candidates",
                  "status"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "ticket",
                      "churn",
                      "incident",
                      "order"
                    ]
                  },
                  "recordID": {
                    "type": "string"
                  },
                  "sourceID": {
                    "type": "string"
                  },
                  "identifiers": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "candidates": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "The customers the identifiers belong to."
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "open",
                      "linked",
                      "dismissed"
                    ]
                  },
                  "customerID": {
                    "type": "string"
                  },
                  "resolvedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "resolvedBy": {
                    "type": "string"
                  }
                }
              },
              "IdentityReviewPage": {
                "type": "object",
                "required": [
                  "items",
                  "total",
                  "offset",
                  "limit"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/IdentityReview"
                    }
                  },
                  "total": {
                    "type": "integer"
                  },
                  "offset": {
                    "type": "integer"
                  },
                  "limit": {
                    "type": "integer"
                  }
                }
              },
              "IdentityReviewLink": {
                "type": "object",
                "required": [
                  "customerID"
                ],
                "properties": {
                  "customerID": {
                    "type": "string",
                    "description": "One of the review's candidates."
                  }
                }
              },
              "CustomerMergeInput": {
                "type": "object",
                "required": [
                  "merged"
                ],
                "properties": {
                  "merged": {
                    "type": "string",
                    "description": "The customer merged into the one in the path; it disappears until the merge is undone."
                  }
                }
              },
              "CustomerMerge": {
                "type": "object",
                "required": [
                  "id",
                  "at",
                  "actorName",
                  "survivorID",
                  "mergedID",
                  "mergedName",
                  "moved"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "actorName": {
                    "type": "string"
                  },
                  "survivorID": {
                    "type": "string"
                  },
                  "mergedID": {
                    "type": "string"
                  },
                  "mergedName": {
                    "type": "string"
                  },
                  "moved": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer"
                    },
                    "description": "Records that moved, by kind."
                  },
                  "undoneAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "CustomerMergeList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CustomerMerge"
                    }
                  }
                }
              },
              "IncidentValuationSettings": {
                "type": "object",
                "properties": {
                  "valuePerCustomerMinute": {
                    "type": "number",
                    "minimum": 0,
                    "description": "What one customer without service for one minute costs; absent for no estimated cost."
                  },
                  "weeksAfter": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 26,
                    "default": 4
                  },
                  "minimumAnswers": {
                    "type": "integer",
                    "minimum": 5,
                    "maximum": 10000,
                    "default": 20
                  }
                }
              },
              "IncidentPage": {
                "type": "object",
                "required": [
                  "items",
                  "total",
                  "offset",
                  "limit"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "incident",
                        "namedCustomers",
                        "affectedCustomers",
                        "affectedIsEstimate",
                        "customerMinutes"
                      ],
                      "properties": {
                        "incident": {
                          "$ref": "#/components/schemas/Incident"
                        },
                        "namedCustomers": {
                          "type": "integer"
                        },
                        "affectedCustomers": {
                          "type": "integer",
                          "description": "The named customers, or the affected share of the customers its units serve (rounded)."
                        },
                        "affectedIsEstimate": {
                          "type": "boolean",
                          "description": "True when the count comes from the affected share, not from named customers."
                        },
                        "customerMinutes": {
                          "type": "number",
                          "description": "Affected customers times the minutes of impact (to now while it lasts)."
                        },
                        "estimatedCost": {
                          "type": "number",
                          "description": "Customer-minutes times the configured value per customer-minute; absent when none is configured."
                        }
                      }
                    }
                  },
                  "total": {
                    "type": "integer"
                  },
                  "offset": {
                    "type": "integer"
                  },
                  "limit": {
                    "type": "integer"
                  }
                }
              },
              "IncidentValuationResult": {
                "type": "object",
                "required": [
                  "incident",
                  "valuation"
                ],
                "properties": {
                  "incident": {
                    "$ref": "#/components/schemas/Incident"
                  },
                  "valuation": {
                    "type": "object",
                    "required": [
                      "incidentID",
                      "affectedCustomers",
                      "affectedIsEstimate",
                      "minutes",
                      "customerMinutes",
                      "affected",
                      "unaffected",
                      "verdict"
                    ],
                    "properties": {
                      "incidentID": {
                        "type": "string"
                      },
                      "affectedCustomers": {
                        "type": "integer"
                      },
                      "affectedIsEstimate": {
                        "type": "boolean"
                      },
                      "minutes": {
                        "type": "number"
                      },
                      "customerMinutes": {
                        "type": "number"
                      },
                      "estimatedCost": {
                        "type": "number"
                      },
                      "affected": {
                        "type": "object",
                        "required": [
                          "promoters",
                          "passives",
                          "detractors"
                        ],
                        "properties": {
                          "promoters": {
                            "type": "integer"
                          },
                          "passives": {
                            "type": "integer"
                          },
                          "detractors": {
                            "type": "integer"
                          }
                        }
                      },
                      "unaffected": {
                        "type": "object",
                        "required": [
                          "promoters",
                          "passives",
                          "detractors"
                        ],
                        "properties": {
                          "promoters": {
                            "type": "integer"
                          },
                          "passives": {
                            "type": "integer"
                          },
                          "detractors": {
                            "type": "integer"
                          }
                        }
                      },
                      "difference": {
                        "type": "object",
                        "properties": {
                          "difference": {
                            "type": "number"
                          },
                          "statistic": {
                            "type": "number"
                          },
                          "pValue": {
                            "type": "number"
                          }
                        }
                      },
                      "differenceInterval": {
                        "type": "object",
                        "properties": {
                          "low": {
                            "type": "number"
                          },
                          "high": {
                            "type": "number"
                          }
                        }
                      },
                      "verdict": {
                        "type": "string",
                        "enum": [
                          "dip",
                          "higher",
                          "noDetectableDifference",
                          "tooFewAnswers"
                        ]
                      },
                      "neededAnswers": {
                        "type": "integer"
                      }
                    }
                  }
                }
              },
              "ChurnReport": {
                "type": "object",
                "required": [
                  "groups",
                  "detractorsLeaveMore",
                  "churnedWithoutAnswer",
                  "reasons"
                ],
                "properties": {
                  "groups": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "category",
                        "customers",
                        "churned",
                        "revenueLost"
                      ],
                      "properties": {
                        "category": {
                          "type": "string",
                          "enum": [
                            "promoter",
                            "passive",
                            "detractor"
                          ]
                        },
                        "customers": {
                          "type": "integer"
                        },
                        "churned": {
                          "type": "integer"
                        },
                        "rate": {
                          "type": "number"
                        },
                        "interval": {
                          "type": "object",
                          "properties": {
                            "low": {
                              "type": "number"
                            },
                            "high": {
                              "type": "number"
                            }
                          }
                        },
                        "revenueLost": {
                          "type": "number"
                        }
                      }
                    }
                  },
                  "detractorsAgainstRest": {
                    "type": "object",
                    "description": "Detractors' churn share minus the rest's, with the z test.",
                    "properties": {
                      "difference": {
                        "type": "number"
                      },
                      "statistic": {
                        "type": "number"
                      },
                      "pValue": {
                        "type": "number"
                      }
                    }
                  },
                  "relativeRisk": {
                    "type": "number"
                  },
                  "detractorsLeaveMore": {
                    "type": "boolean"
                  },
                  "churnedWithoutAnswer": {
                    "type": "integer"
                  },
                  "reasons": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "reason",
                        "count",
                        "byCategory"
                      ],
                      "properties": {
                        "reason": {
                          "type": "string"
                        },
                        "count": {
                          "type": "integer"
                        },
                        "byCategory": {
                          "type": "object",
                          "additionalProperties": {
                            "type": "integer"
                          }
                        }
                      }
                    }
                  },
                  "revenueAtRisk": {
                    "type": "number"
                  }
                }
              },
              "SiteActivity": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "at",
                  "sourceID"
                ],
                "description": "A page, screen or step the customer reached on the company's site or app.",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "channel": {
                    "type": "string"
                  },
                  "sessionID": {
                    "type": "string"
                  },
                  "sourceID": {
                    "type": "string"
                  }
                }
              },
              "BehaviourEvent": {
                "type": "object",
                "description": "A track, page or screen call as analytics tools send it. Other fields (properties, context) are accepted and ignored.",
                "properties": {
                  "type": {
                    "type": "string",
                    "enum": [
                      "track",
                      "page",
                      "screen"
                    ],
                    "default": "track"
                  },
                  "event": {
                    "type": "string",
                    "maxLength": 200,
                    "description": "A track call's event name (required for track)."
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "description": "A page's or screen's name (required for page and screen)."
                  },
                  "userId": {
                    "type": "string",
                    "maxLength": 200,
                    "description": "The signed-in user's id, matched to a customer through the source's identifier map (`userId → crm`). Required without anonymousId."
                  },
                  "anonymousId": {
                    "type": "string",
                    "maxLength": 200,
                    "description": "The device's or browser's id. An event with both makes the device that user, earlier events included."
                  },
                  "timestamp": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When it happened; the time of arrival when left out. Not in the future, not before the earliest time cxm accepts."
                  },
                  "messageId": {
                    "type": "string",
                    "maxLength": 200,
                    "description": "Makes a resent event recognisable: the same messageId with the same timestamp from the same source is stored once. Send the timestamp with it (analytics libraries stamp both when the event happens): an event without one is stamped on arrival, so a resend counts again."
                  },
                  "sessionId": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "channel": {
                    "type": "string",
                    "description": "A cxm channel key (web, app)."
                  }
                }
              },
              "EventBatch": {
                "type": "object",
                "required": [
                  "batch"
                ],
                "properties": {
                  "batch": {
                    "type": "array",
                    "maxItems": 10000,
                    "items": {
                      "$ref": "#/components/schemas/BehaviourEvent"
                    }
                  }
                }
              },
              "EventBatchResult": {
                "type": "object",
                "required": [
                  "stored",
                  "duplicates",
                  "rejected",
                  "unlinkedUsers",
                  "aliased",
                  "results"
                ],
                "properties": {
                  "stored": {
                    "type": "integer"
                  },
                  "duplicates": {
                    "type": "integer"
                  },
                  "rejected": {
                    "type": "integer"
                  },
                  "unlinkedUsers": {
                    "type": "integer",
                    "description": "Signed-in users no customer holds; their events are kept and count in funnels."
                  },
                  "aliased": {
                    "type": "integer",
                    "description": "Anonymous devices found to be a signed-in user."
                  },
                  "results": {
                    "type": "array",
                    "description": "Only the events that were not stored, by position.",
                    "items": {
                      "type": "object",
                      "required": [
                        "index",
                        "status"
                      ],
                      "properties": {
                        "index": {
                          "type": "integer"
                        },
                        "status": {
                          "type": "string",
                          "enum": [
                            "duplicate",
                            "rejected"
                          ]
                        },
                        "errors": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/FieldError"
                          }
                        }
                      }
                    }
                  }
                }
              },
              "FunnelInput": {
                "type": "object",
                "required": [
                  "name",
                  "steps"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "steps": {
                    "type": "array",
                    "minItems": 2,
                    "maxItems": 10,
                    "items": {
                      "type": "object",
                      "required": [
                        "event"
                      ],
                      "properties": {
                        "event": {
                          "type": "string",
                          "maxLength": 200,
                          "description": "The event name as sites send it."
                        },
                        "label": {
                          "type": "string",
                          "maxLength": 200
                        },
                        "touchpointID": {
                          "type": "string",
                          "description": "The journey touchpoint the step belongs to; its drop-off shows on the journey map."
                        },
                        "feedbackLinkID": {
                          "type": "string",
                          "description": "A feedback prompt: the id of an open public survey link whose website widget asks visitors who stall at this step why (not on the last step). The funnel page gives the script tag for the step's page."
                        }
                      }
                    },
                    "description": "Different events, in the order visitors go through them."
                  },
                  "windowMinutes": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 129600,
                    "default": 60,
                    "description": "How long a visitor has from the first step to the last."
                  }
                }
              },
              "Funnel": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/FunnelInput"
                  },
                  {
                    "type": "object",
                    "required": [
                      "id",
                      "windowMinutes"
                    ],
                    "properties": {
                      "id": {
                        "type": "string"
                      }
                    }
                  }
                ]
              },
              "FunnelList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Funnel"
                    }
                  }
                }
              },
              "FunnelReport": {
                "type": "object",
                "required": [
                  "funnelID",
                  "name",
                  "windowMinutes",
                  "from",
                  "to",
                  "steps",
                  "channels",
                  "smallSample"
                ],
                "properties": {
                  "funnelID": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "windowMinutes": {
                    "type": "integer"
                  },
                  "from": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "to": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "steps": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "index",
                        "event",
                        "title",
                        "actors",
                        "droppedOff"
                      ],
                      "properties": {
                        "index": {
                          "type": "integer"
                        },
                        "event": {
                          "type": "string"
                        },
                        "title": {
                          "type": "string"
                        },
                        "touchpointID": {
                          "type": "string"
                        },
                        "actors": {
                          "type": "integer",
                          "description": "Visitors who reached the step within the window."
                        },
                        "fromPrevious": {
                          "type": "object",
                          "required": [
                            "count",
                            "n",
                            "share"
                          ],
                          "properties": {
                            "count": {
                              "type": "integer"
                            },
                            "n": {
                              "type": "integer"
                            },
                            "share": {
                              "type": "number"
                            },
                            "interval": {
                              "type": "object",
                              "properties": {
                                "low": {
                                  "type": "number"
                                },
                                "high": {
                                  "type": "number"
                                }
                              }
                            }
                          }
                        },
                        "fromStart": {
                          "type": "object",
                          "required": [
                            "count",
                            "n",
                            "share"
                          ],
                          "properties": {
                            "count": {
                              "type": "integer"
                            },
                            "n": {
                              "type": "integer"
                            },
                            "share": {
                              "type": "number"
                            },
                            "interval": {
                              "type": "object",
                              "properties": {
                                "low": {
                                  "type": "number"
                                },
                                "high": {
                                  "type": "number"
                                }
                              }
                            }
                          }
                        },
                        "droppedOff": {
                          "type": "integer"
                        },
                        "timeFromPrevious": {
                          "type": "object",
                          "required": [
                            "buckets",
                            "meanSeconds",
                            "medianBucket"
                          ],
                          "properties": {
                            "buckets": {
                              "type": "array",
                              "items": {
                                "type": "object",
                                "required": [
                                  "count"
                                ],
                                "properties": {
                                  "upToSeconds": {
                                    "type": "integer",
                                    "description": "The bucket's upper bound; absent for the last."
                                  },
                                  "count": {
                                    "type": "integer"
                                  }
                                }
                              }
                            },
                            "meanSeconds": {
                              "type": "number"
                            },
                            "medianBucket": {
                              "type": "integer"
                            }
                          }
                        },
                        "feedbackLinkID": {
                          "type": "string",
                          "description": "The public survey link of the step's feedback prompt."
                        }
                      }
                    }
                  },
                  "converted": {
                    "type": "object",
                    "required": [
                      "count",
                      "n",
                      "share"
                    ],
                    "properties": {
                      "count": {
                        "type": "integer"
                      },
                      "n": {
                        "type": "integer"
                      },
                      "share": {
                        "type": "number"
                      },
                      "interval": {
                        "type": "object",
                        "properties": {
                          "low": {
                            "type": "number"
                          },
                          "high": {
                            "type": "number"
                          }
                        }
                      }
                    }
                  },
                  "timeToConvert": {
                    "type": "object",
                    "required": [
                      "buckets",
                      "meanSeconds",
                      "medianBucket"
                    ],
                    "properties": {
                      "buckets": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "required": [
                            "count"
                          ],
                          "properties": {
                            "upToSeconds": {
                              "type": "integer",
                              "description": "The bucket's upper bound; absent for the last."
                            },
                            "count": {
                              "type": "integer"
                            }
                          }
                        }
                      },
                      "meanSeconds": {
                        "type": "number"
                      },
                      "medianBucket": {
                        "type": "integer"
                      }
                    }
                  },
                  "largestDropOffStep": {
                    "type": "integer"
                  },
                  "channels": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "entered",
                        "steps"
                      ],
                      "properties": {
                        "channel": {
                          "type": "string",
                          "description": "The entry event's channel; absent when it named none."
                        },
                        "entered": {
                          "type": "integer"
                        },
                        "converted": {
                          "type": "object",
                          "required": [
                            "count",
                            "n",
                            "share"
                          ],
                          "properties": {
                            "count": {
                              "type": "integer"
                            },
                            "n": {
                              "type": "integer"
                            },
                            "share": {
                              "type": "number"
                            },
                            "interval": {
                              "type": "object",
                              "properties": {
                                "low": {
                                  "type": "number"
                                },
                                "high": {
                                  "type": "number"
                                }
                              }
                            }
                          }
                        },
                        "againstOthers": {
                          "type": "object",
                          "properties": {
                            "difference": {
                              "type": "number"
                            },
                            "statistic": {
                              "type": "number"
                            },
                            "pValue": {
                              "type": "number"
                            }
                          }
                        },
                        "steps": {
                          "type": "array",
                          "items": {
                            "type": "integer"
                          }
                        }
                      }
                    }
                  },
                  "smallSample": {
                    "type": "boolean",
                    "description": "Fewer than 30 visitors entered."
                  }
                }
              },
              "TicketMetrics": {
                "type": "object",
                "required": [
                  "tickets",
                  "contactingCustomers",
                  "byTouchpoint"
                ],
                "properties": {
                  "tickets": {
                    "type": "integer"
                  },
                  "contactingCustomers": {
                    "type": "integer"
                  },
                  "contactRate": {
                    "type": "object",
                    "required": [
                      "count",
                      "n",
                      "share"
                    ],
                    "properties": {
                      "count": {
                        "type": "integer"
                      },
                      "n": {
                        "type": "integer"
                      },
                      "share": {
                        "type": "number"
                      },
                      "interval": {
                        "type": "object",
                        "properties": {
                          "low": {
                            "type": "number"
                          },
                          "high": {
                            "type": "number"
                          }
                        }
                      }
                    },
                    "description": "Customers who opened a ticket, of all customers (the reader's units' customers for readers limited to units)."
                  },
                  "ticketsPerHundredCustomers": {
                    "type": "number"
                  },
                  "repeatContact": {
                    "type": "object",
                    "required": [
                      "count",
                      "n",
                      "share"
                    ],
                    "properties": {
                      "count": {
                        "type": "integer"
                      },
                      "n": {
                        "type": "integer"
                      },
                      "share": {
                        "type": "number"
                      },
                      "interval": {
                        "type": "object",
                        "properties": {
                          "low": {
                            "type": "number"
                          },
                          "high": {
                            "type": "number"
                          }
                        }
                      }
                    },
                    "description": "Tickets (whose week is over) followed by another from the same customer, at any unit, within seven days."
                  },
                  "firstContactResolution": {
                    "type": "object",
                    "required": [
                      "count",
                      "n",
                      "share"
                    ],
                    "properties": {
                      "count": {
                        "type": "integer"
                      },
                      "n": {
                        "type": "integer"
                      },
                      "share": {
                        "type": "number"
                      },
                      "interval": {
                        "type": "object",
                        "properties": {
                          "low": {
                            "type": "number"
                          },
                          "high": {
                            "type": "number"
                          }
                        }
                      }
                    },
                    "description": "Closed tickets (whose week is over) never reopened and not followed by another within seven days."
                  },
                  "reopened": {
                    "type": "object",
                    "required": [
                      "count",
                      "n",
                      "share"
                    ],
                    "properties": {
                      "count": {
                        "type": "integer"
                      },
                      "n": {
                        "type": "integer"
                      },
                      "share": {
                        "type": "number"
                      },
                      "interval": {
                        "type": "object",
                        "properties": {
                          "low": {
                            "type": "number"
                          },
                          "high": {
                            "type": "number"
                          }
                        }
                      }
                    }
                  },
                  "medianHoursToFirstResponse": {
                    "type": "number"
                  },
                  "medianHoursToClose": {
                    "type": "number"
                  },
                  "byTouchpoint": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "tickets",
                        "categories"
                      ],
                      "properties": {
                        "touchpointID": {
                          "type": "string",
                          "description": "Absent for tickets that named no touchpoint."
                        },
                        "tickets": {
                          "type": "integer"
                        },
                        "categories": {
                          "type": "array",
                          "maxItems": 5,
                          "items": {
                            "type": "object",
                            "required": [
                              "category",
                              "tickets",
                              "share"
                            ],
                            "properties": {
                              "category": {
                                "type": "string"
                              },
                              "tickets": {
                                "type": "integer"
                              },
                              "share": {
                                "type": "number"
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              "PoorExperienceCost": {
                "type": "object",
                "required": [
                  "from",
                  "to",
                  "months"
                ],
                "properties": {
                  "from": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "to": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "valuePerCustomerMinute": {
                    "type": "number",
                    "description": "The configured value the costs are estimated with; absent when none is configured."
                  },
                  "months": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "month",
                        "from",
                        "to",
                        "incidents",
                        "customerMinutes",
                        "churned",
                        "churnedRevenue",
                        "churnedDetractors",
                        "detractorRevenue"
                      ],
                      "properties": {
                        "month": {
                          "type": "string",
                          "format": "date",
                          "description": "The first day of the month."
                        },
                        "from": {
                          "type": "string",
                          "format": "date-time"
                        },
                        "to": {
                          "type": "string",
                          "format": "date-time"
                        },
                        "incidents": {
                          "type": "integer"
                        },
                        "customerMinutes": {
                          "type": "number"
                        },
                        "estimatedCost": {
                          "type": "number"
                        },
                        "churned": {
                          "type": "integer",
                          "description": "Customers who left in the month, each once however many records (subscriptions) they ended; a record still waiting for an identity review counts as one (not for readers limited to some units)."
                        },
                        "churnedRevenue": {
                          "type": "number",
                          "description": "The revenue of every churn record of the month."
                        },
                        "churnedDetractors": {
                          "type": "integer",
                          "description": "Of the churned customers, those whose last NPS answer in the year before they left was a detractor's."
                        },
                        "detractorRevenue": {
                          "type": "number",
                          "description": "The revenue of the churned detractors' records."
                        }
                      }
                    }
                  }
                }
              },
              "SignalImportSummary": {
                "type": "object",
                "required": [
                  "stored",
                  "updated",
                  "duplicates",
                  "inReview",
                  "rejected"
                ],
                "description": "What a CSV import of signals did.",
                "properties": {
                  "stored": {
                    "type": "integer",
                    "description": "Rows stored as new records."
                  },
                  "updated": {
                    "type": "integer",
                    "description": "Rows that changed a record the source sent before under the same id."
                  },
                  "duplicates": {
                    "type": "integer",
                    "description": "Rows equal to what was stored under the same id; nothing was stored twice."
                  },
                  "inReview": {
                    "type": "integer",
                    "description": "Stored rows whose identifiers named several customers; they wait on the identity review list."
                  },
                  "rejected": {
                    "type": "array",
                    "description": "Rows that were not stored, by their line in the file (the header is line 1).",
                    "items": {
                      "type": "object",
                      "required": [
                        "line",
                        "reason"
                      ],
                      "properties": {
                        "line": {
                          "type": "integer"
                        },
                        "reason": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              },
              "ObservationFrequency": {
                "type": "string",
                "enum": [
                  "once",
                  "weekly",
                  "daily",
                  "hourly"
                ],
                "description": "How often staff see it; hourly means several times a day. It stands for 1, 4, 30 or 150 customers a month in impact scores."
              },
              "ObservationInput": {
                "type": "object",
                "description": "What a member of staff saw or heard. A unit-bound observer names one of their units (their only unit is taken when they leave it out).",
                "required": [
                  "text"
                ],
                "properties": {
                  "text": {
                    "type": "string",
                    "maxLength": 2000
                  },
                  "touchpointID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "unitID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "frequency": {
                    "$ref": "#/components/schemas/ObservationFrequency"
                  },
                  "customerID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                }
              },
              "Observation": {
                "type": "object",
                "description": "An observation by staff who meet customers, with its language and themes as read from the text.",
                "required": [
                  "id",
                  "text",
                  "frequency",
                  "language",
                  "themeIDs",
                  "authorName",
                  "createdAt",
                  "votes",
                  "comments"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "text": {
                    "type": "string"
                  },
                  "touchpointID": {
                    "type": "string"
                  },
                  "unitID": {
                    "type": "string",
                    "description": "Left out for a company-wide observation."
                  },
                  "frequency": {
                    "$ref": "#/components/schemas/ObservationFrequency"
                  },
                  "customerID": {
                    "type": "string"
                  },
                  "language": {
                    "type": "string",
                    "enum": [
                      "en",
                      "sv",
                      "da",
                      "nb",
                      "fi"
                    ]
                  },
                  "themeIDs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Most specific first; the first groups it."
                  },
                  "authorID": {
                    "type": "string"
                  },
                  "authorName": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "votes": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Colleagues who see it too."
                  },
                  "comments": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              "ObservationComment": {
                "type": "object",
                "required": [
                  "id",
                  "observationID",
                  "authorName",
                  "text",
                  "createdAt"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "observationID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "authorName": {
                    "type": "string"
                  },
                  "text": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "ObservationList": {
                "type": "object",
                "required": [
                  "items",
                  "groups"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Observation"
                    }
                  },
                  "groups": {
                    "type": "array",
                    "description": "Observations that say the same thing: one theme, or without a theme one touchpoint. Those most people see first.",
                    "items": {
                      "type": "object",
                      "required": [
                        "key",
                        "observations",
                        "weight",
                        "customersPerMonth",
                        "units"
                      ],
                      "properties": {
                        "key": {
                          "type": "string"
                        },
                        "themeID": {
                          "type": "string"
                        },
                        "touchpointID": {
                          "type": "string"
                        },
                        "observations": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Id"
                          }
                        },
                        "weight": {
                          "type": "integer",
                          "description": "Reports and colleagues' votes together."
                        },
                        "customersPerMonth": {
                          "type": "integer",
                          "description": "The most frequent report per unit, summed over units."
                        },
                        "units": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                }
              },
              "ObservationDetail": {
                "type": "object",
                "required": [
                  "observation",
                  "comments",
                  "votedByMe",
                  "improvements"
                ],
                "properties": {
                  "observation": {
                    "$ref": "#/components/schemas/Observation"
                  },
                  "comments": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ObservationComment"
                    }
                  },
                  "votedByMe": {
                    "type": "boolean"
                  },
                  "improvements": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "description": "Improvements the reader sees that cite it."
                  }
                }
              },
              "CommentInput": {
                "type": "object",
                "required": [
                  "text"
                ],
                "properties": {
                  "text": {
                    "type": "string",
                    "maxLength": 2000
                  }
                }
              },
              "Votes": {
                "type": "object",
                "required": [
                  "votes"
                ],
                "properties": {
                  "votes": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              "ImprovementStage": {
                "type": "string",
                "enum": [
                  "proposed",
                  "accepted",
                  "in_progress",
                  "delivered",
                  "measured",
                  "declined"
                ]
              },
              "EvidenceLink": {
                "type": "object",
                "required": [
                  "kind",
                  "id"
                ],
                "description": "Something cxm holds that an improvement is based on. A funnel step is funnelID:step, the step from 2.",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "response",
                      "theme",
                      "alert",
                      "case",
                      "observation",
                      "incident",
                      "funnel_step"
                    ]
                  },
                  "id": {
                    "type": "string"
                  }
                }
              },
              "EvidenceReach": {
                "type": "object",
                "required": [
                  "link",
                  "label",
                  "customers",
                  "estimated",
                  "basis"
                ],
                "description": "What one piece of evidence says about the problem's size.",
                "properties": {
                  "link": {
                    "$ref": "#/components/schemas/EvidenceLink"
                  },
                  "label": {
                    "type": "string"
                  },
                  "customers": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "estimated": {
                    "type": "boolean"
                  },
                  "basis": {
                    "type": "object",
                    "description": "What the severity was read from: one key of score, negativeMentions, alert, casePriority, incidentMinutes, dropOff, reported, unavailable, with its values."
                  }
                }
              },
              "ImpactScore": {
                "type": "object",
                "required": [
                  "customers",
                  "customersEstimated",
                  "importance",
                  "severity",
                  "score",
                  "evidence"
                ],
                "description": "Customers affected (the widest reach of any one piece of evidence) × driver importance × severity (the reach-weighted mean).",
                "properties": {
                  "customers": {
                    "type": "integer"
                  },
                  "customersEstimated": {
                    "type": "boolean"
                  },
                  "importance": {
                    "type": "object",
                    "required": [
                      "drivers",
                      "significant"
                    ],
                    "properties": {
                      "share": {
                        "type": "number",
                        "description": "The touchpoint's share of the explained variance in its journey's kept driver analysis; left out when none is kept (factor 1)."
                      },
                      "drivers": {
                        "type": "integer"
                      },
                      "significant": {
                        "type": "boolean"
                      },
                      "outcome": {
                        "type": "string"
                      }
                    }
                  },
                  "severity": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1
                  },
                  "score": {
                    "type": "number",
                    "minimum": 0
                  },
                  "evidence": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/EvidenceReach"
                    }
                  }
                }
              },
              "Improvement": {
                "type": "object",
                "required": [
                  "id",
                  "number",
                  "title",
                  "problem",
                  "hypothesis",
                  "unitIDs",
                  "stage",
                  "stageChangedAt",
                  "evidence",
                  "createdBy",
                  "createdAt",
                  "updatedAt",
                  "version"
                ],
                "description": "A change to the experience on the improvement list, separate from development work.",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "number": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "title": {
                    "type": "string"
                  },
                  "problem": {
                    "type": "string"
                  },
                  "hypothesis": {
                    "type": "string"
                  },
                  "touchpointID": {
                    "type": "string"
                  },
                  "unitIDs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Empty: the whole company."
                  },
                  "ownerID": {
                    "type": "string"
                  },
                  "effortDays": {
                    "type": "number",
                    "description": "Person-days."
                  },
                  "stage": {
                    "$ref": "#/components/schemas/ImprovementStage"
                  },
                  "stageChangedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "deliveredAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "evidence": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/EvidenceLink"
                    }
                  },
                  "impact": {
                    "$ref": "#/components/schemas/ImpactScore"
                  },
                  "impactAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "createdBy": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updatedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "effect": {
                    "$ref": "#/components/schemas/ImprovementEffect"
                  }
                }
              },
              "ImprovementInput": {
                "type": "object",
                "required": [
                  "title"
                ],
                "properties": {
                  "title": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "problem": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "hypothesis": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "touchpointID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "unitIDs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "maxItems": 100,
                    "description": "Empty: the whole company. Left out of a change (PUT): kept as they are."
                  },
                  "ownerID": {
                    "anyOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "effortDays": {
                    "anyOf": [
                      {
                        "type": "number",
                        "exclusiveMinimum": 0,
                        "maximum": 1000
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "evidence": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/EvidenceLink"
                    },
                    "maxItems": 200,
                    "description": "Left out of a change (PUT): kept as it is; an empty list removes the links the editor can see."
                  },
                  "version": {
                    "type": "integer",
                    "description": "The version read; required to change an item (PUT)."
                  }
                }
              },
              "ReasonNeeded": {
                "type": "object",
                "description": "What a move passed or undid: one key of wipLimit (stage, limit, count), capacity (reservedDays, committedDays) or setback (from, to)."
              },
              "ImprovementMove": {
                "type": "object",
                "required": [
                  "improvementID",
                  "from",
                  "to",
                  "reasonsNeeded",
                  "by",
                  "at"
                ],
                "properties": {
                  "improvementID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "from": {
                    "$ref": "#/components/schemas/ImprovementStage"
                  },
                  "to": {
                    "$ref": "#/components/schemas/ImprovementStage"
                  },
                  "reasonsNeeded": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ReasonNeeded"
                    }
                  },
                  "reason": {
                    "type": "string"
                  },
                  "by": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "ImprovementDetail": {
                "type": "object",
                "required": [
                  "improvement",
                  "moves"
                ],
                "properties": {
                  "improvement": {
                    "$ref": "#/components/schemas/Improvement"
                  },
                  "moves": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ImprovementMove"
                    }
                  }
                }
              },
              "ImprovementMoveInput": {
                "type": "object",
                "required": [
                  "to",
                  "version"
                ],
                "properties": {
                  "to": {
                    "$ref": "#/components/schemas/ImprovementStage"
                  },
                  "version": {
                    "type": "integer"
                  },
                  "reason": {
                    "anyOf": [
                      {
                        "type": "string",
                        "maxLength": 1000
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                }
              },
              "ImprovementMoveResult": {
                "type": "object",
                "required": [
                  "improvement",
                  "move"
                ],
                "properties": {
                  "improvement": {
                    "$ref": "#/components/schemas/Improvement"
                  },
                  "move": {
                    "$ref": "#/components/schemas/ImprovementMove"
                  }
                }
              },
              "ImprovementCapacity": {
                "type": "object",
                "required": [
                  "teamDaysPerMonth",
                  "improvementShare",
                  "acceptedLimit",
                  "inProgressLimit"
                ],
                "properties": {
                  "teamDaysPerMonth": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 1000000
                  },
                  "improvementShare": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 1
                  },
                  "acceptedLimit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000
                  },
                  "inProgressLimit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000
                  }
                }
              },
              "ImprovementCapacityInput": {
                "type": "object",
                "required": [
                  "teamDaysPerMonth",
                  "improvementShare",
                  "acceptedLimit",
                  "inProgressLimit"
                ],
                "properties": {
                  "teamDaysPerMonth": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 1000000
                  },
                  "improvementShare": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 1
                  },
                  "acceptedLimit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000
                  },
                  "inProgressLimit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000
                  },
                  "reason": {
                    "anyOf": [
                      {
                        "type": "string",
                        "maxLength": 1000
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                },
                "description": "Less room for improvements than before needs a reason."
              },
              "ImprovementBoard": {
                "type": "object",
                "required": [
                  "capacity",
                  "reservedDays",
                  "committedDays",
                  "unestimatedInProgress",
                  "columns",
                  "items"
                ],
                "properties": {
                  "capacity": {
                    "$ref": "#/components/schemas/ImprovementCapacity"
                  },
                  "reservedDays": {
                    "type": "number"
                  },
                  "committedDays": {
                    "type": "number"
                  },
                  "unestimatedInProgress": {
                    "type": "integer"
                  },
                  "columns": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "stage",
                        "count"
                      ],
                      "properties": {
                        "stage": {
                          "$ref": "#/components/schemas/ImprovementStage"
                        },
                        "count": {
                          "type": "integer"
                        },
                        "limit": {
                          "type": "integer"
                        }
                      }
                    }
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Improvement"
                    }
                  }
                }
              },
              "ImprovementEffect": {
                "type": "object",
                "description": "What a delivered improvement did to its touchpoint's NPS: its units before and after the delivery, and where other units answered enough at the same touchpoint, the change beyond theirs (difference-in-differences).",
                "required": [
                  "weeks",
                  "deliveredAt",
                  "treated",
                  "againstControl",
                  "verdict",
                  "complete",
                  "measuredAt"
                ],
                "properties": {
                  "weeks": {
                    "type": "integer"
                  },
                  "deliveredAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "treated": {
                    "type": "object",
                    "required": [
                      "before",
                      "after"
                    ],
                    "properties": {
                      "before": {
                        "type": "object",
                        "required": [
                          "promoters",
                          "passives",
                          "detractors"
                        ],
                        "properties": {
                          "promoters": {
                            "type": "integer"
                          },
                          "passives": {
                            "type": "integer"
                          },
                          "detractors": {
                            "type": "integer"
                          }
                        }
                      },
                      "after": {
                        "type": "object",
                        "required": [
                          "promoters",
                          "passives",
                          "detractors"
                        ],
                        "properties": {
                          "promoters": {
                            "type": "integer"
                          },
                          "passives": {
                            "type": "integer"
                          },
                          "detractors": {
                            "type": "integer"
                          }
                        }
                      },
                      "change": {
                        "type": "number"
                      },
                      "changeInterval": {
                        "$ref": "#/components/schemas/Interval"
                      }
                    }
                  },
                  "control": {
                    "type": "object",
                    "required": [
                      "before",
                      "after"
                    ],
                    "properties": {
                      "before": {
                        "type": "object",
                        "required": [
                          "promoters",
                          "passives",
                          "detractors"
                        ],
                        "properties": {
                          "promoters": {
                            "type": "integer"
                          },
                          "passives": {
                            "type": "integer"
                          },
                          "detractors": {
                            "type": "integer"
                          }
                        }
                      },
                      "after": {
                        "type": "object",
                        "required": [
                          "promoters",
                          "passives",
                          "detractors"
                        ],
                        "properties": {
                          "promoters": {
                            "type": "integer"
                          },
                          "passives": {
                            "type": "integer"
                          },
                          "detractors": {
                            "type": "integer"
                          }
                        }
                      },
                      "change": {
                        "type": "number"
                      },
                      "changeInterval": {
                        "$ref": "#/components/schemas/Interval"
                      }
                    }
                  },
                  "estimate": {
                    "type": "number",
                    "description": "NPS points."
                  },
                  "interval": {
                    "$ref": "#/components/schemas/Interval"
                  },
                  "pValue": {
                    "type": "number"
                  },
                  "againstControl": {
                    "type": "boolean"
                  },
                  "verdict": {
                    "type": "string",
                    "enum": [
                      "improved",
                      "no_detectable_change",
                      "worse",
                      "too_few_answers"
                    ]
                  },
                  "neededAnswers": {
                    "type": "integer",
                    "description": "For no_detectable_change: answers per period (and group) that would detect the change seen."
                  },
                  "complete": {
                    "type": "boolean",
                    "description": "Whether the weeks after the delivery had all passed."
                  },
                  "measuredAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "PersonStatistics": {
                "type": "object",
                "required": [
                  "enabled"
                ],
                "properties": {
                  "enabled": {
                    "type": "boolean"
                  },
                  "enabledBy": {
                    "type": "string"
                  },
                  "enabledAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "GoalInput": {
                "type": "object",
                "required": [
                  "title",
                  "metric",
                  "target",
                  "deadline"
                ],
                "properties": {
                  "title": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "metric": {
                    "type": "string",
                    "enum": [
                      "nps",
                      "csat",
                      "ces",
                      "nki"
                    ],
                    "description": "A rating question's goal would need its question, so ratings are not goals."
                  },
                  "journeyID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "touchpointID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "A touchpoint, or a journey (journeyID), not both."
                  },
                  "unitID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The unit and everything below it. Required for unit-bound people (team leads set goals for their own units)."
                  },
                  "target": {
                    "type": "number",
                    "description": "Within the metric's range: NPS −100 to 100, CSAT and NKI 0 to 100, CES 1 to 7 (a target at the lowest value is always met and refused). Outside it: 422 on field target."
                  },
                  "deadline": {
                    "type": "string",
                    "format": "date",
                    "description": "After today, at most five years ahead."
                  },
                  "windowDays": {
                    "type": "integer",
                    "minimum": 7,
                    "maximum": 365,
                    "default": 90,
                    "description": "The rolling window its figure is read over."
                  }
                }
              },
              "Goal": {
                "type": "object",
                "required": [
                  "id",
                  "title",
                  "metric",
                  "target",
                  "startDay",
                  "deadline",
                  "windowDays",
                  "createdBy",
                  "createdAt"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "title": {
                    "type": "string"
                  },
                  "metric": {
                    "type": "string",
                    "enum": [
                      "nps",
                      "csat",
                      "ces",
                      "nki"
                    ]
                  },
                  "journeyID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "touchpointID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "unitID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "target": {
                    "type": "number"
                  },
                  "startDay": {
                    "type": "string",
                    "format": "date",
                    "description": "The day it was set; the baseline is the window before it."
                  },
                  "deadline": {
                    "type": "string",
                    "format": "date",
                    "description": "A day in the workspace's time zone, YYYY-MM-DD."
                  },
                  "windowDays": {
                    "type": "integer"
                  },
                  "createdBy": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "GoalProgress": {
                "type": "object",
                "description": "Where a goal stands: its figure over the window ending today (or on the deadline once passed), with the interval, against the target and the straight line from the baseline. Figures come from every answer in the goal's scope, whoever reads them; fewer answers than the minimum give no figure (status too_few).",
                "required": [
                  "goalID",
                  "day",
                  "from",
                  "n",
                  "lowSample",
                  "baselineN",
                  "status",
                  "daysLeft",
                  "closed"
                ],
                "properties": {
                  "goalID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "day": {
                    "type": "string",
                    "format": "date",
                    "description": "A day in the workspace's time zone, YYYY-MM-DD."
                  },
                  "from": {
                    "type": "string",
                    "format": "date",
                    "description": "A day in the workspace's time zone, YYYY-MM-DD."
                  },
                  "value": {
                    "type": "number"
                  },
                  "n": {
                    "type": "integer"
                  },
                  "interval": {
                    "$ref": "#/components/schemas/Interval"
                  },
                  "lowSample": {
                    "type": "boolean"
                  },
                  "baseline": {
                    "type": "number"
                  },
                  "baselineN": {
                    "type": "integer"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "reached",
                      "at_target",
                      "within_reach",
                      "below",
                      "too_few"
                    ],
                    "description": "reached: the whole interval at or above the target; at_target: the figure is, the interval not wholly; within_reach: below, but the interval reaches the target; below: the whole interval below it."
                  },
                  "share": {
                    "type": "number",
                    "description": "How much of the way from the baseline to the target has been come (may fall outside 0…1)."
                  },
                  "expected": {
                    "type": "number",
                    "description": "The straight line from the baseline on the start day to the target on the deadline, on `day`."
                  },
                  "pace": {
                    "type": "string",
                    "enum": [
                      "ahead",
                      "on_pace",
                      "behind"
                    ]
                  },
                  "daysLeft": {
                    "type": "integer"
                  },
                  "closed": {
                    "type": "boolean"
                  }
                }
              },
              "TrackedGoal": {
                "type": "object",
                "required": [
                  "goal",
                  "progress"
                ],
                "properties": {
                  "goal": {
                    "$ref": "#/components/schemas/Goal"
                  },
                  "progress": {
                    "$ref": "#/components/schemas/GoalProgress"
                  }
                }
              },
              "GoalList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/TrackedGoal"
                    }
                  }
                }
              },
              "KPIBoardInput": {
                "type": "object",
                "required": [
                  "title"
                ],
                "properties": {
                  "title": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "goalIDs": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "maxItems": 24,
                    "description": "The goals it shows, in order; empty or left out for all of the company's goals."
                  },
                  "minimumN": {
                    "type": "integer",
                    "minimum": 5,
                    "maximum": 10000,
                    "default": 30,
                    "description": "Figures over fewer answers are not shown."
                  },
                  "language": {
                    "$ref": "#/components/schemas/Language"
                  }
                }
              },
              "KPIBoard": {
                "type": "object",
                "required": [
                  "id",
                  "token",
                  "title",
                  "goalIDs",
                  "minimumN",
                  "language",
                  "createdBy",
                  "createdAt"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "token": {
                    "type": "string",
                    "description": "128 random bits; the board is at /kpi/{token} (add ?tv=1 for the TV mode), open to anyone with the link."
                  },
                  "title": {
                    "type": "string"
                  },
                  "goalIDs": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    }
                  },
                  "minimumN": {
                    "type": "integer"
                  },
                  "language": {
                    "$ref": "#/components/schemas/Language"
                  },
                  "createdBy": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "revokedAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "KPIBoardList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/KPIBoard"
                    }
                  }
                }
              },
              "PlanAction": {
                "type": "object",
                "required": [
                  "id",
                  "planID",
                  "title",
                  "status",
                  "createdAt",
                  "updatedAt"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "planID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "title": {
                    "type": "string"
                  },
                  "ownerID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "due": {
                    "type": "string",
                    "format": "date",
                    "description": "A day in the workspace's time zone, YYYY-MM-DD."
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "planned",
                      "doing",
                      "done",
                      "dropped"
                    ]
                  },
                  "suggestionID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The team's suggestion it was taken from."
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updatedAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "ActionPlan": {
                "type": "object",
                "required": [
                  "id",
                  "number",
                  "unitID",
                  "title",
                  "focus",
                  "status",
                  "leadName",
                  "createdAt",
                  "actions",
                  "suggestions",
                  "comments"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "number": {
                    "type": "integer"
                  },
                  "unitID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "title": {
                    "type": "string"
                  },
                  "focus": {
                    "type": "string",
                    "description": "What in the results it answers."
                  },
                  "sourcePath": {
                    "type": "string",
                    "description": "The result page it was started from, a path within cxm."
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "open",
                      "closed"
                    ]
                  },
                  "leadID": {
                    "type": "string"
                  },
                  "leadName": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "closedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "actions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PlanAction"
                    }
                  },
                  "suggestions": {
                    "type": "integer"
                  },
                  "comments": {
                    "type": "integer"
                  }
                }
              },
              "ActionPlanInput": {
                "type": "object",
                "required": [
                  "unitID",
                  "title"
                ],
                "properties": {
                  "unitID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "One of the lead's units."
                  },
                  "title": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "focus": {
                    "type": "string",
                    "maxLength": 2000
                  },
                  "sourcePath": {
                    "type": "string",
                    "description": "A path within cxm starting with a single '/'; anything else is refused (422 on sourcePath)."
                  }
                }
              },
              "PlanProgress": {
                "type": "object",
                "required": [
                  "planned",
                  "doing",
                  "done",
                  "dropped",
                  "overdue"
                ],
                "properties": {
                  "planned": {
                    "type": "integer"
                  },
                  "doing": {
                    "type": "integer"
                  },
                  "done": {
                    "type": "integer"
                  },
                  "dropped": {
                    "type": "integer"
                  },
                  "overdue": {
                    "type": "integer"
                  }
                }
              },
              "ActionPlanSummary": {
                "type": "object",
                "required": [
                  "plan",
                  "progress"
                ],
                "properties": {
                  "plan": {
                    "$ref": "#/components/schemas/ActionPlan"
                  },
                  "progress": {
                    "$ref": "#/components/schemas/PlanProgress"
                  }
                }
              },
              "ActionPlanList": {
                "type": "object",
                "description": "The plans the reader sees, with the roll-up over the open ones.",
                "required": [
                  "items",
                  "openPlans",
                  "units",
                  "actionsDone",
                  "actions",
                  "overdue"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ActionPlanSummary"
                    }
                  },
                  "openPlans": {
                    "type": "integer"
                  },
                  "units": {
                    "type": "integer"
                  },
                  "actionsDone": {
                    "type": "integer"
                  },
                  "actions": {
                    "type": "integer",
                    "description": "Actions planned, under way or done (dropped ones not counted)."
                  },
                  "overdue": {
                    "type": "integer"
                  }
                }
              },
              "PlanEntry": {
                "type": "object",
                "required": [
                  "id",
                  "planID",
                  "kind",
                  "text",
                  "authorName",
                  "createdAt"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "planID": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "suggestion",
                      "comment"
                    ]
                  },
                  "text": {
                    "type": "string"
                  },
                  "authorID": {
                    "type": "string"
                  },
                  "authorName": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "actionID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The action a suggestion became."
                  }
                }
              },
              "PlanEntryInput": {
                "type": "object",
                "required": [
                  "kind",
                  "text"
                ],
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "suggestion",
                      "comment"
                    ]
                  },
                  "text": {
                    "type": "string",
                    "maxLength": 2000
                  }
                }
              },
              "ActionPlanDetail": {
                "type": "object",
                "required": [
                  "plan",
                  "progress",
                  "entries"
                ],
                "properties": {
                  "plan": {
                    "$ref": "#/components/schemas/ActionPlan"
                  },
                  "progress": {
                    "$ref": "#/components/schemas/PlanProgress"
                  },
                  "entries": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PlanEntry"
                    }
                  }
                }
              },
              "PlanActionInput": {
                "type": "object",
                "description": "A new action needs a title; in a change, fields left out keep their value.",
                "properties": {
                  "title": {
                    "type": "string",
                    "maxLength": 300
                  },
                  "ownerID": {
                    "$ref": "#/components/schemas/Id",
                    "description": "A user."
                  },
                  "due": {
                    "type": "string",
                    "format": "date",
                    "description": "A day in the workspace's time zone, YYYY-MM-DD."
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "planned",
                      "doing",
                      "done",
                      "dropped"
                    ]
                  },
                  "suggestionID": {
                    "$ref": "#/components/schemas/Id"
                  }
                }
              },
              "ActionPlanStatusInput": {
                "type": "object",
                "required": [
                  "status"
                ],
                "properties": {
                  "status": {
                    "type": "string",
                    "enum": [
                      "open",
                      "closed"
                    ]
                  }
                }
              }
            },
            "parameters": {
              "Id": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "The entity's id. A malformed id gets 404.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "Offset": {
                "name": "offset",
                "in": "query",
                "description": "How many items to skip.",
                "schema": {
                  "type": "integer",
                  "minimum": 0,
                  "default": 0
                }
              },
              "Limit": {
                "name": "limit",
                "in": "query",
                "description": "How many items to return, 1-1000.",
                "schema": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 1000,
                  "default": 50
                }
              }
            },
            "responses": {
              "BadRequest": {
                "description": "The request could not be read: the body is empty, not JSON, nested deeper than 64 levels, lacks a required field or has a value of the wrong type, or a query parameter is malformed. `errors` names the field.",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "name: is required",
                      "errors": [
                        {
                          "field": "name",
                          "message": "is required"
                        }
                      ]
                    }
                  }
                }
              },
              "Unauthenticated": {
                "description": "No valid session or API token, or an Authorization header that is not a valid Bearer token.",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "about:blank",
                      "title": "Unauthorized",
                      "status": 401,
                      "detail": "sign in, or send an API token as 'Authorization: Bearer <token>'"
                    }
                  }
                }
              },
              "Forbidden": {
                "description": "The caller's role does not grant the permission, or a session-authenticated change was sent without the X-CSRF-Token header.",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "about:blank",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "the role viewer may not do this (needs editJourneys)"
                    }
                  }
                }
              },
              "NotFound": {
                "description": "No such entity, a malformed id, or an entity outside the caller's units.",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "about:blank",
                      "title": "Not Found",
                      "status": 404,
                      "detail": "journey '3f2b8c1e' does not exist"
                    }
                  }
                }
              },
              "Conflict": {
                "description": "The change conflicts with stored data, for example an entity that responses or other rows still refer to.",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "about:blank",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "survey 'a1' has 12 responses; it cannot be deleted"
                    }
                  }
                }
              },
              "ContentTooLarge": {
                "description": "The request body is larger than 16 MiB.",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "about:blank",
                      "title": "Content Too Large",
                      "status": 413,
                      "detail": "the request body is larger than 16 MiB; send fewer items per request"
                    }
                  }
                }
              },
              "UnprocessableContent": {
                "description": "The body was read, but its values are not acceptable. `errors` lists every problem found, by field.",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "about:blank",
                      "title": "Unprocessable Content",
                      "status": 422,
                      "detail": "name: must not be empty",
                      "errors": [
                        {
                          "field": "name",
                          "message": "must not be empty",
                          "code": "required"
                        }
                      ]
                    }
                  }
                }
              },
              "SignalBatchStored": {
                "description": "At least one record was stored, updated or a duplicate (or the batch was empty).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/SignalBatchResult"
                    },
                    "example": {
                      "stored": 1,
                      "updated": 0,
                      "duplicates": 0,
                      "rejected": 1,
                      "inReview": 0,
                      "results": [
                        {
                          "index": 0,
                          "status": "stored",
                          "id": "0193a5c2-7d1e-7b3a-9c4d-5e6f7a8b9c0d"
                        },
                        {
                          "index": 1,
                          "status": "rejected",
                          "errors": [
                            {
                              "field": "openedAt",
                              "message": "is in the future (2030-01-01T00:00:00Z); check the source's clock and time zone"
                            }
                          ]
                        }
                      ]
                    }
                  }
                }
              },
              "SignalBatchRejected": {
                "description": "Every record was rejected; the body says why, per record.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/SignalBatchResult"
                    }
                  }
                }
              }
            },
            "securitySchemes": {
              "bearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "bearerFormat": "cxm_<43 characters of URL-safe base64>",
                "description": "An API token created by an administrator (POST /api/v1/tokens), sent as `Authorization: Bearer cxm_...`."
              },
              "sessionCookie": {
                "type": "apiKey",
                "in": "cookie",
                "name": "cxm_session",
                "description": "The session cookie of a browser signed in to cxm. Requests that change data must also send the session's CSRF token in the `X-CSRF-Token` header."
              }
            }
          }
        }
        """#
}
