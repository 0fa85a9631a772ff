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
                "description": "Erases the customer record and identifiers (for example on a GDPR erasure request). Their responses stay, anonymised.\n\nRequires the permission eraseCustomers (role admin).",
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
                "description": "The settings of the one workspace a cxm installation serves. The same shape is read and written; every field is required when writing.",
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
                  }
                },
                "required": [
                  "name",
                  "defaultLanguage",
                  "timeZone",
                  "enabledLanguages"
                ]
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
