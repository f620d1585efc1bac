package web

import (
	"fmt"
	"net/http"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
)

type patientCard struct {
	W       lang.Printer // the viewer's words
	Ref     string
	History coach.History
	Charts  []chart
}

func (s *Server) therapist(w http.ResponseWriter, r *http.Request) {
	c, ok := s.session(w, r, coach.LinkTherapist)
	if !ok {
		return
	}
	v, err := s.Views.TherapistPage(r.Context(), c.Viewer)
	if err != nil {
		s.failed(w, err, coach.LinkTherapist)
		return
	}
	data := struct {
		W       lang.Printer
		Name    string
		Flagged int
		Cards   []patientCard
	}{W: lang.For(v.Lang), Name: v.Name}
	for i, p := range v.Patients {
		if len(p.Flags) > 0 {
			data.Flagged++
		}
		data.Cards = append(data.Cards, patientCard{W: data.W, Ref: s.Signer.ref(c.Viewer, p.ID), History: p.History, Charts: charts(p.History, fmt.Sprintf("p%d-", i))})
	}
	s.render(w, http.StatusOK, "therapist.html", data)
}

func (s *Server) patient(w http.ResponseWriter, r *http.Request) {
	c, ok := s.session(w, r, coach.LinkTherapist)
	if !ok {
		return
	}
	ids, err := s.Views.SharingPatients(r.Context(), c.Viewer)
	if err != nil {
		s.failed(w, err, coach.LinkTherapist)
		return
	}
	id := ""
	for _, p := range ids {
		if s.Signer.ref(c.Viewer, p) == r.PathValue("ref") {
			id = p
		}
	}
	if id == "" {
		s.failed(w, coach.ErrNotShared, coach.LinkTherapist)
		return
	}
	p, err := s.Views.PatientPage(r.Context(), c.Viewer, id)
	if err != nil {
		s.failed(w, err, coach.LinkTherapist)
		return
	}
	s.render(w, http.StatusOK, "patient.html", patientCard{W: lang.For(p.Lang), Ref: r.PathValue("ref"), History: p.History, Charts: charts(p.History, "")})
}

func (s *Server) own(w http.ResponseWriter, r *http.Request) {
	c, ok := s.session(w, r, coach.LinkOwn)
	if !ok {
		return
	}
	show := r.URL.Query().Get("reflections") == "show"
	h, err := s.Views.OwnPage(r.Context(), c.Viewer, show)
	if err != nil {
		s.failed(w, err, coach.LinkOwn)
		return
	}
	s.render(w, http.StatusOK, "own.html", struct {
		W               lang.Printer
		History         coach.History
		Charts          []chart
		ShowReflections bool
	}{lang.For(h.Lang), h, charts(h, ""), show})
}

// exportTypes maps a button's format to the export file it serves.
var exportTypes = map[string]string{"json": "application/json", "csv": "text/csv", "fhir": "application/fhir+json"}

func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	c, ok := s.session(w, r, coach.LinkOwn)
	if !ok {
		return
	}
	want, known := exportTypes[r.PathValue("format")]
	if !known {
		s.refuse(w, http.StatusNotFound, "There's no page here.")
		return
	}
	files, err := s.Views.ExportFiles(r.Context(), c.Viewer)
	if err != nil {
		s.failed(w, err, coach.LinkOwn)
		return
	}
	for _, f := range files {
		if f.Type == want {
			w.Header().Set("Content-Type", f.Type)
			w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", f.Name))
			w.Write(f.Data)
			return
		}
	}
	s.refuse(w, http.StatusNotFound, "There's nothing of that kind to export yet.")
}
