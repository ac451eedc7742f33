import { index, layout, type RouteConfig, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('health', 'routes/health.ts'),
  route('api/auth/*', 'features/auth/api-auth.ts'),
  route('api/adressen', 'features/geocoding/address-search.ts'),
  route('registreren', 'features/auth/sign-up.tsx'),
  route('inloggen', 'features/auth/sign-in.tsx'),
  route('uitloggen', 'features/auth/sign-out.tsx'),
  route('account', 'features/auth/account.tsx'),
  route('plannen', 'features/plans/plans.tsx'),
  route('plannen/nieuw', 'features/plans/new-plan.tsx'),
  route('plannen/import', 'features/export/import-plan.tsx'),
  route('prullenbak', 'features/plans/bin.tsx'),
  route('plannen/:planId/overzichtskaart.pdf', 'features/overzichtskaart/overzichtskaart-pdf.ts'),
  route('plannen/:planId/export.json', 'features/export/export-plan.ts'),
  layout('features/plans/plan-layout.tsx', [
    route('plannen/:planId', 'features/plans/plan.tsx'),
    route('plannen/:planId/stap/1', 'features/steps/step-1.tsx'),
    route('plannen/:planId/stap/2', 'features/steps/step-2.tsx'),
    route('plannen/:planId/stap/3', 'features/steps/step-3.tsx'),
    route('plannen/:planId/stap/4', 'features/steps/step-4.tsx'),
    route('plannen/:planId/stap/5', 'features/steps/step-5.tsx'),
    route('plannen/:planId/stap/6', 'features/steps/step-6.tsx'),
    route('plannen/:planId/overzichtskaart', 'features/overzichtskaart/overzichtskaart.tsx'),
  ]),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
