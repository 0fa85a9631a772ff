/// The OpenAPI 3.1 description of /api/v1, served at /api/openapi.json and checked against the routes by tests.
enum OpenAPIDocument {
    static let json = #"""
    {"openapi": "3.1.0", "info": {"title": "cxm API", "version": "1.0.0"}, "paths": {}}
    """#
}
