package graph

import (
	"context"

	"zielwerk/access"
	"zielwerk/db"
)

// assessmentPart is text of an objection for who may read the assessment
// part (the parties, the assigned commission members); nil for HR.
func (r *objectionResolver) assessmentPart(ctx context.Context, obj *db.Objection, s string) (*string, error) {
	if ok, err := r.mayReadAssessment(ctx, obj); !ok || err != nil {
		return nil, err
	}
	return &s, nil
}

func (r *objectionResolver) mayReadAssessment(ctx context.Context, obj *db.Objection) (bool, error) {
	level, err := r.levelByID(ctx, obj.AgreementID)
	return level >= access.Assessment, err
}
