package notify_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"errors"
	"io"
	"math/big"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/identity"
)

// mailServer is a real SMTP server (go-smtp) on a loopback port that keeps
// what it receives.
type mailServer struct {
	addr string
	mu   sync.Mutex
	got  []received
	srv  *smtp.Server
	l    net.Listener
	// user and password: when set, the server wants AUTH PLAIN with them.
	user, password string
	authed         []string
	// tls: offered with STARTTLS, or from the start when implicit (smtps).
	tls      *tls.Config
	implicit bool
}

type received struct {
	To      string
	Subject string
	Body    string
	ID      string // X-Zielwerk-Outbox-Id
}

func startMailServer(t *testing.T, addr string) *mailServer {
	t.Helper()
	s := &mailServer{}
	s.listen(t, addr)
	t.Cleanup(s.stop)
	return s
}

func (s *mailServer) listen(t *testing.T, addr string) {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	if s.tls != nil && s.implicit {
		l = tls.NewListener(l, s.tls)
	}
	s.addr, s.l = l.Addr().String(), l
	s.srv = smtp.NewServer(s)
	if s.tls != nil && !s.implicit {
		s.srv.TLSConfig = s.tls
	}
	s.srv.Domain = "localhost"
	s.srv.AllowInsecureAuth = true // loopback only
	go s.srv.Serve(l)
}

func (s *mailServer) stop() {
	if s.srv != nil {
		s.l.Close() // Serve may not have taken the listener yet
		s.srv.Close()
		s.srv = nil
	}
}

// restart listens again on the same address.
func (s *mailServer) restart(t *testing.T) { s.stop(); s.listen(t, s.addr) }

func (s *mailServer) URL() string { return "smtp://" + s.addr }

func (s *mailServer) mails() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.got...)
}

func (s *mailServer) NewSession(*smtp.Conn) (smtp.Session, error) {
	if s.user != "" {
		return &authSession{session{s: s}}, nil
	}
	return &session{s: s}, nil
}

// authSession wants AUTH PLAIN before a mail.
type authSession struct{ session }

func (x *authSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (x *authSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != x.s.user || pass != x.s.password {
			return errors.New("bad credentials")
		}
		x.s.mu.Lock()
		x.s.authed = append(x.s.authed, user)
		x.s.mu.Unlock()
		x.ok = true
		return nil
	}), nil
}

func (x *authSession) Mail(from string, o *smtp.MailOptions) error {
	if !x.ok {
		return &smtp.SMTPError{Code: 530, Message: "authentication required"}
	}
	return nil
}

type session struct {
	s  *mailServer
	to []string
	ok bool // authenticated
}

func (x *session) Reset()                                    { x.to = nil }
func (x *session) Logout() error                             { return nil }
func (x *session) Mail(string, *smtp.MailOptions) error      { return nil }
func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error { x.to = append(x.to, to); return nil }
func (x *session) Data(r io.Reader) error {
	m, err := mail.ReadMessage(r)
	if err != nil {
		return err
	}
	var body io.Reader = m.Body
	switch strings.ToLower(m.Header.Get("Content-Transfer-Encoding")) {
	case "quoted-printable":
		body = quotedprintable.NewReader(m.Body)
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, m.Body)
	}
	text, err := io.ReadAll(body)
	if err != nil {
		return err
	}
	subject, _ := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	x.s.mu.Lock()
	defer x.s.mu.Unlock()
	for _, to := range x.to {
		x.s.got = append(x.s.got, received{To: to, Subject: subject, Body: string(text), ID: m.Header.Get("X-Zielwerk-Outbox-Id")})
	}
	return nil
}

// world is a small city: the OB leads the board, a Dezernent the Dezernat
// below it, an Amtsleiterin the Amt below that; the Dezernent's 2026
// draft with the Amtsleiterin is complete (one item, 100 %).
type world struct {
	gdb           *gorm.DB
	ob, dez, amt  db.Person
	board, dz, am db.OrgUnit
	draft         db.Agreement
}

func newWorld(t *testing.T) *world {
	t.Helper()
	gdb := dbtest.Open(t)
	w := &world{gdb: gdb}
	from := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, p := range []*db.Person{&w.ob, &w.dez, &w.amt} {
		*p = db.Person{Version: 1, Employment: db.EmploymentNone, PartTimeFactor: 1}
	}
	w.ob.Name, w.ob.Email = "Oberbürgermeisterin Ohm", "ob@example.org"
	w.dez.Name, w.dez.Email = "Dezernent Dorn", "dez@example.org"
	w.amt.Name, w.amt.Email = "Amtsleiterin Amsel", "amt@example.org"
	for _, p := range []*db.Person{&w.ob, &w.dez, &w.amt} {
		must(t, gdb.Create(p).Error)
	}
	w.board = db.OrgUnit{Code: "VV", Name: "Verwaltungsvorstand", Kind: db.KindBoard, LeaderID: &w.ob.ID, ValidFrom: from, Version: 1}
	must(t, gdb.Create(&w.board).Error)
	w.dz = db.OrgUnit{Code: "I", Name: "Dezernat I", Kind: db.KindDezernat, ParentID: &w.board.ID, LeaderID: &w.dez.ID, ValidFrom: from, Version: 1}
	must(t, gdb.Create(&w.dz).Error)
	w.am = db.OrgUnit{Code: "32", Name: "Ordnungsamt", Kind: db.KindAmt, ParentID: &w.dz.ID, LeaderID: &w.amt.ID, ValidFrom: from, Version: 1}
	must(t, gdb.Create(&w.am).Error)
	now := time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)
	w.draft = db.Agreement{Year: 2026, PrincipalID: w.dez.ID, AgentID: w.amt.ID, OrgUnitID: w.am.ID, Status: db.StatusDraft,
		PayRule: db.PayNone, CreatedAt: now, UpdatedAt: now, Version: 1}
	must(t, gdb.Create(&w.draft).Error)
	must(t, gdb.Create(&db.AgreementItem{AgreementID: w.draft.ID, Position: 1, Title: "Bearbeitungszeit senken",
		Description: "Vertraulich: interne Begründung", WeightPercent: 100, Version: 1}).Error)
	return w
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// at is a context whose clock stands at t.
func at(t *testing.T, tm time.Time) context.Context { return clock.With(t.Context(), clock.Fixed(tm)) }

// lifecycle is the lifecycle as person p, with the policy from the org tree.
func (w *world) lifecycle(t *testing.T, ctx context.Context, p db.Person) *db.Lifecycle {
	t.Helper()
	v, err := access.Load(ctx, w.gdb, &identity.Principal{PersonID: p.ID}, clock.Today(ctx))
	must(t, err)
	return &db.Lifecycle{DB: w.gdb, Actor: v.Actor(), Visible: v.VisibleAgreements(), May: v, PublicURL: "https://zielwerk.example"}
}

func (w *world) propose(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := w.lifecycle(t, ctx, w.dez).Propose(ctx, w.draft.ID, w.draft.Version); err != nil {
		t.Fatal(err)
	}
}

func (w *world) outbox(t *testing.T) []db.OutboxMessage {
	t.Helper()
	var out []db.OutboxMessage
	must(t, w.gdb.Order("id").Find(&out).Error)
	return out
}

// testCA is a certificate for 127.0.0.1 and the pool that trusts it.
func testCA(t *testing.T) (*tls.Config, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	must(t, err)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "zielwerk test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)},
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	must(t, err)
	cert, err := x509.ParseCertificate(der)
	must(t, err)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}, MinVersion: tls.VersionTLS12}, pool
}
