import Foundation

/// Certificates for the in-process SMTP test server: a CA, a server certificate for 127.0.0.1 and
/// localhost signed by it, and one for another name (to prove that the client checks the name).
/// TEST ONLY: their private keys are public in this repository; never trust this CA anywhere else.
/// Made once with `openssl ca` (EC P-256 keys, valid from 2000 until 2126, so that a machine's clock
/// never makes them fail): the CA with basicConstraints CA:TRUE and keyCertSign; the server
/// certificates with serverAuth and subjectAltName DNS:localhost, IP:127.0.0.1 (`server`) or
/// DNS:mail.example.test (`otherName`).
enum SMTPTestCertificates {
    /// The test CA; a client trusts it through `SMTPSettings.extraCAFile`.
    static let authority = """
        -----BEGIN CERTIFICATE-----
        MIIBgjCCASigAwIBAgICEAAwCgYIKoZIzj0EAwIwJzElMCMGA1UEAwwcY3htIFNN
        VFAgdGVzdCBDQSAodGVzdCBvbmx5KTAgFw0wMDAxMDEwMDAwMDBaGA8yMTI2MDEw
        MTAwMDAwMFowJzElMCMGA1UEAwwcY3htIFNNVFAgdGVzdCBDQSAodGVzdCBvbmx5
        KTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABFkJwyZtl3MaC/IeAk6s28McXoDA
        Fud4E3u0Q4ivwxGFD/loYbLskT6c6N6day2uHqMKmBiwzRrXmJRSjmdxGbujQjBA
        MA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBSqU2b1
        IzilwjQv9xfLmzGCKXYUODAKBggqhkjOPQQDAgNIADBFAiEAmVUxrk3SuzSob4lF
        aSHgt7jT+iCHQ3GOjb0VtRyv5hICIGRFhRQGlgzmZstAlvDrIbUAlD9hNGxgoLmQ
        ZyCkgxDj
        -----END CERTIFICATE-----
        """

    /// For 127.0.0.1 and localhost.
    static let server = """
        -----BEGIN CERTIFICATE-----
        MIIBvDCCAWOgAwIBAgICEAEwCgYIKoZIzj0EAwIwJzElMCMGA1UEAwwcY3htIFNN
        VFAgdGVzdCBDQSAodGVzdCBvbmx5KTAgFw0wMDAxMDEwMDAwMDBaGA8yMTI2MDEw
        MTAwMDAwMFowFDESMBAGA1UEAwwJbG9jYWxob3N0MFkwEwYHKoZIzj0CAQYIKoZI
        zj0DAQcDQgAEMoVRFYNpP5cgzo8tOka5yi2F3OiD74rdFzvW1U4V9WUPUbGRZqAC
        koS8FaNcjsWWunZa2juyZQDAJlh8R3EJcKOBjzCBjDAJBgNVHRMEAjAAMA4GA1Ud
        DwEB/wQEAwIHgDATBgNVHSUEDDAKBggrBgEFBQcDATAaBgNVHREEEzARgglsb2Nh
        bGhvc3SHBH8AAAEwHQYDVR0OBBYEFLw/eaLKUwrqK1rIW9BZnIaPZIsFMB8GA1Ud
        IwQYMBaAFKpTZvUjOKXCNC/3F8ubMYIpdhQ4MAoGCCqGSM49BAMCA0cAMEQCIHZQ
        iK6Ffv6hshwP4VN8IEenYKNtCAxRLIk9fIKD5/gYAiAkbv2F0Z7LFt/BgCtESgn9
        g+FP5faC2l9SBHLCS6Nm6g==
        -----END CERTIFICATE-----
        """

    static let serverKey = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgYPDYw/obx5QddgsR
        oDeUs7TSc23uOdG2eaopNtlVGGKhRANCAAQyhVEVg2k/lyDOjy06RrnKLYXc6IPv
        it0XO9bVThX1ZQ9RsZFmoAKShLwVo1yOxZa6dlraO7JlAMAmWHxHcQlw
        -----END PRIVATE KEY-----
        """

    /// For mail.example.test only: a client connecting to 127.0.0.1 must refuse it.
    static let otherName = """
        -----BEGIN CERTIFICATE-----
        MIIBxzCCAW2gAwIBAgICEAIwCgYIKoZIzj0EAwIwJzElMCMGA1UEAwwcY3htIFNN
        VFAgdGVzdCBDQSAodGVzdCBvbmx5KTAgFw0wMDAxMDEwMDAwMDBaGA8yMTI2MDEw
        MTAwMDAwMFowHDEaMBgGA1UEAwwRbWFpbC5leGFtcGxlLnRlc3QwWTATBgcqhkjO
        PQIBBggqhkjOPQMBBwNCAAS+y4dxBDbu5f1veqlG3+odjUoqefxERFk3gHqoHKNo
        QJAW1V/j1UJhBtg3dC22ILatL0YMl/mBduSUbofRFbT5o4GRMIGOMAkGA1UdEwQC
        MAAwDgYDVR0PAQH/BAQDAgeAMBMGA1UdJQQMMAoGCCsGAQUFBwMBMBwGA1UdEQQV
        MBOCEW1haWwuZXhhbXBsZS50ZXN0MB0GA1UdDgQWBBRs8dRSxQLyRXx4y4x1gQaU
        Pj8HdTAfBgNVHSMEGDAWgBSqU2b1IzilwjQv9xfLmzGCKXYUODAKBggqhkjOPQQD
        AgNIADBFAiBXR5T1Mk2tOLftlBGdDbnZmo04fk4Dc11UfTSNLKezAQIhAKQcRkN5
        k0z5CDQPV81MnkjjaPYWaPz5FPcrebwWumle
        -----END CERTIFICATE-----
        """

    static let otherNameKey = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgMDt9DRlKaxODsq9p
        krOH+GCBh490hO8YoawsQ7zKm2ahRANCAAS+y4dxBDbu5f1veqlG3+odjUoqefxE
        RFk3gHqoHKNoQJAW1V/j1UJhBtg3dC22ILatL0YMl/mBduSUbofRFbT5
        -----END PRIVATE KEY-----
        """

    /// Writes the CA to a temporary file, runs the body with its path, and removes the file.
    static func withAuthorityFile<T>(_ body: (String) async throws -> T) async throws -> T {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cxm-smtp-test-ca-\(UUID().uuidString).pem")
        try Data(authority.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try await body(file.path)
    }
}
